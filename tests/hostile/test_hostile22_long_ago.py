"""A 成文日期 (a 纪要's 会议日期) ten years or more before today draws a 提醒 saying where the line is: a 1925 or
2005 typed for 2025 was drafted with no word where no other date stood beside it to disagree, while a back-filled
document of recent years is dated in the past on purpose and is not asked about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sample_facts import draft_changed

from drafter.gongwen import checks


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "_today", lambda: dt.date(2026, 3, 10))


@pytest.mark.parametrize(("date", "years"), [("1925-03-05", 101), ("2005-03-05", 21), ("2016-03-01", 10)])
def test_a_signing_date_a_decade_or_more_ago_is_said(tmp_path: Path, date: str, years: int) -> None:
    drafted = draft_changed(tmp_path, "实施方案", "成文日期", date)
    assert drafted.result.exit_code == 0, drafted.said
    assert f"{drafted.where}:" in drafted.said and "成文日期: 成文日期是" in drafted.said, drafted.said
    assert f"比今天（2026年3月10日）早了{years}年左右" in drafted.said
    assert "补写或归档十年以前的公文" in drafted.said  # where the line is, and that such a date may stay
    assert drafted.output.exists()


def test_a_meeting_date_of_a_minutes_long_ago_is_said(tmp_path: Path) -> None:
    drafted = draft_changed(tmp_path, "会议纪要", "会议日期", "1925-03-05")
    assert drafted.result.exit_code == 0, drafted.said
    assert f"{drafted.where}:" in drafted.said and "会议日期是1925年3月5日" in drafted.said, drafted.said


@pytest.mark.parametrize("date", ["2025-02-26", "2019-05-01", "2016-03-11"])
def test_a_back_filled_date_of_recent_years_is_not_said(tmp_path: Path, date: str) -> None:
    drafted = draft_changed(tmp_path, "实施方案", "成文日期", date)
    assert drafted.result.exit_code == 0, drafted.said
    assert "比今天" not in drafted.said, drafted.said
