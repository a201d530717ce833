"""ux25 walk: a school's summaries close on no formula; the mined template closed them on 特此报告。.

The school keeps its term and year summaries for itself (no 主送机关, no closing formula); one of its reports up
to the city bureau is read as a summary too. The mined 工作总结 ended every draft on 特此报告。, a closing none of
the school's summaries writes and the one an internal summary never has (it reports to no one). A summary sent
up (the unit's summaries carry a 主送机关) still keeps its customary 特此报告。 (test_community_walk).
"""

from __future__ import annotations

from pathlib import Path

from drafter.catalog import load_template_folder
from drafter.drafting import build_draft, encode
from drafter.mining.constants import Constant
from drafter.mining.emit import emit_template
from drafter.mining.structure import GenreStructure, SectionStat

_WORK = SectionStat("practices", 3, 1.0, 0.5, "主要工作", ("主要工作",), groups=3)
_STRUCTURE = GenreStructure("summary", 3, (_WORK,), ((("practices",), 3),), groups=3)
_OWN = "一、主要工作\n每月检查一次教案和作业。\n二、存在问题\n青年教师经验不足。\n某某中学\n2025年7月4日"


def _drafted(folder: Path, tmp_path: Path, extra: str = "") -> str:
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        f"模板: {folder}\n单位: 某某中学\n期间: 2025年上半年\n主要做法:\n- 标题: 抓实常规\n  内容: 每月检查一次教案。\n"
        "成文日期: 2025-07-04\n" + extra,
        encoding="utf-8",
    )
    _, draft = build_draft(facts)
    return encode(draft, "txt").decode("utf-8")


def test_a_summary_kept_for_the_unit_itself_gets_no_closing_formula(tmp_path: Path) -> None:
    emitted = emit_template(
        tmp_path / "summary", "summary", _STRUCTURE, [], [], ["某某中学学期工作总结"] * 3, [_OWN] * 3
    )
    assert emitted.folder is not None and emitted.closing == ""
    assert "特此报告" not in _drafted(emitted.folder, tmp_path)
    # The clerk who sends one up still has it, and the field says how.
    assert "结尾: 特此报告。" in (load_template_folder(emitted.folder).field("结尾").description or "")
    assert "特此报告。" in _drafted(emitted.folder, tmp_path, "结尾: 特此报告。\n")


def test_a_summary_the_unit_sends_up_keeps_its_customary_closing(tmp_path: Path) -> None:
    addressed = Constant("主送机关", "某某市教育局", 3, 3)
    emitted = emit_template(
        tmp_path / "summary", "summary", _STRUCTURE, [], [addressed], ["某某中学学期工作总结"] * 3, [_OWN] * 3
    )
    assert emitted.folder is not None and emitted.closing == "特此报告。"
    assert "特此报告。" in _drafted(emitted.folder, tmp_path)


def test_one_report_among_the_summaries_does_not_make_the_closing(tmp_path: Path) -> None:
    # The school's one 报告 up to the city bureau, read as a summary too, ends on 特此报告。; its three term
    # summaries do not: the template closes like the summaries.
    report = "一、主要做法\n开展隐患排查。\n特此报告。\n某某中学\n2025年7月10日"
    emitted = emit_template(
        tmp_path / "summary", "summary", _STRUCTURE, [], [], ["某某中学学期工作总结"] * 4, [_OWN, _OWN, _OWN, report]
    )
    assert emitted.folder is not None and emitted.closing == ""
    assert "特此报告" not in _drafted(emitted.folder, tmp_path)
