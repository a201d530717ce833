"""What kind of value fills a gap in a phrase: typed by the values seen there, a type only when most agree."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ..gongwen import DOC_NUMBER_IN_TEXT, ORGANISATION_END
from ..gongwen.dates import ANY_DATE, CLOCK_TIME, WEEKDAY_AFTER
from .tokenise import SURNAMES, word_tags

FREE = "内容"  # free text: no type most values agree on

# Dates, times and 文号 are gongwen's grammars, the ones masking and validation read.
_DATE = ANY_DATE
_WEEKDAY = WEEKDAY_AFTER
_TIME = CLOCK_TIME
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("日期时间", re.compile(rf"(?:{_DATE}){_WEEKDAY}\s*{_TIME}(?:\s*[-—至到~]\s*{_TIME})?")),
    ("日期", re.compile(rf"(?:{_DATE}){_WEEKDAY}")),
    ("时间", re.compile(rf"{_TIME}(?:\s*[-—至到~]\s*{_TIME})?")),
    (
        "期间",
        re.compile(
            r"\d{4}\s*[—–-]\s*\d{4}\s*学年(?:第[一二]学期)?|(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
            r"(?:度|上半年|下半年|第[一二三四]季度|\d{1,2}\s*月份?)?(?:上半年|下半年)?|[上下]半年|第[一二三四]季度"
        ),
    ),
    ("文号", DOC_NUMBER_IN_TEXT.compiled),
    ("文件名", re.compile(r"《[^《》]{1,60}》(?:[（(][^()（）]{2,30}[)）])?")),
    ("数量", re.compile(r"[\d.,，]+\s*[%％\w]{0,3}|[一二三四五六七八九十两百千万]+[个项名人次条点]")),
    (
        "会议名称",
        re.compile(r"[^，。；：,;:]{2,40}(会议|大会|例会|座谈会|推进会|培训班|论坛|研讨会|报告会|动员会|部署会)"),
    ),
    ("地点", re.compile(r"[^，。；,;]{2,40}(会议室|礼堂|报告厅|大厅|宾馆|酒店|会场|[楼层室厅馆])")),
)


_PERSON = re.compile(
    r"(?P<name>[\u4e00-\u9fa5]{2,3}?)(同志|书记|副?局长|副?主任|副?校长|副?部长|经理|副?县长|副?市长|副?镇长)?"
)


def _is_person(text: str) -> bool:
    """A name of two or three characters with a common surname that is not a dictionary word."""
    match = _PERSON.fullmatch(text)
    if not match:
        return False
    name = match.group("name")
    return name[0] in SURNAMES and name not in word_tags()


@lru_cache(maxsize=65536)
def value_type(value: str) -> str:
    """The type of one value (FREE when it has no recognisable shape)."""
    text = value.strip().strip("，,、：:")
    if not text:
        return ""
    for name, shape in _SHAPES:
        if shape.fullmatch(text):
            return name
    if _is_person(text):
        return "人名"
    parts = re.split(r"[、，,和及]", text)
    if 1 <= len(text) <= 60 and all(2 <= len(part) <= 30 and ORGANISATION_END.search(part) for part in parts if part):
        return "单位"
    return FREE


def gap_type(values: Iterable[str], *, agree: float = 0.6) -> str:
    """The type most values share (at least ``agree`` of them), else free text."""
    kinds = Counter(kind for kind in (value_type(v) for v in values) if kind)
    if not kinds:
        return FREE
    kind, seen = kinds.most_common(1)[0]
    return kind if seen >= agree * sum(kinds.values()) else FREE
