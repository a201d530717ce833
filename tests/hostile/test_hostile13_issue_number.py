"""Hostile inputs, round 13: a 纪要's 期号 from a sheet's number cell or typed in full-width mode.

A sheet's 期号 cell holding the number 3 printed a bare 3 under the red 纪要 mark, and 第３期 typed in full-width
mode kept its wide digits. The mark prints 第3期 now; a 期号 written otherwise (2025年第3期, 第三期) is kept.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("3", "第3期"),
        ("第３期", "第3期"),
        ("１２", "第12期"),
        ("第3期", "第3期"),
        ("2025年第3期", "2025年第3期"),
        ("第三期", "第三期"),
    ],
)
def test_the_issue_number_is_printed_as_the_mark_has_it(tmp_path: Path, written: str, printed: str) -> None:
    text = (SAMPLES / "会议纪要.yaml").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("期号:"))
    facts = tmp_path / "纪要.yaml"
    facts.write_text(f'{kept}\n期号: "{written}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == printed, result.output
