"""Spans mended after the segmenter: what the structure of 公文 says and a few lines around each line do not.

A title broken over two lines opens its document on its first line; a bracketed note under a title (（征求意见稿）)
is the title's; a stray sentence before the next start ends the document above; a separator alone on its line
heads the piece under it; a page's own heading over its first piece is no document; forms, notes and a 纪要's or
简报's items stay with the document they belong to. Each takes the (start, end) pairs split found and gives them
back mended.
"""

from __future__ import annotations

import re

from ..chinese import parse_chinese_numeral
from ..gongwen import (
    DISTRIBUTION_LINE,
    NOTE_LINE,
    is_date_line,
)
from .furniture import SEPARATOR, SEPARATOR_OPENS, is_byline_date
from .heads import (
    ATTACHMENT,
    FORM,
    TITLE_END,
    has_genre_word,
    head_start,
    is_doc_number,
    is_head_mark,
    is_issue_number,
    is_issue_period,
    is_title_like,
    separator_title,
    title_block,
)
from .model import Line
from .prefilter import has_sentence_mark

SENTENCE_STOP = frozenset("。！？!?…")  # how a sentence of text ends, and a title does not


def title_opened_above(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Starts moved up over the first line(s) of a title broken across lines, where the model began the document
    on the line naming the genre (……关于召开全县 | 冬修水利……会议的通知, read as 冬修水利……会议的通知): a title
    is printed on two or three lines whenever it runs long (GB/T 9704 §7.3.1), the labelled files seldom break
    one. Not as the shipped model was trained."""
    moved: list[tuple[int, int]] = []
    for start, end in found:
        floor = moved[-1][1] if moved else 0
        if start - 1 >= floor and _is_title_note(lines, start):
            # the title above its note (……的意见 | （征求意见稿）), and the 版头 above the title
            moved.append((head_start(lines, start - 1, floor - 1), end))
            continue
        if start - 1 < floor or not _opens_title(lines, start - 1):
            moved.append((start, end))  # most documents: nothing above them could open their title
            continue
        head = title_block(lines, start, end)
        if not head.title or lines[start].text.lstrip().startswith("关于") or head.lines[0] != start:
            moved.append((start, end))  # a title opening on 关于 is whole in itself (an issuer's name above is 红头)
            continue
        if not TITLE_END.search(lines[head.title[-1]].text.strip()) or len(head.title) > 2:
            moved.append((start, end))
            continue
        up = start
        while up - 1 >= floor and start - up < 3 - len(head.title) and _opens_title(lines, up - 1):
            up -= 1
        # The 版头 above the title's first line (……文件 | 青文馆〔2025〕3号) is the document's too: it was looked for
        # above the line the model began on, the title's second.
        moved.append((head_start(lines, up, floor - 1) if up < start else up, end))
    return moved


_TITLE_NOTE = re.compile(r"^[（(][^（）()]{1,16}[）)]$")


def _is_title_note(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line ``index`` is a bracketed note printed under a title that names its genre (……的意见 |
    （征求意见稿）, （试行）, （2025年修订）): the title's own line, where the model began the document on the note
    and took it for the title."""
    line = lines[index]
    if line.inline or lines[index - 1].inline or not _TITLE_NOTE.match(line.text.strip()):
        return False
    above = lines[index - 1].text.strip()
    return len(above) <= 60 and bool(TITLE_END.search(above)) and is_title_like(above)


_NTH_SAMPLE = re.compile(r"(?:篇|范文|例文)\s*[一二三四五六七八九十\d]+$")


def _opens_title(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line ``index`` may be a title's first line, right above the rest of it."""
    text = lines[index].text.strip()
    below = lines[index + 1]
    return (
        not below.blank_before
        and not below.inline
        and not lines[index].inline
        and 4 <= len(text) <= 30
        and is_title_like(text)
        # not a site's line of fields or links, a key and its value (列席：……), a page's label of its n-th sample
        and not any(char.isspace() or char in "|｜：:" for char in text)
        and not _NTH_SAMPLE.search(text)
        and not TITLE_END.search(text)
        and not is_head_mark(text)
        and not is_doc_number(text)
        and not is_issue_number(text)
        and not is_byline_date(text)
        and separator_title(text) is None
    )


def merge_stray_sentences(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "document" of one sentence of text right before the next start (a page that kept its line breaks)
    is the last paragraph of the document before it: a document has a title or more than one paragraph.
    (A long title the model put a line above its document's start still heads that document.)"""
    merged: list[tuple[int, int]] = []
    for start, end in found:
        text = lines[start].text
        if merged and end - start == 1 and text.rstrip()[-1:] in SENTENCE_STOP and separator_title(text) is None:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def join_bare_separators(
    lines: tuple[Line, ...], found: list[tuple[int, int]], numbered: dict[int, str]
) -> list[tuple[int, int]]:
    """A separator (第一篇：, 篇一：学校安全工作通知) the model left as a document of one line opens the document
    right after it (a 范文 page: 第一篇： | 红头 | 文号 | title ……)."""
    joined: list[tuple[int, int]] = []
    for start, end in reversed(found):
        # A separator alone on its span, with its title or without, opens the document right under it, unless
        # that one opens on a separator of its own (the page lost this piece's text).
        # (nor when a separator stands inside the span below: the model missed the start there, and the lone
        # separator's start is the nearer one to keep. That walk over the span below is made last, for a span
        # of one line that is a separator: most spans are documents of many lines.)
        if (
            end - start == 1
            and joined
            and joined[-1][0] == end
            and numbered.get(start, separator_title(lines[start].text)) is not None
            and not any(_opens_on_separator(lines, k, numbered) for k in range(end, joined[-1][1]))
        ):
            joined[-1] = (start, joined[-1][1])
        else:
            joined.append((start, end))
    return joined[::-1]


def keep_attached_forms(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A form under an attachment label (附件2 | 2025年度优秀党员名单, a 回执, an 一览表) is part of the document
    above it, as its closing lines' rule reads it (``_closing_starts``): the model started a document there."""
    kept: list[tuple[int, int]] = []
    for start, end in found:
        label = start - 1 if start > 0 and ATTACHMENT.match(lines[start - 1].text) else None
        if label is None and ATTACHMENT.match(lines[start].text) and start + 1 < end:
            label = start
        if kept and label is not None and (kept[-1][1] >= label - 2 or _only_forms(lines, kept[-1][1], label)):
            block = title_block(lines, label + 1, end).title
            named = "".join(lines[i].text for i in block)
            # A title naming a document in 《》 is of what it says of it (《……意见（征求意见稿）》起草说明: a note
            # on the draft, no 意见 of its own), where words stand outside the quotes.
            own = _QUOTED_TITLE.sub("", named).strip()
            if not named or not has_genre_word(own or named) or FORM.search(named):
                kept[-1] = (kept[-1][0], end)
                continue
        kept.append((start, end))
    return kept


_QUOTED_TITLE = re.compile(r"《[^《》]*》")


def keep_notes(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A 附注 under the 成文日期 (（此件公开发布）, GB/T 9704 §7.3.6) is its document's, and so are the 版记 lines
    under it: the model began a document on the bracketed line, which carried the 抄送 and 印发 lines away."""
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if (
            kept
            and kept[-1][1] == start
            and _short_note(lines[start].text.strip())
            and is_date_line(lines[start - 1].text)
        ):
            kept[-1] = (kept[-1][0], end)
            continue
        kept.append((start, end))
    return kept


def keep_issue_items(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An issue of a 简报 holds several items, each under a title of its own, down to its foot (报：…, 送：…,
    发：…): the model began a document at each item's title. The items with no head of their own (no 期号, 红头
    or 发文字号 in their first lines) between an issue's head and its foot are that issue's. Without the foot they
    stay apart: a 纪要 with its 期号 on a web page is followed by other documents, not by its items."""
    kept: list[tuple[int, int]] = []
    at = 0
    while at < len(found):
        start, end = found[at]
        last = at
        if _open_issue(lines, start, end):
            ahead = at + 1
            while ahead < len(found) and found[ahead][0] == found[ahead - 1][1] and not _headed(lines, *found[ahead]):
                if _has_foot(lines, *found[ahead]):
                    last = ahead
                    break
                ahead += 1
        kept.append((start, found[last][1]))
        at = last + 1
    return kept


_ISSUE_HEAD_LINES = 4  # a 简报's name, 期号 and issuing line, with a line to spare


def _open_issue(lines: tuple[Line, ...], start: int, end: int) -> bool:
    """A periodical's issue (a 期号 in its first lines) whose foot (报/送/发, 分送) it does not hold yet."""
    head = range(start, min(start + _ISSUE_HEAD_LINES, end))
    return any(is_issue_period(lines[index].text.strip()) for index in head) and not _has_foot(lines, start, end)


def _has_foot(lines: tuple[Line, ...], start: int, end: int) -> bool:
    return any(DISTRIBUTION_LINE.match(lines[index].text.strip()) for index in range(start, end))


def _headed(lines: tuple[Line, ...], start: int, end: int) -> bool:
    return any(
        is_head_mark(lines[index].text) or is_issue_number(lines[index].text.strip())
        for index in range(start, min(start + _ISSUE_HEAD_LINES, end))
    )


def _short_note(text: str) -> bool:
    """A 附注 of a few words, as a model's wrong start can be: at most 40 inside its brackets."""
    return len(text) <= 42 and NOTE_LINE.match(text) is not None


def _only_forms(lines: tuple[Line, ...], first: int, stop: int) -> bool:
    """Whether lines ``first``..``stop`` are an earlier attachment's form left outside the document (附件1 | its
    title | its table's rows: short lines without a sentence), so that the next attachment label still follows
    the document (a notice's 附件2 after 附件1 and its 报送表)."""
    rows = lines[first:stop]
    return (
        0 < len(rows) <= _FORM_LINES
        and any(ATTACHMENT.match(line.text) for line in rows)
        and all(len(line.text) <= 40 and not has_sentence_mark(line.text) for line in rows)
    )


_FORM_LINES = 40  # an attachment's form of a page or so


def _opens_on_separator(lines: tuple[Line, ...], index: int, numbered: dict[int, str]) -> bool:
    return index in numbered or separator_title(lines[index].text) is not None


def drop_page_head(
    lines: tuple[Line, ...], found: list[tuple[int, int]], numbered: dict[int, str]
) -> list[tuple[int, int]]:
    """What stands above a page's first numbered piece (篇一：, 范文1：) is the page's own head — its title
    (……写法范文三篇), an ad, a 导读 blurb — not a document: the page counts its documents from there."""
    if len(found) < 2:
        return found
    (head, end), (first, _) = found[0], found[1]
    if end - head > _PAGE_HEAD_LINES or separator_title(lines[head].text) is not None or head in numbered:
        return found
    # A separator in words no list knows is numbered 1, 2, 3 … down the page: its first is piece one.
    if (first in numbered and first == min(numbered)) or _piece_number(lines[first].text) == 1:
        return found[1:]
    return found


_PAGE_HEAD_LINES = 8  # a title, a byline, a blurb, an ad or two; a document above piece one would be longer

_PIECE_NUMBER = re.compile(r"[一二三四五六七八九十百]+|\d+")


def _piece_number(text: str) -> int | None:
    """The number a listed separator gives its piece (篇三： → 3), or None when the line is no separator."""
    match = SEPARATOR.match(text) if text.lstrip()[:1] in SEPARATOR_OPENS else None
    number = _PIECE_NUMBER.search(match.group()) if match else None
    if number is None:
        return None
    written = number.group()
    return int(written) if written.isdecimal() else parse_chinese_numeral(written)
