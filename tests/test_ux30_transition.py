"""ux30 walk: every notice of the bureau ends its opening paragraph on 现将有关事项通知如下。 — with a full stop, as
many offices type it — before 一、. Only a sentence ending on a colon was taken for the transition into the body, so
this one was learnt as an opening, written only when the clerk wrote no 导语 of their own: the hurried clerk who
wrote why the notice is sent got a notice going from that straight on to 一、.

The documents are made up for this walk (a 农业农村局 of an imagined county)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main
from drafter.drafting import build_draft, encode
from tests.test_ux30_remine import _MATTERS, _UNIT


def _notice(number: int, title: str, why: str, what: str) -> str:
    return "\n".join(
        [
            f"{_UNIT}文件",
            f"枫农〔2025〕{number}号",
            f"关于{title}的通知",
            "各乡镇人民政府，局属各单位：",
            f"　　{why}，局里决定在全县集中部署这项工作。现将有关事项通知如下。",
            "　　一、抓好工作落实",
            f"　　{what}",
            "　　二、工作要求",
            "　　各单位要明确专人负责，工作情况于月底前报局办公室。",
            _UNIT,
            f"2025年{number}月{number + 3}日",
        ]
    )


def test_a_transition_typed_with_a_full_stop_follows_the_clerks_own_opening(tmp_path: Path) -> None:
    archive = tmp_path / "档案"
    archive.mkdir()
    for number, matter in enumerate(_MATTERS, 1):
        (archive / f"通知{number}.txt").write_text(_notice(number, *matter), encoding="utf-8")
    result = CliRunner().invoke(main, ["mine", str(archive), "-o", str(tmp_path / "模板")])
    assert result.exit_code == 0, result.output
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "模板: 模板/notice\n事由: 做好冬季动物防疫工作\n"
        "导语: 入冬以来气温下降，畜禽疫病易发多发，为保障畜牧业生产安全，局里决定开展冬季动物防疫工作\n"
        "正文:\n  - 标题: 开展集中免疫\n    内容: 各乡镇要组织防疫员逐村逐户免疫，做到应免尽免。\n"
        "成文日期: 2025-12-08\n",
        encoding="utf-8",
    )
    lines = encode(build_draft(facts)[1], "txt").decode("utf-8").splitlines()
    opening = next(line for line in lines if "入冬以来" in line)
    assert opening.endswith("现将有关事项通知如下。")
