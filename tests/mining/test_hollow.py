"""No hollow template: a mined template carries something of the unit's own (sections, a vetted
formula or a constant), else the report says there was too little material and no folder is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.catalog import load_template_folder
from drafter.mining.constants import Constant
from drafter.mining.emit import emit_template
from drafter.mining.mine import mine
from drafter.mining.phrases import Phrase
from drafter.mining.structure import GenreStructure, SectionStat


def _structure(genre: str, *sections: SectionStat) -> GenreStructure:
    return GenreStructure(genre, 4, sections, ((tuple(s.kind for s in sections), 4),), groups=4)


def _closing(text: str, genre: str, groups: int) -> Phrase:
    return Phrase(
        skeleton=text,
        parts=(("text", text),),
        genre=genre,
        groups=groups,
        documents=groups,
        count=groups,
        roles=(("closing", groups),),
        sections=("closing",),
        examples=(),
        gap_values=(),
        score=0.5,
        formulaic=0.9,
    )


# The built-in's own order and its own heading words: nothing a unit taught.
PRACTICES = SectionStat("practices", 4, 1.0, 0.3, "", (), groups=4)
PROBLEMS = SectionStat("problems", 4, 1.0, 0.7, "", (), groups=4)


@pytest.mark.parametrize("genre", ["summary", "plan"])
def test_the_customary_closing_alone_writes_no_template(tmp_path: Path, genre: str) -> None:
    sections = (PRACTICES, PROBLEMS) if genre == "summary" else ()
    emitted = emit_template(tmp_path / genre, genre, _structure(genre, *sections), [], [], ["某某"] * 4)
    assert emitted.folder is None and not (tmp_path / genre).exists()
    assert "材料太少" in emitted.reason


def test_a_closing_of_too_few_groups_is_no_material(tmp_path: Path) -> None:
    phrases = [_closing("以上情况，请审阅。", "summary", 2)]  # an alternative, not a vetted default
    emitted = emit_template(tmp_path / "s", "summary", _structure("summary", PRACTICES), phrases, [], ["某某"] * 4)
    assert emitted.folder is None
    # The report says how much there was and what came closest.
    assert "篇文档" in emitted.reason and "“以上情况，请审阅。”只有 2 组来源" in emitted.reason, emitted.reason


@pytest.mark.parametrize("what", ["closing", "constant", "heading", "order"])
def test_something_of_the_units_own_writes_the_template(tmp_path: Path, what: str) -> None:
    sections: tuple[SectionStat, ...] = (PRACTICES, PROBLEMS)
    phrases = [_closing("以上情况，请审阅。", "summary", 3)] if what == "closing" else []
    constants = [Constant("署名", "某某县水务局", 4, 4)] if what == "constant" else []
    if what == "heading":
        sections = (SectionStat("practices", 4, 1.0, 0.3, "工作开展情况", ("工作开展情况",), groups=4), PROBLEMS)
    if what == "order":
        sections = (SectionStat("problems", 4, 1.0, 0.2, "", (), groups=4), PRACTICES)
    emitted = emit_template(tmp_path / "s", "summary", _structure("summary", *sections), phrases, constants, ["某"] * 4)
    assert emitted.folder is not None, emitted.reason
    load_template_folder(emitted.folder)
    if what == "closing":
        assert emitted.placed == ("closing",) and emitted.closing == "以上情况，请审阅。"


# Three summaries of three offices, written for this test: each in its own words, no headings, formula
# or signature in common.
SUMMARIES = {
    "a.txt": "某乡林业站2024年工作总结\n今年全站造林八百亩，抚育幼林一千二百亩。\n护林员巡山一百多次，没有发生火情。\n明年打算扩大苗圃。\n",
    "b.txt": "县图书馆上半年工作总结\n半年来借阅人次比去年同期多了三成。\n新开了少儿阅览区，周末开放到晚上八点。\n读书会办了六期。\n",
    "c.txt": "社区卫生服务中心年度工作总结\n全年门诊量四万人次，建立居民健康档案五千份。\n家庭医生签约率提高到四成。\n下一年要补齐药房人手。\n",
}


def test_mine_of_summaries_sharing_nothing_writes_no_folder_and_says_why(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in SUMMARIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    result = mine([corpus], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    summary = next(g for g in report["genres"] if g["genre"] == "summary")
    assert summary["documents"] == 3 and not summary["template"]
    assert "材料太少" in summary["template_note"]
    assert not (tmp_path / "out" / "summary").exists()
    assert any("材料太少" in why for _, why in result.not_written)
