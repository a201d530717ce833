"""Text that lost its line breaks (a document run onto one line: a CSV or database dump, a flattened web page)
cut back into sentences, and at the outline markers and section names inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..chinese import chinese_numeral, parse_chinese_numeral
from ..numbering import MAY_OPEN_MARKER, Marker, read_marker
from ..patterns import lazy
from . import vocabulary

# What a sentence or a clause that stands alone ends with (a line ending so does not run on into the next).
SENTENCE_END = "。！？；：”’」』）)…"


def split_run_together(text: str) -> list[str]:
    """Text whose line breaks were lost (one line holding a whole document) back into sentences."""
    # Each piece runs to its end mark (the last may have none): the pieces _SENTENCE_PIECE.findall gives. A NUL is
    # put after each end mark and the text split there: a replace for each mark the text holds, then a split, all
    # in C and each a plain scan, where re tested a character class at every character (the lines cut here are
    # the longest: a third of the 10 MB corpus). Text that holds a NUL itself is cut by the pattern.
    if "\0" in text:
        pieces = _SENTENCE_PIECE.findall(text)
    else:
        for mark in _END_MARKS:
            if mark in text:
                text = text.replace(mark, mark + "\0")
        pieces = text.split("\0")
    return [piece for piece in map(str.strip, pieces) if piece]


_END_MARKS = "。！？；"
# Pieces that end at an end mark, the last at the text's end.
_SENTENCE_PIECE = lazy(r"[^。！？；]*[。！？；]|[^。！？；]+")


# A gap between two Chinese characters (or after a closing mark) in text that lost its line breaks: Chinese
# prose has no spaces, so a space or an indent (\u3000\u3000, normalised to spaces) there is where a line
# break was when a dump joined a document's lines with one.
_GAP = re.compile(r"(?<=[\u4e00-\u9fff。！？；：:”’）)》】])\s+(?=[\u4e00-\u9fff（(“《【\d])")


_SPACE = re.compile(r"\s")


def split_at_gaps(pieces: list[str]) -> list[str]:
    """Sentences of run-together text further apart where a space stands between Chinese characters."""
    # Most pieces hold no space at all: found by a plain scan, not by the gap's look-behind at every character.
    # (every white space but " " is unprintable: re is asked only of a piece holding " " or an unprintable one)
    return [
        part
        for piece in pieces
        for part in (_GAP.split(piece) if _may_hold_space(piece) and _SPACE.search(piece) else (piece,))
        if part
    ]


def _may_hold_space(text: str) -> bool:
    return " " in text or not text.isprintable()


def has_stops(text: str, least: int) -> bool:
    """Whether ``text`` holds at least ``least`` sentence end marks (。！？；), counted mark by mark until there
    are enough (each str.count walks the whole text; 。, counted first, most often is enough alone)."""
    found = 0
    for mark in "。！？；":
        found += text.count(mark)
        if found >= least:
            return True
    return False


# Where an outline marker sits inside text that lost its line breaks: after a character or a closing
# mark, and not part of a count (第1、2项, 三、四月份).
def _embedded(bracketed: str) -> str:
    """``_EMBEDDED_MARKER`` with ``bracketed`` as what a bracketed marker holds."""
    return (
        r"(?<=[\u4e00-\u9fff。；：:）)”.\d])(?<!第)"
        r"(?=[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d])|[（(]" + bracketed + r"[）)])"
        r"|(?<=[\u4e00-\u9fff。；：:）)”])(?<!第)(?=\d{1,2}[.．、](?!\d))"
    )


# Asked only when training reads its pages (as_trained): compiled then, not by every parse that imports clean
# (its character ranges: 26 M instructions of a parse of the 10 MB corpus, 0.2 %).
_EMBEDDED_MARKER = lazy(_embedded("[一二三四五六七八九十]{1,3}"))
# The same with digits in brackets too (……要求（1）资源申请：): at parse time only. Training pages read them as
# before: a model retrained on pages cut there found fewer headings in documents it never saw (README).
_EMBEDDED_MARKER_PARSED = re.compile(_embedded(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})"))
# An outline marker after a space that stands for a lost line break (a dump that joined lines with one).
GAP_MARKER = re.compile(
    r"[\u4e00-\u9fff。；：:）)”]\s+(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))"
)
# The first character of such a marker (or a digit: str.isdecimal is what \d matches).
_MARKER_OPENS = frozenset("一二三四五六七八九十（(")
# The end of such a marker: a 、 . ． ） or ) right after a numeral or digit. The mark is matched and the numeral
# looked behind at: re scans for five characters instead of testing the numerals and \d (a Unicode category) at
# every character, at half the cost. The mark is all a match holds: finditer finds the same marks, as a numeral is
# never a mark, and a search from a numeral's position finds the mark after it.
_MARKER_END = re.compile(r"[、.．）)](?<=[一二三四五六七八九十\d].)")


def embedded_markers(
    text: str, end: int | None = None, enough: int = 0, first: int = 0, *, as_trained: bool = True
) -> list[int]:
    """Where ``_EMBEDDED_MARKER`` matches in ``text[:end]``: the same positions as its finditer, found faster.

    Every such marker ends in 、 . ． ） or ) right after a numeral or digit, at most four characters after
    where it starts: re finds those ends (a search with a character-class prefix, which skips ahead in C),
    and only the few positions before each are tried. With ``enough``, the search stops once that many are
    found (for callers that only ask whether there are so many); ``first`` is where a caller's own search
    found the first end, which the search starts from. ``as_trained``: without the digits in brackets of
    ``_EMBEDDED_MARKER_PARSED`` (as the shipped model's training pages were cut).
    """
    pattern = _EMBEDDED_MARKER.compiled if as_trained else _EMBEDDED_MARKER_PARSED
    stop = len(text) if end is None else min(end, len(text))
    found: list[int] = []
    last = -1
    for close in _MARKER_END.finditer(text, first, stop):
        at = close.end() - 1
        for start in range(max(at - 4, last + 1, 0), at):
            # A marker opens with a numeral, a digit or a bracket: the other positions are not tried.
            opening = text[start]
            if (opening in _MARKER_OPENS or opening.isdecimal()) and pattern.match(text, start, stop):
                found.append(start)
        if enough and len(found) >= enough:
            break
        last = at - 1
    return found


_CN_ORDINALS = "一二三四五六七八九十"
_SHI = re.compile(f"(?:^|(?<=[\u4e00-\u9fff。；：:）)”]))[{_CN_ORDINALS}]{{1,3}}是(?![是否])")
# Where _SHI can match, found without its look-behind; leftmost, so 十一是 is read whole, not as 一是.
_SHI_SHAPE = re.compile(f"[{_CN_ORDINALS}]{{1,3}}是")


def _shi_chain(pieces: list[str]) -> set[tuple[int, int]]:
    """Positions (piece, offset) of 一是 二是 三是 … that follow one another: an enumeration that lost its
    line breaks. A lone 一是 inside a sentence stays where it is.

    Enumerations nest (item 六是 holds its own 一是 二是, then 七是 goes on): each open sequence waits for its
    next ordinal, and a number that continues an outer one closes those opened inside it.
    """
    chain: set[tuple[int, int]] = set()
    open_runs: list[tuple[int, list[tuple[int, int]]]] = []  # (next ordinal, members), innermost last
    for k, piece in enumerate(pieces):
        if "是" not in piece:  # most sentences hold none: re is not asked
            continue
        for shape in _SHI_SHAPE.finditer(piece):
            if _SHI.match(piece, shape.start()) is None:
                continue
            ordinal = parse_chinese_numeral(shape.group()[:-1])
            if not ordinal:
                continue
            depth = next((d for d in range(len(open_runs) - 1, -1, -1) if open_runs[d][0] == ordinal), None)
            if depth is not None:
                for _, inner in open_runs[depth + 1 :]:
                    if len(inner) >= 2:
                        chain.update(inner)
                run = open_runs[depth][1]
                del open_runs[depth:]
                run.append((k, shape.start()))
                open_runs.append((ordinal + 1, run))
            elif ordinal == 1:
                open_runs.append((2, [(k, shape.start())]))
                if len(open_runs) > 4:  # the few innermost are enough, and keep this linear
                    outer = open_runs.pop(0)[1]
                    if len(outer) >= 2:
                        chain.update(outer)
    for _, run in open_runs:
        if len(run) >= 2:
            chain.update(run)
    return chain


def split_flattened(pieces: list[str], *, as_trained: bool = False) -> list[str]:
    """Sentences of a flattened file further apart at outline markers that follow in sequence.

    ``as_trained``: every marker reading is tried in turn, as for the training pages of the shipped model
    (十一、 at the start of a sentence was cut before its 一、).
    """
    last: dict[str, int] = {}
    result: list[str] = []
    shi: dict[int, list[int]] = {}
    for k, offset in _shi_chain(pieces):
        shi.setdefault(k, []).append(offset)
    for number, piece in enumerate(pieces):
        offsets = shi.get(number)
        cuts = [0] if offsets is None else [0, *(offset for offset in offsets if offset > 0)]
        leading, inside = _markers_of(piece, as_trained)
        if leading is not None:
            last[leading.style] = leading.ordinal
        if len(cuts) == 1 and not inside:
            part = piece.strip()  # most sentences: nothing to cut
            if part:
                marker = leading if part is piece else read_marker(part)  # strip gives back the same text
                if marker is None or marker.style not in _SECTION_STYLES:
                    result.append(part)  # what _split_section_head gives back for it
                else:
                    result.extend(_split_section_head(part, marker))
            continue
        # A numeral ends the text before a marker as often as it opens one (十一、 holds 一、; 统一二、 holds 二、):
        # of the readings ending at one 、 or ）, the one that goes on from an open sequence is cut at before
        # one that starts a new sequence; never a marker inside the piece's own leading one.
        if as_trained:
            for at in inside:
                marker = read_marker(piece[at:])
                if marker is not None and (marker.ordinal == 1 or last.get(marker.style) == marker.ordinal - 1):
                    cuts.append(at)
                    last[marker.style] = marker.ordinal
            inside = ()
        covered = len(leading.text) if leading is not None else 0
        for readings in _readings_by_end(piece, inside, covered):
            going_on = [(at, m) for at, m in readings if last.get(m.style) == m.ordinal - 1]
            # After a mark (。十一、) the longest reading is the marker; after a character any may be.
            if not going_on and not "\u4e00" <= piece[readings[0][0] - 1] <= "\u9fff":
                readings = readings[:1]
            # (a first item right inside the first item of its own style is none: 一、考试安排　初一、初二年级…)
            chosen = going_on or [(at, m) for at, m in readings if m.ordinal == 1 and last.get(m.style) != 1]
            if chosen:
                at, marker = chosen[0]
                cuts.append(at)
                last[marker.style] = marker.ordinal
        cuts = sorted(set(cuts))
        for start, end in zip(cuts, [*cuts[1:], len(piece)], strict=False):
            part = piece[start:end].strip()
            if not part:
                continue
            result.extend(_split_section_head(part, read_marker(part)))
    return result


def titles_after_dates(pieces: list[str]) -> list[str]:
    """Pieces cut where a signature's date runs straight into the next document's title (……某某街道办事处
    2025年6月3日关于……的请示区人民政府：……, documents run together with no space or break between them): the
    date ends one document, 关于 begins the next (not as the shipped model was trained)."""
    out: list[str] = []
    for piece in pieces:
        if "关于" not in piece or "日" not in piece:
            out.append(piece)
            continue
        # Only where a title and a 主送 line follow the date (……的请示区人民政府：): a sentence may name a document
        # by its date (根据县政府2024年5月6日关于……的通知精神，……) and goes on.
        cuts = [0]
        for date in _DATE_THEN_TITLE.finditer(piece):
            title = _TITLE_THEN_ADDRESSEE.match(piece, date.end())
            if title:
                cuts += [date.end(), title.end(1)]  # the title runs into the 主送 line too: cut after its genre
        cuts.append(len(piece))
        out += [piece[a:b] for a, b in pairwise(cuts) if piece[a:b].strip()]
    return out


# A title (关于……的请示) right before a 主送 line of a few words ending in its colon (区人民政府：).
# The title may open with its issuer's name (……旅游局关于……的通知, GB/T 9704 §7.3.1).
_TITLE_THEN_ADDRESSEE = re.compile(
    r"((?:[^。；！？：:，,、\s\d]{2,24}?)?关于[^。；！？：:]{2,60}?的(?:通知|通报|报告|请示|批复|函|意见|决定|方案|纪要))"
    r"[^。；！？，：:]{2,30}[：:]"
)


_DATE_THEN_TITLE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
    r"(?=(?:[^。；！？：:，,、\s\d]{2,24}?)?关于)"
)


@lru_cache(maxsize=16384)  # sentences recur: half the pieces of the flattened files of the 10 MB corpus
def _markers_of(piece: str, as_trained: bool) -> tuple[Marker | None, tuple[int, ...]]:
    """The marker a sentence of a flattened file opens with (``read_marker``) and where outline markers sit inside
    it (``embedded_markers``), remembered together: one look-up for a sentence seen before, not one for each."""
    # read_marker finds nothing in a piece that opens with no character a marker can open with.
    leading = read_marker(piece) if piece[:1] in MAY_OPEN_MARKER else None
    # Most sentences hold no numeral or digit before a 、 . ． ） or ): embedded_markers is not asked.
    close = _MARKER_END.search(piece)
    if close is None:
        return leading, ()
    return leading, tuple(embedded_markers(piece, first=close.start(), as_trained=as_trained))


def _readings_by_end(piece: str, starts: Sequence[int], covered: int) -> list[list[tuple[int, Marker]]]:
    """The markers read at ``starts`` (after ``covered``), grouped by where they end, longest reading first."""
    groups: dict[int, list[tuple[int, Marker]]] = {}
    for at in starts:
        if at < covered:
            continue
        marker = read_marker(piece[at:])
        if marker is not None and _written_plainly(marker):
            groups.setdefault(at + len(marker.text), []).append((at, marker))
    return list(groups.values())


def _written_plainly(marker: Marker) -> bool:
    """Whether a marker's numeral is how its ordinal is written (十一 for 11; not 一二 read as 2)."""
    numeral = marker.text.strip("（()）、.． ")
    return not numeral or numeral.isdecimal() or numeral == chinese_numeral(marker.ordinal)


_SECTION_STYLES = ("cn_dun", "cn_dot", "cn_paren")  # the markers of sections whose name may run into their text


def _split_section_head(part: str, marker: Marker | None) -> list[str]:
    """一、会议主题以……为指导 → 一、会议主题 | 以……为指导."""
    if marker is None or marker.style not in _SECTION_STYLES:
        return [part]  # 3.会议安排临沂…… is an item that starts with those words, not a section
    rest = marker.rest
    # a part's name (the vocabulary's part-in-text) running straight into its body: 一、会议主题以……为指导
    head = vocabulary.alternation("part-in-text").match(rest)
    if head is None or head.end() >= len(rest) or rest[head.end()] in SENTENCE_END + "，,、：:与和及并暨或":
        return [part]  # 存在问题与今后打算 is one heading
    cut = len(part) - len(rest) + head.end()
    return [part[:cut], part[cut:]]
