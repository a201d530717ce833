import datetime as dt

import pytest

from drafter import chinese


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (999, "九百九十九"),
    ],
)
def test_chinese_numeral_round_trip(number: int, text: str) -> None:
    assert chinese.chinese_numeral(number) == text
    assert chinese.parse_chinese_numeral(text) == number


@pytest.mark.parametrize("text", ["", "甲", "十a", "1"])
def test_parse_chinese_numeral_rejects(text: str) -> None:
    assert chinese.parse_chinese_numeral(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01", dt.date(2024, 5, 1)),
        ("2024/5/1", dt.date(2024, 5, 1)),
        ("2024.05.01", dt.date(2024, 5, 1)),
        ("2024年5月1日", dt.date(2024, 5, 1)),
        ("2024 年 05 月 01 日", dt.date(2024, 5, 1)),
        ("二〇二四年五月一日", dt.date(2024, 5, 1)),
        ("二〇二四年十二月三十一日", dt.date(2024, 12, 31)),
        ("20240501", dt.date(2024, 5, 1)),
        ("２０２４年５月１日", dt.date(2024, 5, 1)),
    ],
)
def test_parse_date_forms(text: str, expected: dt.date) -> None:
    assert chinese.parse_date(text) == expected


def test_parse_date_without_year_uses_default() -> None:
    assert chinese.parse_date("5月3日", default_year=2025) == dt.date(2025, 5, 3)
    with pytest.raises(chinese.DateParseError, match="缺少年份"):
        chinese.parse_date("5月3日")


@pytest.mark.parametrize("text", ["5月32日", "2024-02-30", "2023年2月29日", "明天", "2024年5月1日下午"])
def test_parse_date_rejects_impossible_or_extra(text: str) -> None:
    with pytest.raises(chinese.DateParseError) as info:
        chinese.parse_date(text, default_year=2024)
    assert "日期" in str(info.value)


def test_format_date_has_no_leading_zeros() -> None:
    assert chinese.format_date(dt.date(2025, 3, 5)) == "2025年3月5日"


def test_meeting_time_adds_weekday_and_strips_leading_zero() -> None:
    value = chinese.parse_meeting_time("2025-02-20 09:00")
    assert str(value) == "2025年2月20日（星期四）9:00"
    assert value.weekday == "星期四"


def test_meeting_time_checks_a_written_weekday() -> None:
    assert str(chinese.parse_meeting_time("2025年2月20日（星期四）上午9:00")).endswith("上午9:00")
    assert chinese.parse_meeting_time("2025年2月23日(周日)下午").date == dt.date(2025, 2, 23)
    with pytest.raises(chinese.DateParseError, match="是星期四，不是星期五"):
        chinese.parse_meeting_time("2025年2月20日（星期五）上午9:00")


def test_meeting_time_must_start_with_a_date() -> None:
    with pytest.raises(chinese.DateParseError, match="应以日期开头"):
        chinese.parse_meeting_time("定于2025年2月20日上午")
    with pytest.raises(chinese.DateParseError, match="没有找到日期"):
        chinese.parse_meeting_time("下周一上午")


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["甲"], "甲"),
        (["甲", "乙"], "甲和乙"),
        (["甲", "乙", "丙"], "甲、乙和丙"),
        (["甲", " ", "乙"], "甲和乙"),
    ],
)
def test_join_list(items: list[str], expected: str) -> None:
    assert chinese.join_list(items) == expected


def test_enumerate_points_styles() -> None:
    assert chinese.enumerate_points(["加强学习。", "狠抓落实；"]) == "一是加强学习；二是狠抓落实。"
    assert chinese.enumerate_points(["甲", "乙"], style="第") == "第一，甲；第二，乙。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议时间:上午9:00,地点(三楼)", "会议时间：上午9:00，地点（三楼）"),
        ("Hello, world (test)", "Hello, world (test)"),
        ("是否通过?请回复!", "是否通过？请回复！"),
    ],
)
def test_fullwidth_punctuation(text: str, expected: str) -> None:
    assert chinese.fullwidth_punctuation(text) == expected


def test_display_width_counts_latin_as_half() -> None:
    assert chinese.display_width("2025年") == 3.0
    assert chinese.display_width("公文") == 2.0


def test_han_share_counts_han_characters_among_non_spaces() -> None:
    from drafter.chinese import han_share

    assert han_share("现将有关事项通知如下：") == 10 / 11
    assert han_share("Let us go 开会") == 2 / 9
    assert han_share("") == 0.0
