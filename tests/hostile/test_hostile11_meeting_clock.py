"""A day's span of hours ends after it starts (hostile11's observation: 上午9:00—8:00 was drafted as written)."""

import pytest

from drafter.gongwen.dates import DateParseError, parse_meeting_time


@pytest.mark.parametrize("text", ["2025年3月3日上午9:00—8:00", "2025年3月3日下午3:00—2:00", "2025年3月3日14:00-13:30"])
def test_a_span_ending_before_it_starts_is_refused(text: str) -> None:
    with pytest.raises(DateParseError, match="结束时刻不晚于开始时刻"):
        parse_meeting_time(text)


@pytest.mark.parametrize(
    "text",
    [
        "2025年3月3日上午9:00—11:30",
        "2025年3月3日下午2:00—5:00",
        "2025年3月3日上午9:00—15:00",
        "2025年3月3日上午9:00至下午4:00",
    ],
)
def test_a_span_of_the_day_is_read(text: str) -> None:
    assert parse_meeting_time(text).date.day == 3
