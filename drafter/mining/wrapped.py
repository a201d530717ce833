"""Hard-wrapped text (a PDF or OCR copy, a page saved at a fixed width) joined back into its paragraphs: whether a
line runs on into the next, the width a file was wrapped at, and the records of a dump that wrapped inside.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from msgspec.structs import replace

from ..chinese import chinese_numeral, fullwidth_punctuation
from ..gongwen import DATE_AT_END, ORGANISATION_END
from ..gongwen.genres import title_tails
from ..gongwen.marks import ISSUER_MARK_LINE, is_doc_number_line
from ..numbering import read_marker
from ..patterns import lazy
from . import vocabulary
from .candidates import names_a_part
from .furniture import is_separator
from .model import Line
from .prefilter import has_sentence_mark
from .runtogether import SENTENCE_END, embedded_markers

_CLAUSE_MARK = lazy(r"[，、。；]")  # inside prose, not in the rows of a list or a table
_OPENING_MARKS = "“‘「『（("
_OPENINGS = tuple(_OPENING_MARKS)  # for str.startswith (made once, not for every line asked)


_DATE_LAST = frozenset("日号发")  # how DATE_AT_END can end, besides a digit


# A document's contact note, opening its line (联系人：县应急管理局办公室 周晓航，电话：0797-5521086).
# Two fields on one line, set apart by a space: a colon, its value (a unit and a name may stand apart in it by one
# space: 学生记者团 许朵朵), a space, a short name and its colon.
FIELD_ROW = re.compile(r"[:：][^:：\s]+(?:\s[^:：\s]+)?\s+[^\s:：]{1,6}[:：]")
# A line opening on a field's name (标　　题：).
_FIELD_FIRST = re.compile(r"[^\s:：]{1,6}(?:\s+[^\s:：]{1,3})?\s*[:：]")
_CONTACT_LINE = re.compile(r"^[（(]?\s*(?:联系人|联系电话)[:：].{0,40}?\d[\d\-－ ]{5,}\d$")


def continues(previous: Line, current: Line, *, as_trained: bool = False) -> bool:
    """Whether ``current`` is the rest of a paragraph that was wrapped onto a new line."""
    if current.blank_before or current.style_level or previous.style_level:
        return False
    last = previous.text[-1]
    if last in SENTENCE_END or len(previous.text) < 30:
        return False
    if not as_trained and (last in _DATE_LAST or last.isdigit()) and DATE_AT_END.search(previous.text[-24:]):
        # A signature's date closes a document: what follows is not the rest of a paragraph (training pages
        # are read as the shipped model learnt them).
        return False
    if is_separator(previous.text):
        return False
    if not as_trained and last.isdigit() and _CONTACT_LINE.search(previous.text):
        return False  # a contact line (联系人：……，电话：0797-5521086) is whole: the 署名 under it is no more of it
    if not as_trained and _fields_apart(previous.text, current.text):
        return False
    if not as_trained and _buttons(previous.text):
        return False  # a row of short parts apart by wide spaces (a page's buttons: ⊕ 收藏　　⊙ 复制　　⊘ 举报)
    if not as_trained and (
        (current.text[:1] in _LABEL_OPEN and current.text.rstrip()[-1:] in _LABEL_CLOSE)
        or (last in _LABEL_CLOSE and (_title_shaped(current.text) or _addressing(current.text)))
    ):
        # A page's row of bracketed buttons (【复制全文】　【下载Word】) is no rest of the line above it, and a title or a
        # 主送 line under a row ending on a bracketed label or counter (点击：[ 3412 ]) no rest of that row. (A blurb
        # under it may be: joined to the row, it stays out of the document's start, as one joined to a byline does.)
        return False
    if (
        not as_trained
        and "号" in previous.text
        and (is_doc_number_line(previous.text) or _mark_and_number(previous.text))
    ):
        # A 发文字号 line, its 签发人 pushed right with the space bar (汶自然资发〔2025〕18号      签发人：韦振国:
        # 30 characters and more, no sentence end), or the 红头 with the number level with it (青禾县教育局文件
        # 　　　　青教〔2025〕3号), is a line of the 版头: the title under it is no more of it.
        return False
    if not as_trained and current.text[-1] == "号" and is_doc_number_line(current.text):
        # A 发文字号 under a title (a web page's copy puts the title first: ……的通知 | 青人社发〔2026〕11号) is a
        # line of its own: a wrap that leaves a number alone on a line would leave its brackets or a mark too.
        return False
    if not as_trained and _addressing(current.text) and vocabulary.alternation("genre").search(previous.text[-6:]):
        # A title naming its genre above the 主送 line (……的通报 | 各乡镇卫生院，……：) on a page with no blank
        # lines: two lines of the head, not one wrapped sentence.
        return False
    if not as_trained and current.text[-1] in "：:" and names_a_part(current.text):
        # A part's name standing alone (会议内容： under the 参会人员 row) heads the list below it: a wrapped
        # sentence does not end on a line that is only such a name.
        return False
    if read_marker(current.text) is not None:
        return False
    if read_marker(previous.text) is not None and len(previous.text) < 40:
        return False
    return not current.text.startswith(_OPENINGS) or last in "，,、"


def _buttons(text: str) -> bool:
    """A row of three short parts or more apart by wide spaces (a page's buttons), laid out as a line of its own.
    (Not a row of fields: a byline joined to the blurb under it keeps the blurb out of the document's start.)"""
    parts = WIDE_SPACE.split(text.strip()) if "  " in text or "\u3000\u3000" in text else ()
    return len(parts) >= 3 and all(len(part) <= 12 for part in parts)


_LABEL_OPEN = frozenset("【[〔")
_LABEL_CLOSE = frozenset("】]〕")


def _addressing(text: str) -> bool:
    """A short line ending in a colon (各学院：, 同志们：): whom a document addresses, or a list's lead."""
    return len(text) <= 40 and text[-1:] in "：:"


def _mark_and_number(text: str) -> bool:
    """The 发文机关标志 and the 发文字号 on one line, set apart by wide spaces (青禾县教育局文件　　青教〔2025〕3号)."""
    parts = WIDE_SPACE.split(text.strip())
    return len(parts) == 2 and ISSUER_MARK_LINE.match(parts[0]) is not None and is_doc_number_line(parts[1])


WIDE_SPACE = re.compile(r"[ \u3000]{2,}")  # what sets apart what a line lays out level


def _fields_apart(previous: str, current: str) -> bool:
    """Whether a title and a row of fields set apart by spaces (a page's byline: 信息来源：……　发布日期：……
    阅读：……) meet, one above the other: such a row is laid out as a line of its own, neither the rest of the
    title above it nor the first line of the title under it."""
    # (the shape first: asked of every long unfinished line, and a line with a field is never title-shaped)
    if _title_shaped(current) and FIELD_ROW.search(previous) is not None:
        return True
    return _title_shaped(previous) and _FIELD_FIRST.match(current) is not None and FIELD_ROW.search(current) is not None


def _title_shaped(text: str) -> bool:
    """No sentence, clause or field in it, and short: a title or a line of one."""
    return len(text) <= 48 and not has_sentence_mark(text) and not any(mark in text for mark in "：:，,")


def _wrap_width(lines: list[Line], sizes: list[int], *, as_trained: bool = False) -> int:
    """The width a page was hard-wrapped at (text from PDF or OCR), or 0 when it was not.

    Hard-wrapped text has most of its lines at one length, ending wherever the width fell (mid-sentence);
    paragraphs of a page that kept its line breaks vary in length and end at the end of a sentence.
    ``sizes`` are the lines' lengths as laid out (indent included): the wrap cut the first line of an
    indented paragraph at the same width as the others.
    """
    lengths = Counter(
        size for line, size in zip(lines, sizes, strict=True) if not line.style_level and not line.in_table
    )
    long = {n: count for n, count in lengths.items() if n >= 16}
    if sum(long.values()) < 5:
        return 0
    width = max(long, key=lambda n: (long[n], n))
    full = [line.text for line, size in zip(lines, sizes, strict=True) if width <= size <= width + 2]
    if len(full) < max(4, 0.3 * sum(lengths.values())) and (
        # A short page (a one-page 通报) holds fewer full lines than titles, headings and signature lines; it
        # was wrapped too when no line runs past the width and the full lines are cut prose, not rows of a
        # list or a table (not as the shipped model was trained).
        as_trained
        or len(full) < 4
        or sum(count for n, count in lengths.items() if n > width + 2) > 1
        or sum(bool(_CLAUSE_MARK.search(text)) for text in full) * 2 < len(full)
    ):
        return 0
    if not as_trained and 2 * sum(count for n, count in lengths.items() if n > width + 2) > len(full):
        # More lines run past the width than reach it: the lines at one length are a page's titles and headings
        # (a speech's 一、…… of 17 characters, three of them), not a wrap; its paragraphs are longer (a walk's
        # speech had its headings joined to the paragraphs under them).
        return 0
    ending = sum(text[-1] in SENTENCE_END for text in full)
    return width if ending * 2 < len(full) else 0


_STOPS = frozenset("。！？!?")  # how a sentence ends


def _ends_placed(text: str) -> bool:
    """Whether a line pushed right or centred ends as a whole line: a date, a 期号 or 文号, a sentence, a name."""
    text = text.rstrip()
    return (
        text[-1:] in SENTENCE_END
        or text.endswith(("期", "号"))
        or (text[-1:] in _DATE_LAST and DATE_AT_END.search(text[-24:]) is not None)
        or ORGANISATION_END.search(text[-8:]) is not None
    )


def _placed(raw: str) -> bool:
    """Whether a raw line is pushed right by more spaces than a paragraph's indent (two full-width spaces)."""
    if not raw[:1].isspace():
        return False  # most lines
    columns = 0
    for char in raw:
        if char == "\u3000":
            columns += 2
        elif char == "\t":
            columns += 4
        elif char.isspace():
            columns += 1
        else:
            break
    return columns > _PARAGRAPH_INDENT


_PARAGRAPH_INDENT = 4  # columns: two full-width spaces, four ASCII ones


def rejoin_wrapped(lines: list[Line], raws: list[str], *, as_trained: bool = False) -> list[Line]:
    """Lines of a hard-wrapped page joined back into the paragraphs they were cut from.

    A full line (at the page's width, its indent counted) runs on into the next unless a blank line, a
    heading style or an outline marker opens the next one; the joined line keeps the number of its first piece.
    ``raws`` are the lines as the file has them: a cut that fell on spaces (签发人 after a 发文字号, two
    sentences a dump joined with a space) keeps one, as the unwrapped line has it. ``as_trained``: joined as
    the training pages of the shipped model were (see clean).
    """
    if as_trained:
        raws = [line.text for line in lines]  # the width and the cuts by the cleaned text, indents not counted
        placed = [False] * len(lines)
        width = _wrap_width(lines, [len(raw.rstrip()) for raw in raws], as_trained=True)
    else:
        # A line pushed right by spaces (a centred title, a right-aligned signature or date) was placed there: it
        # goes on no line above it, and right-aligned lines, all ending at one column, are no page's wrap width.
        placed = [_placed(raw) for raw in raws]
        width = _wrap_width(
            [line for line, moved in zip(lines, placed, strict=True) if not moved],
            [len(raw.rstrip()) for raw, moved in zip(raws, placed, strict=True) if not moved],
        )
    if not width:
        return lines
    groups: list[list[tuple[Line, str]]] = []
    # The last group's lines, kept beside it: built anew for each line, a page of 40,000 full lines run into one
    # paragraph took 40 s (each line copied the whole paragraph so far), a 10 MB file many minutes.
    pieces: list[Line] = []
    full = False  # the last line reached the width
    for line, raw, moved in zip(lines, raws, placed, strict=True):
        if groups and not moved:
            previous = groups[-1][-1][0]
            if (
                full
                and not line.blank_before
                and not line.style_level
                and not previous.style_level
                and line.in_table == previous.in_table
                # a line opening on a paragraph's indent under a line that ended its sentence opens a paragraph
                # (……书面请假。 | 　　联系人：……), however full that line was (not as trained)
                and (as_trained or not (raw[:1].isspace() and previous.text[-1:] in _STOPS))
                and _runs_on(pieces, line.text, as_trained=as_trained)
            ):
                groups[-1].append((line, raw))
                pieces.append(line)
                full = len(raw) >= width - 1
                continue
        groups.append([(line, raw)])
        pieces = [line]
        # A line placed by spaces (a right-aligned date, a centred 期号) reaches the width by its spaces: it ends
        # there where it ends as such a line does, not where the wrap cut it (……○○八年 | 四月九日, ……CnP | ack).
        full = len(raw) >= width - 1 and (not moved or not _ends_placed(line.text))
    if as_trained:
        return [
            group[0][0]
            if len(group) == 1
            else replace(group[0][0], text="".join(line.text for line, _ in group), last=group[-1][0].number)
            for group in groups
        ]
    groups = _records_rejoined(groups, width)
    return [group[0][0] if len(group) == 1 else _joined(group) for group in groups]


def _records_rejoined(groups: list[list[tuple[Line, str]]], width: int) -> list[list[tuple[Line, str]]]:
    """Wrapped paragraphs with a record of a dump (a whole document on one line, hard-wrapped) made whole again.

    A piece that opens with an outline marker starts a paragraph of its own, which cuts such a record where
    its first heading happened to open a line (……具体如下： | 一、组织领导1.……二、……). What follows the cut
    holds its own outline inline (二、 after 一、, on the same line), as no paragraph of a page that kept its line
    breaks does: the full line before it was the record's head, not a paragraph that ended at the width.
    """
    merged = [list(groups[0])]
    for group in groups[1:]:
        before, first = merged[-1][-1], group[0][0]
        if (
            len(before[1]) >= width - 1
            and not first.blank_before
            and not first.style_level
            and not before[0].style_level
            and first.in_table == before[0].in_table
            and _holds_own_outline("".join(line.text for line, _ in group))
        ):
            merged[-1].extend(group)  # (not merged[-1] + group: a copy per record line, quadratic in a long dump)
        else:
            merged.append(list(group))
    return merged


def _holds_own_outline(text: str) -> bool:
    """Whether ``text`` opens with an outline marker and the marker after it in its sequence follows inline."""
    marker = read_marker(text)
    if marker is None:
        return False
    for at in embedded_markers(text, as_trained=False):
        found = read_marker(text[at:])
        if at and found is not None and found.style == marker.style and found.ordinal == marker.ordinal + 1:
            return True
    return False


def _joined(group: list[tuple[Line, str]]) -> Line:
    """The pieces of a wrapped paragraph (clean lines, with the raw lines they came from) as one line."""
    parts = [group[0][0].text]
    for (_, before), (line, raw) in pairwise(group):
        if before[-1:].isspace() or raw[:1].isspace():
            parts.append(" ")
        parts.append(line.text)
    # Half-width marks beside Chinese text are read again across the cuts: a ( left at a line's end had no Han after it.
    return replace(group[0][0], text=fullwidth_punctuation("".join(parts)), last=group[-1][0].number)


def _whole_title(group: list[Line]) -> bool:
    """Whether the lines so far are a whole title: no sentence in them, ending on a genre's title ending
    (……的通知, ……实施方案) with its 《》 closed."""
    last = group[-1].text
    if not last.endswith(_TITLE_ENDS):
        return False  # most lines
    if sum(len(line.text) for line in group[-81:]) > 80:
        return False  # (said before the lines are joined: a long paragraph is joined once per line ending so)
    so_far = "".join(line.text for line in group)
    return (
        len(so_far) <= 80
        and not has_sentence_mark(so_far)
        and so_far.count("《") == so_far.count("》")
        # a sentence citing a document (根据……关于……的通知 | 要求，……) ends its first line so, too
        and not so_far.startswith(_CITING)
    )


_CITING = ("根据", "按照", "依据", "遵照", "依照", "为", "经", "现将", "现就", "请", "接", "对照", "落实")


_TITLE_ENDS = title_tails()


def _runs_on(group: list[Line], text: str, *, as_trained: bool = False) -> bool:
    """Whether ``text`` after a full line is more of the same paragraph.

    A line opening with an outline marker starts a paragraph of its own, unless the marker continues
    numbering inside the paragraph so far (……。1.切实加强…… 2.全力以赴……, cut where a line was full).
    """
    if not as_trained and _whole_title(group):
        return False  # a title that filled its line (……开学工作的通知 at the width) ends there, over its 主送 line
    marker = read_marker(text)
    if marker is None or (not as_trained and group[-1].text[-1] in _MID_CLAUSE):
        return True  # a bracket left open or a clause mark at the end of a line: no paragraph ends there
    if not as_trained and _DECIMAL_CUT.search(group[-1].text) and text[0].isdecimal():
        return True  # a number cut at its decimal point (……7. | 5）): no marker opens the line
    if (
        not as_trained
        and group[-1].text[-1].isalnum()
        and (len(group) >= 3 or any(has_sentence_mark(line.text) for line in group))
    ):
        # Prose cut in the middle of a word (a record that kept its outline inline: ……服务。三、工作任务 |
        # (一)实施部署): the paragraph goes on. A heading that filled its line holds no sentence before, and
        # seldom fills three lines.
        return True
    if marker.ordinal < 2:
        return False
    so_far = _last_characters(group, 2000)
    before = None if as_trained else _WORD_MARKERS.get(marker.style)
    if before is not None:  # 一是……；二是……: word markers run on inside a paragraph, found by their words
        return before.format(chinese_numeral(marker.ordinal - 1)) in so_far
    for at in reversed(embedded_markers(so_far, as_trained=as_trained)):
        found = read_marker(so_far[at:])
        if at and found is not None and found.style == marker.style:
            return found.ordinal == marker.ordinal - 1
    return False


def _last_characters(group: list[Line], count: int) -> str:
    """The last ``count`` characters of the lines joined, joining only the lines they come from."""
    taken, length = [], 0
    for line in reversed(group):
        taken.append(line.text)
        length += len(line.text)
        if length >= count:
            break
    return "".join(reversed(taken))[-count:]


_MID_CLAUSE = frozenset(_OPENING_MARKS + "，,、")
_DECIMAL_CUT = re.compile(r"\d[.．]$")
# Markers that are words (一是, 其二, 第三): the words of the one before, ordinal as {}.
_WORD_MARKERS = {"cn_shi": "{}是", "cn_yao": "{}要", "qi_cn": "其{}", "di_cn": "第{}", "di_dian": "第{}点"}
