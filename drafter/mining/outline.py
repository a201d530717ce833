"""The heading outline of a document: which lines are headings, their text and their level.

A numbered line is a heading when its marker introduces a lead phrase (一、基本情况; 1、组建机构。
随后是正文……); a numbered line that is one plain sentence in a run of such sentences is a list item.
Levels come from the order in which marker styles appear in the document, as a reader infers them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..numbering import Marker, read_marker
from .model import Heading, Line

# Marker styles that are one family for levels: 1、 and 1. are used interchangeably in one list.
FAMILY = {
    "arabic_dun": "arabic",
    "arabic_dot": "arabic",
    "cn_dun": "cn",
    "cn_dot": "cn",
}

_LEAD_END = "。！？；：:!?;"
_NARRATIVE_START = re.compile(
    r"^(今年|去年|明年|今年以来|近年来|近几年|根据|按照|截至|截止|目前|由于|\d{1,2}月|\d{4}年\d{1,2}月)"
)
_FIRST_PERSON = re.compile(r"(?<!自)我(?!国)")
_PARENTHESIS = re.compile(r"[（(][^（()）]*[）)]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"^(19|20)\d{2}$")

# Unnumbered lines that are headings by their words (存在问题： / 下步打算).
_UNNUMBERED = re.compile(
    r"^(存在(的)?(主要)?问题(和|与|及)?(不足|困难|差距)?|存在的不足|主要问题|问题(和|与)不足|不足之处|"
    r"下(一)?步(工作)?(打算|计划|安排|思路|措施)|今后(的)?(工作)?(打算|思路|努力方向)|努力方向|"
    r"主要(做法|工作|成绩|成效|措施)|工作(措施|成效|成绩|亮点)|取得(的)?(成效|成绩)|基本情况|基本概况|"
    r"经验(和|与)?体会|主要经验|几点(体会|启示|经验)|指导思想|总体(要求|思路|目标)|工作目标|目标任务|"
    r"主要任务|重点任务|工作任务|实施步骤|工作步骤|时间安排|进度安排|保障措施|工作要求|组织领导|组织保障|"
    r"会议(时间|地点|议程|内容)|参会人员|参加人员|联系(人|方式|电话))[:：]?$"
)


def _family(marker: Marker) -> str:
    return FAMILY.get(marker.style, marker.style)


def _is_narrative(lead: str) -> bool:
    """A sentence telling what happened (我们……, 今年……, figures) rather than naming a topic."""
    if _NARRATIVE_START.match(lead) or _FIRST_PERSON.search(lead):
        return True
    numbers = [n for n in _NUMBER.findall(_PARENTHESIS.sub("", lead)) if not _YEAR.match(n)]
    return len(numbers) >= 2


_LEAD_END_RE = re.compile("[" + re.escape(_LEAD_END) + "]")


def _lead(rest: str) -> tuple[str, str] | None:
    """Split the text after a marker into its lead phrase and what follows (None: no end mark).

    An end mark inside quotes or brackets (“……。”) does not end the lead.
    """
    for match in _LEAD_END_RE.finditer(rest):
        prefix = rest[: match.start()]
        opened = sum(prefix.count(ch) for ch in "“‘《（(")
        closed = sum(prefix.count(ch) for ch in "”’》）)")
        if opened <= closed:
            return prefix.strip(), rest[match.end() :].strip()
    return None


@dataclass(frozen=True)
class _Candidate:
    index: int
    marker: Marker
    text: str
    kind: str  # "heading" (certain), "sentence" (a heading only beside heading siblings)
    has_body: bool = False  # body text follows on the next line
    run_in: bool = False  # body text follows on the same line (1、组建机构。随后……)


def heading_candidate(lines: tuple[Line, ...], index: int) -> _Candidate | None:
    """The numbered line at ``index`` as a possible heading, or None when it cannot be one."""
    line = lines[index]
    marker = read_marker(line.text)
    if marker is None:
        return None
    rest = marker.rest.strip()
    if not rest or rest[0] in "，,、。.":
        return None
    if marker.style in ("chapter", "article"):
        return _Candidate(index, marker, (_lead(rest) or (rest, ""))[0][:40], "heading", _has_body(lines, index))
    split = _lead(rest)
    if split is None:
        # A phrase standing alone on its line: 一、基本情况 / 1、坚持政府定期“议教”制度
        if rest[-1] in "，,、" or len(rest) > 45 or (len(rest) > 25 and _is_narrative(rest)):
            return None
        return _Candidate(index, marker, rest, "heading", _has_body(lines, index))
    lead, after = split
    if not lead or len(lead) > 45 or _is_narrative(lead):
        return None
    follower = read_marker(after) if after else None
    if after and rest[len(lead)] not in "；;" and (follower is None or follower.ordinal == 1):
        return _Candidate(index, marker, lead, "heading", True, run_in=True)
    # One sentence and nothing else: a heading only in the company of headings.
    return _Candidate(index, marker, lead, "sentence", _has_body(lines, index))


def _has_body(lines: tuple[Line, ...], index: int) -> bool:
    """Whether body text or a list of another style (its own sub-points) follows, not a sibling item."""
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    if _UNNUMBERED.match(following.text) or following.style_level:
        return False
    marker, own = read_marker(following.text), read_marker(lines[index].text)
    return marker is None or (own is not None and _family(marker) != _family(own))


def _unnumbered(lines: tuple[Line, ...], index: int) -> bool:
    text = lines[index].text.strip()
    return bool(_UNNUMBERED.match(text)) and index + 1 < len(lines) and not lines[index].in_table


def find_headings(lines: tuple[Line, ...]) -> list[Heading]:
    """Headings of one document, with levels (sections are assigned by the classifier)."""
    candidates: list[_Candidate | int] = []
    # Markers inside run-together text count only when the document has no real line breaks.
    flattened = len({line.number for line in lines}) < 3
    for index in range(len(lines)):
        if lines[index].inline and not flattened:
            continue
        if lines[index].style_level:
            candidates.append(index)  # a Word heading style says the level, whatever the marker
            continue
        found = heading_candidate(lines, index)
        if found is not None:
            candidates.append(found)
        elif lines[index].style_level or _unnumbered(lines, index):
            candidates.append(index)
    numbered = [c for c in candidates if isinstance(c, _Candidate)]
    runs = _runs(numbered)
    first_of_family: dict[str, int] = {}
    family_size: Counter[str] = Counter()
    for cand in numbered:
        first_of_family.setdefault(_family(cand.marker), cand.index)
        family_size[_family(cand.marker)] += 1
    accepted = [
        c
        for c in candidates
        if isinstance(c, int)
        or _accept(
            c,
            runs[c.index],
            first=first_of_family[_family(c.marker)] == c.index,
            alone=family_size[_family(c.marker)] == 1,
        )
    ]
    others = {
        index: marker
        for index in range(len(lines))
        if (marker := read_marker(lines[index].text)) is not None and (not lines[index].inline or flattened)
    }
    return _assign_levels(lines, accepted, others)


def _runs(numbered: list[_Candidate]) -> dict[int, list[_Candidate]]:
    """Each candidate's run: same-family siblings with consecutive ordinals (other lines may lie between)."""
    runs: dict[int, list[_Candidate]] = {}
    open_runs: dict[str, list[_Candidate]] = {}
    for cand in numbered:
        family = _family(cand.marker)
        run = open_runs.get(family)
        if run is None or cand.marker.ordinal != run[-1].marker.ordinal + 1:
            run = []
            open_runs[family] = run
        run.append(cand)
        runs[cand.index] = run
    return runs


def _accept(cand: _Candidate, run: list[_Candidate], *, first: bool, alone: bool) -> bool:
    if len(run) == 1 and (
        cand.marker.style == "sequence_word"
        or (alone and cand.marker.style in ("cn_shi", "di_cn"))
        or (first and cand.marker.ordinal > 1 and not cand.run_in)
    ):
        return False  # a lone （二）, 一是 or 最后 is a subtitle, prose or a stray number: points come in twos
    if cand.kind == "heading":
        return True
    if any(other.kind == "heading" for other in run):
        return True
    # A run made only of one-sentence items: headings if each is followed by its own body text.
    return len(run) > 1 and all(other.has_body for other in run)


def _assign_levels(
    lines: tuple[Line, ...], accepted: list[_Candidate | int], markers: dict[int, Marker]
) -> list[Heading]:
    """Levels from the order marker styles appear (a style seen under a heading is one level deeper).

    A run whose numbering continues an earlier run under a previous parent (6、7、8 after 1–5) is a
    numbered list, not a set of headings, and is left out.
    """
    headings: list[Heading] = []
    stack: list[str] = []
    last_ordinal: dict[str, int] = {}
    last_parent: dict[str, int] = {}  # the heading a family's previous item sat under
    continued = ""
    last_style: dict[str, str] = {}  # the concrete style (1、 or 1.) a merged family last used
    own_family: set[str] = set()  # styles that turned out to be a level of their own in this document
    chosen = {c if isinstance(c, int) else c.index: c for c in accepted}
    top_style = min((lines[c].style_level for c in accepted if isinstance(c, int) and lines[c].style_level), default=1)
    for index in sorted(set(chosen) | set(markers)):
        cand = chosen.get(index)
        if isinstance(cand, int):
            line = lines[cand]
            marker = read_marker(line.text)
            text = (marker.rest if marker else line.text).strip()
            split = _lead(text) if marker else None
            if split is not None and split[1] and 0 < len(split[0]) <= 45:
                text = split[0]  # a heading style on 1.落实集体备课。各学科…: the heading is the lead phrase
            text = text.rstrip("：:。")
            family = f"style{line.style_level}" if line.style_level else "unnumbered"
            if line.style_level:
                # Heading 2 is the top of the outline when Heading 1 was the document's title.
                depth = line.style_level - top_style + 1
                del stack[depth - 1 :]
                stack.extend(["?"] * (depth - 1 - len(stack)))
                stack.append(family)
            else:
                stack[:] = [family]
            continued = ""
            headings.append(Heading(cand, line.number, marker.text if marker else "", family, 1, text, len(stack)))
            continue
        marker = cand.marker if cand is not None else markers[index]
        family = _family(marker)
        ordinal = marker.ordinal
        if marker.style in own_family:
            family = marker.style
        elif ordinal == 1 and family in stack and last_style.get(family, marker.style) != marker.style:
            # 1. starting under 2、 is a deeper level written in the other arabic style, not a restart.
            own_family.add(marker.style)
            family = marker.style
        last_style[family] = marker.style
        parent = next((h.index for h in reversed(headings) if h.family != family and h.family in stack), -1)
        previous = last_ordinal.get(family)
        moved = last_parent.get(family, parent) != parent
        last_ordinal[family] = ordinal
        last_parent[family] = parent
        if family == continued and previous is not None and ordinal == previous + 1:
            continue
        if family not in stack and ordinal > 1 and previous == ordinal - 1 and moved:
            # Numbering carried on from the previous parent: the whole chain is a list.
            continued = family
            chain: set[int] = set()
            expected = ordinal - 1
            for earlier in sorted((i for i in markers if i < index), reverse=True):
                if expected < 1:
                    break
                if _family(markers[earlier]) == family:
                    if markers[earlier].ordinal != expected:
                        break
                    chain.add(earlier)
                    expected -= 1
            headings = [h for h in headings if h.index not in chain]
            continue
        if cand is None:
            continue
        if family in stack:
            del stack[stack.index(family) + 1 :]
            if continued and continued not in stack:
                continued = ""
        else:
            stack.append(family)
        level = stack.index(family) + 1
        text = cand.text.rstrip("。；;：:，,")
        headings.append(Heading(index, lines[index].number, marker.text, family, ordinal, text, level))
    return headings
