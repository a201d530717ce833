"""Cleaning: drop web-page furniture, rejoin wrapped lines, split run-together text into sentences.

Every resulting line keeps the number of the original line it starts on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice, pairwise

from msgspec.structs import replace

from ..chinese import chinese_numeral, fullwidth_punctuation, parse_chinese_numeral
from ..gongwen import (
    DATE_AT_END,
    NUMERIC_DATE_LINE,
    ORGANISATION_END,
    PAGE_NUMBER_FIRST,
    PAGE_NUMBER_LINE,
    is_date_line,
)
from ..gongwen.genres import title_tails
from ..gongwen.marks import ISSUER_MARK_LINE, is_doc_number_line
from ..numbering import MAY_OPEN_MARKER, Marker, read_marker
from ..patterns import lazy
from . import vocabulary
from .model import CleanText, Line
from .prefilter import has_sentence_mark, may_hold_url
from .reader import RawLine, RawText

__all__ = ["CleanText", "Line", "clean", "is_furniture"]


# Furniture words (strong: anywhere in a line of up to 100 characters; weak: only in a short line with no
# sentence in it — a document may say 请扫描二维码报名。) come from the vocabulary file.
# Patterns for the rest: counters, metadata labels, related-article lists, buttons.
_COUNTER = re.compile(r"(人气|浏览(次数|量)|阅读(次数|量)|点击(次数|数)|发布(时间|于))\s*[:：]")
# The rest hold at the start of a line only: matched there, not searched for along it.
_FURNITURE = re.compile(
    "|".join(
        [
            r"^\s*(来源|作者|编辑|责任编辑|栏目|关键词|标签|原文链接|本文链接|原文地址)\s*[:：]",
            r"^\W{0,3}(相关|推荐|热门|精选|更多)(文章|阅读|范文|推荐|专题)",
            r"^[\s【\[]*(上一篇|下一篇|上一页|下一页|返回(顶部|首页|列表)|打印本页|关闭窗口|收藏本页|分享到|附件下载|下载附件)",
            r"^\s*(收藏|朗读|打印|分享|点赞|评论)\s*$",
            r"^\s*\d{4}-\d{1,2}-\d{1,2}\s+\S+\s+(收藏|阅读)",
            r"^\s*(本文|此文)(由|来自|转载)",
        ]
    )
)
_URL = re.compile(r"(https?://|www\.)[\w./?%&=#:~+-]*", re.I)
_SENTENCE_MARK = re.compile(r"[。！？；，!?;]")
_BREADCRUMB = re.compile(r"(\S+\s*[>»›＞]\s*){2,}")
_CRUMB_MARKS = ">»›＞"
# A site's place labelled (当前栏目：规章制度 ＞ 内部管理): one step is enough after the label.
_LABELLED_CRUMBS = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}[:：]\s*[^\s>»›＞]+(\s*[>»›＞]\s*[^\s>»›＞]+)+\s*$")
# The bars a site's menu puts between its items (首页｜范文｜总结): not the rows of a table, which open with one.
_MENU_BARS = "|｜│┃▏¦"
_MENU_SPLIT = re.compile(r"\s*[|｜│┃▏¦]\s*")
# Explicit separators between documents on one page: 第一篇：, 【第1篇】, 篇三：, 【范文2】.
SEPARATOR = re.compile(
    r"^\s*(?:【\s*第?\s*[一二三四五六七八九十百\d]+\s*篇\s*】|第\s*[一二三四五六七八九十百\d]+\s*篇\s*[:：】\]]?|"
    r"(?:篇|范文)\s*[一二三四五六七八九十\d]+\s*(?:[:：]|$)|篇\s*[一二三四五六七八九十\d]+\s+(?=\S)|"
    r"【\s*(?:范文|篇)\s*[一二三四五六七八九十\d]+\s*】)\s*"
)
SEPARATOR_OPENS = frozenset("【第篇范")  # how a separator begins, after any spaces (SEPARATOR's prefilter)


def _is_separator(text: str) -> bool:
    return text.lstrip()[:1] in SEPARATOR_OPENS and SEPARATOR.match(text) is not None


_SENTENCE_END = "。！？；：”’」』）)…"
_CLAUSE_MARK = lazy(r"[，、。；]")  # inside prose, not in the rows of a list or a table
_OPENING_MARKS = "“‘「『（("
_OPENINGS = tuple(_OPENING_MARKS)  # for str.startswith (made once, not for every line asked)


_CJK = re.compile(r"[\u4e00-\u9fff]")
_BULLETS = "•·▪●◆■|"
_BULLET = re.compile(rf"^\s*[{_BULLETS}]\s")
# Furniture that announces itself at the start of a line, however long the line runs on.
_FURNITURE_START = re.compile(
    r"^\s*(版权(所有|声明|保护)|当前位置|您现在的位置|你现在的位置|免责声明|本文(由|来自|转载))"
)
_FURNITURE_OPENS = "版当您你免本"  # what its words open with, after the spaces (tests/mining/test_split_classify.py)


# A number inside a separator line of unknown words: digits, or a Chinese numeral of up to three characters.
_ORDINAL = re.compile(
    r"(?<!\d)\d{1,3}(?!\d)|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十])"
)
_FRAME_LEAD = 6  # a number this near a line's start numbers the line (材料3 ……, =3= ……)
_FRAME_GAP = 3  # lines from one numbered separator to the next, at least once on a page
_FRAME_OPEN = "（(【[〔"  # a number in brackets at a line's end numbers it (◆……（三）)
_FRAME_CLOSE = "）)】]〕"
_MAY_NUMBER = re.compile(r"[\d一二三四五六七八九十]").search  # what _ORDINAL needs
_FRAME_MARKS = "◆◇■□●○★☆▲△▶►※#*-=—~·. "  # marks a separator line may open with
# Marks a title may open with: anything else between a number and its title belongs to the frame.
_TITLE_OPENS = "“‘《（(「『"


_Frame = tuple[tuple[str, ...], int, str]
_FRAMES: dict[str, tuple[_Frame, ...]] = vocabulary.memo()


def _frames(text: str) -> tuple[_Frame, ...]:
    """``_read_frames``, remembered per distinct line: clean asks it of a page's lines and split again of the
    same lines once cleaned (numbered_separators); pages also repeat their separators. Bounded, so hostile
    input cannot grow it without end; the lines asked are at most 64 characters."""
    found = _FRAMES.get(text)
    if found is None:
        found = tuple(_read_frames(text))
        if len(_FRAMES) >= 1 << 16:
            _FRAMES.clear()
        _FRAMES[text] = found
    return found


# What a body counts with 第N (its phases, sessions, days, steps, parts): never a page's separators (第N篇 is listed).
_COUNTED = (
    *"期天日步批轮章节条次周组课场届讲项点类段站",
    "阶段",
    "部分",
    "单元",
    "环节",
    "板块",
    "季度",
    "个月",
    "年度",
)


_DATE_PARTS = ("年", "月", "日")


def _is_date(text: str) -> bool:
    """Whether a line is a date written out (a signature's 2026年1月20日, 2026-01-20), perhaps after its signer."""
    return is_date_line(text) or (text[-1].isdecimal() and NUMERIC_DATE_LINE.match(text) is not None)


def _read_frames(text: str) -> list[_Frame]:
    """Ways a short line may be a numbered separator: (its frame — the line with its number and title
    taken out —, the number, the title)."""
    stripped = text.strip()
    if not 2 <= len(stripped) <= 60 or stripped.startswith(("附件", "附表")) or _is_separator(stripped):
        return []  # (a separator in the listed words is read as one already)
    if _is_date(stripped):
        # Documents signed a month apart (2026年1月20日, 2026年2月26日) number their dates down the page as
        # separators do: read so, each date opened a document titled 月20日.
        return []
    marker = read_marker(stripped)
    if marker is not None and marker.rest.strip():
        return []  # a heading's or a list item's number, not a page's
    out: list[tuple[tuple[str, ...], int, str]] = []
    for match in _ORDINAL.finditer(stripped):
        written = match.group()
        value = int(written) if written.isdecimal() else parse_chinese_numeral(written)
        if not value or (not written.isdecimal() and chinese_numeral(value) != written):
            continue  # 0, or Han numerals not written as a number is (一二)
        kind = "digit" if written.isdecimal() else "han"
        before, after = stripped[: match.start()], stripped[match.end() :]
        if before.endswith("第") and after.startswith(_COUNTED):
            continue  # 第一期, 第二阶段, 第三天: a phase of the text, numbered as a body numbers its parts
        if after.startswith(_DATE_PARTS):
            continue  # 做好1月份……, 2026年2月: a month or a day, which a page's documents number as pages do not
        if len(after) == 1 and after in _FRAME_CLOSE and before and before[-1] in _FRAME_OPEN:
            title = before[:-1].lstrip(_FRAME_MARKS)
            out.append((("tail", before[: len(before) - 1 - len(title)], kind, before[-1] + after), value, title))
        if 0 < match.start() <= _FRAME_LEAD and (
            not any(ch in _FRAME_OPEN for ch in before) or not any(ch.isalnum() for ch in before)
        ):
            # what follows the number is not part of the frame: a bare separator (材料2) has none of it
            title = after[next((k for k, ch in enumerate(after) if ch.isalnum() or ch in _TITLE_OPENS), len(after)) :]
            out.append((("lead", before, kind), value, title))
    return [(frame, value, title.strip()) for frame, value, title in out if not has_sentence_mark(title)]


def numbered_separator_lines(texts: Sequence[str]) -> dict[int, str]:
    """Separator lines in words no list knows (材料1 ……, =2= ……, ◆……（三）): short lines of one frame numbered
    1, 2, 3 … in order down the page, some with text between them and the next ("" texts are blank lines,
    not counted). The title each carries ("" when bare), by index.

    A heading style the numbering grammar does not read could look the same, so a frame counts only
    with words or marks around its number (a bare "一  title" is such a heading) and never for 附件.
    """
    by_frame: dict[tuple[str, ...], list[tuple[int, int, int, str]]] = {}
    position = 0  # among the lines that are not blank
    for index, text in enumerate(texts):
        if not text:
            continue
        position += 1
        # (a frame's number opens within its first characters or closes it in brackets)
        if len(text) > 64 or not (_MAY_NUMBER(text, 1, _FRAME_LEAD + 1) or text[-1] in _FRAME_CLOSE):
            continue
        if _is_page_number(text):
            continue  # — 2 —, numbered down the page as separators are: a printed page's number, no separator
        for frame, value, title in _frames(text):
            if frame[1] or frame[0] == "tail":
                by_frame.setdefault(frame, []).append((index, value, position, title))
    found: dict[int, str] = {}
    for members in by_frame.values():
        run: list[tuple[int, int, int, str]] = []
        for member in members:
            if run and member[1] == run[-1][1] + 1:
                run.append(member)
            elif member[1] == 1 and len(run) < 2:
                run = [member]
        # Pages hold documents: a run of numbered lines one right under the other is a list (of related
        # articles, of attachments), unless most of them name a genre as documents' titles do and text stands
        # between two of them somewhere (a page of records some of which lost their text).
        widest = max((b[2] - a[2] for a, b in pairwise(run)), default=0)
        if len(run) >= 2 and (widest >= _FRAME_GAP or (widest >= 2 and 2 * sum(map(_names_genre, run)) > len(run))):
            found.update((index, title) for index, _, _, title in run)
    return found


def _names_genre(member: tuple[int, int, int, str]) -> bool:
    """Whether a numbered line's title ends with the name of a genre (……的通知, ……工作要点(第5号))."""
    return vocabulary.alternation("genre").search(member[3][-12:]) is not None


def numbered_separators(lines: Sequence[Line]) -> dict[int, str]:
    """``numbered_separator_lines`` of a document's lines (pieces of run-together text are not asked)."""
    return numbered_separator_lines(
        _outside_tables(["" if line.inline else line.text for line in lines], [line.in_table for line in lines])
    )


_TABLE_CELL = "表"  # a line of text, too short to frame a separator
_TABLED = frozenset({"docx", "doc", "html"})  # the kinds of file whose lines may be table cells


def _outside_tables(texts: list[str], cells: Sequence[bool]) -> list[str]:
    """The texts with a table's cells made lines no separator is read in: a table of schools read a cell a line
    (2 | 青禾县第一中学 | 王海涛 | 3 | 青禾县第二中学 …) numbers its rows' 第一, 第二 down the page as separators do,
    and cut the notice it was attached to into documents titled 中学."""
    if not any(cells):
        return texts
    return [_TABLE_CELL if cell and text else text for text, cell in zip(texts, cells, strict=True)]


def _is_page_number(text: str) -> bool:
    """A page's number on a line of its own (``PAGE_NUMBER_LINE``)."""
    if len(text) > _PAGE_NUMBER_LONGEST:
        return False  # most lines, asked of every one
    stripped = text.strip()
    return stripped[:1] in PAGE_NUMBER_FIRST and PAGE_NUMBER_LINE.match(stripped) is not None


_PAGE_NUMBER_LONGEST = 24  # characters, its spaces included (第 12 页 共 30 页)


def is_furniture(text: str) -> bool:
    """Navigation, ads, counters and other page furniture that is part of no document.

    Most furniture is short, and a long line that mentions a web address is a paragraph; menus
    (bulleted, or many short items and no sentence punctuation) are furniture at any length.
    """
    # A menu has no comma or full stop (the punctuation searched for below): looked for first, in C, so that a line
    # of prose (most lines, and the longest) is not split into words to be told so.
    if (
        "，" not in text
        and "。" not in text
        and len(tokens := text.split()) >= 5
        and all(len(t) <= 8 for t in tokens)
        and not re.search(r"[，。；：,.]", text)
        and sum(bool(_CJK.search(t)) for t in tokens) * 2 >= len(tokens)  # not an English title
    ):
        return True
    opening = text.lstrip()[:1]  # what each of the two patterns below needs there (asked of every line)
    if (opening in _BULLETS and _BULLET.match(text) and not re.search(r"[。；]", text)) or (
        opening in _FURNITURE_OPENS and _FURNITURE_START.match(text)
    ):
        return True
    if len(text) > 100:
        return False
    if _WORDLESS.match(text) and _is_decoration(text):
        return True
    if opening in PAGE_NUMBER_FIRST and _is_page_number(text):
        return True
    if (
        vocabulary.alternation("furniture", "strong").search(text)
        or _FURNITURE.match(text)
        or ((":" in text or "：" in text) and _COUNTER.search(text))
    ):
        return True
    if len(text) <= 20 and _RELATED_HEADER.match(text):
        return True
    short = len(text) <= 25 and not ("，" in text or has_sentence_mark(text)) and read_marker(text) is None
    if short and vocabulary.alternation("furniture", "weak").search(text):
        return True
    if may_hold_url(text) and _URL.search(text) and len(_CJK.findall(_URL.sub("", text))) < 4:
        return True  # a bare address; 报名网址：http://… keeps its label and stays
    if not any(mark in text for mark in _CRUMB_MARKS):
        return False
    return bool(_BREADCRUMB.search(text) or _LABELLED_CRUMBS.match(text))  # (not a generator's steps)


def _mark_bar_menus(texts: Sequence[str], furniture: list[bool]) -> None:
    """Mark a site's menu whose items are set apart by bars (首页｜写作素材｜机关公文) as furniture: a line of three
    or more short items, no sentence in any, no label with its value (a byline's 撰文：…… | 审稿：……, read as one
    elsewhere), and no line of as many items beside it — the rows of a table written out as text (设备 | 数量 | 金额)
    come in rows, and a row opening and ending with a bar is one too."""
    if not any(bar in text for text in texts for bar in _MENU_BARS):
        return  # most files: not one bar (asked in C, where the loop below asks every line)
    rows = [_bar_items(text) for text in texts]
    for number, items in enumerate(rows):
        if furniture[number] or items is None or len(items) < 3 or not all(0 < len(i) <= 10 for i in items):
            continue
        above = next((k for k in range(number - 1, max(number - 3, -1), -1) if texts[k]), None)
        below = next((k for k in range(number + 1, min(number + 3, len(texts))) if texts[k]), None)
        if any(k is not None and (row := rows[k]) is not None and len(row) == len(items) for k in (above, below)):
            continue  # a table's rows, as many cells in each
        furniture[number] = True


def _bar_items(text: str) -> list[str] | None:
    """The items of a line set apart by bars; None for a line without a bar, a sentence or a label's value, and
    for a row that opens or ends with a bar (a table's)."""
    if not any(bar in text for bar in _MENU_BARS):
        return None
    stripped = text.strip()
    if (
        stripped[:1] in _MENU_BARS
        or stripped[-1:] in _MENU_BARS
        or has_sentence_mark(stripped)
        or "：" in stripped
        or ":" in stripped
    ):
        return None
    return _MENU_SPLIT.split(stripped)


# A line without a letter, digit or Han character (a line of 👇👇👇 or ✨🌱 above a WeChat article's header).
_WORDLESS = re.compile(r"^\W+$")


def _is_decoration(text: str) -> bool:
    """Pictures with nothing to read: emoji and dingbats (👇, 🌱, ✨, ★). A line of 👇👇👇 between a WeChat article's
    点击蓝字 line and its account-and-time line kept both as the title's first words (ux23 walk). Not geometric
    shapes (○, □, ■): they are a form's boxes to tick and the 〇 of a year written 二○二五, wrapped onto a line of
    its own."""
    return any(ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF for c in text)


# A web address at the end of a line, and a line that can only be the rest of one (no space, no Han, a
# letter; and a dot, slash or query mark on one side of the cut: not a word such as Or: opening the next line).
_ADDRESS_END = re.compile(r"(https?://|www\.)[\w./?%&=#:~+-]*$", re.I)
_ADDRESS_TAIL = re.compile(r"(?=\S*[A-Za-z])[A-Za-z0-9./?%&=#:;~+_-]+$")
_ADDRESS_MARK = frozenset("./?=&%")

_RELATED_HEADER = re.compile(
    r"^\W{0,3}((相关|推荐|热门|精选|更多)(文章|阅读|范文|推荐|专题)|猜你喜欢|延伸阅读|你可能(还)?(感兴趣|喜欢))"
)


# A page's links to its neighbours, in whatever counter word the site uses (上一条：…… 下一条：……, 上一则/下一则):
# 上一 and 下一 labelled with a colon, both on one line or on two lines one under the other.
_NEIGHBOUR_LINK = re.compile(r"^[\s【\[]*([上下])一([\u4e00-\u9fff]?)\s*[:：]")


def _mark_neighbour_links(texts: Sequence[str], furniture: list[bool]) -> None:
    """Mark a page's previous/next links as furniture where they come as a pair (one label alone, 下一步：, is a
    heading as often): the listed words (上一篇, 下一页) are furniture already; a site's own counter word was read
    as a title (not as the shipped model was trained)."""
    if not any(furniture) or "上一" not in "\n".join(texts):
        # Most files: no furniture at all (an archive's own documents), or no previous link, so no pair; each asked
        # in one pass in C, where the loop below asks every line.
        return
    for number, text in enumerate(texts):
        if furniture[number] or text[:1] not in _NEIGHBOUR_OPENS:
            continue
        match = _NEIGHBOUR_LINK.match(text)
        if match is None:
            continue
        other = "下" if match.group(1) == "上" else "上"
        pair = f"{other}一{match.group(2)}"
        # the nearest lines with text above and below (a copy with a blank line after every line parts them)
        beside = (
            next((texts[k] for k in range(number - 1, max(number - 3, -1), -1) if texts[k]), ""),
            next((texts[k] for k in range(number + 1, min(number + 3, len(texts))) if texts[k]), ""),
        )
        if pair in text[match.end() :] or any(
            (found := _NEIGHBOUR_LINK.match(line)) is not None
            and found.group(1) == other
            and found.group(2) == match.group(2)
            for line in beside
        ):
            furniture[number] = True


_NEIGHBOUR_OPENS = frozenset("上下【[ \u3000\t")


def _is_list_entry(text: str) -> bool:
    """A short line with no sentence in it: a title in a list of links."""
    return (
        len(text) <= 40
        and not _SENTENCE_MARK.search(text)
        and text[-1] not in "：:"  # a lead-in to what follows, not a link
        and not SEPARATOR.match(text)
    )


def _mark_page_chrome(lines: Sequence[RawLine], furniture: list[bool]) -> None:
    """A web page's navigation, sidebars and footer (as its elements name them), and lists of links (two or more
    lines of link text one under the other) are furniture. A page whose chrome would hold half its text or more
    names its elements otherwise (its article inside class="main-side"): its elements are not read."""
    chrome = sum(len(line.text) for line in lines if line.chrome)
    read_chrome = chrome * 2 < sum(len(line.text) for line in lines)
    for number, line in enumerate(lines):
        if (read_chrome and line.chrome) or (
            line.linked
            and ((number and lines[number - 1].linked) or (number + 1 < len(lines) and lines[number + 1].linked))
        ):
            furniture[number] = True


def _titles_body(texts: list[str], furniture: list[bool], index: int) -> bool:
    """Whether the short line at ``index`` is the title of the text that follows it (body text comes before
    another short line, furniture between them aside) rather than one more entry of a list of links."""
    for k in range(index + 1, min(index + 12, len(texts))):
        if not texts[k] or furniture[k]:
            continue
        return not _is_list_entry(texts[k]) and not SEPARATOR.match(texts[k])
    return False


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
    if crumbs is None or not _has_stops(text, 5):
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


def _split_run_together(text: str) -> list[str]:
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


def _split_at_gaps(pieces: list[str]) -> list[str]:
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


def _page_breaks(texts: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """The lines of each printed page break: a page-number line, and the blank lines right above and below it
    where the page broke inside a paragraph (the line above ends on a Chinese character or a clause mark)."""
    found: set[int] = set()
    for number, text in enumerate(texts):
        if not furniture[number] or not _is_page_number(text):
            continue  # most lines (a page number is furniture: is_furniture asks _is_page_number)
        found.add(number)
        above = number - 1
        while above >= 0 and not texts[above]:
            above -= 1
        last = texts[above][-1] if above >= 0 else "。"
        if not ("\u4e00" <= last <= "\u9fff" or last in "，、（《“"):
            continue  # the page broke between paragraphs (or after a rule, a link): their blank lines part them
        found.update(range(above + 1, number))
        below = number + 1
        while below < len(texts) and not texts[below]:
            found.add(below)
            below += 1
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


def _has_stops(text: str, least: int) -> bool:
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
_GAP_MARKER = re.compile(
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


# Section names that open a heading run straight into its body (一、会议主题以……为指导).
_SECTION_HEAD = re.compile(
    r"(会议(主题|时间|地点|内容|议程|安排|要求|任务|形式|报名)|(召开)?(时间|地点|形式)(和|及|、)?(时间|地点|形式)|"
    r"召开(时间|地点|形式)|与会人员|参会人员|参加(会议)?人员|出席人员|"
    r"有关事项|有关要求|其他事项|其它事项|工作要求|联系(人|方式)|报名方式|指导思想|总体要求|工作目标|目标任务|"
    r"基本原则|工作原则|主要任务|重点任务|工作任务|实施步骤|工作步骤|时间安排|保障措施|组织领导|职责分工|"
    r"基本情况|主要做法|工作成效|存在(的)?问题|下(一)?步(工作)?(打算|计划))"
)


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


def _split_flattened(pieces: list[str], *, as_trained: bool = False) -> list[str]:
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
            chosen = going_on or [(at, m) for at, m in readings if m.ordinal == 1]
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


def _titles_after_dates(pieces: list[str]) -> list[str]:
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
    head = _SECTION_HEAD.match(rest)
    if head is None or head.end() >= len(rest) or rest[head.end()] in _SENTENCE_END + "，,、：:与和及并暨或":
        return [part]  # 存在问题与今后打算 is one heading
    cut = len(part) - len(rest) + head.end()
    return [part[:cut], part[cut:]]


_DATE_LAST = frozenset("日号发")  # how DATE_AT_END can end, besides a digit


# A document's contact note, opening its line (联系人：县应急管理局办公室 周晓航，电话：0797-5521086).
# Two fields on one line, set apart by a space: a colon, its value (a unit and a name may stand apart in it by one
# space: 学生记者团 许朵朵), a space, a short name and its colon.
FIELD_ROW = re.compile(r"[:：][^:：\s]+(?:\s[^:：\s]+)?\s+[^\s:：]{1,6}[:：]")
# A line opening on a field's name (标　　题：).
_FIELD_FIRST = re.compile(r"[^\s:：]{1,6}(?:\s+[^\s:：]{1,3})?\s*[:：]")
_CONTACT_LINE = re.compile(r"^[（(]?\s*(?:联系人|联系电话)[:：].{0,40}?\d[\d\-－ ]{5,}\d$")


def _continues(previous: Line, current: Line, *, as_trained: bool = False) -> bool:
    """Whether ``current`` is the rest of a paragraph that was wrapped onto a new line."""
    if current.blank_before or current.style_level or previous.style_level:
        return False
    last = previous.text[-1]
    if last in _SENTENCE_END or len(previous.text) < 30:
        return False
    if not as_trained and (last in _DATE_LAST or last.isdigit()) and DATE_AT_END.search(previous.text[-24:]):
        # A signature's date closes a document: what follows is not the rest of a paragraph (training pages
        # are read as the shipped model learnt them).
        return False
    if _is_separator(previous.text):
        return False
    if not as_trained and last.isdigit() and _CONTACT_LINE.search(previous.text):
        return False  # a contact line (联系人：……，电话：0797-5521086) is whole: the 署名 under it is no more of it
    if not as_trained and _fields_apart(previous.text, current.text):
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
    if (
        not as_trained
        and current.text[-1] in "：:"
        and len(current.text) <= 40
        and vocabulary.alternation("genre").search(previous.text[-6:])
    ):
        # A title naming its genre above the 主送 line (……的通报 | 各乡镇卫生院，……：) on a page with no blank
        # lines: two lines of the head, not one wrapped sentence.
        return False
    if read_marker(current.text) is not None:
        return False
    if read_marker(previous.text) is not None and len(previous.text) < 40:
        return False
    return not current.text.startswith(_OPENINGS) or last in "，,、"


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
    ending = sum(text[-1] in _SENTENCE_END for text in full)
    return width if ending * 2 < len(full) else 0


_STOPS = frozenset("。！？!?")  # how a sentence ends


def _ends_placed(text: str) -> bool:
    """Whether a line pushed right or centred ends as a whole line: a date, a 期号 or 文号, a sentence, a name."""
    text = text.rstrip()
    return (
        text[-1:] in _SENTENCE_END
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


def _rejoin_wrapped(lines: list[Line], raws: list[str], *, as_trained: bool = False) -> list[Line]:
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


# A short document run together (a notice of 300 characters, its outline inline) is a record of a dump as a long
# one is, not a paragraph: at parse time such a line is split from this length (not as the shipped model was
# trained, on records of 500 characters and more).
_SHORT_RECORD = 300


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
            _outside_tables(texts, [line.in_table for line in raw.lines] if raw.kind in _TABLED else ())
        )
    )
    furniture = [
        flagged and not (raw_line.style_level and word_file) and number not in numbered
        for number, (raw_line, (_, flagged)) in enumerate(zip(raw.lines, seen, strict=True))
    ]
    if not as_trained:
        _mark_neighbour_links(texts, furniture)
    _mark_bar_menus(texts, furniture)
    if raw.kind == "html":
        _mark_page_chrome(raw.lines, furniture)
    # A file with a blank line after every line (text copied from a web page or a Word file with paragraph spacing)
    # says nothing by one blank line: a title's two lines stand apart as its paragraphs do. Only two or more blank
    # lines in a row are a gap there (not as the shipped model was trained).
    spaced = not as_trained and _blank_separated(texts)
    page_breaks = _page_breaks(texts, [flagged for _, flagged in seen])
    blanks = 0
    for number, raw_line in enumerate(raw.lines):
        if number in page_breaks:
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
            related = (related and as_trained) or bool(_RELATED_HEADER.match(text))
            address = _ADDRESS_END.search(text) is not None
            continue
        if (
            address
            and not as_trained
            and (
                (
                    _ADDRESS_TAIL.match(text)
                    and (texts[number - 1][-1:] in _ADDRESS_MARK or not _ADDRESS_MARK.isdisjoint(text))
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
        if related and _is_list_entry(text) and number not in numbered and not _titles_body(texts, furniture, number):
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
    kept = _rejoin_wrapped(kept, raws, as_trained=as_trained)
    # A file of one or two very long lines lost its line breaks: split it into sentences.
    # Or most of its text sits in long lines of many sentences: one document a line (a CSV or database dump).
    run_together = [len(line.text) for line in kept if len(line.text) > flattened_line and _has_stops(line.text, 3)]
    whole = sum(n for n in run_together if n > 500)  # paragraphs seldom run this long; documents do
    flattened = bool(run_together) and (len(kept) <= 3 or whole >= 0.75 * sum(len(line.text) for line in kept))
    if flattened:
        long_line = flattened_line
    lines: list[Line] = []
    for source in kept:
        text = source.text
        # A line of many sentences running past what a paragraph holds is a document (or a run of them)
        # that lost its line breaks, even in a file whose other lines kept theirs.
        whole_document = (
            len(text) > (whole_line if as_trained else min(whole_line, _SHORT_RECORD))
            and _has_stops(text, 5)
            # with an outline inside it (its markers run on after a mark, or after a space where a line broke)
            # (asked whether there are two: the searches stop at the second)
            and (
                len(embedded_markers(text, 4000, enough=2, as_trained=as_trained)) >= 2
                or next(islice(_GAP_MARKER.finditer(text, 0, 4000), 1, None), None) is not None
            )
        )
        if len(text) > long_line or whole_document:
            if "." in text and not as_trained:
                text = _CHINESE_FULL_STOP.sub("。", text)
            pieces = _split_run_together(text)
            if not as_trained:
                pieces = _titles_after_dates(pieces)
        else:
            pieces = [text]
        # A long line of no sentence mark (a record's head: 版头, title, 主送 and 一、会议时间……) is still cut
        # at its markers (not as the shipped model was trained).
        if (flattened or whole_document) and (len(pieces) > 1 or (len(text) > long_line and not as_trained)):
            pieces = _split_flattened(_split_at_gaps(pieces), as_trained=as_trained)
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
            if lines and index == 0 and len(pieces) == 1 and _continues(lines[-1], line, as_trained=as_trained):
                lines[-1] = replace(lines[-1], text=lines[-1].text + piece, last=line.end)
            else:
                lines.append(line)
    return CleanText(raw.path, raw.kind, tuple(lines), dropped, flattened)
