"""ux31 walk: a sheet someone else filled gives a meeting's hours as 2026年12月3日15:00-2026年12月3日16:00; the
notice printed 15:00-16:00 with the keyboard's hyphen, where a span of time takes the 一字线 (GB/T 15834 §4.13)."""

from __future__ import annotations

import pytest

from drafter import gongwen


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2026年12月3日15:00-2026年12月3日16:00", "2026年12月3日（星期四）15:00—16:00"),
        ("2026-12-03 下午3:00～4:30", "2026年12月3日（星期四）下午3:00—4:30"),
        ("2026年12月3日下午3:00—4:30", "2026年12月3日（星期四）下午3:00—4:30"),
        ("2026年12月3日下午3:00", "2026年12月3日（星期四）下午3:00"),
    ],
)
def test_a_span_of_hours_takes_the_dash(text: str, shown: str) -> None:
    assert str(gongwen.parse_meeting_time(text)) == shown


@pytest.mark.parametrize(("text", "hint"), [("12/5 16:00", "12月5日16:00"), ("12.5 下午4:00", "12月5日下午4:00")])
def test_a_month_and_day_written_with_a_slash_is_said_how_to_write(text: str, hint: str) -> None:
    """A sheet's cell of text 12/5 16:00 (no year) was refused with 没有找到日期 alone."""
    with pytest.raises(gongwen.DateParseError) as caught:
        gongwen.parse_meeting_time(text)
    assert hint in str(caught.value) and "12/5" in str(caught.value)
