"""Hostile inputs, round 11: a meeting time copied from a system's export (with its T and seconds) reads as typed.

An OA system's booking gives 2025-02-20 09:00:00 or 2025-02-20T09:00:00. Pasted as the 会议时间, the notice read
2025年2月20日（星期四）9:00:00, or （星期四）T9:00:00, and 9:00:30 was mangled to 9:0:30, with no word.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "会议通知.yaml"


def _draft(tmp_path: Path, when: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert "会议时间: 2025-02-20 上午9:00\n" in text
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text.replace("会议时间: 2025-02-20 上午9:00\n", f"会议时间: {when}\n"), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("when", "printed"),
    [
        ("2025-02-20 09:00:00", "2025年2月20日（星期四）9:00，会期半天"),
        ("2025-02-20T09:00:00", "2025年2月20日（星期四）9:00，会期半天"),
        ("2025-02-20 上午09:00:00—11:30:00", "2025年2月20日（星期四）上午9:00—11:30，会期半天"),
        ("2025-02-20 14:30", "2025年2月20日（星期四）14:30，会期半天"),
    ],
)
def test_a_clock_with_its_seconds_or_a_t_reads_to_the_minute(tmp_path: Path, when: str, printed: str) -> None:
    result = _draft(tmp_path, when)
    assert result.exit_code == 0, result.output
    assert printed in result.stdout, result.stdout


def test_a_clock_with_seconds_that_are_not_zero_is_refused(tmp_path: Path) -> None:
    result = _draft(tmp_path, "2025-02-20 9:00:30")
    assert result.exit_code == 1, result.output
    assert "会议通知.yaml:10:7: 会议时间: 时刻不对：“9:00:30”（会议时刻写到分钟，如 9:00）" in result.stderr, (
        result.stderr
    )
