"""Splitting a file into documents.

Signals, strongest first: explicit separators (第一篇：, 【第1篇】); a document's closing lines (印发,
a date under a signature) followed by a new title; a title naming a genre (……的通知, ……实施方案);
and top-level numbering that starts again at 一、 — with the opening paragraph before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..chinese import parse_chinese_numeral, unspaced
from ..gongwen import (
    ADDRESSEE_LINE,
    ATTACHMENT_NOTE_START,
    BYLINE_DATE,
    DATE_AT_END,
    DISTRIBUTION_LINE,
    DOC_NUMBER_LINE,
    HEAD_MARK_FIRST,
    HEAD_MARK_LINE,
    ISSUE_NUMBER_LINE,
    ISSUER_MARK_LINE,
    LOOSE_FULL_DATE,
    MINUTES_ATTENDANCE_LINE,
    MINUTES_ATTENDANCE_OPENS,
    NOTE_LINE,
    NUMERIC_DATE_IN_TEXT,
    NUMERIC_DATE_LINE,
    ORGANISATION_END,
    SPEAKER_LINE,
    WRITTEN_DATE_IN_TEXT,
    find_genre,
    is_date_line,
)
from ..gongwen.wording import AS_FOLLOWS_ENDINGS
from ..numbering import MAY_OPEN_MARKER, read_marker
from ..patterns import lazy
from . import vocabulary
from .candidates import heading_candidate
from .clean import FIELD_ROW, SEPARATOR, SEPARATOR_OPENS, WIDE_SPACE, numbered_separators
from .linear import BODY, OUT, START, Binary, Sequencer
from .model import Line, Span
from .prefilter import has_sentence_mark

GENRE_WORDS = (
    "通知",
    "通报",
    "方案",
    "计划",
    "要点",
    "规划",
    "总结",
    "汇报",
    "述职",
    "报告",
    "讲话",
    "致辞",
    "发言",
    "讲稿",
    "纪要",
    "意见",
    "决定",
    "请示",
    "批复",
    "函",
    "公告",
    "通告",
    "办法",
    "规定",
    "细则",
    "制度",
    "章程",
)
# The grammars of 公文 marks and dates are gongwen's (compiled here: split asks them of every line).
# 2007-01-12 under a signature; in a diary the same shape heads each entry instead.
_ISO_DATE = NUMERIC_DATE_LINE.compiled
# A line drawn with one repeated character (=====, -----, *****, or the box-drawing ──── a text export draws
# under its 红头) between two texts in a plain file.
_RULE = re.compile(r"^([=\-*~_#＝—―━─═－·.])\1{7,}$")
_RULE_CHARACTERS = "=-*~_#＝—―━─═－·."
_IMPRINT_START = re.compile(r"抄送[:：]|主题词[:：]|(附件|附表)[:：]?\s*\d?")
_IMPRINT_OPENS = "抄主附"  # what _IMPRINT_START's words open with (tests/mining/test_split_classify.py)


def _is_imprint(text: str) -> bool:
    """A line of the 版记 or an attachment note: ends with 印发, or opens with 抄送：, 主题词：, 附件."""
    # Tested at the two ends only (a search for 印发$ tried every position of every line).
    return text.endswith(("印发", "印发\n")) or (text[:1] in _IMPRINT_OPENS and _IMPRINT_START.match(text) is not None)


def _closed_then_titled(lines: tuple[Line, ...], rules: dict[int, str]) -> list[int]:
    """Starts found after closing lines whose line above is a closing formula and whose title names a genre."""
    found = []
    for index, rule in rules.items():
        if rule != "closing" or not index:
            continue
        above = lines[index - 1].text.strip()
        if above[:1] in _CLOSING_OPENS and _CLOSING.match(above):
            title = _title_block(lines, index, len(lines)).title
            if title and _TITLE_END.search(lines[title[-1]].text.strip()):
                found.append(index)
    return found


def _signed_then_titled(lines: tuple[Line, ...]) -> list[int]:
    """Titles naming their genre right under a signature (the unit's name, then the date it signed on), over the
    text they head: the next document (an issued 方案 under its cover notice, one record after another) as
    plainly as under a ruled line, with or without a blank line between them (not as the shipped model was
    trained). Not the title of what a 纪要 or 简报 issue holds, under its 期号 and issuing line."""
    found = []
    # Under a date line only (most lines end otherwise; a line's text ends on no space).
    dated = [index for index in range(2, len(lines) - 1) if lines[index - 1].text[-1:] == "日"]
    for index in dated:
        text = lines[index].text
        if text[-1:] not in _TITLE_LAST or lines[index].inline:
            continue
        text = text.strip()
        if not _TITLE_END.search(text) or not is_title_like(text):
            continue
        date = lines[index - 1].text.strip()
        if not _is_date_line(date) or date.endswith("印发"):
            continue
        signer = date if not date[:1].isdigit() else lines[index - 2].text.strip()
        if not _bare_issuer(signer.split()[0] if signer.split() else ""):
            continue
        if any(_is_issue_number(lines[k].text.strip()) for k in range(max(0, index - 5), index)):
            continue
        if is_title_like(lines[index + 1].text):
            continue  # a title over more head lines, or a list of names: not plainly a document's start
        found.append(index)
    return found


def _is_back_matter(text: str) -> bool:
    """A line of the 版记 (抄送, 主题词, 印发), not an attachment note."""
    stripped = text.strip()
    return _is_imprint(stripped) and not stripped.startswith(("附件", "附表"))


_ATTACHMENT = re.compile(r"^(附件|附表)\s*\d*\s*[:：]?\s*$")
# A line naming a file (……清单（修订）.xlsx, …….pdf（下载次数：37）): a file's name ends in its extension, a note in
# brackets may follow.
_FILE_NAME = re.compile(r"\.(docx?|xlsx?|pdf|wps|et|zip|rar|ofd)\s*([（(][^（()）]{0,20}[）)])?\s*$", re.IGNORECASE)
_FORM = lazy(r"回执|名单|名册|一览表|统计表|汇总表|报名表|申请表|登记表|信息表|明细|目录|清单")
_CLOSING = re.compile(r"^(特此(通知|通报|报告|函告|公告|通告)|此复|妥否，?请批示|谢谢(大家|各位)?)[。！!]?$")
_CLOSING_OPENS = "特此妥谢"  # what _CLOSING's words open with (tests/mining/test_split_classify.py)
_CLOSING_PARAGRAPH = re.compile(r"^(总之|总而言之|综上|过去的一年|回顾|展望|尊敬的|最后|以上)")


def _names_attachment(text: str) -> bool:
    """An attachment note naming what is attached (附件：2026年……实施方案) or a line naming a file (``_FILE_NAME``)."""
    stripped = text.strip()
    note = ATTACHMENT_NOTE_START.match(stripped)
    return (note is not None and bool(stripped[note.end() :].strip())) or (
        "." in stripped and _FILE_NAME.search(stripped) is not None
    )


def _is_iso_date(text: str) -> bool:
    """``_ISO_DATE`` tried only on lines that open with a digit (tested on every line of a page)."""
    # At most 10 characters and a \n (more with spaces around its dashes, which this lets pass unasked).
    return text[:1].isdecimal() and len(text) <= 11 and _ISO_DATE.match(text) is not None


_is_date_line = is_date_line  # (one name where split asks it of many lines)


def separator_title(text: str) -> str | None:
    """The title written on an explicit separator line (【第2篇】XX总结 → XX总结), or None."""
    if text.lstrip()[:1] not in SEPARATOR_OPENS:
        return None  # most lines: the pattern cannot match (tested first, it is tried on every line)
    match = SEPARATOR.match(text)
    if not match:
        return None
    title = text[match.end() :].strip(" ：:")
    # 篇一：通知 labels the document below by its genre; its title is the document's own (a bare separator).
    return "" if title and find_genre(title) is not None else label_only(title)


# How a page labels a piece as a sample (市场监管局通知范文（一）, 商请函例文): the label describes the document
# below, whose own title follows it.
_SAMPLE_LABEL = re.compile(
    r"(?:范文|范例|例文|样文|模板|模版|示例|样本)[\s（(【\[]*[一二三四五六七八九十\d]*[\s）)】\]]*$"
)


def label_only(title: str) -> str:
    """A separator's title, or "" when it only labels a sample (……通知范文): a bare separator then."""
    return "" if title and _SAMPLE_LABEL.search(title) else title


def is_title_like(text: str) -> bool:
    stripped = text.strip()
    # A title's shape (2 to 48 characters, none of them a sentence mark), tested without re: asked of many lines.
    if not 2 <= len(stripped) <= 48 or has_sentence_mark(stripped):
        return False
    if stripped.endswith(("：", ":", "，", ",", "、", ".")):
        return False
    return read_marker(stripped) is None and not _is_date_line(stripped) and not _is_iso_date(stripped)


def has_genre_word(text: str) -> bool:
    return any(word in text for word in GENRE_WORDS) or text.startswith("关于")


# Lines of a 版头 above the title (份号, 紧急程度, 密级, ……文件, 发文字号) and under it (第3期, a speech's
# speaker and date): part of the document's head, neither its title nor its body.
_MARKING = HEAD_MARK_LINE.compiled
_ISSUER_MARK = ISSUER_MARK_LINE.compiled
_DOC_NUMBER_LINE = DOC_NUMBER_LINE.compiled
_ISSUE_NUMBER_LINE = ISSUE_NUMBER_LINE.compiled
_BYLINE_DATE = BYLINE_DATE.compiled
_TITLE_END = re.compile("(" + "|".join(GENRE_WORDS) + r")[)）]?$")
_TITLE_LAST = frozenset(word[-1] for word in GENRE_WORDS) | frozenset(")）")  # how a _TITLE_END line can end


@dataclass(frozen=True)
class _Head:
    lines: tuple[int, ...] = ()  # every line of the head, title included
    title: tuple[int, ...] = ()  # the title's own lines


def _title_block(lines: tuple[Line, ...], start: int, end: int, *, under_number: bool = False) -> _Head:
    """The head opening a document: 版头 lines, up to three short unpunctuated title lines, a byline.
    ``under_number``: ``start`` is below the 版头's 发文字号 already."""

    def text(index: int) -> str:
        return unspaced(lines[index].text.strip())

    index = _after_joint_mark(lines, start, end)
    while index < min(start + 5, end) and (_is_head_mark(text(index)) or _issuer_over_title(lines, index, end)):
        index += 1
    first = index
    title: list[int] = []
    while index < min(first + 3, end):
        if not is_title_like(text(index)) or lines[index].in_table != lines[first].in_table:
            break
        if title and (_is_issue_number(text(index)) or _is_byline_date(text(index))):
            break
        title.append(index)
        index += 1
        if _TITLE_END.search(text(title[-1])):
            break  # a title ends with the name of its genre; what follows is a byline or the body
    if (
        title
        and index + 1 < end
        and not _TITLE_END.search(text(title[-1]))
        and _is_doc_number(text(index))
        and not under_number
    ):
        # GB/T 9704 §7.2.4: the 发文机关标志 may be the issuer's name alone, without 文件. Lines above a
        # 发文字号 are that 版头; the title comes after the number. A 版头 has one 发文字号 (joint issuers use
        # the first one's): a page of numbers, each under a name, is not sought down for a head.
        below = _title_block(lines, index + 1, end, under_number=True)
        if below.title:
            return _Head(tuple(range(start, below.lines[-1] + 1)), below.title)
    # A title is followed by something; a lone short line at the end is not a title.
    if not title or title[-1] + 1 >= end:
        return _Head()
    while index < min(title[-1] + 3, end) and (
        _is_issue_number(text(index))
        or _is_byline_date(text(index))
        or (index + 1 < end and _is_byline_date(text(index + 1)) and is_title_like(text(index)))
        or (index + 1 < end and _is_speaker(text(index)))  # with no date under it (乡长　周明轩 | 同志们：)
    ):
        index += 1
    if any(_is_issue_period(text(k)) for k in range(title[-1] + 1, index)):
        # A 纪要 or 简报 under its 标志 and 期号 (GB/T 9704 §10.3): an issuing line (单位 and date) may follow,
        # then the title of what this issue holds (关于……的会议纪要).
        named = index
        # its issuing line, or the office and the date on two lines
        while named < min(index + 2, end) and not _TITLE_END.search(text(named)) and _is_issuing_line(text(named)):
            named += 1
        if named + 1 < end and is_title_like(text(named)) and _TITLE_END.search(text(named)):
            return _Head(tuple(range(start, named + 1)), (named,))
    return _Head(tuple(range(start, index)), _from_issuer(lines, title))


def _from_issuer(lines: tuple[Line, ...], title: list[int]) -> tuple[int, ...]:
    """A title's lines from its issuer's name on: a title opens with the issuer's name or with 关于 (GB/T 9704
    §7.3.1), so a line above its 关于 line that names no organisation (the name of a 公众号 or a column over the
    article) is no part of it."""
    opening = next((k for k, index in enumerate(title) if k and lines[index].text.lstrip().startswith("关于")), 0)
    while opening and _bare_issuer(lines[title[opening - 1]].text):
        opening -= 1
    return tuple(title[opening:])


def model_starts(
    lines: tuple[Line, ...],
    model: Sequencer,
    *,
    flattened: bool = False,
    starts_model: Binary | None = None,
    common: frozenset[str] = frozenset(),
    numbered: dict[int, str] | None = None,
) -> tuple[list[tuple[int, int]], list[int], dict[int, str]]:
    """(start, end) of every document the learned segmenter finds; furniture between them is left out.
    ``numbered``: separator lines in unlisted words (``numbered_separators``), taken as separators. With the spans,
    the lines' labels and the rules' starts: what later steps weigh spans by."""
    from .features import NO_START, segment_parts, segment_rows

    rules = rule_starts(lines)
    rules.update((index, "separator") for index in numbered or {} if rules.get(index) != "separator")
    # A title naming its genre right under a closing formula (谢谢大家！, 特此通知。) is as plain a boundary as a
    # ruled line (not as the shipped model was trained).
    rules.update((index, "ruled") for index in _closed_then_titled(lines, rules))
    rules.update((index, "ruled") for index in _signed_then_titled(lines) if rules.get(index) in (None, "closing"))
    labels = (
        model.decode_parts(segment_parts(lines, rules, flattened=flattened)) if model.features else [BODY] * len(lines)
    )
    if starts_model is not None and starts_model.features:
        rows = segment_rows(lines, rules, flattened=flattened)
        # Starts decided line by line (a document begins where the evidence on both sides says so).
        chosen = [0]
        for i in range(1, len(rows)):
            if rows[i][0] != NO_START and starts_model.score(rows[i]) > 0 and i - chosen[-1] > 1:
                chosen.append(i)
        chosen_set = set(chosen)
        labels = [START if i in chosen_set else (label if label != START else BODY) for i, label in enumerate(labels)]
    starts = sorted({i for i, label in enumerate(labels) if label == START})
    if flattened:
        starts = sorted({*starts, *_record_starts(lines)})
    starts = _place_across_furniture(lines, labels, starts, rules, common)
    # A document does not begin with a page's byline (fields and a numeric date, in whatever words; a blurb
    # may have run into it): it opens with the title right above the byline when that title speaks of the
    # text below, else on the line below (not as the shipped model was trained).
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        if rules.get(start) is not None or not _is_byline(lines[start].text):
            continue
        if stop - start < 2:
            # a byline alone above a document is no document of its own (a dump's one-line record is, dated)
            if k + 1 < len(starts) and len(lines[start].text) <= _BYLINE_LONGEST:
                labels[start] = OUT
                starts[k] = -1
            continue
        labels[start] = OUT
        above = start - 1
        if (
            above > (starts[k - 1] if k else -1)
            and labels[above] == OUT
            and _title_over_furniture(lines[above].text)
            and (_cohesion(lines[above].text, _text_below(lines, labels, start + 1, stop), common) or 0.0) >= _COHESION
        ):
            labels[above] = START
            starts[k] = above
        else:
            starts[k] = start + 1
    starts = [start for start in starts if start >= 0]
    # An untitled document that opens by addressing its readers (各位领导、同志们：) on a line of its own, under
    # the last line of another document (the text since the last start is a document's, more than a title,
    # a byline and a blurb; no title of its own right above it): the salutation opens it (not as the shipped
    # model was trained).
    taken = set(starts)
    for i in range(1, len(lines)):
        last = lines[i].text.rstrip()[-1:]
        if last and last not in "：:":
            continue  # both kinds of line end in a colon; most lines of a page end otherwise (asked of every line)
        if i in taken or rules.get(i) is not None:
            continue
        # A 主送 line in words no list holds (县人民政府：, 各成员单位：) opens one too: a line of its own, under a
        # line that ends a sentence or a date (not under a form's labels: 职业： over 公司或学校：) and over
        # the text it addresses.
        if not _is_salutation(lines[i].text) and not (
            not lines[i].inline
            and i + 1 < len(lines)
            and i + 1 not in taken
            and _is_addressee(lines[i].text)
            and _ends_text(lines[i - 1].text)
        ):
            continue
        last_start = max((s for s in starts if s < i), default=0)
        if (
            not is_title_like(lines[i - 1].text)
            and labels[i - 1] != OUT
            and sum(len(line.text) for line in lines[last_start:i]) >= _BODY_ABOVE
        ):
            starts.append(i)
            labels[i] = START
    starts.sort()
    # A document begins with its title or its first section, never with its second (二、 （三） 4.).
    starts = [s for s in starts if s == 0 or rules.get(s) in _SEPARATING or not _later_section(lines[s].text)]
    # Nor with its 版记 (抄送：, 主题词：, ……印发): those lines close the document above them.
    starts = [s for s in starts if s == 0 or not _is_back_matter(lines[s].text)]
    # Nor with its 附件说明 (附件：……方案, 附件：1.……) or a link to a file (……清单.xlsx): the document above lists
    # what goes with it (NOTES: attachments stay inside the span of the document they belong to).
    starts = [s for s in starts if s == 0 or not _names_attachment(lines[s].text)]
    for mark in _letterheads(lines):
        before = [start for start in starts if start <= mark]
        # Only a letterhead below some content of the document before it opens a new one (a 份号 or
        # 紧急程度 above the first 红头 is the same document's head).
        if mark not in starts and (
            not before or any(not _is_head_mark(line.text) for line in lines[before[-1] : mark])
        ):
            starts = sorted({*starts, mark})
    # A 版头 (……文件, 发文字号, 份号, 密级) above a title belongs to that document, however the model
    # placed the start (LABELS.md: the 版头 is inside the span).
    starts = [_head_start(lines, start, starts[k - 1] if k else -1) for k, start in enumerate(starts)]
    # So is a 纪要's or 简报's head (标志, 期号, issuing line) above the title of what the issue holds; a start
    # the model put on that head's first line and another on the title are one document (not as trained).
    starts = sorted({_issue_head_start(lines, start, starts[k - 1] if k else 0) for k, start in enumerate(starts)})
    if starts and starts[0] == 1 and lines[0].number == 1 and _issuer_over_title(lines, 0, len(lines)):
        # A page opening on the unit's name alone over a title (a 社区居委会's or 村委会's 红头, printed without
        # 文件) opens with its document: the name was left outside it (LABELS.md: the 版头 is inside the span).
        starts[0] = 0
    # A "document" that is only a 版头 is the head of the one after it.
    starts = [start for k, start in enumerate(starts) if k == 0 or not _bare_head(lines, labels, starts[k - 1], start)]
    spans = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        while end > start + 1 and labels[end - 1] == OUT:
            end -= 1
        spans.append((start, end))
    return spans, labels, rules


def _sentenced(
    lines: tuple[Line, ...],
    labels: list[int],
    spans: list[tuple[int, int]],
    rules: dict[int, str],
    common: frozenset[str],
) -> list[tuple[int, int]]:
    """Lines without one sentence among them are no document of their own (not as the shipped model was trained):
    a title and its speaker or byline over the text they head, split from it, open that text's document; any
    other such lines (a page's title over its table of contents, the last links of a list over the page's foot)
    belong to no document."""
    kept: list[tuple[int, int]] = []
    pending = -1  # the start of a title block waiting for the text it heads
    for k, (start, end) in enumerate(spans):
        if pending >= 0:
            start, pending = pending, -1
        elif rules.get(start) not in _SEPARATING and not _holds_sentence(
            lines, start, spans[k + 1][0] if k + 1 < len(spans) else len(lines)
        ):
            if k + 1 < len(spans) and spans[k + 1][0] - end <= 1:
                following, stop = spans[k + 1]
                # the text, not its title: a collection's title names the genres of the titles under it
                below = _text_below(lines, labels, following + is_title_like(lines[following].text), stop)
                if (_cohesion(lines[start].text, below, common) or 0.0) >= _COHESION:
                    pending = start
            continue
        kept.append((start, end))
    return kept or spans


def _holds_sentence(lines: tuple[Line, ...], start: int, end: int) -> bool:
    """Whether a sentence ends somewhere in these lines (in Chinese marks, or an English sentence's full stop)."""
    return any(
        any(mark in text for mark in _SENTENCE_STOPS) or _ENGLISH_STOP.search(text) is not None
        for text in (line.text for line in lines[start:end])
    )


# An English sentence's end: a word, its full stop, then a space, the line's end or (in a dump's record, whose
# lines were joined without a space) the next sentence's capital or number; not a name's dot (cnpack.org).
_ENGLISH_STOP = re.compile(r"[A-Za-z][.!?](?:\s|$|[A-Z0-9])")


# (not has_sentence_mark's set: an ASCII ; sets apart the numbers of a contact list, a page's frame)
_SENTENCE_STOPS = "。！？!?；"


_COHESION_SPAN = 400  # characters of the text below a furniture block a title is compared with
_TITLE_SPAN = 60  # a title is no longer; a long line is judged by its opening
# At or above this share of its uncommon letter pairs, a title speaks of the text (chosen on pages built with
# our own training furniture words, data/train_vocab.txt: 0.3 and 0.4 tie there on whole-page scores, 0.2 and 0.5 lose).
_COHESION = 0.3


def letter_pairs(text: str) -> set[str]:
    """Adjacent pairs of letters (Han characters included; digits and punctuation break them)."""
    return {text[k : k + 2] for k in range(len(text) - 1) if text[k].isalpha() and text[k + 1].isalpha()}


def _text_below(lines: tuple[Line, ...], labels: list[int], first: int, stop: int) -> str:
    """The first characters of the text from ``first`` (up to ``stop``), furniture left out: what a title is
    compared with."""
    text = []
    size = 0
    for line, label in zip(lines[first:stop], labels[first:stop], strict=True):
        if label == OUT:
            continue
        text.append(line.text)
        size += len(line.text)
        if size >= _COHESION_SPAN:
            break
    return "".join(text)[:_COHESION_SPAN]


def _cohesion(title: str, below: str, common: frozenset[str]) -> float | None:
    """The share of a title's letter pairs that the text below repeats: a title names what its document is
    about; an entry of a list of links above an untitled document does not. None when the title is too short
    to tell."""
    pairs = letter_pairs(title[:_TITLE_SPAN]) - common
    if len(pairs) < 2:
        return None
    return sum(pair in below for pair in pairs) / len(pairs)


_SEPARATING = ("separator", "ruled")
_FULL_DATE = LOOSE_FULL_DATE.compiled


def _title_over_furniture(text: str) -> bool:
    """A title-shaped line that is no byline: bylines are short and unpunctuated too, but carry a full date
    or fields set apart by colons, bars or wide spaces."""
    return (
        is_title_like(text)
        and not any(mark in text for mark in ("：", ":", "|", "｜", "  "))
        and _FULL_DATE.search(text) is None
    )


_BODY_ABOVE = 150  # characters: a title, a byline and a blurb hold fewer, a document's text more


def _is_addressee(text: str) -> bool:
    """A 主送 line: names of organisations before a colon, the last ending as a name does, or the list
    opening with 各 (各乡镇、各部门：); no outline marker (一、工作要求： is a heading)."""
    text = text.strip()
    return (
        text[-1:] in "：:"  # asked of every line of a page: most end otherwise
        and ADDRESSEE_LINE.match(text) is not None
        and not text.endswith(AS_FOLLOWS_ENDINGS)  # a lead-in to a list (各小组分工如下：)
        and read_marker(text) is None
        and (text.startswith("各") or ORGANISATION_END.search(text[:-1]) is not None)
    )


def _ends_text(text: str) -> bool:
    """Whether a line ends a sentence or with a date: the last line of a document can."""
    text = text.rstrip()
    return text[-1:] in "。！？!?" or DATE_AT_END.search(text[-24:]) is not None


def _is_salutation(text: str) -> bool:
    """A line of its own that addresses the readers: short, ending in a colon, naming them as a speech or
    a letter does (同志们：, 尊敬的各位领导、各位来宾：)."""
    return (
        len(text) <= 30 and text.endswith(("：", ":")) and vocabulary.alternation("salutation").search(text) is not None
    )


_NUMERIC_DATE = NUMERIC_DATE_IN_TEXT.compiled
_WRITTEN_DATE = WRITTEN_DATE_IN_TEXT.compiled


def _is_byline(text: str) -> bool:
    """Fields set apart by spaces, one of them a date (发稿日期 2024-12-16  出处：投稿  已读 948; 信息来源：……
    发布日期：2026年1月5日　阅读：12次)."""
    if len(text.split(maxsplit=3)) < 3:
        return False
    return _NUMERIC_DATE.search(text) is not None or (
        len(text) <= _BYLINE_LONGEST and FIELD_ROW.search(text) is not None and _WRITTEN_DATE.search(text) is not None
    )


_BYLINE_LONGEST = 100  # a row of fields with a written date is a byline only when short (a record holds such rows)


def _page_header_end(lines: tuple[Line, ...]) -> int:
    """Where a page's document opens under the page's own header: its first lines name the site or the unit (in
    Chinese, in English, a menu kept as text) and furniture the cleaning dropped (a menu, a breadcrumb) stands
    between them and a title, maybe under the page's record of the document and its buttons. 0 where the page
    does not open so. A 红头 names its unit over the title too, but no menu ever stands between them."""
    for index in range(min(_HEADER_LINES + 1, len(lines))):
        line = lines[index]
        if index and line.after_furniture:
            return index if _title_over_furniture(line.text) else _title_under_record(lines, index)
        if line.inline or not is_title_like(line.text) or has_genre_word(line.text):
            return 0
    return 0


_HEADER_LINES = 3  # lines of a page's header: its name, a name in English, a menu


def _title_under_record(lines: tuple[Line, ...], first: int) -> int:
    """The title under a page's record of the document (a government site's 信息公开 table: 索引号：……
    发布机构：……, 标　　题：……, 发文字号：……) and its row of buttons (【字号：大 中 小】【打印本页】), which stand
    between the page's header and the title; 0 when no such rows lead to a title."""
    # A record shows itself by a row of several fields or of buttons: a field alone (附件：……) may be the
    # document's own.
    shown = False
    for index in range(first, min(first + _RECORD_ROWS + 1, len(lines))):
        text = lines[index].text
        if lines[index].inline:
            return 0
        if index < first + _RECORD_ROWS and _is_page_row(text):
            shown = shown or _BUTTONS.match(text) is not None or FIELD_ROW.search(text) is not None
            continue
        return index if shown and index > first and _heads_above(text) else 0  # (a speaker's line is none)
    return 0


_RECORD_ROWS = 8  # rows of such a record (its fields two or three a row, or one a row)
# A row of buttons: a short bracketed label first (【字号：大 中 小】, [打印]), more labels, no sentence.
_BUTTONS = re.compile(r"\s*[【\[][^【】\[\]。，；！？]{1,12}[】\]][^。，；！？]{0,30}$")


def _is_page_row(text: str) -> bool:
    """A row of a page's record of a document or of its buttons."""
    return _BUTTONS.match(text) is not None or _is_record_row(text)


def _is_record_row(text: str) -> bool:
    """A row of a page's record of a document: fields named by a few characters and a colon, set apart by
    spaces (索引号：……　发布机构：……), or one such field alone on its row (标　　题：……); no sentence (a
    record's rows hold names, numbers and dates)."""
    return (
        len(text) <= _RECORD_ROW_LONGEST
        and (FIELD_ROW.search(text) is not None or _FIELD_NAME.match(text) is not None)
        and not has_sentence_mark(text)
    )


_RECORD_ROW_LONGEST = 160  # characters: three fields of a row, or two rows the cleaning joined


# A field's name opening a row: a few characters, maybe spaced out (标　　题：, 有 效 性：), and its colon, a value
# after it. (clean._FIELD_FIRST asks less: the cleaning is kept as the shipped model was trained.)
_FIELD_NAME = re.compile(r"[^\s:：，,。]{1,6}(?:\s+[^\s:：，,。]{1,3}){0,3}\s*[:：]\S")


def _place_across_furniture(
    lines: tuple[Line, ...], labels: list[int], starts: list[int], rules: dict[int, str], common: frozenset[str]
) -> list[int]:
    """Where a block of page furniture (a byline, a blurb, a list of links) stands between a title-shaped
    line and body text, which of the two opens the document: the title when it speaks of the text below the
    block, else the text itself (an untitled document under the last entry of a list of links). The model
    sees a few lines around each line; the words of the title and of the text far below decide this."""
    if not starts:
        return starts
    taken = set(starts)
    placed: list[int] = []
    header = _page_header_end(lines)
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        if rules.get(start) in _SEPARATING:
            placed.append(start)  # a 第N篇 line or a drawn rule places the boundary itself
            continue
        if start < header:
            # the page's header: its document opens with the title under it
            labels[start] = OUT
            if header not in taken:  # once, whichever line of the header the model opened the document on
                taken.add(header)
                labels[header] = START
                placed.append(header)
            continue
        # A start on a page's record of the document or its buttons (索引号：……, 【打印本页】) over the title:
        # the document opens with the title.
        recorded = _title_under_record(lines, start) if _is_page_row(lines[start].text) else 0
        if start < recorded < stop:
            for line in range(start, recorded):
                labels[line] = OUT
            labels[recorded] = START
            placed.append(recorded)
            continue
        # A start followed by furniture (and perhaps more title-shaped lines: a list of links): is it the title
        # of the text under the furniture, or is one of those lines, or does that text open untitled?
        body = start + 1
        furniture = False
        shaped: list[int] = []
        while body < stop:
            furniture = furniture or lines[body].after_furniture
            if labels[body] == OUT:
                furniture = True
            elif _title_over_furniture(lines[body].text):
                shaped.append(body)
            else:
                break
            body += 1
        if body < stop and furniture:  # the loop read the after_furniture of the line it stopped at too
            below = _text_below(lines, labels, body, stop)
            score = _cohesion(lines[start].text, below, common)
            # A subtitle or a speaker's line among those lines heads a speech: its title is the title-shaped line
            # right above it, whatever words the text below repeats (a list's links have no subtitle).
            speech = next((line for line in shaped if _under_speech_title(lines[line].text)), None)
            titled = (
                max(
                    (line for line in (start, *shaped) if line < speech and _heads_above(lines[line].text)),
                    default=None,
                )
                if speech is not None
                else None
            )
            if titled is not None or (score is not None and score < _COHESION):
                chosen = (
                    titled
                    if titled is not None
                    else next(
                        (
                            line
                            for line in reversed(shaped)
                            if (_cohesion(lines[line].text, below, common) or 0.0) >= _COHESION
                        ),
                        body,
                    )
                )
                for line in range(start, chosen):
                    labels[line] = OUT
                labels[chosen] = START
                placed.append(chosen)
                continue
        # A start under furniture: is the title-shaped line above the furniture its title?
        above = start - 1
        floor = placed[-1] if placed else -1
        while above > floor and labels[above] == OUT and not _heads_above(lines[above].text):
            above -= 1
        if (
            (above < start - 1 or lines[start].after_furniture)
            and stop - start > 1  # a title with nothing under it is dropped later: no document to give a title
            and above > floor
            and above not in taken
            and labels[above] == OUT
            and _heads_above(lines[above].text)
            and above >= header
            # a start that names its genre is a title itself: the line above the byline is the page's heading
            # (卫生健康局长讲话稿 over 发布时间…… over 在……会议上的讲话)
            and not (is_title_like(lines[start].text) and _TITLE_END.search(lines[start].text.strip()))
        ):
            score = _cohesion(lines[above].text, _text_below(lines, labels, start, stop), common)
            # (a subtitle or a speaker's line under it: the title of a speech, whatever words the speech repeats)
            speech = any(_under_speech_title(lines[line].text) for line in range(above + 1, start + 1))
            if speech or (score is not None and score >= _COHESION):
                labels[above] = START
                labels[start] = BODY
                placed.append(above)
                continue
        placed.append(start)
    return sorted(set(placed))


def _heads_above(text: str) -> bool:
    """A title-shaped line over furniture that is no more of a speech's head than its title: not the speaker's
    line nor a subtitle standing between the title and the text."""
    return _title_over_furniture(text) and not _under_speech_title(text)


def _under_speech_title(text: str) -> bool:
    """A speech's subtitle (——在……上的讲话) or its speaker's line (院长　沈砚秋): lines under its title."""
    return text.lstrip().startswith(("——", "—", "--")) or _is_speaker(text)


def _later_section(text: str) -> bool:
    """A line opening a document's second or later section (二、, （三）, 4.): no document starts there.
    A numbered title (2、关于召开……会议的通知: a page numbering the documents it runs together) is no section."""
    if text[:1] not in MAY_OPEN_MARKER:
        return False
    marker = read_marker(text)
    if marker is None or marker.ordinal < 2:
        return False
    rest = marker.rest.strip()
    return not (len(rest) >= 6 and is_title_like(rest) and rest.endswith(GENRE_WORDS))


def _record_starts(lines: tuple[Line, ...]) -> list[int]:
    """In a file that lost its line breaks (a CSV or database dump: one document a record), each record
    run together from many sentences opens a document, unless a short title line stands above it."""
    sizes: dict[int, int] = {}
    for line in lines:
        sizes[line.number] = sizes.get(line.number, 0) + len(line.text)
    found = []
    for i in range(1, len(lines)):
        line = lines[i]
        if line.inline or lines[i - 1].number == line.number:
            continue
        # Paragraphs seldom run past 500 characters; a record holding a document does.
        runs_on = i + 1 < len(lines) and lines[i + 1].inline and sizes[line.number] > 500
        if runs_on and (lines[i - 1].inline or not is_title_like(lines[i - 1].text)):
            found.append(i)
    return found


def _bare_head(lines: tuple[Line, ...], labels: list[int], start: int, end: int) -> bool:
    """Whether lines ``start``..``end`` are only a 版头 that heads the text from ``end`` on: 版头 lines alone
    (……文件, 发文字号, 份号, 密级), or a few lines without a sentence, one of them a 期号 or 发文字号, over text that
    opens untitled (a 纪要's 标志, 第9期 and issuing line: a 纪要 may carry no title but its 标志, GB/T 9704 §10.3)."""
    head = [line.text.strip() for line in lines[start:end]]
    if all(_is_head_mark(text) for text in head):
        return True
    return (
        len(head) <= 4
        and labels[end - 1] != OUT
        and not is_title_like(lines[end].text)
        and not any(has_sentence_mark(text) for text in head)
        and any(_is_issue_number(text) for text in head)
    )


def _is_head_mark(text: str) -> bool:
    text = text.strip()
    # Each pattern asked only of a line that opens or ends as it must (a call of re costs more than the tests).
    first = text[:1]
    return bool(
        ((first.isdecimal() or first in HEAD_MARK_FIRST) and _MARKING.match(text))
        or (text.endswith("文件") and _ISSUER_MARK.match(text))  # (stripped: its $ is the end)
        or _is_issue_number(text)
        or _is_rule(text)
        # the first line of several signers' names, the 发文字号 level with the last (§7.2.6)
        or (text.startswith("签发人") and len(text) <= _SIGNERS_LINE)
        or text == _JOINT_MARK_END
        # marks a 红头 sets level with each other, a copy keeping them on one line apart by wide spaces
        # (青禾县教育局文件　　　　青教〔2025〕3号; 青教〔2025〕3号　　　签发人：李明)
        or (("  " in text or "\u3000\u3000" in text) and _marks_level(text))
    )


def _marks_level(text: str) -> bool:
    parts = WIDE_SPACE.split(text)
    return 2 <= len(parts) <= 3 and all(_is_head_mark(part) for part in parts)


_SIGNERS_LINE = 40  # characters: 签发人：and a line of names


def _is_issue_number(text: str) -> bool:
    """A 发文字号 or a 期号 line, each asked only of a line ending as it does: with 号 (or its 签发人), with 期."""
    if "号" in text:  # most lines have none: one scan in C settles them (a 期号 line holds no 号)
        return _is_doc_number(text)
    return _is_issue_period(text)


def _is_issue_period(text: str) -> bool:
    """A 期号 line (第3期, 总第12期, 〔2025〕第3期) of a 纪要 or 简报."""
    return text.endswith("期") and _ISSUE_NUMBER_LINE.match(text) is not None


def _is_doc_number(text: str) -> bool:
    """A 发文字号 line (``DOC_NUMBER_LINE``), asked only of a line that can be one."""
    # (ending with its 号, holding its 签发人, or its 号 followed by the last signers' names: 青教〔2025〕15号 张卫东)
    return (text.endswith("号") or "签发人" in text or "号 " in text) and _DOC_NUMBER_LINE.match(text) is not None


def _is_speaker(text: str) -> bool:
    """A speech's speaker line under its title (镇长　方立诚): part of the head, not of the text."""
    return (" " in text or "\u3000" in text) and SPEAKER_LINE.match(text) is not None


def _is_byline_date(text: str) -> bool:
    """``_BYLINE_DATE``, asked of a line opening and ending with its brackets."""
    return text[:1] in "（(" and text.endswith(("）", ")")) and _BYLINE_DATE.match(text) is not None


def _is_attendance(text: str) -> bool:
    """A 纪要's closing line of who attended (出席：……, 列席：……), which stands where a 署名 would (§10.3)."""
    return text[:2] in MINUTES_ATTENDANCE_OPENS and MINUTES_ATTENDANCE_LINE.match(text) is not None


def _is_rule(text: str) -> bool:
    """``_RULE``: eight or more of one line-drawing character (asked of lines long enough, opening with one)."""
    return len(text) >= 8 and text[0] in _RULE_CHARACTERS and _RULE.match(text) is not None


def _letterheads(lines: tuple[Line, ...]) -> list[int]:
    """Lines that open a document as explicitly as a separator: a 发文机关标志 (……文件) with a title
    carrying its genre word right below it. The model rarely sees documents packed back to back with
    their 红头, so this structure of GB/T 9704 is read directly."""
    found = []
    for i in range(1, len(lines)):
        text = lines[i].text.strip()
        if not text.endswith("文件") or not _ISSUER_MARK.match(text):
            continue
        below = range(i + 1, min(i + 5, len(lines)))
        if any(is_title_like(lines[j].text) and has_genre_word(lines[j].text) for j in below):
            found.append(i)
    return found


def _bare_issuer(text: str) -> bool:
    """A line that is an organisation's name alone (榆荫里社区居民委员会): no mark, ending as a body's name does."""
    text = text.strip()
    return 4 <= len(text) <= 30 and not has_sentence_mark(text) and ORGANISATION_END.search(text) is not None


def _issuer_over_title(lines: tuple[Line, ...], index: int, end: int) -> bool:
    """An organisation's name alone, a blank line (or a title in a heading style), then a title: a 版头 printed
    without 文件 (GB/T 9704 §7.2.3 lets the 发文机关标志 be the name alone), not the first line of a title."""
    following = index + 1
    return (
        following < end
        and not lines[following].after_furniture  # a menu between them: the site's name over its page
        # apart from the title by a blank line, or by the title's own heading style (a Word file's 红头
        # paragraph over its Heading 1 title)
        and (lines[following].blank_before or (lines[following].style_level > 0 and not lines[index].style_level))
        and lines[following].number - lines[index].number <= 2
        and _bare_issuer(lines[index].text)
        and is_title_like(lines[following].text)
        and _TITLE_END.search(lines[following].text.strip()) is not None
    )


def _head_start(lines: tuple[Line, ...], start: int, previous: int) -> int:
    """``start`` moved up over the 版头 lines right above it (at most five, never into the previous start), and
    over the issuers' names a joint 红头 stacks above its one 文件 (青禾县教育局 | 青禾县财政局 | 文件, §7.2.4)."""
    index = start
    while index - 1 > previous and start - index < 5 and _is_head_mark(lines[index - 1].text):
        index -= 1
    if (
        index - 1 > previous
        and _is_doc_number(lines[index].text.strip())
        and _bare_issuer(lines[index - 1].text)
        and not lines[index - 1].inline
    ):
        # A 红头 of the issuer's name alone (§7.2.4 lets it go without 文件) over its 发文字号, a blank line or
        # none between them as the page was laid out.
        return index - 1
    if index < start and lines[index].text.strip() == _JOINT_MARK_END:
        names = index
        # (the names may reach the previous start: the model began a document on the first name of the head)
        while names - 1 >= max(previous, 0) and index - names < _JOINT_ISSUERS and _bare_issuer(lines[names - 1].text):
            names -= 1
        index = names if names < index else index
    return index


_JOINT_MARK_END = "文件"  # the last line of a joint 红头, under the issuers' names


def _after_joint_mark(lines: tuple[Line, ...], start: int, end: int) -> int:
    """The line after a joint 红头 opening at ``start`` (青禾县教育局 | 青禾县财政局 | 文件), or ``start`` where none
    does: its names are no title."""
    index = start
    while index < min(start + _JOINT_ISSUERS, end) and _bare_issuer(lines[index].text):
        index += 1
    if index > start + 1 and index < end and lines[index].text.strip() == _JOINT_MARK_END:
        return index + 1
    return start


_JOINT_ISSUERS = 6  # names a joint 红头 stacks (§7.2.4 lets it use the lead issuer's alone when they are many)


def _issue_head_start(lines: tuple[Line, ...], start: int, floor: int) -> int:
    """``start`` moved up over a 纪要's or 简报's head right above it (GB/T 9704 §10.3): its issuing line(s) (the
    office and the date), its 期号 and its 标志, never above ``floor`` (the previous start)."""
    if _is_issue_period(lines[start].text.strip()):
        # the model began on the 期号 itself: its 标志 above it is the document's first line
        return start - 1 if start - 1 >= floor and is_title_like(lines[start - 1].text) else start
    if not any(lines[k].text.rstrip().endswith("期") for k in range(max(floor, start - 3), start)):
        return start  # most starts: no 期号 right above
    index = start
    issuing = 0
    while index - 1 >= floor and issuing < 2 and _is_issuing_line(lines[index - 1].text):
        index -= 1
        issuing += 1
    if index - 1 < floor or not _is_issue_period(lines[index - 1].text.strip()):
        return start
    index -= 1
    if index - 1 >= floor and is_title_like(lines[index - 1].text):
        index -= 1  # the 标志 (……局务会议纪要, ……工作简报)
    return index


def _is_issuing_line(text: str) -> bool:
    """An issue's issuing line: the office, the date, or both (……办公室　2026年3月5日)."""
    text = text.strip()
    return (
        _is_date_line(text)
        or _bare_issuer(text)
        or (len(text) <= 40 and not has_sentence_mark(text) and DATE_AT_END.search(text) is not None)
    )


def split_documents(
    lines: tuple[Line, ...],
    model: Sequencer | None = None,
    *,
    flattened: bool = False,
    starts_model: Binary | None = None,
    common: frozenset[str] = frozenset(),
) -> list[Span]:
    if not lines:
        return []
    if (model is not None and model.features) or (starts_model is not None and starts_model.features):
        # Separators in words no list knows are read at parse time only (training pages use listed words).
        numbered = {index: label_only(title) for index, title in numbered_separators(lines).items()}
        found, labels, rules = model_starts(
            lines,
            model or Sequencer(),
            flattened=flattened,
            starts_model=starts_model,
            common=common,
            numbered=numbered,
        )
        if not found and any(len(line.text) >= 8 and line.text.rstrip()[-1:] in _SENTENCE_STOP for line in lines):
            # A file the model read as page furniture through and through, though it holds sentences of text:
            # a short document of its own (a notice of three lines), not nothing.
            found = [(0, len(lines))]
        if len(found) > 1:
            # A title with nothing under it (a page's own heading, a link) is no document.
            found = [
                (start, end)
                for start, end in found
                if end - start > 1
                or len(lines[start].text) > 60
                or start in numbered
                or separator_title(lines[start].text) is not None
            ]
            if not flattened:
                found = _merge_stray_sentences(lines, found)
            found = _join_bare_separators(lines, found, numbered)
            found = _drop_page_head(lines, found, numbered)
            found = _keep_attached_forms(lines, found)
            found = _keep_notes(lines, found)
            found = _keep_issue_items(lines, found)
            found = _sentenced(lines, labels, found, rules, common)
        found = _title_opened_above(lines, [(_skip_rules(lines, start, end), end) for start, end in found])
        return [_span(lines, start, _trim_rules(lines, start, end), numbered.get(start)) for start, end in found]
    return [_span(lines, start, end) for start, end in _rule_spans(lines)]


_SENTENCE_STOP = frozenset("。！？!?…")  # how a sentence of text ends, and a title does not


def _title_opened_above(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Starts moved up over the first line(s) of a title broken across lines, where the model began the document
    on the line naming the genre (……关于召开全县 | 冬修水利……会议的通知, read as 冬修水利……会议的通知): a title
    is printed on two or three lines whenever it runs long (GB/T 9704 §7.3.1), the labelled files seldom break
    one. Not as the shipped model was trained."""
    moved: list[tuple[int, int]] = []
    for start, end in found:
        floor = moved[-1][1] if moved else 0
        if start - 1 >= floor and _is_title_note(lines, start):
            # the title above its note (……的意见 | （征求意见稿）), and the 版头 above the title
            moved.append((_head_start(lines, start - 1, floor - 1), end))
            continue
        if start - 1 < floor or not _opens_title(lines, start - 1):
            moved.append((start, end))  # most documents: nothing above them could open their title
            continue
        head = _title_block(lines, start, end)
        if not head.title or lines[start].text.lstrip().startswith("关于") or head.lines[0] != start:
            moved.append((start, end))  # a title opening on 关于 is whole in itself (an issuer's name above is 红头)
            continue
        if not _TITLE_END.search(lines[head.title[-1]].text.strip()) or len(head.title) > 2:
            moved.append((start, end))
            continue
        up = start
        while up - 1 >= floor and start - up < 3 - len(head.title) and _opens_title(lines, up - 1):
            up -= 1
        # The 版头 above the title's first line (……文件 | 青文馆〔2025〕3号) is the document's too: it was looked for
        # above the line the model began on, the title's second.
        moved.append((_head_start(lines, up, floor - 1) if up < start else up, end))
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
    return len(above) <= 60 and bool(_TITLE_END.search(above)) and is_title_like(above)


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
        and not _TITLE_END.search(text)
        and not _is_head_mark(text)
        and not _is_doc_number(text)
        and not _is_issue_number(text)
        and not _is_byline_date(text)
        and separator_title(text) is None
    )


def _merge_stray_sentences(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "document" of one sentence of text right before the next start (a page that kept its line breaks)
    is the last paragraph of the document before it: a document has a title or more than one paragraph.
    (A long title the model put a line above its document's start still heads that document.)"""
    merged: list[tuple[int, int]] = []
    for start, end in found:
        text = lines[start].text
        if merged and end - start == 1 and text.rstrip()[-1:] in _SENTENCE_STOP and separator_title(text) is None:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _join_bare_separators(
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


def _keep_attached_forms(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A form under an attachment label (附件2 | 2025年度优秀党员名单, a 回执, an 一览表) is part of the document
    above it, as its closing lines' rule reads it (``_closing_starts``): the model started a document there."""
    kept: list[tuple[int, int]] = []
    for start, end in found:
        label = start - 1 if start > 0 and _ATTACHMENT.match(lines[start - 1].text) else None
        if label is None and _ATTACHMENT.match(lines[start].text) and start + 1 < end:
            label = start
        if kept and label is not None and (kept[-1][1] >= label - 2 or _only_forms(lines, kept[-1][1], label)):
            block = _title_block(lines, label + 1, end).title
            named = "".join(lines[i].text for i in block)
            # A title naming a document in 《》 is of what it says of it (《……意见（征求意见稿）》起草说明: a note
            # on the draft, no 意见 of its own), where words stand outside the quotes.
            own = _QUOTED_TITLE.sub("", named).strip()
            if not named or not has_genre_word(own or named) or _FORM.search(named):
                kept[-1] = (kept[-1][0], end)
                continue
        kept.append((start, end))
    return kept


_QUOTED_TITLE = re.compile(r"《[^《》]*》")


def _keep_notes(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A 附注 under the 成文日期 (（此件公开发布）, GB/T 9704 §7.3.6) is its document's, and so are the 版记 lines
    under it: the model began a document on the bracketed line, which carried the 抄送 and 印发 lines away."""
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if (
            kept
            and kept[-1][1] == start
            and _short_note(lines[start].text.strip())
            and _is_date_line(lines[start - 1].text)
        ):
            kept[-1] = (kept[-1][0], end)
            continue
        kept.append((start, end))
    return kept


def _keep_issue_items(lines: tuple[Line, ...], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    return any(_is_issue_period(lines[index].text.strip()) for index in head) and not _has_foot(lines, start, end)


def _has_foot(lines: tuple[Line, ...], start: int, end: int) -> bool:
    return any(DISTRIBUTION_LINE.match(lines[index].text.strip()) for index in range(start, end))


def _headed(lines: tuple[Line, ...], start: int, end: int) -> bool:
    return any(
        _is_head_mark(lines[index].text) or _is_issue_number(lines[index].text.strip())
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
        and any(_ATTACHMENT.match(line.text) for line in rows)
        and all(len(line.text) <= 40 and not has_sentence_mark(line.text) for line in rows)
    )


_FORM_LINES = 40  # an attachment's form of a page or so


def _opens_on_separator(lines: tuple[Line, ...], index: int, numbered: dict[int, str]) -> bool:
    return index in numbered or separator_title(lines[index].text) is not None


def _drop_page_head(
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


def rule_starts(lines: tuple[Line, ...]) -> dict[int, str]:
    """Where the hand-written detectors start documents, and which one fired (separator, closing lines
    then a title, numbering that restarts): features of the learned segmenter, not decisions."""
    if not lines:
        return {}
    # separator_title's own first test, made here for every line: the call is made only for the few that pass.
    found = {
        i: "separator"
        for i, line in enumerate(lines)
        if line.text.lstrip()[:1] in SEPARATOR_OPENS and separator_title(line.text) is not None
    }
    ruled: set[int] = set()
    closing = _closing_starts(lines, ruled)
    # A title after a signed document's closing lines and a drawn rule (=====) is as plain a boundary
    # as a 第N篇 line: "ruled" starts are taken like separators (features.segment_rows).
    found.update((i, "ruled" if i in ruled else "closing") for i in closing if i not in found)
    found.update((i, "restart") for i in _restart_starts(lines, set(closing)) if i not in found)
    return found


def _rule_spans(lines: tuple[Line, ...]) -> list[tuple[int, int]]:
    separators = [i for i, line in enumerate(lines) if separator_title(line.text) is not None]
    if separators:
        starts = separators
        if separators[0] > 0 and _substantial(lines, 0, separators[0]):
            starts = [0, *separators]
        return list(zip(starts, [*starts[1:], len(lines)], strict=False))
    closing = _closing_starts(lines)
    starts = sorted({0, *closing, *_restart_starts(lines, set(closing))})
    return [
        (start, _trim_rules(lines, start, end)) for start, end in zip(starts, [*starts[1:], len(lines)], strict=False)
    ]


def _skip_rules(lines: tuple[Line, ...], start: int, end: int) -> int:
    """The start of a document without the ruled lines above its title (a rule divides; it opens nothing)."""
    while start + 1 < end and _is_rule(lines[start].text.strip()):
        start += 1
    return start


def _trim_rules(lines: tuple[Line, ...], start: int, end: int) -> int:
    """The end of a document without the ruled lines that divide it from the next one."""
    while end - 1 > start and _is_rule(lines[end - 1].text.strip()):
        end -= 1
    return end


def _substantial(lines: tuple[Line, ...], start: int, end: int) -> bool:
    body = [line for line in lines[start:end] if not is_title_like(line.text)]
    return len(body) >= 3


def _span(lines: tuple[Line, ...], start: int, end: int, numbered: str | None = None) -> Span:
    """The document from ``start`` to ``end``: its title and head. ``numbered``: the title a separator line in
    unlisted words carries."""
    title = separator_title(lines[start].text)
    if title is None:
        title = numbered
    if title is not None:
        head = _title_block(lines, start + 1, end)
        own = "".join(unspaced(lines[i].text.strip()) for i in head.title)
        # A document under a separator with a title of its own that names its genre (篇一：学校安全工作通知 |
        # 红头 | 关于做好汛期学校安全工作的通知) is called by it: the separator's words are the page's label.
        if own and (not title or _TITLE_END.search(own)):
            title = own
        return Span(start, end, title, head.lines, separator=True)
    head = _title_block(lines, start, end)
    if not head.title and len(lines[start].text) > 60:
        return Span(start, end, embedded_title(lines[start].text))
    if not head.title and start + 1 < end and lines[start + 1].inline:
        # A document that lost its line breaks, cut into pieces: its title may run on from its 版头 pieces.
        return Span(start, end, embedded_title("".join(line.text for line in lines[start : min(start + 4, end)])))
    title = "".join(unspaced(lines[i].text.strip()) for i in _above_byline(lines, head.title))
    return Span(start, end, _ROW_NUMBER.sub("", title) if title[:1].isdecimal() else title, head.lines)


def _above_byline(lines: tuple[Line, ...], title: tuple[int, ...]) -> tuple[int, ...]:
    """A title's lines down to a page's byline under it (文/图：……　审核：……　发布日期：2026年9月14日), which is
    title-shaped enough to be taken for a line of it (the head's other steps count it as the shipped model
    was trained; only the title said is cut)."""
    for k, index in enumerate(title):
        if k and _is_byline(lines[index].text):
            return title[:k]
    return title


# The 序号 cell of a spreadsheet row exported as text (1<TAB>关于……的通知<TAB>……): a number and a gap, no 年 or 号.
_ROW_NUMBER = lazy(r"^\d{1,3}\s+(?=[^\d\s年月日号期届次])")


_EMBEDDED_TITLES = (
    re.compile(
        r"关于[^。；！？：:]{2,80}?的(?:通知|通报|报告|意见|决定|请示|批复|函|方案|计划|要点|总结|纪要|讲话)"
        r"(?:[(（][^)）]{1,10}[)）])?"
    ),
    re.compile(
        r"[^。；！？：:，,]{2,50}?(?:会议通知|工作方案|实施方案|工作总结|工作计划|工作要点|会议纪要|纪要|评选方案)"
    ),
)


# What each of _EMBEDDED_TITLES needs in the text (关于; one of its closing words): without it, the pattern, which
# tries a lazy run of up to 80 or 50 characters at every position, is not asked.
_EMBEDDED_TITLE_NEEDS = (("关于",), ("会议通知", "方案", "工作总结", "工作计划", "工作要点", "纪要"))


def embedded_title(text: str) -> str:
    """A title run together with the text after it (text whose line breaks were lost)."""
    head = text[:200]
    for pattern, needs in zip(_EMBEDDED_TITLES, _EMBEDDED_TITLE_NEEDS, strict=True):
        if not any(map(head.__contains__, needs)):
            continue
        for match in pattern.finditer(head):
            quoted = text[max(match.start() - 1, 0)] == "《" or text[match.end() : match.end() + 1] == "》"
            if match.start() <= 80 and not quoted:
                return match.group(0)
    return ""


def _closing_starts(lines: tuple[Line, ...], ruled_starts: set[int] | None = None) -> list[int]:
    """Documents that begin with a title right after another document's closing lines (those after a
    drawn rule are also added to ``ruled_starts``)."""
    starts = []
    diary: bool | None = None  # three dated entries or more: asked only once a line holds a date
    # The lines that may close a document (the last line of a page aside), picked out by one comprehension over
    # the page: a date in a table cell is a field of a form, not a signature; most lines cannot close.
    may_close = [
        index
        for index, line in enumerate(lines[:-1])
        if not line.in_table
        and (
            (text := line.text.strip())[-1:] in _CLOSING_LAST
            or text[:1] in _CLOSING_FIRST
            or text[:1].isdecimal()
            or text[:2] in MINUTES_ATTENDANCE_OPENS
        )
    ]
    unread = 0  # the first line not read yet: the closing lines found are read as one group
    for index in may_close:
        if index < unread:
            continue
        text = lines[index].text.strip()
        if (
            _is_imprint(text)
            or _is_date_line(text)
            or _is_attendance(text)
            or (text[:1] in _CLOSING_OPENS and _CLOSING.match(text))
            or (
                _is_iso_date(text)
                and not (diary if diary is not None else (diary := _is_diary(lines)))
                and index > 0
                and _signature_like(lines[index - 1].text)
            )
        ):
            following = index + 1
            if (
                text[:1] in _CLOSING_OPENS
                and following + 1 < len(lines)
                and _names_a_signer(lines[following].text)
                and is_title_like(lines[following + 1].text)
            ):
                following += 1  # the 署名 under 特此通知 with no date below it: the next title comes after it
            attachment = ruled = False
            while following < len(lines) and (
                _is_imprint(lines[following].text)
                or _is_date_line(lines[following].text)
                or _is_attendance(lines[following].text)
                or _is_rule(lines[following].text.strip())
            ):
                attachment = attachment or bool(_ATTACHMENT.match(lines[following].text))
                ruled = ruled or _is_rule(lines[following].text.strip())
                following += 1
            # After 附件 comes the attachment's title: a form (回执, 名单) stays with its document, a
            # document in its own right (the 方案 a notice issues) is one of its own.
            if following < len(lines) and is_title_like(lines[following].text):
                block = _title_block(lines, following, len(lines)).title
                joined = "".join(lines[i].text for i in block)
                standalone = not attachment or (has_genre_word(joined) and not _FORM.search(joined))
                if block and standalone and (has_genre_word(joined) or len(block) >= 2 or ruled):
                    starts.append(following)
                    if ruled and ruled_starts is not None:
                        ruled_starts.add(following)
            unread = following  # the closing lines are one group
    return starts


# How the closing lines can end (印发, a date's 日) or begin (抄送, 主题词, 附件, 特此, 此复, 妥否, 谢谢, an ISO
# date's digit): a line that does neither is none of them (tested on every line of a page).
_CLOSING_LAST = frozenset("发日")
_CLOSING_FIRST = frozenset("抄主附特此妥谢")


def _is_diary(lines: tuple[Line, ...]) -> bool:
    """Whether three lines or more are ISO dates alone (a diary, whose entries each begin with one)."""
    # Only the lines opening with a digit (after spaces, as strip leaves them) are asked: picked out by re in C
    # (\s and \d are str.isspace and str.isdecimal), not by a call of _is_iso_date for every line of the page.
    dated = filter(_DIGIT_FIRST.match, [line.text for line in lines])
    return sum(_is_iso_date(text.strip()) for text in dated) >= 3


_DIGIT_FIRST = re.compile(r"\s*\d")


def _names_a_signer(text: str) -> bool:
    """A line that is only an organisation's name (南岭镇人民政府), no title naming a genre."""
    stripped = text.strip()
    return (
        _signature_like(stripped)
        and ORGANISATION_END.search(stripped) is not None
        and not has_genre_word(stripped)
        and not stripped.startswith("关于")
    )


def _signature_like(text: str) -> bool:
    """A short line naming who signs (某某开发组 张三), not a sentence."""
    stripped = text.strip()
    return 0 < len(stripped) <= 30 and not re.search("[。！？；，,.!?;]", stripped)


def _restart_starts(lines: tuple[Line, ...], known: set[int]) -> list[int]:
    """Where top-level numbering starts again at 一、 (a new document in a run-together page).

    Numbering counts afresh from each start already ``known`` (a title after a signature).
    """
    starts = []
    highest = 0
    parent_since = False  # a heading of a higher level (a Word heading style) came after the last item
    for index in range(len(lines)):
        if index in known:
            highest = 0
        if lines[index].inline:
            continue
        if lines[index].style_level:
            parent_since = True
            continue
        text = lines[index].text
        if text[:1] not in "一二三四五六七八九十第":
            continue  # most lines: no top-level marker at all
        candidate = heading_candidate(lines, index)
        if candidate is None or candidate.marker.style not in ("cn_dun", "chapter"):
            continue
        ordinal = candidate.marker.ordinal
        if ordinal == 1 and highest >= 2 and not parent_since and not _leads_in(lines, index):
            starts.append(_opening(lines, index))
        highest = ordinal
        parent_since = False
    return starts


def _leads_in(lines: tuple[Line, ...], index: int) -> bool:
    """Whether the line before ``index`` is a short bridge announcing the list (明年的计划如下：).

    A new document opens with a paragraph of context; a one-clause lead-in ending in a colon
    introduces a second list inside the same document.
    """
    if index == 0:
        return False
    text = lines[index - 1].text.strip()
    return len(text) <= 30 and text.endswith(("：", ":")) and read_marker(text) is None


def _opening(lines: tuple[Line, ...], index: int) -> int:
    """The first line of a document whose first heading is at ``index``: its opening paragraph and title."""
    start = index
    previous = index - 1
    if previous >= 0:
        text = lines[previous].text.strip()
        if not is_title_like(text) and not _CLOSING_PARAGRAPH.match(text) and not _CLOSING.match(text):
            start = previous
    if start - 1 >= 0 and is_title_like(lines[start - 1].text) and has_genre_word(lines[start - 1].text):
        start -= 1
    return start
