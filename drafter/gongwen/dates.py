"""The one date grammar: dates as offices write them, read for validation and recognised for mining.

Written forms: 2025年1月10日, 二〇二五年一月十日, 2025-01-10, 2025/1/10, 2025.1.10, 20250110, 1月10日
(a year-less date takes a default year). Printed form (GB/T 9704 §7.3.5.4): Arabic numerals, full
year, no leading zeros — 2025年1月10日.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from msgspec import Struct

from ..chinese import FULLWIDTH_DIGITS, parse_chinese_numeral
from ..patterns import lazy

WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_WEEKDAY_ALIASES = {"天": 6, "日": 6, "末": -1}
_YEAR_DIGITS = dict(zip("〇○零O一二三四五六七八九", "0000123456789", strict=True))

# The pieces of the grammar, as regular-expression text, for anyone who needs to recognise dates.
NUMBER = r"(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})"  # a month or a day
YEAR = r"(?:\d{4}|[０-９]{4}|[〇○零O一二三四五六七八九]{4})"
WRITTEN = rf"(?P<y>{YEAR})\s*年\s*(?P<m>{NUMBER})\s*月\s*(?P<d>{NUMBER})\s*[日号]"  # 2025年1月10日
NUMERIC = r"(?P<y>\d{4})\s*[-/.．]\s*(?P<m>\d{1,2})\s*[-/.．]\s*(?P<d>\d{1,2})(?!\d)"  # 2025-01-10
COMPACT = r"(?<!\d)(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"  # 20250110
MONTH_DAY = rf"(?<![\d年])(?P<m>{NUMBER})\s*月\s*(?P<d>{NUMBER})\s*[日号]"  # 1月10日
TIME_OF_DAY = r"[上下]午\s*\d{1,2}\s*[:：时点]\s*(?:\d{2}\s*分?)?"  # 上午9:00, 下午3时
# A time of day as mining masks it, its part of the day optional: 9:00, 上午9时30分, 下午3点半, 晚上8点.
CLOCK_TIME = r"(?:[上下]午|晚上|早上|中午)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\s*\d{1,2}\s*分|半)?)"
# The period a summary or plan covers, as titles and headings name it: 2025年度, 上半年, 第三季度.
HALF_YEAR = r"[上下]半年"
QUARTER = r"第?[一二三四]季度"
YEAR_PERIOD = rf"{YEAR}\s*年度?"
# The weekday a date may carry after it: （星期三）, (周五); optional.
WEEKDAY_AFTER = r"(?:\s*[（(]\s*(?:星期|周)[一二三四五六日天]\s*[)）])?"

# Each pattern with characters it cannot match without: a text lacking them skips the pattern (and
# its compiling, which for the Chinese forms costs more than the rest of reading a date).
_PATTERNS = (
    (lazy(WRITTEN), "月"),
    (lazy(NUMERIC), "-/.．"),
    (lazy(COMPACT), ""),  # no Chinese ranges: cheap to compile, and \d matches full-width digits too
    (lazy(MONTH_DAY), "月"),
)


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Any written date, with its year or without, as regular-expression text (an alternation to group).
ANY_DATE = "|".join(_unnamed(p) for p in (WRITTEN, NUMERIC, MONTH_DAY))
# Any written date or time of day inside running text (what mining masks as a 日期 slot).
DATE_IN_TEXT = lazy(f"{ANY_DATE}|{_unnamed(TIME_OF_DAY)}")
# A line that is only a full date, perhaps after a signer and before 印发 (a signature's date line).
DATE_LINE = lazy(rf"^\S{{0,20}}{_unnamed(WRITTEN)}\s*(?:印发)?$")
# A line that is only a numeric date (2007-01-12 under a signature).
NUMERIC_DATE_LINE = lazy(rf"^{_unnamed(NUMERIC)}$")


def is_date_line(text: str) -> bool:
    """Whether a line is a full date written out (``DATE_LINE``), asked only of a line that ends as it does and
    holds its 年 (its leading \\S{0,20} is slow to fail); a date ending with 号 (10号) is not asked: a signature's
    date prints 日 (GB/T 9704 §7.3.5.4)."""
    return text.rstrip().endswith(("日", "印发")) and "年" in text and DATE_LINE.match(text) is not None


# A line that ends on a full date (a signature's date, a record of a dump that ends with its signature):
# ask it of the line's last characters, as the search tries every position.
DATE_AT_END = lazy(rf"(?:{_unnamed(WRITTEN)}|{_unnamed(NUMERIC)})\s*(?:印发)?$")
# A numeric date inside a line, digits on neither side (2024-12-16, 2023/5/9 02:52): what a web page's
# byline carries, and a title or prose seldom does.
NUMERIC_DATE_IN_TEXT = lazy(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
# The same date written out (2026年1月5日), as a portal's byline row gives its 发布日期.
WRITTEN_DATE_IN_TEXT = lazy(r"\d{4}年\d{1,2}月\d{1,2}日")
# Looser on purpose: a byline's date typed without its 日 (2024年9月19) or with spaces is still one.
LOOSE_FULL_DATE = lazy(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
# A date in parentheses on its own line, under a speech's title and speaker: （2025年2月20日）.
BYLINE_DATE = lazy(rf"^[（(]\s*{YEAR}\s*年[^（）()]{{1,12}}日\s*(?:[上下]午|晚上)?\s*[）)]$")  # (2026年3月28日上午)
# The same with the speech's place or its chair after the date (（2026年4月22日　主持人：……）, （2026年4月22日　县会议中心）).
BYLINE_DATE_AND_MORE = lazy(
    rf"^[（(]\s*{YEAR}\s*年[^（）()]{{1,12}}日\s*(?:[上下]午|晚上)?(?:\s*[^（）()。，]{{1,30}})?\s*[）)]$"
)
# A stretch of time opening a text (a phase of a plan's schedule): 七月至八月：, 9月上旬, 2025年3月—5月, 10月底前.
_MONTH_PART = rf"(?:{YEAR}\s*年\s*)?{NUMBER}\s*月(?:\s*{NUMBER}\s*[日号])?(?:上旬|中旬|下旬|初|底|中)?"
PERIOD_OPENING = lazy(
    rf"^{_MONTH_PART}(?:\s*(?:至|到|—|–|-|~|～)\s*(?:{_MONTH_PART}|{NUMBER}\s*[日号]))?\s*(?:前|以前)?\s*(?:[：:，,\s]|$)"
)


class DateParseError(ValueError):
    """A text that should hold a date does not; ``str()`` is a Chinese message."""


def format_date(value: dt.date) -> str:
    """GB/T 9704 §7.3.5.4: Arabic numerals, full year, no leading zeros."""
    return f"{value.year}年{value.month}月{value.day}日"


def weekday_name(value: dt.date) -> str:
    return WEEKDAYS[value.weekday()]


def _small_number(text: str) -> int:
    text = text.translate(FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    value = parse_chinese_numeral(text)
    if value is None:
        raise ValueError(text)
    return value


def _year(text: str) -> int:
    text = text.translate(FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    return int("".join(_YEAR_DIGITS[ch] for ch in text))


class DateMatch(Struct, frozen=True):
    date: dt.date
    start: int
    end: int
    had_year: bool


def resolve_year(month: int, day: int, after: dt.date) -> dt.date:
    """The first month-day on or after ``after``: 1月5日 after 2024年12月28日 is 2025年1月5日.

    A date written without a year in a document names a coming day (a meeting, a deadline), so it is
    the next such day from the document's date, not that day of the document's own year.
    """
    year = after.year
    try:
        value: dt.date | None = dt.date(year, month, day)
    except ValueError:
        value = None
    if value is not None and value >= after:
        return value
    try:
        return dt.date(year + 1, month, day)
    except ValueError as exc:
        # 5月32日 names no year's day: said of the document's year; 2月29日 is missing from the next one.
        raise DateParseError(f"{year if value is None else year + 1}年没有{month}月{day}日") from exc


@lru_cache(maxsize=1024)  # a batch reads the same 成文日期 and meeting dates in every item
def find_date(text: str, default_year: int | None = None, *, after: dt.date | None = None) -> DateMatch | None:
    """Find the first date written in any common form; raise DateParseError if it is impossible.

    A date without a year takes the first such day on or after ``after`` when that is given, else
    ``default_year``. Returns None when the text holds nothing that looks like a date.
    """
    best: re.Match[str] | None = None
    for pattern, needed in _PATTERNS:
        if needed and not any(ch in text for ch in needed):
            continue
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    written = best.group(0)
    had_year = best.groupdict().get("y") is not None
    try:
        month, day = _small_number(best.group("m")), _small_number(best.group("d"))
        year = _year(best.group("y")) if had_year else default_year
    except (ValueError, KeyError) as exc:
        raise DateParseError(f'无法识别的日期 "{written}"') from exc
    if not had_year and after is not None and 1 <= month <= 12:
        try:
            return DateMatch(resolve_year(month, day, after), best.start(), best.end(), had_year)
        except DateParseError as exc:
            raise DateParseError(f'无法识别的日期 "{written}"（{exc}）') from exc
    if year is None:
        # (3月5日 in a 成文日期, which has no date of its own to count from: shown with a year, as it is to be written)
        example = f"{dt.date.today().year}年{month}月{day}日" if 1 <= month <= 12 and 1 <= day <= 31 else "2026年3月5日"
        raise DateParseError(f'日期 "{written}" 缺少年份（请写上年份，如 {example}）')
    try:
        value = dt.date(year, month, day)
    except ValueError as exc:
        raise DateParseError(
            f'无法识别的日期 "{written}"（{year}年没有{month}月{day}日）'
            if 1 <= month <= 12
            else f'无法识别的日期 "{written}"（月份是1到12，这里写的是{month}）'
        ) from exc
    return DateMatch(value, best.start(), best.end(), had_year)


# The forms a date is typed in inside running text; 20250110 is left out (an eight-digit number in a sentence is
# as likely a phone or an account number as a date).
_DATES_IN_TEXT = (lazy(WRITTEN), lazy(NUMERIC), lazy(MONTH_DAY))
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 2月29日 without a year may be right


def impossible_dates(text: str) -> list[tuple[str, str]]:
    """The dates written in free text that no calendar has (2026/13/01, 2月30日), each with why: (written, why).

    Only what cannot be a day is said: a date that could be meant (a meeting's day in a 正文) is the clerk's to
    know, and a number that only looks like a date (an account's 0571-88-12 has no year of this era) is passed."""
    if not any(mark in text for mark in "月-/.．"):
        return []
    found: list[tuple[str, str]] = []
    taken: list[range] = []
    for pattern in _DATES_IN_TEXT:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue  # 2026年2月30日 is read as a whole, not again as 2月30日
            taken.append(range(match.start(), match.end()))
            groups = match.groupdict()
            try:
                month, day = _small_number(groups["m"]), _small_number(groups["d"])
                year = _year(groups["y"]) if groups.get("y") else None
            except (ValueError, KeyError):
                continue
            if year is not None and not 1900 <= year <= 2199:
                continue
            if not 1 <= month <= 12:
                found.append((match.group(0), f"月份是1到12，这里写的是{month}"))
            elif year is not None and not _is_day(year, month, day):
                found.append((match.group(0), f"{year}年没有{month}月{day}日"))
            elif year is None and not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
                found.append((match.group(0), f"{month}月没有{day}日"))
    return found


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# A date typed in full-width mode (２０２５－０２－１４, 2025／2／14): its digits were read, its dashes and slashes
# were not, and the date was refused as 无法识别. One character for one, so positions in the text hold.
_FULL_WIDTH_SEPARATORS = str.maketrans("－／", "-/")


def parse_date(text: str, default_year: int | None = None, *, after: dt.date | None = None) -> dt.date:
    """Parse a text that is only a date (2024-05-01, 2024/5/1, 2024年5月1日, 二〇二四年五月一日, 20240501)."""
    stripped = text.strip()
    # 元月 is January as offices write it (2026年元月5日); same length as 1月, so positions hold.
    readable = stripped.translate(_FULL_WIDTH_SEPARATORS).replace("元月", "1月")
    _refuse_long_year(readable, stripped)
    found = find_date(readable, default_year, after=after)
    # A sentence's stop typed after it, full-width or half-width (2025-12-18.), is no part of the date.
    if found is None or stripped[: found.start].strip() or stripped[found.end :].strip(" ，。,."):
        raise DateParseError(f'无法识别的日期 "{stripped}"{_why_not_a_date(stripped, found)}')
    _check_year(stripped, found)
    return found.date


def _refuse_long_year(text: str, shown: str) -> None:
    """A date opening with a year of more than four digits (10000-01-01, a digit too many): the date found inside
    it was quoted, "0000-01-01"（0年没有1月1日）, a text the clerk never wrote."""
    long_year = _LONG_YEAR.match(text)
    if long_year:
        digits = len(long_year.group(1))
        raise DateParseError(f'无法识别的日期 "{shown}"（年份是四位数字，这里写了 {digits} 位）')


def _check_year(text: str, found: DateMatch) -> None:
    """A year of four digits opening with zeros (0025-02-24, 0025年2月24日; a YAML date too) reads as the
    year 25: the draft printed 25年2月24日 where a year of two digits (25-2-24) is refused."""
    if found.had_year and found.date.year < 1000:
        year, month, day = found.date.year, found.date.month, found.date.day
        example = f"，如 20{year:02d}年{month}月{day}日" if year < 100 else ""
        raise DateParseError(f'无法识别的日期 "{text[found.start : found.end]}"（年份要写四位{example}）')


_SERIAL = lazy(r"(\d{5})(?:\.\d+)?")
# A year and a month, no day (2026年12月, 2026.12, 二〇二六年十二月): a 成文日期 names its day.
_NO_DAY = lazy(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*(?:年|[-./])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月?(?:份)?"
)
# A year of two digits (26-12-6, 26.12.6): which century is not the reader's to guess.
_SHORT_YEAR = lazy(r"(\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?")
# A clock after a date; also as ISO 8601 and JSON write it (2025-02-24T08:30:00, with Z or +08:00), which was
# refused with no reason where the same moment written with a space was said to need its date only.
_CLOCK = lazy(r"(?:\s*|[Tt])(?:[上下]午)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# A year of more than four digits opening a date (10000-01-01, 20250年2月1日).
_LONG_YEAR = lazy(r"\s*(\d{5,})\s*(?:年|[-/.．]\s*\d{1,2}\s*[-/.．])")
# A date with its year last, as English and European systems export it (3/5/2026, 05.03.2026): month first or day
# first cannot be told when both are 12 or less, so it is refused, with the order a 公文 date is written in.
_YEAR_LAST = lazy(r"(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{4})")


def _serial_moment(text: str) -> str:
    """The day and time of day an Excel date number stands for (45708.375 → 2025年2月20日9:00), or "" where
    ``text`` is no such number: a cell of date and time not formatted as a date (WPS's 常规) holds it so."""
    serial = _SERIAL.fullmatch(text.strip())
    if not serial or not 20_000 <= int(serial.group(1)) <= 80_000:
        return ""
    number = float(text)
    day = dt.date(1899, 12, 30) + dt.timedelta(days=int(number))
    minutes = round((number - int(number)) * 24 * 60)
    if minutes in (0, 24 * 60):
        return format_date(day)
    return f"{format_date(day)}{minutes // 60}:{minutes % 60:02d}"


def _why_a_serial(text: str, example: str) -> str:
    """What to say of an Excel date number where a date and time belong ("" where ``text`` is none)."""
    moment = _serial_moment(text)
    if not moment:
        return ""
    return f"（像是 Excel 的日期序号，即 {moment}；请在 Excel 中把这一列设成日期格式，或写成文字，如 {example}）"


# A date and time as a system's export or a sheet's date-and-time cell gives them (2025-02-20 08:30:00,
# 2025/2/20 8:30, 2025-02-20T08:30), at the start of a free text such as a 报到时间; its seconds are dropped.
_NUMERIC_MOMENT = lazy(
    r"^(?P<y>\d{4})\s*[-/.－／]\s*(?P<mo>\d{1,2})\s*[-/.－／]\s*(?P<d>\d{1,2})(?!\d)"
    r"(?:\s*[Tt ]\s*(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?:[:：]\d{2})?(?![\d:：]))?"
)


def moment_text(text: str) -> str:
    """A free text naming a day and time (a meeting notice's 报到时间) with a date and time written as a system
    exports them put as a notice writes them: 2025-02-20 08:30:00前 → 2025年2月20日8:30前, 08:30 → 8:30. The notice
    printed 报到时间：2025-02-20 08:30。, what a WPS cell of date and time gives. An Excel date number is refused
    (:class:`DateParseError`): 报到时间：45708.35416666。 was printed as typed."""
    why = _why_a_serial(text, "2月20日上午8:30前")
    if why:
        raise DateParseError(f'写成了一个数字："{text.strip()}"{why}')
    text = _exported_zone(text)
    found = _NUMERIC_MOMENT.match(text)
    if found is not None:
        try:
            day = dt.date(int(found.group("y")), int(found.group("mo")), int(found.group("d")))
        except ValueError:
            return text  # an impossible date in free text is printed as written, as before
        clock = f"{int(found.group('h'))}:{found.group('mi')}" if found.group("h") else ""
        text = f"{format_date(day)}{clock}{text[found.end() :]}"
    text = half_width_clocks(text)
    return _LEADING_ZERO_TIME.sub(r"\1:\3", text) if ":" in text else text


# A day said from the day it is written (下周三, 明天, 本月底), as a clerk says it: which day that is depends on
# when the document is read, so it is asked for as a date, not guessed. It was refused as 无法识别的日期 "下周三"
# (a meeting's time as 没有找到日期), with no word of what would do.
_RELATIVE_DAY = lazy(
    r"(?:(?:下下?|本|这|上|next)\s*(?:个)?\s*(?:周|星期|礼拜)[一二三四五六日天末]?|(?:今|明|后|大后|昨|前)天|明日|今日"
    r"|(?:本|下|这)个?月(?:初|底|末|中旬|上旬|下旬)?|月底|月末|年底)"
)


def _why_relative(text: str, example: str) -> str:
    """The way out for a day said from today (下周三): "" when ``text`` says none."""
    found = _RELATIVE_DAY.search(text)
    if found is None:
        return ""
    return f"（公文里要写具体日期，不写“{found.group(0)}”这样的说法，如 {example}）"


def _why_not_a_date(text: str, found: DateMatch | None) -> str:
    """What a sheet most often puts where a date belongs: Excel's day number of a cell not formatted as a
    date (45717), or a date with its time of day (2025-03-01 10:00, a cell Excel holds as date and time)."""
    serial = _SERIAL.fullmatch(text)
    if serial and 20_000 <= int(serial.group(1)) <= 80_000:
        day = dt.date(1899, 12, 30) + dt.timedelta(days=int(serial.group(1)))
        return (
            f"（像是 Excel 的日期序号，即 {format_date(day)}；请在 Excel 中把这一列设成日期格式，"
            f"或写成 {day.isoformat()}）"
        )
    if found is not None and not text[: found.start].strip() and _CLOCK.fullmatch(text[found.end :]):
        return f"（这里只写日期，不写时刻，如 {found.date.isoformat()}）"
    if found is not None and not text[: found.start].strip() and _WEEKDAY_RE.fullmatch(text[found.end :].strip()):
        # 2025年2月20日（星期五）, as a meeting's date is written: refused with no reason, the weekday
        # (right or wrong) unmentioned.
        return f"（这里只写日期，不写星期，如 {format_date(found.date)}）"
    if found is None and _NO_DAY.fullmatch(text):
        return "（缺少日：要写到哪一天，如 2026年12月6日）"
    if found is None and _why_relative(text, ""):
        return _why_relative(text, f"{dt.date.today().year}年3月12日")
    last = _YEAR_LAST.fullmatch(text.strip()) if found is None else None
    if last:
        first, second, year = int(last.group(1)), int(last.group(3)), last.group(4)
        if first > 12 >= second:  # 25/12/2026: only the day can be 25
            return f"（年份要写在前面，如 {year}年{second}月{first}日）"
        if second > 12 >= first:
            return f"（年份要写在前面，如 {year}年{first}月{second}日）"
        return (
            f"（年份要写在前面：{first}月{second}日写成 {year}-{first:02d}-{second:02d}，"
            f"{second}月{first}日写成 {year}-{second:02d}-{first:02d}）"
        )
    mixed = _HALF_WRITTEN.fullmatch(text.strip())
    if mixed:
        # 2025年03月18 (日 left off) or 2025-3-18日 (two ways in one): refused with no word of what would do.
        year, month, on = (int(part) for part in mixed.groups() if part is not None)
        try:
            day = dt.date(year, month, on)
        except ValueError:
            return ""
        return f"（请写成 {format_date(day)} 或 {day.isoformat()}）"
    short = _SHORT_YEAR.fullmatch(text) if found is None else None
    if short:
        year, month, on = (int(part) for part in short.groups())
        return f"（年份要写四位，如 20{year:02d}年{month}月{on}日）"
    bare = _NO_YEAR.fullmatch(text.strip()) if found is None else None
    if bare and 1 <= int(bare.group(1)) <= 12:
        return f"（请写成 {int(bare.group(1))}月{int(bare.group(2))}日，或写上年份）"
    return ""


# A date begun one way and ended another, or without its 日: 2025年3月18, 2025-3-18日, 2025/3/18号.
_HALF_WRITTEN = lazy(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})|(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*[日号])")
# A month and day with a slash and no year (3/5), as a note or a chat writes them.
_NO_YEAR = lazy(r"(\d{1,2})\s*/\s*(\d{1,2})")


_WEEKDAY_RE = lazy(r"[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[)）]?")
# A clock typed with the input method's colon, its digits half-width or full-width (15：30, ８：３０): the notice
# read 上午9：00—11:30, two colons in one line, and a 报到时间 ８：３０ in full-width digits beside a 会议时间 whose
# digits were made half-width. A clock is written as the rest of the document writes it: 15:30.
_WIDE_CLOCK = lazy(r"(?<![\d０-９:：∶])([\d０-９]{1,2})\s*：\s*([\d０-９]{2})(?![\d０-９])")


def half_width_clocks(text: str) -> str:
    """``text`` with each clock written 15：30 or ８：３０ put as 15:30."""
    if "：" not in text:
        return text
    return _WIDE_CLOCK.sub(lambda m: f"{m[1]}:{m[2]}".translate(FULLWIDTH_DIGITS), text)


_LEADING_ZERO_TIME = lazy(r"(?<![\d:：∶])0(\d)([:：∶])(\d{2})")
_ISO_T = lazy(r"^[Tt](?=\d)")
# A clock with its seconds (09:00:00): the minute is as far as a meeting's time goes.
_SECONDS = lazy(r"(?<![\d:：∶])(\d{1,2}[:：∶]\d{2})[:：∶](\d{2})(?!\d)")


class MeetingTime(Struct, frozen=True):
    """A meeting's date, or first and last dates, plus the time of day as written ("上午9:00，会期半天")."""

    date: dt.date
    time: str = ""
    end: dt.date | None = None  # the last day of a meeting over several days

    @property
    def weekday(self) -> str:
        return weekday_name(self.date)

    @property
    def end_text(self) -> str:
        """The last day as a range writes it: 15日 in the same month, 4月2日 in the same year."""
        if self.end is None:
            return ""
        if self.end.year != self.date.year:
            return format_date(self.end)
        if self.end.month != self.date.month:
            return f"{self.end.month}月{self.end.day}日"
        return f"{self.end.day}日"

    def __str__(self) -> str:
        text = f"{format_date(self.date)}（{self.weekday}）"
        if self.end is not None:
            text += f"至{self.end_text}（{weekday_name(self.end)}）"
        return text + self.time


# The second date of a range: 至15日, —3月2日, 到2025年1月3日, 至2025-03-16 (and its weekday, checked
# like the first).
_RANGE_SEPARATOR = lazy(r"^\s*(?:至|到|—|–|-|~|～)\s*")
_RANGE_END = lazy(rf"^(?:(?P<m>{NUMBER})\s*月\s*)?(?P<d>{NUMBER})\s*[日号]")
# The longest range a last day without its year carries into the next year (a meeting, a training course).
_LONGEST_ROLLED_RANGE = 31


def _check_weekday(rest: str, value: dt.date) -> str:
    """The text after a date's written weekday, which must be the date's own; ``rest`` if none is written."""
    weekday = _WEEKDAY_RE.match(rest.lstrip())
    if not weekday:
        return rest
    written = weekday.group(1)
    index = _WEEKDAY_ALIASES.get(written, "一二三四五六".find(written))
    if index != value.weekday():
        raise DateParseError(f"{format_date(value)}是{weekday_name(value)}，不是{weekday.group(0).strip('（）() ')}")
    return rest.lstrip()[weekday.end() :]


def _range_end(rest: str, start: dt.date) -> tuple[dt.date | None, str]:
    """The last day of a range written after a first date, and the text after it; (None, rest) if none."""
    separator = _RANGE_SEPARATOR.match(rest)
    if not separator:
        return None, rest
    tail = rest[separator.end() :]
    full = find_date(tail, start.year) if tail[:1].isdigit() or tail[:1] in "〇○零一二" else None
    if full is not None and full.start == 0 and full.had_year:
        end, after = full.date, tail[full.end :]
    else:
        span = _RANGE_END.match(tail)
        if not span:
            return None, rest
        try:
            month = _small_number(span.group("m")) if span.group("m") else start.month
            end = dt.date(start.year, month, _small_number(span.group("d")))
        except ValueError as exc:
            raise DateParseError(f'无法识别的结束日期 "{span.group(0).strip()}"') from exc
        if end < start and span.group("m"):
            rolled = resolve_year(end.month, end.day, start)  # 12月30日至1月2日 runs into the next year
            # Only over the turn of a year: a notice copied from the last one with its first date changed
            # (2025年4月14日至3月15日) was a meeting of eleven months, 至2026年3月15日, with no word.
            if (rolled - start).days <= _LONGEST_ROLLED_RANGE:
                end = rolled
        after = tail[span.end() :]
    if end < start:
        raise DateParseError(f"结束日期{format_date(end)}早于开始日期{format_date(start)}")
    return end, after


def parse_meeting_time(text: str, default_year: int | None = None, *, after: dt.date | None = None) -> MeetingTime:
    """Read "2024年5月10日（星期五）上午9:00", "2024-05-10 09:00" or "3月14日至15日"; check written weekdays."""
    _refuse_long_year(text.translate(_FULL_WIDTH_SEPARATORS), text.strip())
    found = find_date(text.translate(_FULL_WIDTH_SEPARATORS), default_year, after=after)
    if found is None:
        raise DateParseError(f'没有找到日期："{text.strip()}"{_why_no_meeting_date(text.strip())}')
    if text[: found.start].strip():
        raise DateParseError(f'应以日期开头："{text.strip()}"')
    _check_year(text, found)
    rest = _check_weekday(text[found.end :], found.date)
    end, rest = _range_end(rest, found.date)
    if end is not None:
        rest = _check_weekday(rest, end)
    # A time copied from a system's export (2025-02-20T09:00:00, 2025-02-20 09:00:00): the T between date and clock
    # was printed (（星期四）T9:00:00), and the seconds too, 9:00:30 mangled to 9:0:30 below.
    time = _exported_zone(_ISO_T.sub("", rest.strip().lstrip("，,").strip()))
    for seconds in _SECONDS.finditer(time):
        if seconds.group(2) != "00":
            raise DateParseError(f"时刻不对：“{seconds.group(0)}”（会议时刻写到分钟，如 {seconds.group(1)}）")
    # (a clock typed in full-width mode, 上午９:００, was printed so beside a date read as 2025年2月20日)
    time = _LEADING_ZERO_TIME.sub(r"\1:\3", _SECONDS.sub(r"\1", time.translate(FULLWIDTH_DIGITS)))
    time = _end_on_its_day(time, found.date)
    for clock in _CLOCK_READ.finditer(time):
        hour, minute = int(clock.group("h")), int(clock.group("m") or clock.group("m2") or 0)
        if hour > 24 or minute > 59:
            # A typed 25:00 or 9:60 was printed as the meeting's time of day.
            raise DateParseError(
                f"时刻不对：“{clock.group(0).strip()}”（时是0到24，分是00到59，如 上午9:00、下午2:30）"
            )
        morning = _MORNING_BEFORE.search(time[: clock.start()])
        if morning and hour > 12:
            # A notice copied from one at 上午9:00 with the time changed to 15:00 was drafted 上午15:00.
            raise DateParseError(
                f"时刻不对：“{morning.group(1)}{clock.group(0).strip()}”（{morning.group(1)}是中午12点以前；"
                f"{hour}点请写成 下午{hour - 12}:{minute:02d} 或 {hour}:{minute:02d}）"
            )
    if end is None:
        _check_clock_range(time)
    return MeetingTime(found.date, _CLOCK_DASH.sub("—", half_width_clocks(time)), end)


# The mark between two clocks of a span (15:00-16:00, 9:00~11:30, as a keyboard or a sheet writes it): a span of
# time takes the 一字线 (GB/T 15834 §4.13), as the span copied from a system's export was already printed.
_CLOCK_DASH = lazy(r"(?<=\d:\d\d)\s*[-–－~～]\s*(?=(?:上午|下午|中午|晚上|早上|傍晚)?\d{1,2}:\d\d)")


# What a system's export writes after a clock: the fraction of its seconds (09:00:00.000, a database's datetime)
# and its time zone (2025-02-20T09:00:00+08:00, Z for UTC). Printed as they stood: 2025年2月20日（星期四）9:00.000.
# A zone is Z or +hh:mm here: a minus sign after a clock is the dash of a span (9:00-11:30).
_FRACTION = lazy(r"(?<=\d[:：]\d{2}[:：]\d{2})[.,]\d{1,6}(?!\d)")
_ZONE = lazy(r"(?<=\d[:：]\d{2})(?P<zone>Z|\+\d{2}:?\d{2})(?![\d:：])")


def _exported_zone(time: str) -> str:
    """``time`` without an export's fraction of a second and its Beijing time zone (+08:00); a clock in another
    zone is refused: 09:00:00Z is 17:00 in Beijing, and printing 9:00 would name the wrong hour."""
    time = _FRACTION.sub("", time)
    for found in _ZONE.finditer(time):
        if found.group("zone").replace(":", "") != "+0800":
            raise DateParseError(
                f"时刻不对：“{time.strip()}”（带着时区“{found.group('zone')}”，不是北京时间；请写北京时间，如 上午9:00）"
            )
    return _ZONE.sub("", time)


# The end of a span of hours written with its date, as a system's export of a booking gives it
# (2025-02-20 09:00:00—2025-02-20 11:30:00) or a clerk writes a second day (9:00—2月21日11:30).
_END_DATED = lazy(r"[—–\-－~～至到]{1,2}\s*(?=\d{4}\s*[-./年]|\d{1,2}\s*月)")


def _end_on_its_day(time: str, day: dt.date) -> str:
    """``time`` with the date of its span's end taken out where it is the meeting's own day: it was printed
    2025年2月20日（星期四）9:00—2025-02-20 11:30. An end on another day is refused: 9:00—2月21日11:30 was printed
    as written, the meeting's second day without its weekday and a 会期 of 半天 unchecked against it."""
    mark = _END_DATED.search(time)
    if mark is None:
        return time
    found = find_date(time[mark.end() :], day.year)
    if found is None or found.start != 0:
        return time
    if found.date != day:
        # A training course from 9:00 on its first day to 17:00 on its last: the end's clock has a place of its own
        # (the 会期), or the clerk, told only to write the dates first, lost it.
        starts, ends = time[: mark.start()].strip() or "上午9:00", time[mark.end() + found.end :].strip()
        days = (found.date - day).days + 1
        keep = f"；结束的时刻可以写在会期里，如 会期: {days}天（{found.date.day}日{ends}结束）" if ends else ""
        raise DateParseError(
            f"时刻不对：“{time.strip()}”（结束时刻前写的是另一天 {format_date(found.date)}；开几天的会请把起止日期"
            f"写在前面，如 {day.year}年{day.month}月{day.day}日至{found.date.month}月{found.date.day}日{starts}{keep}）"
        )
    rest = _ISO_T.sub("", time[mark.end() + found.end :].lstrip())
    return time[: mark.end()] + rest


def _check_clock_range(time: str) -> None:
    """A day's span of hours (上午9:00—11:30) ends after it starts: 上午9:00—8:00, a copied notice's end left as it
    was, was printed as written."""
    clocks = list(_CLOCK_READ.finditer(time))
    if len(clocks) != 2 or not _RANGE_MARK.search(time[clocks[0].end() : clocks[1].start()]):
        return
    period = ""
    minutes = []
    for clock in clocks:
        said = _PERIOD.search(time[: clock.start()])
        period = said.group(1) if said else period  # the end takes the start's 上午/下午 unless it says its own
        hour, minute = int(clock.group("h")), int(clock.group("m") or clock.group("m2") or 0)
        if (period in ("下午", "晚上", "傍晚") and hour < 12) or (period == "中午" and hour < 11):
            hour += 12
        minutes.append(hour * 60 + minute)
    if minutes[1] <= minutes[0]:
        raise DateParseError(f"时刻不对：“{time.strip()}”（结束时刻不晚于开始时刻；下午的时刻写成 下午3:00 或 15:00）")


_RANGE_MARK = lazy(r"^\s*(?:[—–\-－~～至到]{1,2})\s*(?:上午|下午|中午|晚上|早上|傍晚)?\s*$")
_PERIOD = lazy(r"(上午|下午|中午|晚上|早上|早晨|傍晚)[^上下中晚早傍]*$")


# A month and day written with a slash or a dot and no year (12/5 16:00, 12.5 下午4:00), as a sheet's cell of
# text gives it: read as no date at all, said with no more than 没有找到日期.
_NO_YEAR_NUMERIC = lazy(r"^\s*(\d{1,2})\s*[/.．／]\s*(\d{1,2})(?![\d/.．／])")


def _why_no_meeting_date(text: str) -> str:
    """What a meeting's date lacks where none is found before its time of day (2025年2月 上午9:00, 25-2-20
    9:00): said as a 成文日期's is, not only 没有找到日期."""
    serial = _why_a_serial(text, "2025年2月20日上午9:00")
    if serial:
        return serial  # a sheet's date-and-time cell not formatted as a date (45708.375)
    if _NO_DAY.match(text) and not _SHORT_YEAR.match(text):
        return "（缺少日：要写到哪一天，如 2026年12月6日）"
    relative = _why_relative(text, f"{dt.date.today().year}年3月12日上午9:00")
    if relative:
        return relative
    numeric = _NO_YEAR_NUMERIC.match(text)
    if numeric and 1 <= int(numeric.group(1)) <= 12 and 1 <= int(numeric.group(2)) <= 31:
        month, day, rest = int(numeric.group(1)), int(numeric.group(2)), text[numeric.end() :].strip()
        return (
            f"（不写年份的日期要写成“{month}月{day}日”，如 {month}月{day}日{rest or '上午9:00'}；"
            f"写成“{month}/{day}”的要带上年份，如 {dt.date.today().year}/{month}/{day}）"
        )
    short = _SHORT_YEAR.match(text)
    if short and not text[short.end(3) :][:1].isdigit():
        year, month, on = (int(part) for part in short.groups())
        return f"（年份要写四位，如 20{year:02d}年{month}月{on}日）"
    return ""


# The morning written just before a clock (上午15:00 is no time a clock shows).
_MORNING_BEFORE = lazy(r"(上午|早上|早晨)\s*$")
# A time of day as a meeting's is written (9:00, 14：30, 下午3时30分, 15点), read to check its numbers.
_CLOCK_READ = lazy(r"(?<![\d.])(?P<h>\d{1,2})\s*(?:[:：∶]\s*(?P<m>\d{2})|[时点](?:\s*(?P<m2>\d{1,2})\s*分)?)(?!\d)")


# A 会期 in days (半天, 2天, 一天半, 3日): what a meeting's first and last days can be checked against.
_MEETING_LENGTH = lazy(
    r"^(?:(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?\s*(?:天|日)(?P<half>半)?|(?P<only>半)\s*天)$"
)


def meeting_length(text: str) -> float | None:
    """The days a 会期 says (半天 0.5, 一天半 1.5, 3日 3); None when it says them otherwise (一天半左右, 半日)."""
    found = _MEETING_LENGTH.match(text.strip().rstrip("。"))
    if found is None:
        return None
    if found.group("only"):
        return 0.5
    written = found.group("n")
    whole = int(written) if written.isdecimal() else parse_chinese_numeral(written)
    if whole is None:
        return None
    return whole + (0.5 if found.group("half") else 0)


# A span of two years typed with a keyboard's hyphen or tilde before 学年/年度/年 (2025-2026学年, 2025~2026学年度):
# documents write it with a dash, 2025—2026学年 (a school's term summary was titled ……2025-2026学年第一学期……).
_YEAR_SPAN = lazy(r"(?<!\d)(\d{4})\s*[-－~～–]\s*(\d{4})(?=\s*(?:学年|年))")


def year_span(text: str) -> str:
    """A period's span of years written with a dash: 2025-2026学年第一学期 → 2025—2026学年第一学期."""
    return _YEAR_SPAN.sub(r"\1—\2", text)


_PERIOD_YEAR = re.compile(r"^(?P<year>\d{4})\s*年度?(?P<part>上半年|下半年|第(?P<quarter>[一二三四])季度)?$")
_QUARTERS = "一二三四"


def next_period(text: str) -> str:
    """The period after a summary's 期间, as its plans are headed (2025年 → 2026年, 2025年上半年 → 下半年, 2025年第三季度 →
    第四季度, 2025年第四季度 → 2026年); "" for a period written otherwise (a 学期, 2024—2025学年)."""
    found = _PERIOD_YEAR.match(text.strip())
    if found is None:
        return ""
    year, part, quarter = int(found.group("year")), found.group("part"), found.group("quarter")
    if part == "上半年":
        return "下半年"
    if quarter and quarter != "四":
        return f"第{_QUARTERS[_QUARTERS.index(quarter) + 1]}季度"
    return f"{year + 1}年"
