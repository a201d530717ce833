"""A 报到时间 with a day no calendar has, or one before the notice's own date, is said as it is.

报到时间 is free text, printed as written. A day that does not exist (2月30日, typed from memory) was drafted
without a word, while the same slip in 会议时间 stops the draft. A day without a year that falls before the
成文日期 (2月10日 in a notice dated 2月14日 for a meeting on 2月20日) was read as next year's and said as
“2026年2月10日晚于会议时间2025年2月20日”, a date the clerk never wrote.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "会议通知.yaml"


def _draft(tmp_path: Path, arrival: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert "会议时间: 2025-02-20 上午9:00" in text and "成文日期: 2025年2月14日" in text
    text = "\n".join(f"报到时间: {arrival}" if line.startswith("报到时间:") else line for line in text.splitlines())
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text + "\n", encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("arrival", "written"),
    [("2月30日上午8:30前", "2月30日"), ("2025年2月29日下午", "2025年2月29日"), ("2025-02-30 08:30", "2025-02-30")],
)
def test_a_day_that_does_not_exist_draws_a_word(tmp_path: Path, arrival: str, written: str) -> None:
    result = _draft(tmp_path, arrival)
    assert result.exit_code == 0, result.output
    assert f"提醒：{tmp_path / '会议通知.yaml'}:12:" in result.stderr, result.stderr
    assert f'报到时间: 无法识别的日期 "{written}"（2025年没有2月' in result.stderr, result.stderr
    assert "请改成真实的报到日期" in result.stderr


def test_a_day_before_the_notice_is_said_in_the_meetings_year(tmp_path: Path) -> None:
    result = _draft(tmp_path, "2月10日上午8:30前")
    assert result.exit_code == 0, result.output
    assert "报到时间: 2025年2月10日比会议时间2025年2月20日早10天" in result.stderr, result.stderr
    assert "2026" not in result.stderr


@pytest.mark.parametrize("arrival", ["2月19日下午", "2月20日上午8:30前", "会前半小时到会场签到"])
def test_a_real_day_just_before_the_meeting_is_not_said(tmp_path: Path, arrival: str) -> None:
    result = _draft(tmp_path, arrival)
    assert result.exit_code == 0, result.output
    assert "报到时间:" not in result.stderr, result.stderr
