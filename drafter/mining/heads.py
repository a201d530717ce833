"""A document's head and the lines a split asks about: 版头 marks (份号, 密级, ……文件, 发文字号, 期号), the title
and the genre word it ends on, bylines, speakers and salutations, a page's record of the document, 版记 and
attachment notes, drawn rules. Each asks one line (or the few lines of a head) what it is, or where a head begins;
where documents start and end is split's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..chinese import unspaced
from ..gongwen import (
    ADDRESSEE_LINE,
    ATTACHMENT_NOTE_START,
    DATE_AT_END,
    DOC_NUMBER_LINE,
    HEAD_MARK_FIRST,
    HEAD_MARK_LINE,
    ISSUE_NUMBER_AS_TRAINED,
    ISSUE_NUMBER_LINE,
    ISSUER_MARK_LINE,
    LOOSE_FULL_DATE,
    MINUTES_ATTENDANCE_LINE,
    MINUTES_ATTENDANCE_OPENS,
    NUMERIC_DATE_IN_TEXT,
    NUMERIC_DATE_LINE,
    ORGANISATION_END,
    WRITTEN_DATE_IN_TEXT,
    find_genre,
    is_date_line,
)
from ..gongwen.wording import AS_FOLLOWS_ENDINGS
from ..numbering import MAY_OPEN_MARKER, read_marker
from ..patterns import lazy
from . import vocabulary
from .furniture import SEPARATOR, SEPARATOR_OPENS, is_byline_date, is_speaker_line
from .model import Line
from .prefilter import has_sentence_mark
from .wrapped import FIELD_ROW, WIDE_SPACE

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


def is_imprint(text: str) -> bool:
    """A line of the 版记 or an attachment note: ends with 印发, or opens with 抄送：, 主题词：, 附件."""
    # Tested at the two ends only (a search for 印发$ tried every position of every line).
    return text.endswith(("印发", "印发\n")) or (text[:1] in _IMPRINT_OPENS and _IMPRINT_START.match(text) is not None)


def is_back_matter(text: str) -> bool:
    """A line of the 版记 (抄送, 主题词, 印发), not an attachment note."""
    stripped = text.strip()
    return is_imprint(stripped) and not stripped.startswith(("附件", "附表"))


ATTACHMENT = re.compile(r"^(附件|附表)\s*\d*\s*[:：]?\s*$")

# A line naming a file (……清单（修订）.xlsx, …….pdf（下载次数：37）): a file's name ends in its extension, a note in
# brackets may follow.
_FILE_NAME = re.compile(r"\.(docx?|xlsx?|pdf|wps|et|zip|rar|ofd)\s*([（(][^（()）]{0,20}[）)])?\s*$", re.IGNORECASE)

FORM = lazy(r"回执|名单|名册|一览表|统计表|汇总表|报名表|申请表|登记表|信息表|明细|目录|清单")

CLOSING = re.compile(r"^(特此(通知|通报|报告|函告|公告|通告)|此复|妥否，?请批示|谢谢(大家|各位)?)[。！!]?$")

CLOSING_OPENS = "特此妥谢"  # what CLOSING's words open with (tests/mining/test_split_classify.py)

CLOSING_PARAGRAPH = re.compile(r"^(总之|总而言之|综上|过去的一年|回顾|展望|尊敬的|最后|以上)")


def names_attachment(text: str) -> bool:
    """An attachment note naming what is attached (附件：2026年……实施方案) or a line naming a file (``_FILE_NAME``)."""
    stripped = text.strip()
    note = ATTACHMENT_NOTE_START.match(stripped)
    return (note is not None and bool(stripped[note.end() :].strip())) or (
        "." in stripped and _FILE_NAME.search(stripped) is not None
    )


def is_iso_date(text: str) -> bool:
    """``_ISO_DATE`` tried only on lines that open with a digit (tested on every line of a page)."""
    # At most 10 characters and a \n (more with spaces around its dashes, which this lets pass unasked).
    return text[:1].isdecimal() and len(text) <= 11 and _ISO_DATE.match(text) is not None


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


# Marks a page sets before a title (▍关于……的通知, ■ 工作总结): symbols, which no title opens with. Not the
# hollow shapes a 范文 writes a name it leaves out with (○○县教育局关于……, □□镇): those are the title's.
_TITLE_DECORATION = "※#*·"
_NAME_LEFT_OUT = "○◯□"


def undecorated(title: str) -> str:
    """``title`` without the marks a page set before it."""
    start = 0
    while (
        start < len(title)
        and title[start] not in _NAME_LEFT_OUT
        and (unicodedata.category(title[start]) == "So" or title[start] in _TITLE_DECORATION)
    ):
        start += 1
    return title[start:].lstrip() if start else title


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
    return read_marker(stripped) is None and not is_date_line(stripped) and not is_iso_date(stripped)


def has_genre_word(text: str) -> bool:
    return any(word in text for word in GENRE_WORDS) or text.startswith("关于")


# Lines of a 版头 above the title (份号, 紧急程度, 密级, ……文件, 发文字号) and under it (第3期, a speech's
# speaker and date): part of the document's head, neither its title nor its body.
_MARKING = HEAD_MARK_LINE.compiled

ISSUER_MARK = ISSUER_MARK_LINE.compiled

_DOC_NUMBER_LINE = DOC_NUMBER_LINE.compiled

_ISSUE_NUMBER_LINE = ISSUE_NUMBER_LINE.compiled
_ISSUE_AS_TRAINED = ISSUE_NUMBER_AS_TRAINED.compiled


TITLE_END = re.compile("(" + "|".join(GENRE_WORDS) + r")[)）]?$")

TITLE_LAST = frozenset(word[-1] for word in GENRE_WORDS) | frozenset(")）")  # how a TITLE_END line can end


@dataclass(frozen=True)
class Head:
    lines: tuple[int, ...] = ()  # every line of the head, title included
    title: tuple[int, ...] = ()  # the title's own lines


def title_block(
    lines: tuple[Line, ...], start: int, end: int, *, under_number: bool = False, as_trained: bool = False
) -> Head:
    """The head opening a document: 版头 lines, up to three short unpunctuated title lines, a byline.
    ``under_number``: ``start`` is below the 版头's 发文字号 already; ``as_trained``: 期号 in the shapes the shipped
    segmenter's training read (``ISSUE_NUMBER_AS_TRAINED``)."""

    def text(index: int) -> str:
        return unspaced(lines[index].text.strip())

    index = _after_joint_mark(lines, start, end)
    while index < min(start + 5, end) and (
        is_head_mark(text(index), as_trained=as_trained) or issuer_over_title(lines, index, end)
    ):
        index += 1
    first = index
    title: list[int] = []
    while index < min(first + 3, end):
        if not is_title_like(text(index)) or lines[index].in_table != lines[first].in_table:
            break
        if title and (
            is_issue_number(text(index), as_trained=as_trained) or is_byline_date(text(index), as_trained=as_trained)
        ):
            break
        title.append(index)
        index += 1
        if TITLE_END.search(text(title[-1])):
            break  # a title ends with the name of its genre; what follows is a byline or the body
    if (
        title
        and index + 1 < end
        and not TITLE_END.search(text(title[-1]))
        and is_doc_number(text(index))
        and not under_number
    ):
        # GB/T 9704 §7.2.4: the 发文机关标志 may be the issuer's name alone, without 文件. Lines above a
        # 发文字号 are that 版头; the title comes after the number. A 版头 has one 发文字号 (joint issuers use
        # the first one's): a page of numbers, each under a name, is not sought down for a head.
        below = title_block(lines, index + 1, end, under_number=True, as_trained=as_trained)
        if below.title:
            return Head(tuple(range(start, below.lines[-1] + 1)), below.title)
    # A title is followed by something; a lone short line at the end is not a title.
    if not title or title[-1] + 1 >= end:
        return Head()
    while index < min(title[-1] + 3, end) and (
        is_issue_number(text(index), as_trained=as_trained)
        or is_byline_date(text(index), as_trained=as_trained)
        or (index + 1 < end and is_byline_date(text(index + 1), as_trained=as_trained) and is_title_like(text(index)))
        or (index + 1 < end and is_speaker_line(text(index)))  # with no date under it (乡长　周明轩 | 同志们：)
    ):
        index += 1
    if any(is_issue_period(text(k), as_trained=as_trained) for k in range(title[-1] + 1, index)):
        # A 纪要 or 简报 under its 标志 and 期号 (GB/T 9704 §10.3): an issuing line (单位 and date) may follow,
        # then the title of what this issue holds (关于……的会议纪要).
        named = index
        # its issuing line, or the office and the date on two lines
        while named < min(index + 2, end) and not TITLE_END.search(text(named)) and is_issuing_line(text(named)):
            named += 1
        if named + 1 < end and is_title_like(text(named)) and TITLE_END.search(text(named)):
            return Head(tuple(range(start, named + 1)), (named,))
    return Head(tuple(range(start, index)), _from_issuer(lines, title))


def _from_issuer(lines: tuple[Line, ...], title: list[int]) -> tuple[int, ...]:
    """A title's lines from its issuer's name on: a title opens with the issuer's name or with 关于 (GB/T 9704
    §7.3.1), so a line above its 关于 line that names no organisation (the name of a 公众号 or a column over the
    article) is no part of it."""
    opening = next((k for k, index in enumerate(title) if k and lines[index].text.lstrip().startswith("关于")), 0)
    while opening and bare_issuer(lines[title[opening - 1]].text):
        opening -= 1
    return tuple(title[opening:])


_FULL_DATE = LOOSE_FULL_DATE.compiled


def title_over_furniture(text: str) -> bool:
    """A title-shaped line that is no byline: bylines are short and unpunctuated too, but carry a full date
    or fields set apart by colons, bars or wide spaces."""
    return (
        is_title_like(text)
        and not any(mark in text for mark in ("：", ":", "|", "｜", "  "))
        and _FULL_DATE.search(text) is None
    )


def is_addressee(text: str) -> bool:
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


def ends_text(text: str) -> bool:
    """Whether a line ends a sentence or with a date: the last line of a document can."""
    text = text.rstrip()
    return text[-1:] in "。！？!?" or DATE_AT_END.search(text[-24:]) is not None


def is_salutation(text: str) -> bool:
    """A line of its own that addresses the readers: short, ending in a colon, naming them as a speech or
    a letter does (同志们：, 尊敬的各位领导、各位来宾：)."""
    return (
        len(text) <= 30 and text.endswith(("：", ":")) and vocabulary.alternation("salutation").search(text) is not None
    )


_NUMERIC_DATE = NUMERIC_DATE_IN_TEXT.compiled

_WRITTEN_DATE = WRITTEN_DATE_IN_TEXT.compiled


def is_byline(text: str) -> bool:
    """Fields set apart by spaces, one of them a date (发稿日期 2024-12-16  出处：投稿  已读 948; 信息来源：……
    发布日期：2026年1月5日　阅读：12次; 2026年1月5日 09:30:12 阅读 312)."""
    fields = text.split(maxsplit=3)
    if len(fields) < 3:
        # two labelled fields, a field's value run into the next name (编号：5922   上传时间：2017-01-07)
        return len(fields) == 2 and FIELD_ROW.search(text) is not None and _NUMERIC_DATE.search(text) is not None
    if _NUMERIC_DATE.search(text) is not None:
        return True
    if len(text) > BYLINE_LONGEST or _WRITTEN_DATE.search(text) is None:
        return False
    # A written date is a signature's too: a page's only beside named fields or the time it was posted at.
    return FIELD_ROW.search(text) is not None or _POSTED_AT.search(text) is not None


# The clock time a page was posted at, right after its written date (2026年1月5日  09:30:12): no signature has one.
_POSTED_AT = re.compile(r"\d日\s+\d{1,2}:\d{2}")
BYLINE_LONGEST = 100  # a row of fields with a written date is a byline only when short (a record holds such rows)

# A row of buttons: a short bracketed label first (【字号：大 中 小】, [打印]), more labels, no sentence.
BUTTONS = re.compile(r"\s*[【\[][^【】\[\]。，；！？]{1,12}[】\]][^。，；！？]{0,30}$")


def is_page_row(text: str) -> bool:
    """A row of a page's record of a document or of its buttons."""
    return BUTTONS.match(text) is not None or _is_record_row(text)


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
# after it. (wrapped._FIELD_FIRST asks less: the cleaning is kept as the shipped model was trained.)
_FIELD_NAME = re.compile(r"[^\s:：，,。]{1,6}(?:\s+[^\s:：，,。]{1,3}){0,3}\s*[:：]\S")


def heads_above(text: str) -> bool:
    """A title-shaped line over furniture that is no more of a speech's head than its title: not the speaker's
    line nor a subtitle standing between the title and the text."""
    return title_over_furniture(text) and not under_speech_title(text)


def under_speech_title(text: str) -> bool:
    """A speech's subtitle (——在……上的讲话) or its speaker's line (院长　沈砚秋): lines under its title."""
    return text.lstrip().startswith(("——", "—", "--")) or is_speaker_line(text)


def later_section(text: str) -> bool:
    """A line opening a document's second or later section (二、, （三）, 4.): no document starts there.
    A numbered title (2、关于召开……会议的通知: a page numbering the documents it runs together) is no section."""
    if text[:1] not in MAY_OPEN_MARKER:
        return False
    marker = read_marker(text)
    if marker is None or marker.ordinal < 2:
        return False
    rest = marker.rest.strip()
    return not (len(rest) >= 6 and is_title_like(rest) and rest.endswith(GENRE_WORDS))


def is_head_mark(text: str, *, as_trained: bool = False) -> bool:
    text = text.strip()
    # Each pattern asked only of a line that opens or ends as it must (a call of re costs more than the tests).
    first = text[:1]
    return bool(
        ((first.isdecimal() or first in HEAD_MARK_FIRST) and _MARKING.match(text))
        or (text.endswith("文件") and ISSUER_MARK.match(text))  # (stripped: its $ is the end)
        or is_issue_number(text, as_trained=as_trained)
        or is_rule(text)
        # the first line of several signers' names, the 发文字号 level with the last (§7.2.6)
        or (text.startswith("签发人") and len(text) <= _SIGNERS_LINE)
        or text == JOINT_MARK_END
        # marks a 红头 sets level with each other, a copy keeping them on one line apart by wide spaces
        # (青禾县教育局文件　　　　青教〔2025〕3号; 青教〔2025〕3号　　　签发人：李明)
        or (("  " in text or "\u3000\u3000" in text) and _marks_level(text))
    )


def _marks_level(text: str) -> bool:
    parts = WIDE_SPACE.split(text)
    return 2 <= len(parts) <= 3 and all(is_head_mark(part) for part in parts)


_SIGNERS_LINE = 40  # characters: 签发人：and a line of names


def is_issue_number(text: str, *, as_trained: bool = False) -> bool:
    """A 发文字号 or a 期号 line, each asked only of a line ending as it does: with 号 (or its 签发人), with 期."""
    if "号" in text:  # most lines have none: one scan in C settles them (a 期号 line holds no 号)
        return is_doc_number(text)
    return is_issue_period(text, as_trained=as_trained)


def is_issue_period(text: str, *, as_trained: bool = False) -> bool:
    """A 期号 line (第3期, 总第12期, 〔2025〕第3期, （第3期）, 2026年第3期, 第5期（总第41期）) of a 纪要 or 简报."""
    pattern = _ISSUE_AS_TRAINED if as_trained else _ISSUE_NUMBER_LINE
    return text.endswith(("期", "期）", "期)")) and pattern.match(text) is not None


def is_doc_number(text: str) -> bool:
    """A 发文字号 line (``DOC_NUMBER_LINE``), asked only of a line that can be one."""
    # (ending with its 号, holding its 签发人, or its 号 followed by the last signers' names: 青教〔2025〕15号 张卫东)
    return (text.endswith("号") or "签发人" in text or "号 " in text) and _DOC_NUMBER_LINE.match(text) is not None


def is_attendance(text: str) -> bool:
    """A 纪要's closing line of who attended (出席：……, 列席：……), which stands where a 署名 would (§10.3)."""
    return text[:2] in MINUTES_ATTENDANCE_OPENS and MINUTES_ATTENDANCE_LINE.match(text) is not None


def is_rule(text: str) -> bool:
    """``_RULE``: eight or more of one line-drawing character (asked of lines long enough, opening with one)."""
    return len(text) >= 8 and text[0] in _RULE_CHARACTERS and _RULE.match(text) is not None


def bare_issuer(text: str) -> bool:
    """A line that is an organisation's name alone (榆荫里社区居民委员会): no mark, ending as a body's name does."""
    text = text.strip()
    return 4 <= len(text) <= 30 and not has_sentence_mark(text) and ORGANISATION_END.search(text) is not None


def issuer_over_title(lines: tuple[Line, ...], index: int, end: int) -> bool:
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
        and bare_issuer(lines[index].text)
        and is_title_like(lines[following].text)
        and TITLE_END.search(lines[following].text.strip()) is not None
    )


JOINT_MARK_END = "文件"  # the last line of a joint 红头, under the issuers' names


def _after_joint_mark(lines: tuple[Line, ...], start: int, end: int) -> int:
    """The line after a joint 红头 opening at ``start`` (青禾县教育局 | 青禾县财政局 | 文件), or ``start`` where none
    does: its names are no title."""
    index = start
    while index < min(start + JOINT_ISSUERS, end) and bare_issuer(lines[index].text):
        index += 1
    if index > start + 1 and index < end and lines[index].text.strip() == JOINT_MARK_END:
        return index + 1
    return start


JOINT_ISSUERS = 6  # names a joint 红头 stacks (§7.2.4 lets it use the lead issuer's alone when they are many)


def is_issuing_line(text: str) -> bool:
    """An issue's issuing line: the office, the date, or both (……办公室　2026年3月5日)."""
    text = text.strip()
    return (
        is_date_line(text)
        or bare_issuer(text)
        or (len(text) <= 40 and not has_sentence_mark(text) and DATE_AT_END.search(text) is not None)
    )


def head_start(lines: tuple[Line, ...], start: int, previous: int) -> int:
    """``start`` moved up over the 版头 lines right above it (at most five, never into the previous start), and
    over the issuers' names a joint 红头 stacks above its one 文件 (青禾县教育局 | 青禾县财政局 | 文件, §7.2.4)."""
    index = start
    while index - 1 > previous and start - index < 5 and is_head_mark(lines[index - 1].text):
        index -= 1
    if (
        index - 1 > previous
        and is_doc_number(lines[index].text.strip())
        and bare_issuer(lines[index - 1].text)
        and not lines[index - 1].inline
    ):
        # A 红头 of the issuer's name alone (§7.2.4 lets it go without 文件) over its 发文字号, a blank line or
        # none between them as the page was laid out.
        return index - 1
    if index < start and lines[index].text.strip() == JOINT_MARK_END:
        names = index
        # (the names may reach the previous start: the model began a document on the first name of the head)
        while names - 1 >= max(previous, 0) and index - names < JOINT_ISSUERS and bare_issuer(lines[names - 1].text):
            names -= 1
        index = names if names < index else index
    return index


# A title run into the text after it: 关于……的通知 (a closing bracket allowed), or a title ending in its genre phrase.
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
