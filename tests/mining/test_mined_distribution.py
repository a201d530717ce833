"""A unit's 纪要 distributed alike (分送：…。 in every issue's 版记) give the mined 纪要 template that 分送 as
the unit's constant, learnt as 抄送 is, with its support in the report; before, the line was read and dropped.

The 纪要 here are made up for this test: a fictional county office, two meeting series.
"""

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from drafter.cli import main
from drafter.mining.mine import mine

UNIT = "梅岗县林业局"
SENT = "分送：局领导班子成员，局机关各股室，各国有林场。"
ISSUES = [
    (
        "局务会议",
        "森林防火",
        "会议听取了防火办关于春季火险形势的分析。会议要求，各林场落实巡护人员，清明前后每日巡查。",
        "邹启明　向春燕　罗建新",
    ),
    (
        "局务会议",
        "苗木调运",
        "会议研究了今年造林苗木的调运计划。会议决定，由造林股统筹，三月中旬前完成苗木检疫。",
        "邹启明　罗建新　文海波",
    ),
    (
        "专题会议",
        "林长制考核",
        "会议听取了林长制年度考核准备情况。会议要求，考核资料按乡镇分册装订，下周五前报局办公室。",
        "向春燕　文海波　秦丽华",
    ),
    (
        "专题会议",
        "松材线虫病防治",
        "会议研究了疫木清理方案。会议决定，疫区乡镇在五月底前完成枯死松树的清理和除治。",
        "邹启明　秦丽华　向春燕",
    ),
]


def _issue(number: int, kind: str, topic: str, body: str, names: str) -> str:
    return (
        f"{UNIT}{kind}纪要\n\n第{number}期\n\n"
        f"2025年{number + 2}月{number + 8}日下午，{names[:3]}在局三楼会议室主持召开{kind}，研究{topic}等工作。"
        f"现将会议议定事项纪要如下：\n一、关于{topic}工作\n{body}\n出席：{names}\n\n"
        f"{SENT}\n{UNIT}办公室　　2025年{number + 2}月{number + 9}日印发\n"
    )


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    archive = tmp_path_factory.mktemp("minutes") / "archive"
    archive.mkdir()
    for number, issue in enumerate(ISSUES, 1):
        (archive / f"纪要{number}.txt").write_text(_issue(number, *issue), encoding="utf-8")
    out = archive.parent / "out"
    mine([archive], out)
    return out


def test_the_units_distribution_is_a_constant_of_its_minutes(mined: Path) -> None:
    fields = yaml.safe_load((mined / "meeting_report" / "manifest.yaml").read_text(encoding="utf-8"))["fields"]
    assert fields["分送"]["default"] == ["局领导班子成员", "局机关各股室", "各国有林场"]
    assert "4/4 篇" in fields["分送"]["description"]
    report = json.loads((mined / "report.json").read_text(encoding="utf-8"))
    (genre,) = [g for g in report["genres"] if g["genre"] == "meeting_report"]
    (constant,) = [c for c in genre["defaults"]["constants"] if c["field"] == "分送"]
    assert (constant["documents"], constant["of"]) == (4, 4)


def test_a_minutes_drafted_from_the_mined_template_is_distributed_alike(mined: Path, tmp_path: Path) -> None:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(
        f"模板: {mined / 'meeting_report'}\n单位: {UNIT}\n会议名称: 局务会议\n纪要标志: {UNIT}局务会议纪要\n"
        "会议日期: 2025-07-02\n会议地点: 局三楼会议室\n主持人: 局长邹启明\n"
        "议定事项:\n  - 标题: 关于汛期林区安全\n    内容: 会议要求，各林场排查林区道路的塌方隐患。\n出席: [邹启明, 向春燕]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert SENT in result.output.splitlines()
