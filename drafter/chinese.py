"""Chinese writing conventions as pure functions: dates, numerals, weekdays, lists, punctuation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

DIGITS = "零一二三四五六七八九"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_YEAR_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_WEEKDAY_ALIASES = {"天": 6, "日": 6, "末": -1}


class DateParseError(ValueError):
    """A text that should hold a date does not; ``str()`` is a Chinese message."""


def chinese_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (for numbering and counts)."""
    if number < 0:
        raise ValueError("negative numbers have no numeral here")
    if number < 10:
        return DIGITS[number]
    if number < 20:
        return "十" + (DIGITS[number - 10] if number > 10 else "")
    if number < 100:
        tens, ones = divmod(number, 10)
        return DIGITS[tens] + "十" + (DIGITS[ones] if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        if rest == 0:
            tail = ""
        elif rest < 10:
            tail = "零" + DIGITS[rest]
        elif rest < 20:
            tail = "一" + chinese_numeral(rest)
        else:
            tail = chinese_numeral(rest)
        return DIGITS[hundreds] + "百" + tail
    return str(number)


def parse_chinese_numeral(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; None when text is not such a numeral."""
    if not text or any(ch not in "零〇一二两三四五六七八九十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch in "零〇":
            current = 0
        else:
            current = "一二三四五六七八九".index(ch) + 1 if ch != "两" else 2
    return total + current


def format_date(value: dt.date) -> str:
    """GB/T 9704 §7.3.5.4: Arabic numerals, full year, no leading zeros."""
    return f"{value.year}年{value.month}月{value.day}日"


def weekday_name(value: dt.date) -> str:
    return WEEKDAYS[value.weekday()]


def _small_number(text: str) -> int:
    text = text.translate(_FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    value = parse_chinese_numeral(text)
    if value is None:
        raise ValueError(text)
    return value


def _year(text: str) -> int:
    text = text.translate(_FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    return int("".join(str(_YEAR_DIGITS[ch]) for ch in text))


_NUM = r"(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})"
_YEAR = r"(?:\d{4}|[０-９]{4}|[〇○零O一二三四五六七八九]{4})"
_DATE_PATTERNS = (
    re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]"),
    re.compile(r"(?P<y>\d{4})\s*[-/.．]\s*(?P<m>\d{1,2})\s*[-/.．]\s*(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"),
    re.compile(rf"(?<![\d年])(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]"),
)


@dataclass(frozen=True)
class DateMatch:
    date: dt.date
    start: int
    end: int
    had_year: bool


def find_date(text: str, default_year: int | None = None) -> DateMatch | None:
    """Find the first date written in any common form; raise DateParseError if it is impossible.

    Returns None when the text holds nothing that looks like a date.
    """
    best: tuple[int, re.Match[str]] | None = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[1].start()):
            best = (0, match)
    if best is None:
        return None
    match = best[1]
    written = match.group(0)
    had_year = match.groupdict().get("y") is not None
    try:
        month, day = _small_number(match.group("m")), _small_number(match.group("d"))
        year = _year(match.group("y")) if had_year else default_year
    except (ValueError, KeyError) as exc:
        raise DateParseError(f'无法识别的日期 "{written}"') from exc
    if year is None:
        raise DateParseError(f'日期 "{written}" 缺少年份')
    try:
        value = dt.date(year, month, day)
    except ValueError as exc:
        raise DateParseError(
            f'无法识别的日期 "{written}"（{year}年没有{month}月{day}日）'
            if 1 <= month <= 12
            else f'无法识别的日期 "{written}"'
        ) from exc
    return DateMatch(value, match.start(), match.end(), had_year)


def parse_date(text: str, default_year: int | None = None) -> dt.date:
    """Parse a text that is only a date (2024-05-01, 2024/5/1, 2024年5月1日, 二〇二四年五月一日, 20240501)."""
    stripped = text.strip()
    found = find_date(stripped, default_year)
    if found is None or stripped[: found.start].strip() or stripped[found.end :].strip(" ，。"):
        raise DateParseError(f'无法识别的日期 "{stripped}"')
    return found.date


_WEEKDAY_RE = re.compile(r"[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[)）]?")
_LEADING_ZERO_TIME = re.compile(r"(?<!\d)0(\d)([:：∶])(\d{2})")


@dataclass(frozen=True)
class MeetingTime:
    """A meeting's date plus the time of day as written ("上午9:00，会期半天")."""

    date: dt.date
    time: str = ""

    @property
    def weekday(self) -> str:
        return weekday_name(self.date)

    def __str__(self) -> str:
        return f"{format_date(self.date)}（{self.weekday}）{self.time}"


def parse_meeting_time(text: str, default_year: int | None = None) -> MeetingTime:
    """Read "2024年5月10日（星期五）上午9:00" or "2024-05-10 09:00"; check a written weekday."""
    found = find_date(text, default_year)
    if found is None:
        raise DateParseError(f'没有找到日期："{text.strip()}"')
    rest = text[found.end :]
    weekday = _WEEKDAY_RE.match(rest.lstrip())
    if weekday:
        written = weekday.group(1)
        index = _WEEKDAY_ALIASES.get(written, "一二三四五六".find(written))
        if index != found.date.weekday():
            raise DateParseError(
                f"{format_date(found.date)}是{weekday_name(found.date)}，不是{weekday.group(0).strip('（）() ')}"
            )
        rest = rest.lstrip()[weekday.end() :]
    time = _LEADING_ZERO_TIME.sub(r"\1:\3", rest.strip().lstrip("，,").strip())
    if text[: found.start].strip():
        raise DateParseError(f'应以日期开头："{text.strip()}"')
    return MeetingTime(found.date, time)


def join_list(items: Sequence[str], last: str = "和", sep: str = "、") -> str:
    """['甲', '乙', '丙'] → 甲、乙和丙."""
    clean = [str(item).strip() for item in items if str(item).strip()]
    if len(clean) <= 1:
        return "".join(clean)
    return sep.join(clean[:-1]) + last + clean[-1]


_END_PUNCT = "。；;，,、.！!？?"


def enumerate_points(items: Sequence[str], style: str = "是") -> str:
    """['a', 'b'] → 一是a；二是b。 (style "是") or 第一，a；第二，b。 (style "第")."""
    clean = [str(item).strip().rstrip(_END_PUNCT) for item in items if str(item).strip()]
    parts = []
    for index, item in enumerate(clean, 1):
        numeral = chinese_numeral(index)
        parts.append(f"第{numeral}，{item}" if style == "第" else f"{numeral}是{item}")
    return "；".join(parts) + ("。" if parts else "")


_CJK = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


_LATIN = re.compile(r"[A-Za-z]")
_SIMPLE_FULL = str.maketrans({",": "，", ";": "；", "?": "？", "!": "！"})
_HALF_PUNCT = re.compile(rf"(?<={_CJK})[,;:?!]|[,;?!](?={_CJK})|(?<!\d):(?={_CJK})")
_HALF_PARENS = re.compile(rf"\(([^()]*{_CJK}[^()]*)\)")


_CJK_MARK = r"[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]"


@lru_cache(maxsize=1)
def _gap_in_chinese() -> re.Pattern[str]:
    # Compiled on first use: its Chinese ranges take ~3 ms to compile, and most facts contain no spaces.
    return re.compile(rf"(?<={_CJK})[ \t]+(?={_CJK})|(?<={_CJK_MARK})[ \t]+|[ \t]+(?={_CJK_MARK})")


def close_chinese_gaps(text: str) -> str:
    """Remove spaces between two Chinese characters or marks (a YAML ``>`` block folds lines with one).

    Spaces next to Latin letters or digits stay: ``CnPack 开发组``.
    """
    return _gap_in_chinese().sub("", text) if " " in text or "\t" in text else text


def fullwidth_punctuation(text: str) -> str:
    """Turn half-width , ; : ? ! ( ) next to Chinese text into their full-width forms.

    Colons between digits (9:00) and punctuation inside Latin text are left alone.
    """
    if not any(ch in text for ch in ",;:?!("):
        return text
    if not _LATIN.search(text):
        # Chinese with digits only: every , ; ? ! is full-width; colons and brackets still need a look.
        text = text.translate(_SIMPLE_FULL)
        if ":" not in text and "(" not in text:
            return text
    text = _HALF_PUNCT.sub(lambda match: _HALF_TO_FULL[match.group(0)], text)
    return _HALF_PARENS.sub(lambda match: f"（{match.group(1)}）", text)


def han_share(text: str) -> float:
    """The share of Han characters among the non-space characters of ``text`` (0 for empty text)."""
    counted = len(text) - text.count(" ")
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") / counted if counted else 0.0


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3000 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
        or ch in "“”‘’—…"
    )


def display_width(text: str) -> float:
    """Width in em of one Chinese character: CJK 1, Latin letters and digits about a half."""
    return sum(1.0 if is_cjk(ch) else 0.5 for ch in text)
