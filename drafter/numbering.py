"""Heading numbering in both directions: number a draft's headings, and read markers out of text.

GB/T 9704 §7.3.3 orders the levels 一、 （一） 1. （1）. Real documents also use 1、 (1) 1) ①
一是 第一， 首先 and more; the reading side knows them all, the writing side uses the standard four.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from msgspec import Struct

from .chinese import chinese_numeral, parse_chinese_numeral
from .patterns import LazyPattern, lazy

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SEQUENCE_WORDS = ("首先", "其次", "再次", "再者", "最后")

# The styles a draft uses, by level (1-based).
DRAFT_STYLES = ("cn_dun", "cn_paren", "arabic_dot", "arabic_paren")


@lru_cache(maxsize=4096)  # every heading of every drafted document asks for one of a few dozen markers
def format_marker(style: str, ordinal: int) -> str:
    """The visible marker of the ordinal-th item in a style: ("cn_paren", 3) → （三）."""
    cn = chinese_numeral(ordinal)
    formats = {
        "cn_dun": f"{cn}、",
        "cn_paren": f"（{cn}）",
        "arabic_dot": f"{ordinal}.",
        "arabic_dun": f"{ordinal}、",
        "arabic_paren": f"（{ordinal}）",
        "arabic_half_paren": f"{ordinal})",
        "circled": CIRCLED[ordinal - 1] if ordinal <= len(CIRCLED) else f"({ordinal})",
        "cn_shi": f"{cn}是",
        "cn_yao": f"{cn}要",
        "qi_cn": f"其{cn}，",
        "di_dian": f"第{cn}点，",
        "di_cn": f"第{cn}，",
        "phase": f"第{cn}阶段：",
    }
    return formats[style]


def draft_marker(level: int, ordinal: int) -> str:
    """Marker of a draft heading at a level (1–4): 一、 （一） 1. （1）."""
    if not 1 <= level <= len(DRAFT_STYLES):
        raise ValueError(f"heading level {level} is outside 1–{len(DRAFT_STYLES)}")
    return format_marker(DRAFT_STYLES[level - 1], ordinal)


class Marker(Struct, frozen=True):
    """A numbering marker found at the start of a line."""

    style: str
    ordinal: int
    text: str  # the marker as written, e.g. "（一）"
    rest: str  # what follows the marker on the line


_CN = "[一二三四五六七八九十百零〇两]{1,4}"
_OPEN = "[（(]"
_CLOSE = "[）)]"
# After a decimal or bare number: words (Han or Latin), not a unit of a quantity or a date (12 月, 2.5万元).
_NOT_QUANTITY = r"(?=\s*[\u4e00-\u9fffA-Za-z])(?!\s*[年月日时点号个人万元亿千百名家所次项天周岁分秒米吨倍版届期批轮份张台辆座篇册页户种])"
_PATTERNS: tuple[tuple[str, LazyPattern], ...] = (
    ("chapter", lazy(rf"^(第({_CN})(?:章|部分))\s*")),
    ("article", lazy(rf"^(第({_CN})条)\s*")),
    # 第一阶段：宣传发动 / 第二步，… — the phases of a plan.
    ("phase", lazy(rf"^(第({_CN})(?:阶段|步)\s*[：:，,]?)\s*(?![的是要中])")),
    ("cn_paren", lazy(rf"^({_OPEN}\s*({_CN})\s*{_CLOSE})\s*")),
    ("arabic_paren", lazy(rf"^({_OPEN}\s*(\d{{1,2}})\s*{_CLOSE})\s*")),
    ("cn_dun", lazy(rf"^(({_CN})\s*[、，,])\s*")),
    ("cn_dot", lazy(rf"^(({_CN})\s*[.．])\s*")),
    ("cn_shi", lazy(rf"^(({_CN})是)(?=[^是])")),
    # Open markers of points (一要/二要, 其一/其二, 第一点): read as markers, and taken as headings or items
    # only when their sequence goes on (outline, candidates: a lone one is prose). 一方面……另一方面 is not
    # read: in the labelled documents it is always prose inside a paragraph, never a heading.
    ("cn_yao", lazy(rf"^(({_CN})要)(?=[^要素求点件闻务害员领职案])")),
    ("qi_cn", lazy(rf"^(其({_CN})\s*[，,、：:]?)\s*")),
    ("di_dian", lazy(rf"^(第({_CN})点\s*[，,、：:]?)\s*")),
    ("di_cn", lazy(rf"^(第({_CN})\s*[，,、：:])\s*")),
    # Decimal numbering of technical documents and standards (GB/T 1.1): 2.1 数据库升级 / 3.2.1 …, one level a
    # component; the ordinal is the last one. Not a quantity (2.5万元, 1.5 倍) nor a version (0.9.6).
    ("decimal3", lazy(rf"^((?:[1-9]\d?[.．]){{2}}(\d{{1,2}}))(?![.．]?\d){_NOT_QUANTITY}\s*")),
    ("decimal2", lazy(rf"^([1-9]\d?[.．](\d{{1,2}}))(?![.．]?\d){_NOT_QUANTITY}\s*")),
    ("arabic_dun", lazy(r"^((\d{1,2})\s*[、，])\s*")),
    ("arabic_dot", lazy(r"^((\d{1,2})\s*[.．](?!\d))\s*")),
    ("arabic_half_paren", lazy(r"^((\d{1,2})\s*[)）])\s*")),
    ("circled", lazy(f"^(([{CIRCLED}]))\\s*")),
    # A bare number and a space before a heading's words (1 运维概况), the top level of decimal numbering.
    # Han words only: a wrapped line of English text may open with a number (11 in future). Not a row number
    # before a document's title (1 关于……的通知: a table of documents exported as text, its cells cut apart).
    ("num_space", lazy(rf"^(([1-9]\d?))[ \u3000\t]+(?=[\u4e00-\u9fff])(?!关于){_NOT_QUANTITY}")),
    ("sequence_word", lazy(f"^(({'|'.join(SEQUENCE_WORDS)})[，,：:])\\s*")),
)


# The styles whose ordinal is written in Arabic digits.
ARABIC_STYLES = frozenset(
    {"arabic_dun", "arabic_dot", "arabic_paren", "arabic_half_paren", "decimal2", "decimal3", "num_space"}
)
_MARKER_START = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百零〇两（(第首其再最" + CIRCLED)
# The first characters of a line that ``read_marker`` may find a marker in (those above, or the spaces it
# skips): callers test this before asking, on every line of a document.
MAY_OPEN_MARKER = _MARKER_START | frozenset(" \u3000\t")
# Styles read but never drafted whose lone occurrence is prose: a marker only when its sequence continues.
OPEN_STYLES = frozenset({"cn_yao", "qi_cn", "di_dian"})


_ALL: list[Any] = []  # the patterns above as one alternation (compiled on first use), and each branch's groups


def _combined() -> tuple[re.Pattern[str], dict[str, tuple[int, str]]]:
    """One pattern trying the styles in order: re picks the first branch that matches, as the loop did,
    in one call instead of one per style."""
    if not _ALL:
        combined = re.compile(
            "|".join(f"(?P<s{k}>{pattern.pattern.removeprefix('^')})" for k, (_, pattern) in enumerate(_PATTERNS))
        )
        # A branch's own groups (the marker, the numeral) follow its named group: their numbers are read off the
        # alternation (each branch compiled alone to count its groups cost a parse as much as the alternation).
        groups = {f"s{k}": (combined.groupindex[f"s{k}"], style) for k, (style, _) in enumerate(_PATTERNS)}
        _ALL.extend([combined, groups])
    return _ALL[0], _ALL[1]


@lru_cache(maxsize=65536)
def read_marker(line: str) -> Marker | None:
    """Recognise the numbering marker at the start of a line, if any (cached: lines are asked about often)."""
    text = line.lstrip(" \u3000\t")
    if not text or text[0] not in _MARKER_START:
        return None
    pattern, groups = _combined()
    match = pattern.match(text)
    if match is None:
        return None
    index, style = groups[match.lastgroup or ""]
    marker = _marker(style, match.group(index + 1), match.group(index + 2), text[match.end() :])
    if marker is not None:
        return marker
    # A numeral that reads as no number (零): the styles after this one, in order, as the loop went on.
    after = next(k for k, (name, _) in enumerate(_PATTERNS) if name == style) + 1
    for style, lazy_pattern in _PATTERNS[after:]:
        found = lazy_pattern.match(text)
        if found:
            marker = _marker(style, found.group(1), found.group(2), text[found.end() :])
            if marker is not None:
                return marker
    return None


def _marker(style: str, written: str, token: str, rest: str) -> Marker | None:
    if style in ARABIC_STYLES:
        ordinal = int(token)
    elif style == "circled":
        ordinal = CIRCLED.index(token) + 1
    elif style == "sequence_word":
        ordinal = SEQUENCE_WORDS.index(token) + 1 if token != "最后" else 99
    else:
        ordinal = parse_chinese_numeral(token) or 0
    if ordinal <= 0:
        return None
    return Marker(style, ordinal, written.strip(), rest)
