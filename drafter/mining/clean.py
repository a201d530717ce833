"""Cleaning: normalise each line, drop web-page furniture (furniture.py), rejoin hard-wrapped lines (wrapped.py),
split text that lost its line breaks into sentences (runtogether.py).

Every resulting line keeps the number of the original line it starts on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from msgspec.structs import replace

from ..chinese import fullwidth_punctuation
from ..gongwen import DATE_AT_END
from ..patterns import lazy
from . import vocabulary
from .furniture import (
    ADDRESS_END,
    ADDRESS_MARK,
    ADDRESS_TAIL,
    RELATED_HEADER,
    TABLED,
    is_furniture,
    is_list_entry,
    mark_bar_menus,
    mark_column_labels,
    mark_contents,
    mark_index_rows,
    mark_neighbour_links,
    mark_page_chrome,
    mark_running_heads,
    numbered_separator_lines,
    outside_tables,
    page_breaks,
    titles_body,
)
from .heads import embedded_title
from .model import CleanText, Line
from .reader import RawText
from .runtogether import (
    GAP_MARKER,
    embedded_markers,
    has_stops,
    split_at_gaps,
    split_flattened,
    split_run_together,
    titles_after_dates,
)
from .wrapped import continues, rejoin_wrapped

__all__ = ["CleanText", "Line", "clean", "is_furniture"]


_HAS_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]").search

# Digits and Latin letters typed in full-width mode (２０２５年３月１日, １．加强……) are the same characters: read as
# their ASCII forms, the dates, numbers and markers every stage looks for are found (84 of 130 files parsed
# otherwise when their digits were written full-width: benchmarks/eval_transforms.py).
_FULLWIDTH_ALNUM = {
    code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}


def _normalise(text: str) -> str:
    text = text.replace("\u3000", " ").replace("\u00a0", " ").replace("\t", " ")
    if not text.isascii() and _HAS_FULLWIDTH_ALNUM(text):
        text = text.translate(_FULLWIDTH_ALNUM)
    # Half-width punctuation beside Chinese text is the same punctuation as its full-width form.
    return fullwidth_punctuation(text.strip())


# A half-width full stop between two Chinese words ends a sentence (标准化.继续开展): a numeral before it
# makes it a marker's (二.加强), digits a number's. Read so only where text lost its line breaks and is cut
# into sentences (not as the shipped model was trained: retrained on it, it found fewer headings).
# The full stop is matched first and the character before it looked behind at (two characters back, the
# stop included): re then skips ahead to each "." in C. With the look-behinds first, as (?<=Han)(?<!numeral)\.,
# re tried them at every character of the line (the lines asked are the longest: 3 % of a parse).
_CHINESE_FULL_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff]\.)(?<![一二三四五六七八九十百千零〇两]\.)(?=[\u4e00-\u9fff])")


_NORMALISED: dict[str, tuple[str, bool]] = vocabulary.memo()

# A site's breadcrumb (当前位置：首页 > 政策文件 > 正文) over a page that lost its line breaks: its crumbs, and the 正文
# its last crumb may name, are cut from the text that runs on behind them.
_LEADING_BREADCRUMB = lazy(
    r"^\s*(?:当前位置|您现在的位置|你现在的位置)\s*是?\s*[:：]?(?:[^>»＞→\n]{0,24}(?:>>|>|»|＞|→))+\s*(?:正文|详情|内容)?\s*"
)
_RUN_TOGETHER_PAGE = 300  # characters: longer than furniture runs to (a disclaimer: 100-200), a short document


def _behind_breadcrumb(text: str) -> str:
    """A page run onto one line behind its breadcrumb, without the breadcrumb: the whole line was dropped as
    furniture (a page saved as one line gave no document at all). Other lines as they are."""
    if text[:1] not in _BREADCRUMB_OPENS or len(text) <= _RUN_TOGETHER_PAGE:
        return text
    crumbs = _LEADING_BREADCRUMB.match(text)
    if crumbs is None or not has_stops(text, 5):
        return text
    return text[crumbs.end() :]


_BREADCRUMB_OPENS = "当您你 \u3000\t"


def _normalised(raw: str) -> tuple[str, bool]:
    """A raw line normalised, and whether it is furniture: remembered per distinct line, as pages repeat
    their furniture, closings and stock lines (bounded, so hostile input cannot grow it without end)."""
    found = _NORMALISED.get(raw)
    if found is None:
        text = _behind_breadcrumb(_normalise(raw))
        found = (text, bool(text) and is_furniture(text))
        if len(raw) <= 400:  # long paragraphs seldom repeat: not worth the memory
            if len(_NORMALISED) >= 1 << 16:
                _NORMALISED.clear()
            _NORMALISED[raw] = found
    return found


def _blank_separated(texts: Sequence[str]) -> bool:
    """Whether every line that is not blank is followed by a blank one, in a file of 8 such lines or more."""
    filled = 0
    for number, text in enumerate(texts):
        if not text:
            continue
        filled += 1
        if number + 1 < len(texts) and texts[number + 1]:
            return False
    return filled >= _SPACED_LINES


_SPACED_LINES = 8


# A short document run together (a notice of 300 characters, its outline inline) is a record of a dump as a long
# one is, not a paragraph: at parse time such a line is split from this length (not as the shipped model was
# trained, on records of 500 characters and more).
_SHORT_RECORD = 300


def _reads_as_record(text: str) -> bool:
    """Whether a long line reads as a whole document: its title opens it, or its 成文日期 closes it."""
    return bool(embedded_title(text) or DATE_AT_END.search(text[-40:].strip()))


def clean(
    raw: RawText,
    *,
    long_line: int = 1500,
    flattened_line: int = 150,
    whole_line: int = 500,
    as_trained: bool = False,
) -> CleanText:
    """The lines of a source file with furniture dropped, wrapped paragraphs joined back and run-together text
    split (every resulting line keeps the number of the original line it starts on).

    ``as_trained`` reads a hard-wrapped page as the training pages of the shipped model were read: cut where the
    wrap fell except where a line at the width (indent not counted) runs into one with no marker, and the
    tail of a wrapped web address kept. Parsing joins more (indents counted, open brackets and clauses run on,
    addresses dropped whole), but a heading model retrained on pages joined that way found fewer headings on
    pages of documents it never saw (README, 硬换行); training reads them as before.
    """
    dropped = 0
    blank = False
    after_furniture = False
    related = False  # inside a list of related articles
    address = False  # the line before was dropped furniture ending in a web address
    kept: list[Line] = []
    raws: list[str] = []  # each kept line as the file has it (its indent and trailing spaces)
    seen = [_normalised(raw_line.text) for raw_line in raw.lines]
    texts = [text for text, _ in seen]
    word_file = raw.kind in ("docx", "doc")
    # A separator in words no list knows may hold furniture words (精选范文3：……): it is kept (not as the
    # shipped model was trained: its pages' separators in such words were read as titles).
    numbered = (
        {}
        if as_trained
        else numbered_separator_lines(
            # (a plain text file has no table cells: the list is made only for a Word file or a web page)
            outside_tables(texts, [line.in_table for line in raw.lines] if raw.kind in TABLED else ())
        )
    )
    furniture = [
        flagged and not (raw_line.style_level and word_file) and number not in numbered
        for number, (raw_line, (_, flagged)) in enumerate(zip(raw.lines, seen, strict=True))
    ]
    if not as_trained:
        mark_neighbour_links(texts, furniture)
        mark_index_rows(texts, furniture)
        mark_running_heads(texts, furniture)
        mark_contents([raw_line.text for raw_line in raw.lines], furniture)
    menu_rows = mark_bar_menus(texts, furniture)
    if not as_trained:
        mark_column_labels(texts, furniture, menu_rows)
    if raw.kind == "html":
        mark_page_chrome(raw.lines, furniture)
    # A file with a blank line after every line (text copied from a web page or a Word file with paragraph spacing)
    # says nothing by one blank line: a title's two lines stand apart as its paragraphs do. Only two or more blank
    # lines in a row are a gap there (not as the shipped model was trained).
    spaced = not as_trained and _blank_separated(texts)
    breaks = page_breaks(texts, [flagged for _, flagged in seen])
    blanks = 0
    for number, raw_line in enumerate(raw.lines):
        if number in breaks:
            # A page's number (— 2 —) and the blank lines around it fall where a printed page broke, mid-paragraph
            # as often as not: nothing stood there.
            dropped += bool(texts[number])
            continue
        text = texts[number]
        if not text:
            blanks += 1
            if spaced and blanks < 2:
                continue
            blank = True
            address = False
            # A list of links runs line after line: a blank line ends it (not as the shipped model was trained).
            related = related and as_trained
            continue
        blanks = 0
        # A heading style in a Word file is part of the document whatever its words; a web page's
        # headings include its furniture (<h3>相关文章</h3>).
        if furniture[number]:
            dropped += 1
            blank = True
            after_furniture = True
            # Other furniture (a site line, a byline, a blurb) ends the list too (not as trained): the title under
            # it was dropped as one more link.
            related = (related and as_trained) or bool(RELATED_HEADER.match(text))
            address = ADDRESS_END.search(text) is not None
            continue
        if (
            address
            and not as_trained
            and (
                (
                    ADDRESS_TAIL.match(text)
                    and (texts[number - 1][-1:] in ADDRESS_MARK or not ADDRESS_MARK.isdisjoint(text))
                )
                # the digits of a number the cut fell in (……group_id=11 | 0999): the line before was full
                or (
                    text.isdecimal()
                    and text.isascii()
                    and texts[number - 1][-1:].isdecimal()
                    and len(texts[number - 1]) >= 30
                )
            )
        ):
            dropped += 1  # the rest of a web address that a hard wrap (PDF, OCR) cut onto this line
            continue
        address = False
        if (
            related
            and is_list_entry(text)
            and number not in numbered
            and not titles_body(texts, furniture, number, as_trained=as_trained)
        ):
            dropped += 1  # an entry in a list of related articles
            after_furniture = True
            continue
        related = False
        kept.append(
            Line(text, raw_line.number, raw_line.style_level, blank, False, raw_line.in_table, 0, after_furniture)
        )
        raws.append(raw_line.text)
        blank = False
        after_furniture = False
    kept = rejoin_wrapped(kept, raws, as_trained=as_trained)
    # A file of one or two very long lines lost its line breaks: split it into sentences.
    # Or most of its text sits in long lines of many sentences: one document a line (a CSV or database dump).
    run_together = [line.text for line in kept if len(line.text) > flattened_line and has_stops(line.text, 3)]
    # Paragraphs seldom run past 500 characters; documents do. A short one (a 请示 of 400 characters) is told from
    # a long paragraph by its title run into its text or the date it closes with (not as the shipped model was
    # trained: a page of short records read as lines of text kept most of them in one document).
    whole = sum(
        len(text)
        for text in run_together
        if len(text) > 500 or (not as_trained and len(text) > _SHORT_RECORD and _reads_as_record(text))
    )
    flattened = bool(run_together) and (len(kept) <= 3 or whole >= 0.75 * sum(len(line.text) for line in kept))
    if flattened:
        long_line = flattened_line
    lines: list[Line] = []
    # A separator in unlisted words (—— 内容 2 ——) opens what follows: no wrapped paragraph runs on into it.
    separator_numbers = {raw.lines[index].number for index in numbered}
    for source in kept:
        text = source.text
        # A line of many sentences running past what a paragraph holds is a document (or a run of them)
        # that lost its line breaks, even in a file whose other lines kept theirs.
        whole_document = (
            len(text) > (whole_line if as_trained else min(whole_line, _SHORT_RECORD))
            and has_stops(text, 5)
            # with an outline inside it (its markers run on after a mark, or after a space where a line broke)
            # (asked whether there are two: the searches stop at the second)
            and (
                len(embedded_markers(text, 4000, enough=2, as_trained=as_trained)) >= 2
                or next(islice(GAP_MARKER.finditer(text, 0, 4000), 1, None), None) is not None
            )
        )
        if len(text) > long_line or whole_document:
            if "." in text and not as_trained:
                text = _CHINESE_FULL_STOP.sub("。", text)
            pieces = split_run_together(text)
            if not as_trained:
                pieces = titles_after_dates(pieces)
        else:
            pieces = [text]
        # A long line of no sentence mark (a record's head: 版头, title, 主送 and 一、会议时间……) is still cut
        # at its markers (not as the shipped model was trained).
        if (flattened or whole_document) and (len(pieces) > 1 or (len(text) > long_line and not as_trained)):
            pieces = split_flattened(split_at_gaps(pieces), as_trained=as_trained)
        for index, piece in enumerate(pieces):
            if index == 0 and piece is source.text and not source.inline:
                # A line that was not cut (most lines): the line itself, which the Line below would equal field by field.
                line = source
            else:
                # Made directly: dataclasses.replace was a tenth of clean's time.
                line = Line(
                    piece,
                    source.number,
                    source.style_level,
                    source.blank_before and index == 0,
                    index > 0,
                    source.in_table,
                    source.last,
                    source.after_furniture and index == 0,
                )
            # A record of a dump is a document of its own, never the rest of the one before.
            # A line of many sentences (a record of a dump) is never the wrapped tail of the one before.
            if (
                lines
                and index == 0
                and len(pieces) == 1
                and source.number not in separator_numbers
                and continues(lines[-1], line, as_trained=as_trained)
            ):
                lines[-1] = replace(lines[-1], text=lines[-1].text + piece, last=line.end)
            else:
                lines.append(line)
    return CleanText(raw.path, raw.kind, tuple(lines), dropped, flattened)
