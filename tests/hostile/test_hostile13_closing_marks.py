"""Hostile inputs, round 13: a closing typed without its full stop or with a half-width comma.

A 请示's 结语 is one of a few sentences: 结语: 妥否，请批示 (the full stop left off, as clerks type) or 妥否,请批示
(the comma typed in half-width mode) was refused, 是否想写“妥否，请批示。”？ beside it; the one sentence it can be
is taken now. A 函's or 批复's 结语 is written freely: 此复 or 请予支持为盼 was printed without its full stop.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES


def _draft(tmp_path: Path, sample: str, closing: str) -> tuple[int, str]:
    text = (SAMPLES / f"{sample}.yaml").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("结语:"))
    facts = tmp_path / "稿.yaml"
    facts.write_text(f"{kept}\n结语: {closing}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("sample", "closing", "printed"),
    [
        ("请示", "妥否，请批示", "妥否，请批示。"),
        ("请示", "妥否,请批示", "妥否，请批示。"),
        ("请示", "当否，请批复", "当否，请批复。"),
        ("报告", "特此报告", "特此报告。"),
    ],
)
def test_a_chosen_closing_without_its_full_stop_is_taken(
    tmp_path: Path, sample: str, closing: str, printed: str
) -> None:
    code, output = _draft(tmp_path, sample, closing)
    assert code == 0, output
    assert f"　　{printed}\n" in output, output


def test_a_closing_that_is_none_of_the_choices_is_still_refused(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, "请示", "妥否")
    assert code == 1 and "结语: 应当是" in output, output


@pytest.mark.parametrize(
    ("sample", "closing", "printed"),
    [
        ("函", "请予支持为盼", "请予支持为盼。"),
        ("复函", "此复", "此复。"),
        ("批复", "此复", "此复。"),
        ("函", "盼复，", "盼复。"),
    ],
)
def test_a_free_closing_ends_with_its_full_stop(tmp_path: Path, sample: str, closing: str, printed: str) -> None:
    code, output = _draft(tmp_path, sample, closing)
    assert code == 0, output
    assert f"　　{printed}\n" in output, output


@pytest.mark.parametrize("closing", ["特此函告！", "请予函复。"])
def test_a_free_closing_with_its_mark_is_printed_as_written(tmp_path: Path, closing: str) -> None:
    code, output = _draft(tmp_path, "函", closing)
    assert code == 0 and f"　　{closing}\n" in output, output
