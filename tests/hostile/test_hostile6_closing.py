"""The 结尾 switch of a mined template (结尾: 无) as clerks write it: 否 like the 是/否 fields beside it, 无。"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import build_draft, encode

_DEFAULT = "本方案自印发之日起实施。"


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from drafter.mining.emit import emit_template
    from drafter.mining.structure import GenreStructure, SectionStat

    tasks = SectionStat("tasks", 4, 1.0, 0.5, "重点任务", ("重点任务",), groups=4)
    structure = GenreStructure("plan", 4, (tasks,), ((("tasks",), 4),), groups=4)
    emitted = emit_template(tmp_path_factory.mktemp("mined") / "plan", "plan", structure, [], [], ["某某工作方案"] * 4)
    assert emitted.folder is not None
    return emitted.folder


def _drafted(facts: Path) -> list[str]:
    """The lines of the text draft of a facts file, stripped."""
    _, draft = build_draft(facts)
    return [line.strip() for line in encode(draft, "txt").decode("utf-8").splitlines()]


def _lines(plan: Path, folder: Path, closing: str) -> list[str]:
    facts = folder / "方案.yaml"
    facts.write_text(
        f"模板: {plan}\n单位: 青石乡人民政府\n事项: 秋季森林防火\n"
        f"主要任务:\n- 标题: 加强巡查\n  内容: 各村每日巡山一次。\n成文日期: 2026-10-09\n结尾: {closing}\n",
        encoding="utf-8",
    )
    return _drafted(facts)


@pytest.mark.parametrize("closing", ["否", "无。", "不需要", "[否]", "不用！"])
def test_a_closing_that_says_no_leaves_the_closing_out(plan: Path, tmp_path: Path, closing: str) -> None:
    lines = _lines(plan, tmp_path, closing)
    # it was drafted as the closing paragraph: the plan ended on a line that said 否
    assert _DEFAULT not in lines
    assert closing.strip("[]") not in lines, lines


def test_a_closing_of_the_clerks_own_is_still_drafted(plan: Path, tmp_path: Path) -> None:
    own = _lines(plan, tmp_path, "本方案由乡党政办负责解释。")
    assert "本方案由乡党政办负责解释。" in own and _DEFAULT not in own
    assert _DEFAULT in _lines(plan, tmp_path, "")  # left blank: the default
    assert "无" in _lines(plan, tmp_path, "[无, 另行通知]")  # two paragraphs are what the clerk wrote


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    import json

    from drafter.mining.mine import mine

    output = tmp_path_factory.mktemp("speech") / "out"
    mine([Path(__file__).parent.parent / "mining" / "speech_corpus"], output)
    report = json.loads((output / "report.json").read_text(encoding="utf-8"))
    closing = next(g for g in report["genres"] if g["genre"] == "speech")["defaults"]["closing"]
    return output / "speech", closing


def _speech_lines(speech: tuple[Path, str], folder: Path, closing: str) -> list[str]:
    facts = folder / "讲话.yaml"
    facts.write_text(
        f"模板: {speech[0]}\n会议名称: 全县水利工作会议\n讲话人: 李明\n讲话日期: 2025年2月20日\n开场:\n- 今天我们开会。\n"
        f"主体:\n- 标题: 抓好防汛\n  内容: 要抓好防汛。\n结束语: {closing}\n",
        encoding="utf-8",
    )
    return [line for line in _drafted(facts) if line]


@pytest.mark.parametrize("closing", ["无", "否。"])
def test_a_speech_closing_that_says_no_writes_no_paragraph(
    speech: tuple[Path, str], tmp_path: Path, closing: str
) -> None:
    lines = _speech_lines(speech, tmp_path, closing)
    # it was a paragraph that said 无 above the closing formula
    assert closing not in lines and lines[-2:] == ["要抓好防汛。", speech[1]], lines


def test_a_speech_closing_written_without_its_last_mark_is_not_doubled(
    speech: tuple[Path, str], tmp_path: Path
) -> None:
    formula = speech[1]
    bare = formula.rstrip("！!。")
    lines = _speech_lines(speech, tmp_path, f"同志们，让我们共同努力，{bare}")
    # it was followed by the formula once more: ……谢谢大家 / 谢谢大家！; it ends with the formula's own mark (ux25)
    assert lines[-1] == f"同志们，让我们共同努力，{formula}" and formula not in lines, lines
    assert _speech_lines(speech, tmp_path, "让我们共同努力！")[-2:] == ["让我们共同努力！", formula]
