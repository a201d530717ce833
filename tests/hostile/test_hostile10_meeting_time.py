"""Hostile inputs, round 10: a meeting's last day without its year runs into the next year only over the turn
of a year.

A clerk copies last month's notice and changes the first date only: 会议时间: 2025年4月14日至3月15日. The last
day, written without its year, was taken as the next 3月15日, and the notice called a meeting of eleven
months, 2025年4月14日（星期一）至2026年3月15日（星期日）, with no word. 12月30日至1月2日 still runs into the
next year.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "会议通知.yaml"


def _draft(tmp_path: Path, when: str):
    text = SAMPLE.read_text(encoding="utf-8")
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text.replace("会议时间: 2025-02-20 上午9:00", f"会议时间: {when}"), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize("when", ["2025年4月14日至3月15日上午9:00", "2025-02-20至2月19日 上午9:00"])
def test_a_last_day_before_the_first_is_refused_at_its_line(tmp_path: Path, when: str) -> None:
    result = _draft(tmp_path, when)
    assert result.exit_code == 1, result.output
    assert "会议通知.yaml:10:" in result.stderr and "会议时间: 结束日期" in result.stderr, result.stderr
    assert "早于开始日期" in result.stderr


def test_a_range_over_the_turn_of_a_year_runs_into_the_next(tmp_path: Path) -> None:
    result = _draft(tmp_path, "2025年12月30日至1月2日上午9:00")
    assert result.exit_code == 0, result.output
    assert "2025年12月30日（星期二）至2026年1月2日（星期五）上午9:00" in result.stdout


def test_a_meeting_a_year_ahead_of_its_notice_draws_a_word(tmp_path: Path) -> None:
    # A date without its year is the next such day after the 成文日期 (2025年2月14日): a meeting typed the day
    # before it was drafted a year ahead, 2026年2月13日, with no word.
    result = _draft(tmp_path, "2月13日上午9:00")
    assert result.exit_code == 0, result.output
    assert "2026年2月13日（星期五）上午9:00" in result.stdout
    assert "会议通知.yaml:10:" in result.stderr, result.stderr
    assert "会议时间: 2026年2月13日在成文日期2025年2月14日之后半年多" in result.stderr
    assert "提醒" not in _draft(tmp_path, "2月20日上午9:00").stderr


@pytest.mark.parametrize(
    ("when", "said"), [("2025-02-20 上午15:00", "上午15:00"), ("2025-02-20 早上 14：30", "早上14：30")]
)
def test_a_morning_clock_past_noon_is_refused(tmp_path: Path, when: str, said: str) -> None:
    # A notice copied from one held at 上午9:00, its time changed to 15:00, was drafted 上午15:00.
    result = _draft(tmp_path, when)
    assert result.exit_code == 1, result.output
    assert f"会议时间: 时刻不对：“{said}”" in result.stderr, result.stderr


@pytest.mark.parametrize("when", ["2025-02-20 上午9:00—15:00", "2025-02-20 下午15:00", "2025-02-20 上午12:00"])
def test_a_morning_start_and_an_afternoon_clock_draft_as_before(tmp_path: Path, when: str) -> None:
    assert _draft(tmp_path, when).exit_code == 0
