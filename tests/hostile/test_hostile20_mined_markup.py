"""Past documents whose headings carry a template's or Markdown's marks, mined into a template.

A unit's archive holds summaries made from a mail-merge template whose field was never filled ({{年度}}主要做法)
and copies saved from a Markdown editor (# 存在问题). Held by as many documents as the plain heading, the marked one
became the mined template's 章节标题 and every draft was headed 一、{{年度}}主要做法 (as a manifest title it is
refused). Such a heading is passed over; the unit's plain one is kept. Made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

UNITS = ["青禾县农机服务中心", "澜州市林业站", "白沙镇水利站", "石门乡种子站", "临江区畜牧站", "东湖街道农经站"]
WORK = ["春耕备耕", "秸秆利用", "农田水利", "动物防疫", "林木管护", "种子质量", "防汛抗旱", "耕地保护"]
VERBS = ["巩固", "深化", "落实", "完善", "规范", "统筹"]


def _summary(n: int, unit: str, practices: str, problems: str) -> str:
    a, b, c = WORK[n % 8], WORK[(n + 3) % 8], WORK[(n + 5) % 8]
    v, w = VERBS[n % 6], VERBS[(n + 2) % 6]
    return (
        f"{unit}2025年工作总结\n\n2025年，{unit}{v}{a}工作，全年完成任务{100 + 37 * n}项。现将有关情况总结如下：\n\n"
        f"一、{practices}\n\n（一）{w}{b}\n\n{w}{b}机制，开展专项行动{n + 3}次，覆盖{n + 12}个村。\n\n"
        f"（二）{v}{c}\n\n{v}{c}台账，整改问题{n * 7 + 5}处。\n\n二、{problems}\n\n一是{c}投入不足；二是{a}人员偏少。\n\n"
        f"三、下步打算\n\n（一）{v}{b}\n\n明年力争{b}覆盖率提高{n + 2}个百分点。\n\n{unit}\n2025年12月{10 + n}日\n"
    )


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("h20-mined-markup")
    archive = root / "存档"
    archive.mkdir()
    for n, unit in enumerate(UNITS):
        marked = n % 2 == 1
        practices, problems = ("{{年度}}主要做法", "# 存在问题") if marked else ("主要做法和成效", "存在的问题")
        (archive / f"{n}.txt").write_text(_summary(n, unit, practices, problems), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(root / "挖掘结果")])
    assert result.exit_code == 0, result.output
    return root / "挖掘结果" / "summary"


def test_a_marked_heading_is_not_the_mined_templates(mined: Path) -> None:
    manifest = (mined / "manifest.yaml").read_text(encoding="utf-8")
    assert "{{" not in manifest and "# 存在" not in manifest, manifest
    assert "主要做法: 主要做法和成效" in manifest, manifest


def test_a_draft_from_it_is_headed_plainly(mined: Path, tmp_path: Path) -> None:
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        f"模板: {mined}\n单位: 青禾县农机服务中心\n期间: 2026年\n主要做法:\n  - 标题: 抓实农机年检\n"
        "    内容: 全年年检拖拉机八百余台。\n存在问题:\n  - 部分乡镇农机手培训不足\n成文日期: 2026-12-20\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    headings = [line.strip() for line in result.stdout.splitlines() if line.strip()[1:2] == "、"]
    assert headings[:2] == ["一、主要做法和成效", "二、存在的问题"], result.stdout
