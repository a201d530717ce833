"""What a mined template of a built-in genre offers: formulae in their places, starters by shape, customary closings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.catalog import load_template_folder
from drafter.drafting import build_draft, encode
from drafter.mining.mine import mine
from drafter.starter import starter_text

# Three speeches of three offices, written for this test (fictional, our own words).
SPEECHES = Path(__file__).parent / "speech_corpus"


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("speech") / "out"
    mine([SPEECHES], output)
    return output


def test_a_speech_closes_on_its_closing_formula_not_on_its_salutation(speech: Path) -> None:
    report = json.loads((speech / "report.json").read_text(encoding="utf-8"))
    genre = next(g for g in report["genres"] if g["genre"] == "speech")
    # 同志们，…… opens the last paragraph too; a closing formula ends the text.
    assert genre["defaults"]["closing"] == "谢谢大家！"
    assert genre["defaults"]["salutation"] == "同志们"


def test_the_speech_starter_describes_its_points_by_shape_not_by_the_builtin_sample(
    speech: Path, tmp_path: Path
) -> None:
    folder = speech / "speech"
    spec = load_template_folder(folder)
    text = starter_text(spec, template_ref=str(folder))
    points = text.split("\n主体:\n", 1)[1].split("\n\n", 1)[0]
    assert "〔请填写" in points and "〔示例〕" not in points
    assert "以动词开头" in points  # the headings of these speeches open with a verb (提高认识, 突出重点 …)
    builtin = spec.base and load_template_folder(spec.base)
    assert builtin is not None
    for item in builtin.field("主体").example:  # type: ignore[union-attr]
        assert item["标题"] not in text
    facts = tmp_path / "speech.yaml"
    facts.write_text(text.replace("〔示例〕", ""), encoding="utf-8")
    _, draft = build_draft(facts, allow_placeholders=True)
    assert encode(draft, "txt").decode("utf-8").rstrip().endswith("谢谢大家！")


def test_a_plan_without_a_shared_closing_takes_the_customary_one(tmp_path: Path) -> None:
    from drafter.mining.emit import emit_template
    from drafter.mining.structure import GenreStructure, SectionStat

    tasks = SectionStat("tasks", 4, 1.0, 0.5, "重点任务", ("重点任务",), groups=4)
    structure = GenreStructure("plan", 4, (tasks,), ((("tasks",), 4),), groups=4)
    emitted = emit_template(tmp_path / "plan", "plan", structure, [], [], ["某某工作方案"] * 4)
    assert emitted.folder is not None and emitted.closing == "本方案自印发之日起实施。"
    assert "closing" in emitted.standard
    spec = load_template_folder(emitted.folder)
    assert "方案印发实施时的惯例" in (spec.field("结尾").description or "")  # says where it comes from


def test_a_clerk_can_leave_out_the_customary_closing(tmp_path: Path) -> None:
    from drafter.mining.emit import emit_template
    from drafter.mining.structure import GenreStructure, SectionStat

    tasks = SectionStat("tasks", 4, 1.0, 0.5, "重点任务", ("重点任务",), groups=4)
    structure = GenreStructure("plan", 4, (tasks,), ((("tasks",), 4),), groups=4)
    emitted = emit_template(tmp_path / "plan", "plan", structure, [], [], ["某某工作方案"] * 4)
    assert emitted.folder is not None
    assert "结尾: 无" in (load_template_folder(emitted.folder).field("结尾").description or "")  # says how

    def drafted(extra: str) -> str:
        facts = tmp_path / "方案.yaml"
        facts.write_text(
            f"模板: {emitted.folder}\n单位: 青石乡人民政府\n事项: 秋季森林防火\n"
            "主要任务:\n- 标题: 加强巡查\n  内容: 各村每日巡山一次。\n成文日期: 2026-10-09\n" + extra,
            encoding="utf-8",
        )
        _, draft = build_draft(facts)
        return encode(draft, "txt").decode("utf-8")

    assert "本方案自印发之日起实施。" in drafted("")
    assert "本方案自印发之日起实施。" in drafted("结尾:\n")  # left blank: the default
    for off in ("结尾: 无\n", "结尾: []\n"):
        text = drafted(off)
        assert "本方案自印发之日起实施。" not in text
        assert "无" not in [line.strip() for line in text.splitlines()]
    own = drafted("结尾: 本方案由乡党政办负责解释。\n")
    assert "本方案由乡党政办负责解释。" in own and "本方案自印发之日起实施。" not in own


def test_a_summary_keeps_its_customary_closing_and_says_how_to_leave_it_out(tmp_path: Path) -> None:
    """A summary template of summaries the unit sends up (they carry a 主送机关) closes on a formula (issue 10),
    even where the unit's own summaries never write 特此报告。 (a saved summary of another unit, ``others``,
    writing it or not); 结尾: 无 leaves it out. Summaries kept for the unit itself: test_ux25_summary_closing."""
    from drafter.mining.constants import Constant
    from drafter.mining.emit import emit_template
    from drafter.mining.structure import GenreStructure, SectionStat

    practices = SectionStat("practices", 3, 1.0, 0.5, "主要工作", ("主要工作",), groups=3)
    structure = GenreStructure("summary", 3, (practices,), ((("practices",), 3),), groups=3)
    own = "一、主要工作\n全年办结投诉四百件。\n二、存在的问题\n人手不足。\n某某局\n2025年1月9日"
    sample = "一、主要工作\n全年检查企业九十家。\n特此报告。\n某某县某某局\n2025年1月6日"
    emitted = emit_template(
        tmp_path / "summary",
        "summary",
        structure,
        [],
        [Constant("主送机关", "某某市人民政府", 2, 2)],
        ["某某局年度工作总结"] * 3,
        [own, own, sample],
        others={2},
    )
    assert emitted.folder is not None and emitted.closing == "特此报告。"
    spec = load_template_folder(emitted.folder)
    assert "结尾: 无" in (spec.field("结尾").description or "")
    facts = tmp_path / "总结.yaml"

    def drafted(extra: str) -> str:
        facts.write_text(
            f"模板: {emitted.folder}\n单位: 某某局\n期间: 2025年\n事项: 市场监管\n"
            "主要做法:\n- 标题: 优化服务\n  内容: 全年办结投诉四百件。\n成文日期: 2026-01-09\n" + extra,
            encoding="utf-8",
        )
        _, draft = build_draft(facts)
        return encode(draft, "txt").decode("utf-8")

    assert "特此报告。" in drafted("")
    assert "特此报告" not in drafted("结尾: 无\n")


def test_a_plan_the_unit_never_closes_with_the_customary_closing_takes_none(tmp_path: Path) -> None:
    """The unit's plans never end on 本方案自印发之日起实施。: the mined template adds it no more than the
    built-in does; the 结尾 field says how to have it."""
    from drafter.mining.emit import emit_template
    from drafter.mining.structure import GenreStructure, SectionStat

    tasks = SectionStat("tasks", 3, 1.0, 0.5, "重点整治任务", ("重点整治任务",), groups=3)
    structure = GenreStructure("plan", 3, (tasks,), ((("tasks",), 3),), groups=3)
    own = "一、重点整治任务\n开展食品安全专项检查。\n二、工作要求\n按时报送进度。\n某某局\n2025年3月9日"
    emitted = emit_template(tmp_path / "plan", "plan", structure, [], [], ["某某局专项检查实施方案"] * 3, [own] * 3)
    assert emitted.folder is not None and emitted.closing == "" and "closing" not in emitted.standard
    spec = load_template_folder(emitted.folder)
    assert "结尾: 本方案自印发之日起实施。" in (spec.field("结尾").description or "")


def test_a_transition_standing_alone_drops_the_clause_that_joins_it_to_an_opening() -> None:
    """A notice drafted with no 导语 opened with 结合我县实际，现将有关事项通知如下：, a clause that needs the
    opening before it; alone, the transition's last clause is the whole 承启语."""
    from drafter.mining.formula_blocks import _standing_alone

    assert _standing_alone("结合我县实际，现将有关事项通知如下：") == "现将有关事项通知如下："
    assert _standing_alone("经研究，现就做好有关工作通知如下：") == "现就做好有关工作通知如下："
    assert _standing_alone("现将有关事项通知如下：") == "现将有关事项通知如下："
    assert _standing_alone("根据上级要求，决定开展专项检查。") == "根据上级要求，决定开展专项检查。"
