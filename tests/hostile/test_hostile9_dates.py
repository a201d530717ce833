"""Hostile inputs, round 9: a year of four digits opening with zeros (0025-02-24) is no year of the era.

A year of two digits (25-2-24) was refused with 年份要写四位, but 0025-02-24 (a YAML date as well as text)
and 0025年2月24日 read as the year 25: the draft was signed 25年2月24日, and a 会议时间 of 0025-02-20 was
drafted with a 提醒 only that it came before the 成文日期.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.gongwen import DateParseError, parse_date, parse_meeting_time

BASE = "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好。\n"


@pytest.mark.parametrize("written", ["0025-02-24", "0025年2月24日", '"0025-02-24"', "〇〇二五年二月二十四日"])
def test_a_date_whose_year_opens_with_zeros_is_refused(tmp_path: Path, written: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(BASE + f"成文日期: {written}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "成文日期" in result.output and "年份要写四位，如 2025年2月24日" in result.output
    assert "25年2月24日\n" not in result.stdout


def test_a_meeting_time_and_the_year_of_the_era_are_read_as_before() -> None:
    with pytest.raises(DateParseError, match="年份要写四位"):
        parse_meeting_time("0025-02-20 上午9:00")
    assert parse_date("2025-02-24").year == 2025
    assert parse_date("1999年12月31日").year == 1999
    assert parse_meeting_time("2月20日上午9:00", 2025).date.year == 2025


@pytest.mark.parametrize("written", ["2025年2月20日（星期四）", "2025年2月20日星期五", "2025-02-20 周四"])
def test_a_date_written_with_its_weekday_says_why_it_is_refused(tmp_path: Path, written: str) -> None:
    # As a meeting's date is written; refused with no reason (无法识别的日期 "2025年2月20日（星期四）").
    facts = tmp_path / "通知.yaml"
    facts.write_text(BASE + f"成文日期: {written}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "成文日期" in result.output and "（这里只写日期，不写星期，如 2025年2月20日）" in result.output
