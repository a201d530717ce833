"""公文 knowledge: the grammars of dates, 发文字号, 份号, 密级, 紧急程度 and yes/no words; the genre records."""

import datetime as dt

import pytest

from drafter import gongwen


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
    assert gongwen.parse_date(text) == expected


def test_parse_date_without_year_uses_default() -> None:
    assert gongwen.parse_date("5月3日", default_year=2025) == dt.date(2025, 5, 3)
    with pytest.raises(gongwen.DateParseError, match="缺少年份"):
        gongwen.parse_date("5月3日")


@pytest.mark.parametrize("text", ["5月32日", "2024-02-30", "2023年2月29日", "明天", "2024年5月1日下午"])
def test_parse_date_rejects_impossible_or_extra(text: str) -> None:
    with pytest.raises(gongwen.DateParseError) as info:
        gongwen.parse_date(text, default_year=2024)
    assert "日期" in str(info.value)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2026年12月", "缺少日"),
        ("2026.12", "缺少日"),
        ("二〇二六年十二月", "缺少日"),
        ("26-12-6", "年份要写四位，如 2026年12月6日"),
        ("26年12月6日", "年份要写四位"),
    ],
)
def test_a_date_without_its_day_or_with_a_short_year_says_what_is_missing(text: str, said: str) -> None:
    with pytest.raises(gongwen.DateParseError, match=said):
        gongwen.parse_date(text)


def test_format_date_has_no_leading_zeros() -> None:
    assert gongwen.format_date(dt.date(2025, 3, 5)) == "2025年3月5日"


def test_meeting_time_adds_weekday_and_strips_leading_zero() -> None:
    value = gongwen.parse_meeting_time("2025-02-20 09:00")
    assert str(value) == "2025年2月20日（星期四）9:00"
    assert value.weekday == "星期四"


def test_meeting_time_checks_a_written_weekday() -> None:
    assert str(gongwen.parse_meeting_time("2025年2月20日（星期四）上午9:00")).endswith("上午9:00")
    assert gongwen.parse_meeting_time("2025年2月23日(周日)下午").date == dt.date(2025, 2, 23)
    with pytest.raises(gongwen.DateParseError, match="是星期四，不是星期五"):
        gongwen.parse_meeting_time("2025年2月20日（星期五）上午9:00")


def test_meeting_time_must_start_with_a_date() -> None:
    with pytest.raises(gongwen.DateParseError, match="应以日期开头"):
        gongwen.parse_meeting_time("定于2025年2月20日上午")
    with pytest.raises(gongwen.DateParseError, match="没有找到日期"):
        gongwen.parse_meeting_time("下周一上午")


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("X教〔2025〕3号", "X教〔2025〕3号"),
        ("X教[2025]第03号", "X教〔2025〕3号"),
        ("青政办发（2024）12号", "青政办发〔2024〕12号"),
        ("青教【2024】1号", "青教〔2024〕1号"),
    ],
)
def test_doc_numbers_are_printed_the_standard_way(text: str, printed: str) -> None:
    assert str(gongwen.parse_doc_number(text)) == printed


@pytest.mark.parametrize("text", ["X教2025年3号", "〔2025〕3号", "X教〔25〕3号", "X教〔2025〕0号", "X教〔2025〕3"])
def test_not_doc_numbers(text: str) -> None:
    assert gongwen.parse_doc_number(text) is None


def test_doc_numbers_in_text_and_head_lines() -> None:
    assert gongwen.DOC_NUMBER_IN_TEXT.search("按照青教〔2024〕5号文件要求").group("number") == "5"
    assert gongwen.is_doc_number_line("青教〔2024〕5号      签发人：张三")
    assert not gongwen.is_doc_number_line("根据有关文件精神")
    # A head line is read more loosely than the field: its 代字 may be lost in a copy, any typed bracket.
    for line in ("〔2025〕3号", "青教【2025】第03号", "青教 [2025] 3号", "青教〔2025〕3号 签发人：张三 李四"):
        assert gongwen.is_doc_number_line(line), line
    for line in ("按照青教〔2025〕3号，做好工作", "青教〔2025〕0号", "青教〔25〕3号", "青教〔2025〕3号文件"):
        assert not gongwen.is_doc_number_line(line), line
    assert gongwen.YEAR_IN_BRACKETS.search("按照青教【2025】3号") and not gongwen.YEAR_IN_BRACKETS.search("2025年")


@pytest.mark.parametrize(
    ("parse", "text", "printed"),
    [
        (gongwen.parse_copy_number, "12", "000012"),
        (gongwen.parse_copy_number, "０００１２３", "000123"),
        (gongwen.parse_copy_number, "1234567", None),
        (gongwen.parse_copy_number, "十二", None),
        (gongwen.parse_secrecy, "机密", "机密"),
        (gongwen.parse_secrecy, "机密 * 03 年", "机密★3年"),
        (gongwen.parse_secrecy, "绝密★长期", "绝密★长期"),
        (gongwen.parse_secrecy, "内部", None),
        (gongwen.parse_urgency, " 特急 ", "特急"),
        (gongwen.parse_urgency, "很急", None),
    ],
)
def test_head_marks(parse: object, text: str, printed: str | None) -> None:
    assert callable(parse)
    assert parse(text) == printed


def test_head_mark_lines_agree_with_the_field_grammar() -> None:
    for printed in ("000012", "机密★3年", "特急", "加急", "秘密"):
        assert gongwen.HEAD_MARK_LINE.match(printed)


@pytest.mark.parametrize(
    ("word", "answer"), [("是", True), ("YES", True), ("有", True), ("否", False), ("无", False), ("也许", None)]
)
def test_yes_no_words(word: str, answer: bool | None) -> None:
    assert gongwen.parse_yes_no(word) is answer


def test_dates_in_text_for_masking() -> None:
    found = gongwen.DATE_IN_TEXT.findall("定于2025年2月20日上午9:00召开，3月1日前报送，2025-02-14印发")
    assert found == ["2025年2月20日", "上午9:00", "3月1日", "2025-02-14"]
    assert gongwen.DATE_LINE.match("2025年2月14日印发")
    assert gongwen.DATE_LINE.match("二〇二五年二月十四日")
    assert not gongwen.DATE_LINE.match("会议定于2025年2月20日在县教育局召开。")


def test_one_slug_scheme() -> None:
    assert gongwen.slug("Meeting-Notice") == "meeting_notice"
    assert gongwen.genre_by_slug("meeting-notice").name == "会议通知"
    assert gongwen.find_genre("纪要").slug == "meeting_report"
    assert gongwen.find_genre("工作总结").slug == "summary"
    assert gongwen.find_genre("不存在") is None
    slugs = [g.slug for g in gongwen.GENRES]
    assert len(slugs) == len(set(slugs)) and all(s == gongwen.slug(s) for s in slugs)


def test_title_words_put_the_longer_word_first() -> None:
    words = [w for w, _ in gongwen.title_words()]
    assert words.index("会议通知") < words.index("通知")
    assert dict(gongwen.title_words())["会议通知"] == "meeting_notice"
    assert all(g.mined for g in gongwen.MINED_GENRES)


def test_unsigned_genres() -> None:
    assert not gongwen.genre_by_slug("speech").signed and not gongwen.genre_by_slug("meeting_report").signed
    assert gongwen.genre_by_slug("summary").signed


def test_head_and_byline_lines_for_mining() -> None:
    assert gongwen.NUMERIC_DATE_LINE.match("2007-01-12") and not gongwen.NUMERIC_DATE_LINE.match("2007-01-12 星期五")
    assert gongwen.BYLINE_DATE.match("（2025年2月20日）") and gongwen.BYLINE_DATE.match("(二〇二五年二月二十日)")
    # O typed for 〇, full-width stops: as people write them.
    assert gongwen.BYLINE_DATE.match("（二OO五年二月二十日）")
    assert gongwen.DATE_LINE.match("青禾县教育局二OO五年三月一日")
    assert gongwen.NUMERIC_DATE_LINE.match("2007．1．12") and not gongwen.NUMERIC_DATE_LINE.match("2007-01-123")


def test_issuer_marks() -> None:
    assert gongwen.ISSUER_MARK_LINE.match("青禾县教育局文件")
    assert not gongwen.ISSUER_MARK_LINE.match("请认真学习，领会上级文件")
    flat = gongwen.ISSUER_MARK_AT_START.search("青禾县教育局文件青教〔2025〕3号关于开展检查的通知")
    assert flat and flat.group("flat") == "青禾县教育局文件"
    assert not gongwen.ISSUER_MARK_AT_START.search("学习有关文件精神的体会")
    assert gongwen.ISSUE_NUMBER_LINE.match("第 3 期") and gongwen.ISSUE_NUMBER_LINE.match("第十二期")
    assert gongwen.ISSUE_NUMBER_LINE.match("总第12期") and gongwen.ISSUE_NUMBER_LINE.match("〔2025〕第3期")
    assert not gongwen.ISSUE_NUMBER_LINE.match("第3期工作简报") and not gongwen.ISSUE_NUMBER_LINE.match("第3篇")


def test_masking_uses_the_same_grammar() -> None:
    masked = gongwen.mask(
        "按照《通知》（青教〔2024〕5号）要求，定于2025年3月1日上午9:00召开", lambda kind, text: f"<{kind}>"
    )
    assert masked == "按照《通知》（<文号>）要求，定于<日期><日期>召开"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2025年3月14日至15日", "2025年3月14日（星期五）至15日（星期六）"),
        ("2025年3月14日（星期五）至15日（周六）下午", "2025年3月14日（星期五）至15日（星期六）下午"),
        ("2025-03-31—4月1日上午", "2025年3月31日（星期一）至4月1日（星期二）上午"),
        ("2025-12-30至2026-01-02", "2025年12月30日（星期二）至2026年1月2日（星期五）"),
        ("2025年12月30日至1月2日", "2025年12月30日（星期二）至2026年1月2日（星期五）"),
        # a range of hours is the time, its keyboard hyphen printed as the 一字线 of a span (GB/T 15834)
        ("2025年3月14日上午9:00-11:30", "2025年3月14日（星期五）上午9:00—11:30"),
        ("2025年3月14日下午3:00~下午5:00", "2025年3月14日（星期五）下午3:00—下午5:00"),
    ],
)
def test_meeting_time_ranges_show_both_weekdays(text: str, shown: str) -> None:
    assert str(gongwen.parse_meeting_time(text)) == shown


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025年3月14日至13日", "早于开始日期"),
        ("2025年3月14日至15日（星期五）", "是星期六"),
        ("2025年3月14日至3月32日", "没有3月32日"),
    ],
)
def test_meeting_time_ranges_are_checked(text: str, message: str) -> None:
    with pytest.raises(gongwen.DateParseError, match=message):
        gongwen.parse_meeting_time(text)


def test_resolve_year_takes_the_next_such_day() -> None:
    assert gongwen.resolve_year(1, 5, dt.date(2024, 12, 28)) == dt.date(2025, 1, 5)
    assert gongwen.resolve_year(12, 28, dt.date(2024, 12, 28)) == dt.date(2024, 12, 28)
    assert gongwen.resolve_year(2, 29, dt.date(2024, 1, 1)) == dt.date(2024, 2, 29)
    with pytest.raises(gongwen.DateParseError, match="2025年没有2月29日"):
        gongwen.resolve_year(2, 29, dt.date(2024, 3, 1))


def test_a_month_past_twelve_is_said_to_be_one() -> None:
    for written in ("2026-13-01", "2026年13月1日"):
        with pytest.raises(gongwen.DateParseError, match="月份是1到12，这里写的是13"):
            gongwen.parse_date(written)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("半天", 0.5),
        ("2天", 2),
        ("一天半", 1.5),
        ("3日", 3),
        ("两天", 2),
        ("1个天", 1),
        ("十天。", 10),
        ("半日", None),
        ("一天半左右", None),
        ("全天", None),
        ("", None),
    ],
)
def test_meeting_length_reads_a_span_in_days(text: str, days: float | None) -> None:
    assert gongwen.meeting_length(text) == days


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (5, "第5期"),
        ("５", "第5期"),
        ("5期", "第5期"),
        ("第5", "第5期"),
        ("五", "第五期"),
        ("⑤", "第5期"),
        ("第12期", "第12期"),
        ("2025年第3期", "2025年第3期"),
    ],
)
def test_an_issue_number_is_printed_as_the_masthead_prints_it(value: object, printed: str) -> None:
    assert gongwen.issue_number_text(value) == printed
    assert gongwen.issue_number_text(printed) == printed  # drafting may format it twice (habits, then render)


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        ("县委办;县政府办", ["县委办", "县政府办"]),
        ("县委办；；县政府办；", ["县委办", "县政府办"]),
        ("县委办、县政府办", None),
        (";", []),
    ],
)
def test_offices_set_apart_by_semicolons(text: str, offices: list[str] | None) -> None:
    assert gongwen.offices_by_semicolons(text) == offices


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        ("41", "总第41期"),
        ("（总第41期）", "总第41期"),
        ("第41期", "总第41期"),
        ("一千", "总第一千期"),
        ("合订本", "合订本"),
    ],
)
def test_a_total_issue_number_is_printed_with_its_total(value: str, printed: str) -> None:
    assert gongwen.total_issue_number_text(value) == printed
