"""The heading-candidate primitive shared by split and outline: a numbered line read as marker + lead phrase.

A numbered line is a heading candidate when its marker introduces a lead phrase (一、基本情况; 1、组建机构。
随后是正文……); whether a candidate is a heading is decided later, for the run of siblings it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from msgspec import Struct

from ..numbering import MAY_OPEN_MARKER, Marker, read_marker
from . import vocabulary
from .model import Line

# Marker styles that are one family for levels: 1、 and 1. are used interchangeably in one list.
FAMILY = {
    "arabic_dun": "arabic",
    "arabic_dot": "arabic",
    "cn_dun": "cn",
    "cn_dot": "cn",
    # Open markers of points join the closed style they are used like (一要 as 一是, 其一 and 第一点 as 第一，).
    "cn_yao": "cn_shi",
    "qi_cn": "di_cn",
    "di_dian": "di_cn",
}

_LEAD_END = "。！？；：:!?;"
_NARRATIVE_START = re.compile(
    r"^(今年|去年|明年|今年以来|近年来|近几年|根据|按照|截至|截止|目前|由于|\d{1,2}月|\d{4}年\d{1,2}月)"
)
# The characters _NARRATIVE_START's words open with, besides a digit (checked against the pattern in
# tests/mining/test_split_classify.py): a lead opening with another is not asked.
_NARRATIVE_OPENS = "今去明近根按截目由"
_FIRST_PERSON = re.compile(r"我(?<!自我)(?!国)")  # 我 first: re looks for it directly, then at its neighbours
_PARENTHESIS = re.compile(r"[（(][^（()）]*[）)]")
# \d+(?:\.\d+)?, its first digit written apart: a pattern opening with a class lets re skip ahead to one in C (one
# opening with a repeat was tried at every character).
_NUMBER = re.compile(r"\d\d*(?:\.\d+)?")
_YEAR = re.compile(r"^(19|20)\d{2}$")

# The names of parts that stand alone as headings (the vocabulary's `part`) and the characters they open with:
# a line opening with another is not asked (a call of re costs more than the test). Remembered until the
# vocabulary changes (benchmarks/rule_report.py switches entries off).
_PART_NAMES: dict[int, tuple[re.Pattern[str], frozenset[str]]] = vocabulary.memo()


def part_names() -> tuple[re.Pattern[str], frozenset[str]]:
    """The alternation of the vocabulary's part names, and the characters they open with."""
    found = _PART_NAMES.get(0)
    if found is None:
        names = vocabulary.alternation("part")
        found = _PART_NAMES[0] = (names, frozenset(word[:1] for word in vocabulary.words("part")))
    return found


def names_a_part(text: str) -> bool:
    """Whether ``text`` is only the name of a part, a colon after it or not (存在问题：, 下步打算): an unnumbered
    line that is a heading by its words."""
    names, first = part_names()
    if text[:1] not in first:
        return False
    return names.fullmatch(text[:-1] if text[-1:] in ":：" else text) is not None


def is_flattened(lines: Sequence[Line], *, as_trained: bool = False) -> bool:
    """Whether a document's text lost its line breaks: its lines come from fewer than three source lines, or
    nearly all its text from one source line and the few other lines carry no outline marker (a page's
    byline, blurb or salutation beside a record of a dump; its 版头 on a line of its own).

    ``as_trained``: the first test only, as the shipped heading model was trained.
    """
    sizes: dict[int, int] = {}  # characters per source line
    for line in lines:
        sizes[line.number] = sizes.get(line.number, 0) + len(line.text)
        if len(sizes) > _FLAT_BESIDE + 1:
            return False  # most documents: known after their first few lines
    if len(sizes) < 3:
        return True
    if as_trained:
        return False
    whole = max(sizes, key=sizes.__getitem__)
    if sizes[whole] < _FLAT_SHARE * sum(sizes.values()):
        return False
    return all(read_marker(line.text) is None for line in lines if line.number != whole)


# A flattened record may keep a few lines of its page beside it, holding little of its text.
_FLAT_BESIDE = 6
_FLAT_SHARE = 0.9


def run_together_records(lines: Sequence[Line]) -> frozenset[int]:
    """Source lines of a document with real line breaks that each hold a whole document run together (a
    record of a dump on a page of other documents, which the segmenter left joined to the text below it):
    cut into many pieces, of a document's length, its outline markers inside. Their pieces are read as a
    flattened document's are; the document's other lines as before."""
    pieces: dict[int, list[Line]] = {}
    for line in lines:
        if line.inline:
            pieces.setdefault(line.number, []).append(line)
    return frozenset(
        number
        for number, inline in pieces.items()
        if len(inline) >= _RECORD_PIECES
        and sum(len(line.text) for line in inline) >= _RECORD_SIZE
        and sum(1 for line in inline if line.text[:1] in MAY_OPEN_MARKER and read_marker(line.text) is not None) >= 2
    )


# A record holds an outline: more pieces than a long paragraph's few sentences, and a document's length
# (clean cuts a line of many sentences past 500 characters with markers inside: the same size).
_RECORD_PIECES = 4
_RECORD_SIZE = 500


def family_of(marker: Marker) -> str:
    return FAMILY.get(marker.style, marker.style)


def _is_year(number: str) -> bool:
    """``_YEAR`` (19xx, 20xx) for a number as ``_NUMBER`` finds it (digits, maybe a decimal point; no newline)."""
    return len(number) == 4 and number.startswith(("19", "20")) and number[2:].isdecimal()


@lru_cache(maxsize=16384)  # asked of a numbered line's lead by the rules (_reading) and again by the heading model
def is_narrative(lead: str) -> bool:
    """A sentence telling what happened (我们……, 今年……, figures) rather than naming a topic."""
    opening = lead[:1]
    if ((opening in _NARRATIVE_OPENS or opening.isdecimal()) and _NARRATIVE_START.match(lead)) or (
        "我" in lead and _FIRST_PERSON.search(lead)
    ):
        return True
    bare = _PARENTHESIS.sub("", lead) if "(" in lead or "（" in lead else lead  # a bracket opens each one removed
    numbers = [n for n in _NUMBER.findall(bare) if not _is_year(n)]
    return len(numbers) >= 2


# A colon between digits is a clock time (请于8:40前到会), not the end of a lead: an end mark is any of them, a colon
# only when no digit stands before it or none after it. (One class of every mark, what a colon needs looked at
# around it: a pattern opening with a class lets re skip ahead to one in C, where the alternatives of
# [marks]|(?<!\d)[:：]|[:：](?!\d) were tried at every character. The match is the mark in either form.)
_LEAD_END_RE = re.compile("[" + re.escape(_LEAD_END) + "](?:(?<![:：])|(?<!\\d.)|(?!\\d))")


@lru_cache(maxsize=16384)
def lead_split(rest: str) -> tuple[str, str] | None:
    """Split the text after a marker into its lead phrase and what follows (None: no end mark).

    An end mark inside quotes or brackets (“……。”) does not end the lead.
    """
    for match in _LEAD_END_RE.finditer(rest):
        prefix = rest[: match.start()]
        opened = sum(map(prefix.count, "“‘《（("))  # (counted by map in C, not by a generator)
        closed = sum(map(prefix.count, "”’》）)"))
        if opened <= closed:
            return prefix.strip(), rest[match.end() :].strip()
    return None


class Candidate(Struct, frozen=True):
    index: int
    marker: Marker
    text: str
    kind: str  # "heading" (certain), "sentence" (a heading only beside heading siblings)
    run_in: bool = False  # body text follows on the same line (1、组建机构。随后……)


def heading_candidate(lines: Sequence[Line], index: int) -> Candidate | None:
    """The numbered line at ``index`` as a possible heading, or None when it cannot be one."""
    text = lines[index].text
    if text[:1] not in MAY_OPEN_MARKER:
        return None  # most lines: no marker can start there (tested before the memo, asked of every line)
    found = _reading(text)
    if found is None:
        return None
    marker, text, kind, run_in = found
    # Whether body text follows on the next line (has_body) is asked by the one rule that needs it, of the
    # few candidates it reaches (outline._accept), not of every candidate here.
    return Candidate(index, marker, text, kind, run_in)


@lru_cache(maxsize=16384)
def _reading(line: str) -> tuple[Marker, str, str, bool] | None:
    """What a line says on its own as a candidate: its marker, lead phrase, kind and whether body text runs
    on after the lead (then the next line is not asked); remembered, as numbered lines recur."""
    marker = read_marker(line)
    if marker is None:
        return None
    rest = marker.rest.strip()
    if not rest or rest[0] in "，,、。.":
        return None
    if marker.style in ("chapter", "article"):
        return marker, (lead_split(rest) or (rest, ""))[0][:40], "heading", False
    split = lead_split(rest)
    if split is None:
        # A phrase standing alone on its line: 一、基本情况 / 1、坚持政府定期“议教”制度
        if rest[-1] in "，,、" or len(rest) > 45 or (len(rest) > 25 and is_narrative(rest)):
            return None
        return marker, rest, "heading", False
    lead, after = split
    if not lead or len(lead) > 45 or is_narrative(lead):
        return None
    follower = read_marker(after) if after else None
    if after and rest[len(lead)] not in "；;" and (follower is None or follower.ordinal == 1):
        return marker, lead, "heading", True
    # One sentence and nothing else: a heading only in the company of headings.
    return marker, lead, "sentence", False


def has_body(lines: tuple[Line, ...], index: int) -> bool:
    """Whether body text or a list of another style (its own sub-points) follows, not a sibling item."""
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    if names_a_part(following.text) or following.style_level:
        return False
    marker, own = read_marker(following.text), read_marker(lines[index].text)
    return marker is None or (own is not None and family_of(marker) != family_of(own))
