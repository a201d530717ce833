"""The heading outline of a document: which lines are headings, their text and their level.

A numbered line is a heading when its marker introduces a lead phrase (一、基本情况; 1、组建机构。
随后是正文……); a numbered line that is one plain sentence in a run of such sentences is a list item.
Levels come from the order in which marker styles appear in the document, as a reader infers them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from ..chinese import unspaced
from ..gongwen.wording import is_transition
from ..numbering import MAY_OPEN_MARKER, OPEN_STYLES, Marker, read_marker
from .candidates import (
    Candidate,
    family_of,
    has_body,
    heading_candidate,
    is_flattened,
    lead_split,
    names_a_part,
    part_names,
    run_together_records,
)
from .linear import Binary
from .model import Heading, Line
from .prefilter import has_sentence_mark


def _unnumbered(lines: Sequence[Line], index: int) -> bool:
    text = lines[index].text.strip()
    return names_a_part(text) and index + 1 < len(lines) and not lines[index].in_table


_STOP_END = "。！？!?…；;，,、"
# Marker families that are words (一是, 第一, 其一): prose enumerates with them at any depth.
_WORD_FAMILIES = frozenset({"cn_shi", "di_cn"})
_OPEN_DEPTH = 8  # runs an outline keeps open at once (four levels, each maybe holding a list)


def heading_candidates(
    lines: Sequence[Line],
    flattened: bool | None = None,
    depths: dict[int, int] | None = None,
    records: frozenset[int] = frozenset(),
    walk: _Walk | None = None,
) -> list[tuple[int, list[int]]]:
    """Lines of a document that could be headings, each with its run of siblings (itself included).

    Numbered lines (any marker with text after it) and short unnumbered lines that do not end a
    sentence; a run is the same marker family with ordinals in sequence. Pieces of a run-together
    line count only when the document has no real line breaks (``flattened``: computed when not given) or
    when their source line is one of ``records`` (``run_together_records``). ``depths``, when given,
    receives for each run (by id) how many runs were open when it opened. ``walk``: the document's lines as
    ``_walk`` read them, when the caller has it.
    """
    if flattened is None:
        flattened = is_flattened(lines)
    if walk is None:
        walk = _walk(lines, flattened, records)
    numbered, found = walk.numbered, walk.found
    runs: dict[int, list[int]] = {}
    # The open runs of the outline, innermost last, whatever their family: a number that continues a run
    # closes every run opened inside it (2、 ends the 一是 二是 of item 1、; 七是 after them goes on from 六是).
    # A closed run can still go on when no open run does: items numbered on across their parents ((一) 1–5,
    # (二) 6–8) are one list.
    open_runs: list[tuple[str, int, list[int]]] = []  # (family, last ordinal, members)
    closed: dict[str, tuple[int, list[int]]] = {}  # each family's latest closed run: (last ordinal, members)
    for index, family, ordinal in numbered:
        depth = None
        if ordinal > 1:
            # The innermost open run this number continues (a loop, not next() over a generator made a line).
            for k in range(len(open_runs) - 1, -1, -1):
                if open_runs[k][1] == ordinal - 1 and open_runs[k][0] == family:
                    depth = k
                    break
        if depth is not None:
            run = open_runs[depth][2]
            for other, last, inner in open_runs[depth + 1 :]:
                closed[other] = (last, inner)
            del open_runs[depth:]
        elif ordinal > 1 and (last_closed := closed.get(family)) is not None and last_closed[0] == ordinal - 1:
            run = last_closed[1]
            del closed[family]
        else:
            run = []
            if len(open_runs) >= _OPEN_DEPTH:  # an outline is seldom deeper: keep this linear
                other, last, outer = open_runs.pop(0)
                closed[other] = (last, outer)
            if depths is not None:
                depths[id(run)] = len(open_runs)
        open_runs.append((family, ordinal, run))
        run.append(index)
        runs[index] = run
    # An open marker (一要, 其一, 第一点) is a candidate only when its sequence continues.
    return [
        (index, runs.get(index) or [index])  # (a run is never empty: [index] made only for a line in none)
        for index in found
        if index not in runs or len(runs[index]) > 1 or not _open_marker(lines[index].text)
    ]


def _open_marker(text: str) -> bool:
    marker = read_marker(text)
    return marker is not None and marker.style in OPEN_STYLES


@lru_cache(maxsize=16384)  # lines recur: headings, stock sentences
def _facts(line: str) -> tuple[str, int, bool]:
    """What ``heading_candidates`` asks of a line's text: the family and ordinal of a marker that has text
    after it ("" and the ordinal when it has none; "", 0 without a marker), and whether it is short and
    ends no sentence."""
    text = line.strip()
    marker = read_marker(text)
    if marker is not None:
        rest = marker.rest.strip()
        return (family_of(marker) if rest and rest[0] not in "，,、。." else "", marker.ordinal, False)
    return "", 0, len(text) <= 40 and text[-1] not in _STOP_END and not has_sentence_mark(text)


class _Walk(NamedTuple):
    """What one walk over a document's lines finds for the steps of the outline after it (each walked every line
    on its own before, asking its own questions of it)."""

    numbered: list[tuple[int, str, int]]  # lines with a marker and text after it: (index, family, ordinal)
    found: list[int]  # lines that could be headings: those, styled lines and short unnumbered ones
    rule: list[Candidate | int]  # what the hand-written rules take up, before runs are weighed (_rule_accepted)
    markers: dict[int, Marker]  # every numbered line's marker (_markers)


def _walk(lines: Sequence[Line], flattened: bool, records: frozenset[int] = frozenset()) -> _Walk:
    """The document's lines read once for ``heading_candidates``, ``_rule_accepted`` and ``_markers``.

    Pieces of a run-together line count only when the document has no real line breaks (``flattened``) or their
    source line is one of ``records``.
    """
    numbered: list[tuple[int, str, int]] = []
    found: list[int] = []
    rule: list[Candidate | int] = []
    markers: dict[int, Marker] = {}
    part_first = part_names()[1]  # what an unnumbered part's name opens with (_unnumbered asks the rest)
    for index, line in enumerate(lines):
        if line.inline and not flattened and line.number not in records:
            continue
        text = line.text
        family, ordinal, short = _facts(text)
        if family:
            numbered.append((index, family, ordinal))
            found.append(index)
        elif ordinal:
            pass  # a marker with nothing after it, or a count (一、二等奖)
        elif line.style_level or (not line.inline and short):
            found.append(index)
        # Most lines open with a character that neither a marker nor an unnumbered heading can open with (nor a
        # space, which _unnumbered strips): neither is asked. (read_marker's cache is the outermost call: a hit
        # costs less than any test before it.)
        first = text[:1]
        may_mark = first in MAY_OPEN_MARKER
        if may_mark and (marker := read_marker(text)) is not None:
            markers[index] = marker
        if line.style_level:
            rule.append(index)  # a Word heading style says the level, whatever the marker
        elif may_mark or first in part_first or first.isspace():
            candidate = heading_candidate(lines, index)
            if candidate is not None:
                rule.append(candidate)
            elif _unnumbered(lines, index):
                rule.append(index)
    return _Walk(numbered, found, rule, markers)


def model_headings(lines: tuple[Line, ...], model: Binary) -> list[Heading]:
    """Headings decided by the learned model: a run of siblings is decided as one, by its mean score."""
    from .features import heading_features_of, heading_parts

    # Whether the document lost its line breaks, asked once (it walks every line of a flattened document).
    flattened = is_flattened(lines)
    # A whole document on one source line inside a document that kept its breaks (the segmenter joined a
    # record of a dump to the text below it): its pieces read as a flattened document's (not as the shipped
    # model was trained: its pages' records were documents of their own).
    records = frozenset() if flattened else run_together_records(lines)
    depths: dict[int, int] = {}
    walk = _walk(lines, flattened, records)
    candidates = heading_candidates(lines, flattened, depths, records, walk)
    rules = {c if isinstance(c, int) else c.index for c in _rule_accepted(lines, flattened, records, walk)}
    runs: dict[int, tuple[str, ...]] = {}
    scores = {
        index: model.remembered_parts(
            heading_parts(
                lines,
                index,
                siblings=run,
                rule=index in rules,
                runs=runs,
                flattened=flattened or lines[index].number in records,
            ),
            heading_features_of,
        )
        for index, run in candidates
    }
    decisions: dict[int, float] = {}  # by run: a run's members share one list, and its mean is taken once
    for _, run in candidates:
        if len(run) > 1 and id(run) not in decisions:
            members = [scores[i] for i in run if i in scores]
            decisions[id(run)] = sum(members) / len(members)
    parents = _parent_runs(lines, candidates, scores, decisions)
    leads, lists = _lead_ins(lines, candidates)
    # The numbered rows of a table copied as text (1  某县气象局  98.6  优秀) are no headings, however their
    # numbering runs (not as the shipped model was trained).
    # (asked once a run: its members share one list)
    distinct = {id(run): run for _, run in candidates}
    # Items that end in a semicolon are the clauses of one enumerating sentence (……；……；……。): a list, whatever
    # their leads look like (not as the shipped model was trained; of the labelled numbered lines ending so, 2 in
    # 106 are headings).
    rows = {
        key
        for key, run in distinct.items()
        if 2 * sum(_table_row(lines[i].text) for i in run) > len(run)
        or 2 * sum(lines[i].text.rstrip().endswith(_CLAUSE_END) for i in run) > len(run)
    }
    accepted: list[Candidate | int] = []
    for index, run in candidates:
        decision = decisions[id(run)] if len(run) > 1 else scores[index]
        if (
            len(run) == 1
            and not lines[index].style_level
            and is_transition(lines[index].text)
            and read_marker(lines[index].text) is None
        ):
            continue  # the 承启语 closing an opening paragraph (现将有关事项通知如下：) leads into the items
        if index in leads:
            accepted.append(index)
            continue
        if (decision <= 0 and id(run) not in parents) or id(run) in lists or id(run) in rows:
            continue
        marker = read_marker(lines[index].text)
        if (
            (flattened or lines[index].number in records)
            and marker is not None
            and family_of(marker) in _WORD_FAMILIES
            and depths.get(id(run), 0) >= 2
        ):
            # 一是 二是 two lists deep in text that lost its breaks ran on inside an item's paragraph.
            continue
        if marker is None or lines[index].style_level:
            accepted.append(index)
            continue
        rest = marker.rest.strip()
        split = lead_split(rest)
        text = split[0] if split and split[0] else rest
        accepted.append(Candidate(index, marker, text[:60], "heading"))
    if (
        not flattened
        and not records
        and not any(isinstance(c, Candidate) and c.marker.style in _PART_STYLES for c in accepted)
    ):
        # A document not divided by 一、 or 第一章 may divide itself into parts by short unnumbered headings.
        taken = {c if isinstance(c, int) else c.index for c in accepted}
        parts = [index for index in _unnumbered_parts(lines, candidates) if index not in taken]
        accepted = sorted([*accepted, *parts], key=lambda c: c if isinstance(c, int) else c.index)
    markers = walk.markers
    if not records:
        return _assign_levels(lines, accepted, markers)
    # A record is a document of its own that the segmenter left joined: the outline restarts where one
    # begins and where it ends (the marker stack of its 一、（一） does not carry into the text below).
    headings: list[Heading] = []
    first = 0
    for stop in range(1, len(lines) + 1):
        if stop < len(lines) and (lines[stop].number in records) == (lines[first].number in records):
            continue
        headings.extend(
            _assign_levels(
                lines,
                [c for c in accepted if first <= (c if isinstance(c, int) else c.index) < stop],
                {index: marker for index, marker in markers.items() if first <= index < stop},
            )
        )
        first = stop
    return headings


def _markers(lines: Sequence[Line], flattened: bool, records: frozenset[int] = frozenset()) -> dict[int, Marker]:
    """Every numbered line's marker (pieces of a run-together line only in a document that lost its breaks)."""
    return _walk(lines, flattened, records).markers


def _parent_runs(
    lines: Sequence[Line],
    candidates: list[tuple[int, list[int]]],
    scores: dict[int, float],
    decisions: dict[int, float],
) -> set[int]:
    """Runs the model turned down that enclose accepted headings of a marker family first seen after
    theirs: sections whose sub-points are headings are headings themselves (一、 over accepted （一）（二）)."""
    accepted = [index for index, run in candidates if (decisions[id(run)] if len(run) > 1 else scores[index]) > 0]
    if not accepted:
        return set()
    # Only a run of two or more the model turned down can be one: without one (most documents), no candidate's
    # family is asked for.
    for _, run in candidates:
        if len(run) > 1 and decisions[id(run)] <= 0:
            break
    else:
        return set()
    family: dict[int, str] = {}
    first_seen: dict[str, int] = {}
    for index, _ in candidates:
        marker = read_marker(lines[index].text)
        family[index] = family_of(marker) if marker is not None else ""
        first_seen.setdefault(family[index], index)
    found = set()
    for _, run in candidates:
        if len(run) < 2 or id(run) in found or decisions[id(run)] > 0:
            continue
        own = family[run[0]]
        k = bisect_left(accepted, run[0] + 1)
        for i in accepted[k : k + 64]:  # a few suffice: the first of another family inside the run decides
            if i >= run[-1]:
                break
            if family[i] and family[i] != own:
                if first_seen[own] < first_seen[family[i]]:
                    found.add(id(run))
                break
    return found


# A lead-in phrase announcing the list below it (……的主要成绩如下：, ……的计划有：): one clause, no comma.
# (the line is stripped: endswith is the search for (如下|有)[:：]$)
_LEAD_IN = ("如下:", "如下：", "有:", "有：")
_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?]")


def _lead_ins(lines: Sequence[Line], candidates: list[tuple[int, list[int]]]) -> tuple[set[int], set[int]]:
    """Unnumbered lead-ins that head a part of the document, and the item lists they announce.

    A lead-in is one short clause ending in 如下： or 有：, or a part's name and a colon, right above a list
    that starts at 1. The members of a list under 如下： or 有： on consecutive lines (one line an item) are its
    items, not headings.
    """
    runs = {index: run for index, run in candidates}
    leads: set[int] = set()
    lists: set[int] = set()
    for index, _ in candidates:
        text = lines[index].text.strip()
        if index + 1 >= len(lines) or _CLAUSE_BREAK.search(text):
            continue
        announces = text.endswith(_LEAD_IN)
        if not announces and not (text[-1:] in "：:" and names_a_part(text)):
            continue
        if lines[index].style_level or read_marker(text) is not None:
            continue
        following = read_marker(lines[index + 1].text)
        if following is None or following.ordinal != 1:
            continue
        leads.add(index)
        run = runs.get(index + 1)
        # (what a part's name heads may be its subheadings, 存在问题： | 1、……不平衡。……: the model decides them)
        if announces and run is not None and len(run) > 1 and all(b == a + 1 for a, b in pairwise(run)):
            lists.add(id(run))
    return leads, lists


_PART_STYLES = ("cn_dun", "cn_dot", "chapter")  # the markers of a document's parts (一、 一. 第一章)
_PART_FAMILIES = frozenset({"cn", "chapter"})  # their families
_PART_LENGTH = 16  # characters: 履职情况, 存在的主要问题, 明年的努力方向; a sentence broken by the page runs longer


def _is_paragraph(line: Line) -> bool:
    text = line.text.strip()
    return len(text) >= 40 or (len(text) >= 20 and has_sentence_mark(text))


def _unnumbered_parts(lines: Sequence[Line], candidates: list[tuple[int, list[int]]]) -> set[int]:
    """Unnumbered headings that divide a document into parts: short lines without a marker or any
    punctuation, each between two paragraphs of text, at least two in one document (履职情况 | 存在问题 |
    原因分析 | 努力方向, each over its paragraphs). A lone short line between paragraphs is as often a
    paragraph broken by the page as a heading: only a set of them is taken."""
    found = []
    for index, _ in candidates:
        line = lines[index]
        text = line.text.strip()
        if (
            line.inline
            or line.style_level
            or not 2 <= len(text) <= _PART_LENGTH
            or not 0 < index < len(lines) - 1
            or _CLAUSE_BREAK.search(_two_clauses(text))
            or text[-1] in "：:"
            or read_marker(text) is not None
            or sum("\u4e00" <= c <= "\u9fff" for c in text) < 2  # a date, a number, a bullet's code
        ):
            continue
        if _is_paragraph(lines[index + 1]) and _is_paragraph(lines[index - 1]):
            found.append(index)
    # Names in two clauses come as a parallel set, their first clauses of one length (抓常规 | 搭平台 | 强协同).
    if len({lines[index].text.strip().index("，") for index in found if "，" in lines[index].text}) > 1:
        found = [index for index in found if "，" not in lines[index].text]
    return set(found) if len(found) >= 2 else set()


def _two_clauses(text: str) -> str:
    """A part's name in two short clauses (抓常规，促进行为习惯养成) without the one comma between them: the
    clauses are words, not a sentence broken by the page, when each holds a few characters only and the
    second does not stop on a word that needs more after it (学期初，学校召开了)."""
    first, comma, second = text.partition("，")
    if comma and 2 <= len(first) <= 6 and 4 <= len(second) <= 10 and second[-1] not in _RUNS_ON:
        return first + second
    return text


_RUNS_ON = frozenset("了的着把从被将")  # (not 向 of 方向, 与 of 参与, 地 of 阵地: nouns end so too)


_CLAUSE_END = ("；", ";")
_CELL_GAP = re.compile(r"[ \t\u3000]{2,}|\t")
_FIGURE = re.compile(r"[-+]?\d+(?:[.,]\d+)*%?")


def _table_row(text: str) -> bool:
    """A row of a table whose cells a copy set apart by runs of spaces: three cells or more, a figure among
    those after the first (the row's number), no sentence."""
    if "  " not in text and "\t" not in text and "\u3000\u3000" not in text:
        return False  # most lines: no gap wide enough to part cells
    cells = [cell for cell in _CELL_GAP.split(text.strip()) if cell]
    return (
        len(cells) >= 3
        and not has_sentence_mark(text)
        and any(_FIGURE.fullmatch(cell) is not None for cell in cells[1:])
    )


def find_headings(lines: tuple[Line, ...], model: Binary | None = None) -> list[Heading]:
    """Headings of one document, with levels (sections are assigned by the classifier)."""
    if model is not None and model.features:
        return model_headings(lines, model)
    flattened = is_flattened(lines)
    walk = _walk(lines, flattened)
    return _assign_levels(lines, _rule_accepted(lines, flattened, walk=walk), walk.markers)


def rule_headings(
    lines: Sequence[Line], flattened: bool | None = None, records: frozenset[int] = frozenset()
) -> set[int]:
    """The lines the hand-written rules take for headings: a feature of the learned heading model."""
    return {c if isinstance(c, int) else c.index for c in _rule_accepted(tuple(lines), flattened, records)}


def _rule_accepted(
    lines: tuple[Line, ...],
    flattened: bool | None = None,
    records: frozenset[int] = frozenset(),
    walk: _Walk | None = None,
) -> list[Candidate | int]:
    # Markers inside run-together text count only when the document has no real line breaks.
    if walk is None:
        walk = _walk(lines, is_flattened(lines) if flattened is None else flattened, records)
    candidates = walk.rule
    numbered = [c for c in candidates if isinstance(c, Candidate)]
    families = {cand.index: family_of(cand.marker) for cand in numbered}
    runs = _runs(numbered, families)
    first_of_family: dict[str, int] = {}
    family_size: dict[str, int] = {}  # a plain dict: Counter's += goes through Python (__missing__) per family
    for index, family in families.items():
        first_of_family.setdefault(family, index)
        family_size[family] = family_size.get(family, 0) + 1
    return [
        c
        for c in candidates
        if isinstance(c, int)
        or _accept(
            c,
            runs[c.index],
            lines,
            first=first_of_family[families[c.index]] == c.index,
            alone=family_size[families[c.index]] == 1,
        )
    ]


def _runs(numbered: list[Candidate], families: dict[int, str]) -> dict[int, list[Candidate]]:
    """Each candidate's run: same-family siblings with consecutive ordinals (other lines may lie between).
    (``families``: each candidate's marker family, by index, as the caller found them.)"""
    runs: dict[int, list[Candidate]] = {}
    open_runs: dict[str, list[Candidate]] = {}
    for cand in numbered:
        family = families[cand.index]
        run = open_runs.get(family)
        if run is None or cand.marker.ordinal != run[-1].marker.ordinal + 1:
            run = []
            open_runs[family] = run
        run.append(cand)
        runs[cand.index] = run
    return runs


def _accept(cand: Candidate, run: list[Candidate], lines: tuple[Line, ...], *, first: bool, alone: bool) -> bool:
    if len(run) == 1 and (
        cand.marker.style == "sequence_word"
        or (alone and family_of(cand.marker) in ("cn_shi", "di_cn"))
        or cand.marker.style in OPEN_STYLES
        or (first and cand.marker.ordinal > 1 and not cand.run_in)
    ):
        return False  # a lone （二）, 一是 or 最后 is a subtitle, prose or a stray number: points come in twos
    if cand.kind == "heading":
        return True
    # (loops, not any() and all() over generators: a generator is made and resumed for every candidate)
    for other in run:
        if other.kind == "heading":
            return True
    # A run made only of one-sentence items: headings if each is followed by its own body text.
    if len(run) < 2:
        return False
    for other in run:  # noqa: SIM110 - a loop: all() would resume a generator for every member
        if not (other.run_in or has_body(lines, other.index)):
            return False
    return True


def _assign_levels(
    lines: tuple[Line, ...], accepted: list[Candidate | int], markers: dict[int, Marker]
) -> list[Heading]:
    """Levels from the order marker styles appear (a style seen under a heading is one level deeper).

    A run whose numbering continues an earlier run under a previous parent (6、7、8 after 1–5) is a
    numbered list, not a set of headings, and is left out.
    """
    headings: list[Heading] = []
    removed: set[int] = set()  # headings a later list chain took back (by line index)
    positions: dict[str, list[int]] = {}  # each family's headings, as positions in ``headings``
    by_family: dict[str, list[int]] = {}  # each family's marked lines, in order
    for index in sorted(markers):
        by_family.setdefault(family_of(markers[index]), []).append(index)

    def add(heading: Heading) -> None:
        positions.setdefault(heading.family, []).append(len(headings))
        headings.append(heading)

    def parent_of(family: str) -> int:
        """The latest heading of another family on the stack (the one this family's item sits under)."""
        best = -1
        # The stack as it is, not a set made of it for every marker: a family met twice gives the same answer
        # twice (its members were popped the first time), and the latest position wins in any order.
        for other in stack:
            if other == family or other not in positions:
                continue
            members = positions[other]
            while members and headings[members[-1]].index in removed:
                members.pop()
            if members and members[-1] > best:
                best = members[-1]
        return headings[best].index if best >= 0 else -1

    stack: list[str] = []
    nested: dict[str, str] = {}  # a family restarted inside one of its own items: the inner sequence's key
    last_ordinal: dict[str, int] = {}
    last_parent: dict[str, int] = {}  # the heading a family's previous item sat under
    continued = ""
    last_style: dict[str, str] = {}  # the concrete style (1、 or 1.) a merged family last used
    own_family: set[str] = set()  # styles that turned out to be a level of their own in this document
    chosen = {c if isinstance(c, int) else c.index: c for c in accepted}
    # (a list, not a generator resumed for every heading; most documents have no heading style: min is not called)
    styles = [lines[c].style_level for c in accepted if isinstance(c, int) and lines[c].style_level]
    top_style = min(styles) if styles else 1
    for index in sorted(set(chosen) | set(markers)):
        cand = chosen.get(index)
        if isinstance(cand, int):
            line = lines[cand]
            if not line.style_level and stack and stack[0] in by_family and line.text.rstrip().endswith(_LEAD_IN):
                # A lead-in (……具体做法有：) inside a part numbered 一、 or 1. introduces that part's list: its
                # items sit under the numbered heading. Taken as a part of its own, it cut the outline there,
                # and the siblings after it (（三）, 二、) read as numbering carried on, a list, and were lost.
                # (A part named with a colon, 存在问题：, still starts a part.)
                continue
            marker = read_marker(line.text)
            text = (marker.rest if marker else line.text).strip()
            split = lead_split(text) if marker else None
            if split is not None and split[1] and 0 < len(split[0]) <= 45:
                text = split[0]  # a heading style on 1.落实集体备课。各学科…: the heading is the lead phrase
            text = unspaced(text.rstrip("：:。"))
            family = f"style{line.style_level}" if line.style_level else "unnumbered"
            if line.style_level:
                # Heading 2 is the top of the outline when Heading 1 was the document's title.
                depth = line.style_level - top_style + 1
                del stack[depth - 1 :]
                stack.extend(["?"] * (depth - 1 - len(stack)))
                stack.append(family)
            elif stack and stack[0] in _PART_FAMILIES and line.text.rstrip()[-1:] in "：:":
                # A part named with a colon (存在问题：) among parts numbered 一、: one of them, at their level, and
                # the 一、 after it (a part, or the next document's) at the top again, not under its items.
                stack[:] = [stack[0]]
            else:
                stack[:] = [family]
            continued = ""
            add(Heading(cand, line.number, marker.text if marker else "", family, 1, text, len(stack)))
            continue
        marker = cand.marker if cand is not None else markers[index]
        family = family_of(marker)
        ordinal = marker.ordinal
        inner = nested.get(family)
        if inner is not None and ordinal > 1:
            if last_ordinal.get(inner) == ordinal - 1:
                family = inner
            elif last_ordinal.get(family) == ordinal - 1:
                del nested[family]  # the outer sequence goes on: the inner lists are over
        elif (
            ordinal == 1
            and family in _WORD_FAMILIES
            and family in stack
            and stack[-1] != family
            and last_ordinal.get(family, 0) > 1
        ):
            # 一是 二是 inside item 1、 of 六是: a word marker restarting under a deeper item is a list of its
            # own one level down, and the outer sequence (七是) goes on after it. (Section markers 一、 （一）
            # keep one level each: restarting, they begin a new outline, as in an attachment.)
            inner = nested[family] = family + "/inner"
            family = inner
        if marker.style in own_family:
            family = marker.style
        elif ordinal == 1 and family in stack and last_style.get(family, marker.style) != marker.style:
            # 1. starting under 2、 is a deeper level written in the other arabic style, not a restart.
            own_family.add(marker.style)
            family = marker.style
        last_style[family] = marker.style
        parent = parent_of(family)
        previous = last_ordinal.get(family)
        moved = last_parent.get(family, parent) != parent
        last_ordinal[family] = ordinal
        last_parent[family] = parent
        if family == continued and previous is not None and ordinal == previous + 1:
            continue
        if family not in stack and ordinal > 1 and previous == ordinal - 1 and moved and stack[-1:] != ["chapter"]:
            # Numbering carried on from the previous parent: the whole chain is a list. (Not under chapters and
            # parts: 第一条…第九条 across 第一章…, 一、…九、 across 第一部分… number the document's own sequence.)
            continued = family
            expected = ordinal - 1
            earlier_marks = by_family.get(family, [])
            k = bisect_left(earlier_marks, index) - 1
            while k >= 0 and expected >= 1 and markers[earlier_marks[k]].ordinal == expected:
                removed.add(earlier_marks[k])
                expected -= 1
                k -= 1
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
        text = unspaced(cand.text.rstrip("。；;：:，,"))  # 第一章　总　则: the heading is 总则
        add(Heading(index, lines[index].number, marker.text, family, ordinal, text, level))
    return [h for h in headings if h.index not in removed]
