"""Web-page furniture and document separators, told line by line and by their neighbours (navigation, menus,
breadcrumbs, counters, related-article lists, links to the neighbouring article, page numbers of a printed copy,
the numbered separators of a collection page).

clean reads a file's lines through these; split and heads ask the separator shapes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import accumulate, pairwise

from ..chinese import chinese_numeral, parse_chinese_numeral
from ..gongwen import (
    BYLINE_DATE,
    BYLINE_DATE_AND_MORE,
    NUMERIC_DATE_IN_TEXT,
    NUMERIC_DATE_LINE,
    ORGANISATION_END,
    PAGE_NUMBER_FIRST,
    PAGE_NUMBER_LINE,
    SPEAKER_LINE,
    is_date_line,
)
from ..numbering import read_marker
from . import vocabulary
from .model import Line
from .prefilter import has_sentence_mark, may_hold_url
from .reader import RawLine

# Furniture words (strong: anywhere in a line of up to 100 characters; weak: only in a short line with no
# sentence in it — a document may say 请扫描二维码报名。) come from the vocabulary file.
# Patterns for the rest: counters, metadata labels, related-article lists, buttons.
_COUNTER = re.compile(r"(人气|浏览(次数|量)|阅读(次数|量)|点击(次数|数)|发布(时间|于))\s*[:：]")
# The rest hold at the start of a line only: matched there, not searched for along it.
_FURNITURE = re.compile(
    "|".join(
        [
            r"^\s*(来源|作者|编辑|责任编辑|栏目|关键词|标签|原文链接|本文链接|原文地址)\s*[:：]",
            # a page's tags under a label of its own words (本文标签：, 文章关键词：, 热门标签：)
            r"^\s*(本文|文章|相关|热门|内容)(关键词|关键字|标签)\s*[:：]",
            r"^\W{0,3}(相关|推荐|热门|精选|更多)(文章|阅读|范文|推荐|专题)",
            r"^[\s【\[]*(上一篇|下一篇|上一页|下一页|返回(顶部|首页|列表)|打印本页|关闭窗口|收藏本页|分享到|附件下载|下载附件)",
            r"^\s*(收藏|朗读|打印|分享|点赞|评论)\s*$",
            r"^\s*\d{4}-\d{1,2}-\d{1,2}\s+\S+\s+(收藏|阅读)",
            r"^\s*(本文|此文)(由|来自|转载)",
            # an ad's label set off by marks of any kind (【推广】……训练营 >>, ▼▼ 广告 ▼▼ 一键起草……)
            r"^\s*[▼▲▽△◆◇■□★☆●○【\[（(—\-=~*]{0,3}\s*(广告|推广|赞助|商业推广)\s*[▼▲▽△◆◇■□★☆●○】\]）)—\-=~*]{1,3}",
        ]
    )
)
_URL = re.compile(r"(https?://|www\.)[\w./?%&=#:~+-]*", re.I)
_SENTENCE_MARK = re.compile(r"[。！？；，!?;]")
_BREADCRUMB = re.compile(r"(\S+\s*[>»›＞]\s*){2,}")
_CRUMB_MARKS = ">»›＞"
# One step from a column to the article itself (校园通知 ＞ 正文): the page's own place, however short.
_CRUMB_TO_ARTICLE = re.compile(r"^\s*[^\s>»›＞]{2,12}\s*[>»›＞]\s*(正文|详情|正文内容|文章内容|全文)\s*$")
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


def is_separator(text: str) -> bool:
    return text.lstrip()[:1] in SEPARATOR_OPENS and SEPARATOR.match(text) is not None


_CJK = re.compile(r"[\u4e00-\u9fff]")
_BULLETS = "•·▪●◆■|"
_BULLET = re.compile(rf"^\s*[{_BULLETS}]\s")
# A column's path after a bar (▎领导讲稿 ▎医疗卫生, ▌信息公开 ─ 规划计划): two short names or more, apart by bars or
# path marks. (One name after a bar is as often the page's title: ▍关于……的通知.)
_BARS = frozenset("▌▍▎▏")
_COLUMN_PATH = re.compile(
    r"^\s*[▌▍▎▏]\s*[^\s。，；！？▌▍▎▏─/>＞|｜]{1,12}(?:\s*[▌▍▎▏─/>＞|｜]\s*[^\s。，；！？▌▍▎▏─/>＞|｜]{1,12})+\s*$"
)
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
    if not 2 <= len(stripped) <= 60 or stripped.startswith(("附件", "附表")) or is_separator(stripped):
        return []  # (a separator in the listed words is read as one already)
    if _is_date(stripped):
        # Documents signed a month apart (2026年1月20日, 2026年2月26日) number their dates down the page as
        # separators do: read so, each date opened a document titled 月20日.
        return []
    marker = read_marker(stripped)
    if marker is not None and marker.rest.strip() and not _names_genre((0, 0, 0, marker.rest.strip())):
        return []  # a heading's or a list item's number, not a page's (unless it numbers documents' titles)
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
        if _page_line(text):
            continue  # — 2 —, · 3 ·, numbered down the page as separators are: a printed page's number, no separator
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
        if any(_heading_numbered(texts[index]) for index, _, _, _ in run):
            # numbered as an outline numbers its headings ((二)……的通知): three at least, most titled ones naming a
            # genre, as documents' titles do and headings seldom
            titled = [member for member in run if member[3]]
            if len(run) < _DECORATED_LEAST or 2 * sum(map(_names_genre, titled)) <= len(titled):
                continue
        if len(run) >= 2 and (widest >= _FRAME_GAP or (widest >= 2 and 2 * sum(map(_names_genre, run)) > len(run))):
            found.update((index, title) for index, _, _, title in run)
    for index, title in _decorated_separator_lines(texts).items():
        found.setdefault(index, title)  # (a numbered frame's title is without its number: ◆……（三）)
    return found


def _decorated_separator_lines(texts: Sequence[str]) -> dict[int, str]:
    """Separator lines without a number (▍……的通知, ■……工作总结, or the mark alone over an untitled one): lines opening
    with the same mark, three or more down a page, most of those with a title naming a genre, with a document's text
    between two of them somewhere. A mark opening a single title is its decoration (``is_title_like`` reads through
    it); marks over headings name no genre."""
    # (most pages have no line opening with a symbol: found in one pass before any is looked into)
    opening = [index for index, text in enumerate(texts) if text and not text[0].isalnum() and len(text) <= 64]
    symbols = [index for index in opening if unicodedata.category(texts[index][0]) == "So"]
    if len(symbols) < _DECORATED_LEAST:
        return {}
    filled = list(accumulate(bool(text) for text in texts))  # the position of each line among those not blank
    by_mark: dict[str, list[tuple[int, int, int, str]]] = {}
    for index in symbols:
        text = texts[index]
        mark, position = text[0], filled[index]
        title = text[1:].strip()
        if not title or (
            (title[0].isalnum() or title[0] in _TITLE_OPENS)
            and not has_sentence_mark(title)
            and read_marker(title) is None
        ):
            by_mark.setdefault(mark, []).append((index, 0, position, title))
    found: dict[int, str] = {}
    for marked in by_mark.values():
        # lines under one mark right under each other, no blank line between, are a list of links, not separators
        members = [
            member
            for k, member in enumerate(marked)
            if (k == 0 or marked[k - 1][0] != member[0] - 1)
            and (k + 1 == len(marked) or marked[k + 1][0] != member[0] + 1)
        ]
        titled = [member for member in members if member[3]]
        widest = max((b[2] - a[2] for a, b in pairwise(members)), default=0)
        if (
            len(members) >= _DECORATED_LEAST
            and len(titled) >= 2
            and widest >= _FRAME_GAP
            and 2 * sum(map(_names_genre, titled)) > len(titled)
        ):
            found.update((index, title) for index, _, _, title in members)
    return found


_DECORATED_LEAST = 3


def _heading_numbered(text: str) -> bool:
    """Whether a line's number is one the outline grammar reads, text after it ((二)……, 3.……)."""
    marker = read_marker(text.strip())
    return marker is not None and bool(marker.rest.strip())


def _names_genre(member: tuple[int, int, int, str]) -> bool:
    """Whether a numbered line's title ends with the name of a genre (……的通知, ……工作要点(第5号))."""
    return vocabulary.alternation("genre").search(member[3][-12:]) is not None


def numbered_separators(lines: Sequence[Line]) -> dict[int, str]:
    """``numbered_separator_lines`` of a document's lines (pieces of run-together text are not asked; the blank lines
    the cleaning took out stand between them again: lines right under each other are a list), by line index."""
    texts: list[str] = []
    cells: list[bool] = []
    index_of: list[int] = []
    for index, line in enumerate(lines):
        if line.blank_before:
            texts.append("")
            cells.append(False)
            index_of.append(-1)
        texts.append("" if line.inline else line.text)
        cells.append(line.in_table)
        index_of.append(index)
    return {index_of[k]: title for k, title in numbered_separator_lines(outside_tables(texts, cells)).items()}


_TABLE_CELL = "表"  # a line of text, too short to frame a separator
TABLED = frozenset({"docx", "doc", "html"})  # the kinds of file whose lines may be table cells


def outside_tables(texts: list[str], cells: Sequence[bool]) -> list[str]:
    """The texts with a table's cells made lines no separator is read in: a table of schools read a cell a line
    (2 | 青禾县第一中学 | 王海涛 | 3 | 青禾县第二中学 …) numbers its rows' 第一, 第二 down the page as separators do,
    and cut the notice it was attached to into documents titled 中学."""
    if not any(cells):
        return texts
    return [_TABLE_CELL if cell and text else text for text, cell in zip(texts, cells, strict=True)]


def _is_page_number(text: str) -> bool:
    """A page's number on a line of its own (``PAGE_NUMBER_LINE``), also inside a rule drawn across the page
    (———————— 第 2 页 ————————, a converter's page break)."""
    if len(text) > _PAGE_NUMBER_LONGEST:
        # most lines, asked of every one: only one opening with a rule is looked into
        return len(text) <= _RULED_PAGE_LONGEST and text.lstrip()[:1] in _DASHES and _ruled_page_number(text)
    stripped = text.strip()
    if stripped[:1] not in PAGE_NUMBER_FIRST:
        return False
    return PAGE_NUMBER_LINE.match(stripped) is not None or (stripped[0] in _DASHES and _ruled_page_number(stripped))


def _ruled_page_number(text: str) -> bool:
    drawn = text.strip()
    inside = drawn.strip(_DASHES + " \u3000")
    if drawn[-1:] not in _DASHES or len(inside) > _PAGE_NUMBER_LONGEST:
        return False  # (a rule on both sides: -02, a date's piece wrapped onto a line, is none)
    return (inside.isdecimal() and len(inside) <= 4) or (
        inside[:1] in PAGE_NUMBER_FIRST and PAGE_NUMBER_LINE.match(inside) is not None
    )


_PAGE_NAMED = re.compile(r"第\s*\d{1,4}\s*页")
_PAGE_NUMBER_LONGEST = 24  # characters, its spaces included (第 12 页 共 30 页)
_RULED_PAGE_LONGEST = 80
_DASHES = "—–-－─━═="


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
        and any(len(t) > 1 for t in tokens)  # (one character a token: a title set with spaces, 教 育 简 报)
        and not re.search(r"[，。；：,.]", text)
        and sum(bool(_CJK.search(t)) for t in tokens) * 2 >= len(tokens)  # not an English title
    ):
        return True
    opening = text.lstrip()[:1]  # what each of the two patterns below needs there (asked of every line)
    if (
        (opening in _BULLETS and _BULLET.match(text) and not re.search(r"[。；]", text))
        or (opening in _FURNITURE_OPENS and _FURNITURE_START.match(text))
        or (opening in _BARS and _COLUMN_PATH.match(text))
    ):
        return True
    if len(text) > 100:
        return False
    if _WORDLESS.match(text) and _is_decoration(text):
        return True
    if _EMOJI.search(text) is not None:
        return True  # an editor's line of an account's post (详情如下👇, 📢 转发周知): no 公文 writes an emoji
    if text[:1] in "[［" and _PLACEHOLDER.match(text):
        return True  # what a copy left of a picture, a video or a code to scan ([图片], [视频], [二维码])
    if opening in PAGE_NUMBER_FIRST and _is_page_number(text):
        return True
    if (
        vocabulary.alternation("furniture", "strong").search(text)
        or _FURNITURE.match(text)
        or ((":" in text or "：" in text) and _COUNTER.search(text))
    ):
        return True
    if len(text) <= 20 and RELATED_HEADER.match(text):
        return True
    short = len(text) <= 25 and not ("，" in text or has_sentence_mark(text)) and read_marker(text) is None
    if short and vocabulary.alternation("furniture", "weak").search(text):
        return True
    if short and "页" in text and _PAGE_NAMED.search(text):
        return True  # a viewer's note between printed pages (以下为第 2 页预览内容): no document names its own page
    if may_hold_url(text) and _URL.search(text) and len(_CJK.findall(_URL.sub("", text))) < 4:
        return True  # a bare address; 报名网址：http://… keeps its label and stays
    if not any(mark in text for mark in _CRUMB_MARKS):
        return False
    return bool(
        _BREADCRUMB.search(text) or _LABELLED_CRUMBS.match(text) or _CRUMB_TO_ARTICLE.match(text)
    )  # (not a generator's steps)


def mark_bar_menus(texts: Sequence[str], furniture: list[bool]) -> list[list[str] | None]:
    """Mark a site's menu whose items are set apart by bars (首页｜写作素材｜机关公文) as furniture: a line of three
    or more short items, no sentence in any, no label with its value (a byline's 撰文：…… | 审稿：……, read as one
    elsewhere), and no line of as many items beside it — the rows of a table written out as text (设备 | 数量 | 金额)
    come in rows, and a row opening and ending with a bar is one too. Returns each line's items (``_bar_items``)
    for ``mark_column_labels``, none when no line holds a bar."""
    if not any(bar in text for text in texts for bar in _MENU_BARS):
        return []  # most files: not one bar (asked in C, where the loop below asks every line)
    rows = [_bar_items(text) for text in texts]
    for number, items in enumerate(rows):
        if furniture[number] or items is None or len(items) < 3 or not all(0 < len(i) <= 10 for i in items):
            continue
        above = next((k for k in range(number - 1, max(number - 3, -1), -1) if texts[k]), None)
        below = next((k for k in range(number + 1, min(number + 3, len(texts))) if texts[k]), None)
        if any(k is not None and (row := rows[k]) is not None and len(row) == len(items) for k in (above, below)):
            continue  # a table's rows, as many cells in each
        furniture[number] = True
    return rows


def mark_column_labels(texts: Sequence[str], furniture: list[bool], rows: Sequence[list[str] | None]) -> None:
    """Mark the name of a site's column on a line of its own (乡镇动态 over the article filed under it) as furniture
    where the page's bar menu lists it: the label is the site's, and read as a title's first line it was glued to
    the title below (not as the shipped model was trained). ``rows``: each line's items, as ``mark_bar_menus``
    returned them."""
    items = {
        item
        for number, row in enumerate(rows)
        if furniture[number] and row is not None
        for item in row
        if 2 <= len(item) <= _COLUMN_LABEL
    }
    if not items:
        return  # most files: no menu of bars
    for number, text in enumerate(texts):
        stripped = text.strip()
        if not furniture[number] and stripped in items and ORGANISATION_END.search(stripped) is None:
            furniture[number] = True  # (an organisation's name in a menu, 教育局, may sign a document below it)


_COLUMN_LABEL = 8  # characters: 乡镇动态, 通知公告, 政策解读; a menu's items are short


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
_EMOJI = re.compile("[\U0001f300-\U0001faff]")
_PLACEHOLDER = re.compile(r"[\[［]\s*[\u4e00-\u9fff]{1,5}\s*[\]］]$")


def _is_decoration(text: str) -> bool:
    """Pictures with nothing to read: emoji and dingbats (👇, 🌱, ✨, ★). A line of 👇👇👇 between a WeChat article's
    点击蓝字 line and its account-and-time line kept both as the title's first words (ux23 walk). Not geometric
    shapes (○, □, ■): they are a form's boxes to tick and the 〇 of a year written 二○二五, wrapped onto a line of
    its own."""
    return any(ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF for c in text)


# A web address at the end of a line, and a line that can only be the rest of one (no space, no Han, a
# letter; and a dot, slash or query mark on one side of the cut: not a word such as Or: opening the next line).
ADDRESS_END = re.compile(r"(https?://|www\.)[\w./?%&=#:~+-]*$", re.I)
ADDRESS_TAIL = re.compile(r"(?=\S*[A-Za-z])[A-Za-z0-9./?%&=#:;~+_-]+$")
ADDRESS_MARK = frozenset("./?=&%")

RELATED_HEADER = re.compile(
    r"^\W{0,3}((相关|推荐|热门|精选|更多)(文章|阅读|范文|推荐|专题)|猜你喜欢|延伸阅读|你可能(还)?(感兴趣|喜欢))"
)


# A page's links to its neighbours, in whatever counter word the site uses (上一条：…… 下一条：……, 上一则/下一则,
# 前一篇/后一篇), maybe after an arrow (◀ 前一条：……): labelled with a colon, both on one line or on two lines one
# under the other.
_NEIGHBOUR_LINK = re.compile(r"^[\s【\[◀▶◁▷←→<>«»‹›]*([上下前后])一([\u4e00-\u9fff]?)\s*[:：]")
_NEIGHBOUR_PAIR = {"上": "下", "下": "上", "前": "后", "后": "前"}


def mark_index_rows(texts: Sequence[str], furniture: list[bool]) -> None:
    """Mark the one row of values under a page's index table header (索引号 主题分类 发文机关 成文日期 …, furniture
    already as a row of short labels) as furniture too: as many cells, a date under a header naming a date, and no
    second row after it — a document's own table runs on row after row (not as the shipped model was trained)."""
    if not any(furniture):
        return
    for number in range(1, len(texts)):
        if not furniture[number - 1] or furniture[number]:
            continue
        labels = texts[number - 1].split()
        row = texts[number]
        if (
            len(labels) < 4
            or len(row.split()) != len(labels)
            or not any(label.endswith(("日期", "时间")) for label in labels)
            or NUMERIC_DATE_IN_TEXT.search(row) is None
        ):
            continue
        below = next((texts[k] for k in range(number + 1, min(number + 3, len(texts))) if texts[k]), "")
        if len(below.split()) != len(labels):  # (a document's table runs on, row after row)
            furniture[number] = True


def mark_running_heads(texts: Sequence[str], furniture: list[bool]) -> None:
    """Mark a printed page's running head or foot as furniture: a short line said again and again, each time after
    the first right beside a page's number (第1页 共3页, · 3 ·, — 3 —), as a PDF copy repeats its title or its unit on
    every page; the first is kept (the title on the first page). Without it the title repeated under each page's
    foot opened a document there (not as the shipped model was trained)."""
    pages = [number for number, text in enumerate(texts) if furniture[number] and text and _page_line(text)]
    if not pages:
        return  # most files
    near: set[int] = set()
    for page in pages:
        for step in (-1, 1):
            seen, k = 0, page + step
            while 0 <= k < len(texts) and seen < _HEAD_REACH:
                if texts[k]:
                    near.add(k)
                    seen += 1
                k += step
    said: dict[str, list[int]] = {}
    for number in sorted(near):
        text = texts[number].strip()
        if text and not furniture[number] and len(text) <= _HEAD_LONGEST and not has_sentence_mark(text):
            said.setdefault(text, [])
    if not said:
        return
    for number, text in enumerate(texts):
        occurrences = said.get(text.strip()) if text else None
        if occurrences is not None:
            occurrences.append(number)
    for occurrences in said.values():
        again = occurrences[1:]
        if again and all(number in near for number in again):
            for number in again:
                furniture[number] = True


def _page_line(text: str) -> bool:
    """A page's number on its line, maybe beside the unit's name in a running foot (苘山市统计局　第1页 共3页), or
    between marks (· 3 ·)."""
    if _is_page_number(text) or _PAGE_OF.search(text) is not None:
        return True
    bare = text.strip(" \u3000·•—–-－─.")
    return bare.isdecimal() and len(bare) <= 4 and bare != text.strip()


_PAGE_OF = re.compile(r"第\s*\d{1,4}\s*页\s*[,，/、]?\s*共\s*\d{1,4}\s*页")
_HEAD_REACH = 2  # lines (not blank) from a page's number to its running head or foot
_HEAD_LONGEST = 40


def mark_contents(texts: Sequence[str], furniture: list[bool]) -> None:
    """Mark a table of contents as furniture: three lines or more in a row, each a heading's text and its page
    number after a tab or a leader (一、指导思想<tab>1, 第二章 职责……5), the pages never going back, most of them
    numbered as headings are — a Word file's contents saved as text. ``texts``: the lines as read, their tabs kept.
    Its entries were read as the document's headings (not as the shipped model was trained)."""
    # (only lines ending in a digit can be entries: found in one pass before any is looked into)
    ending = [number for number, text in enumerate(texts) if text.rstrip()[-1:].isdecimal()]
    if len(ending) < _CONTENTS_LEAST:
        return  # most files
    run: list[int] = []
    last_page = 0
    for number in [*ending, -2]:
        found = _CONTENTS_ENTRY.match(texts[number].strip()) if number >= 0 else None
        page = int(found.group(1)) if found is not None else -1
        if found is not None and (not run or (number == run[-1] + 1 and page >= last_page)):
            run.append(number)
            last_page = page
            continue
        if len(run) >= _CONTENTS_LEAST and 2 * sum(
            read_marker(texts[entry].strip()) is not None for entry in run
        ) >= len(run):
            for entry in run:
                furniture[entry] = True
        run = [number] if found is not None else []
        last_page = page


# A heading's text, then a tab, a leader of dots or wide spaces, then its page number.
_CONTENTS_ENTRY = re.compile(r"\S.{0,58}?(?:\t+|\s*[.．·…]{3,}\s*|[ \u3000]{2,})(\d{1,3})$")
_CONTENTS_LEAST = 3


def mark_neighbour_links(texts: Sequence[str], furniture: list[bool]) -> None:
    """Mark a page's previous/next links as furniture where they come as a pair (one label alone, 下一步：, is a
    heading as often): the listed words (上一篇, 下一页) are furniture already; a site's own counter word was read
    as a title (not as the shipped model was trained)."""
    if not any(furniture):
        return  # most files: no furniture at all (an archive's own documents)
    _mark_arrow_links(texts, furniture)
    page = "\n".join(texts)
    if "上一" not in page and "前一" not in page:
        # no previous link, so no pair; asked in one pass in C, where the loop below asks every line
        return
    for number, text in enumerate(texts):
        if furniture[number] or text[:1] not in _NEIGHBOUR_OPENS:
            continue
        match = _NEIGHBOUR_LINK.match(text)
        if match is None:
            continue
        other = _NEIGHBOUR_PAIR[match.group(1)]
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


_NEIGHBOUR_OPENS = frozenset("上下前后【[ \u3000\t◀▶◁▷←→<>«»‹›")

# The same pair in words no list holds, told by its arrows pointing both ways (◀ 较早发布：…… | ▶ 较新发布：……):
# a short label with a colon after an arrow, on two lines one under the other.
_ARROW_LINK = re.compile(r"^\s*([◀◁←«‹]|[▶▷→»›])\s*[\u4e00-\u9fff]{1,6}\s*[:：]")
_BACK_ARROWS = "◀◁←«‹"


def _mark_arrow_links(texts: Sequence[str], furniture: list[bool]) -> None:
    previous: tuple[int, bool] | None = None  # the last arrow link seen: its line and whether it points back
    for number, text in enumerate(texts):
        if not text:
            continue
        match = _ARROW_LINK.match(text) if text.lstrip()[:1] in _ARROWS else None
        if match is None:
            previous = None
            continue
        back = match.group(1) in _BACK_ARROWS
        if previous is not None and previous[1] != back:
            furniture[previous[0]] = furniture[number] = True
        previous = (number, back)


_ARROWS = frozenset("◀◁←«‹▶▷→»›")


def is_list_entry(text: str) -> bool:
    """A short line with no sentence in it: a title in a list of links."""
    return (
        len(text) <= 40
        and not _SENTENCE_MARK.search(text)
        and text[-1] not in "：:"  # a lead-in to what follows, not a link
        and not SEPARATOR.match(text)
    )


def mark_page_chrome(lines: Sequence[RawLine], furniture: list[bool]) -> None:
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


def titles_body(texts: list[str], furniture: list[bool], index: int, *, as_trained: bool = False) -> bool:
    """Whether the short line at ``index`` is the title of the text that follows it (body text comes before
    another short line, furniture between them aside) rather than one more entry of a list of links."""
    under = not as_trained  # still on the lines right under it, no blank line between
    for k in range(index + 1, min(index + 12, len(texts))):
        text = texts[k]
        if not text:
            under = False
            continue
        if furniture[k]:
            continue
        if under and (_byline_like(text) or text.startswith(_SUBTITLE_OPENS)):
            # a byline in words no list knows right under it (2017年1月19日 来源：互联网 阅读：97115) is the title's,
            # not a link's; so is a title's second line (——在……会议上的讲话). Apart from it by a blank line, such a
            # line heads what follows, the last link stays a link. (Not as the shipped model was trained.)
            continue
        if not as_trained and (is_speaker_line(text) or is_byline_date(text)):
            continue  # a speech's speaker (副市长　邵清越) and date in brackets stand between its title and its text
        return not is_list_entry(text) and not SEPARATOR.match(text)
    return False


_SUBTITLE_OPENS = ("——", "—", "--")


def is_speaker_line(text: str) -> bool:
    """A speech's speaker line under its title (镇长　方立诚): part of the head, not of the text."""
    return (" " in text or "\u3000" in text) and SPEAKER_LINE.match(text) is not None


def is_byline_date(text: str, *, as_trained: bool = False) -> bool:
    """A speech's date in brackets under its title (（2026年3月5日）, （2026年3月28日上午）), maybe with its place or its
    chair after the date (（2026年4月22日　主持人：……）; ``as_trained``: the date alone, as the shipped model was
    trained)."""
    if text[:1] not in "（(" or not text.endswith(("）", ")")):
        return False
    return (BYLINE_DATE if as_trained else BYLINE_DATE_AND_MORE).match(text) is not None


def _byline_like(text: str) -> bool:
    """A line of a page's fields (来源：…… 阅读：……), not a title: two labels with colons. (A line with only a date
    is as often the signature line of a page's account, over its blurb and the title under that.)"""
    return len(text) <= 80 and sum(text.count(mark) for mark in ":：") >= 2


def page_breaks(texts: Sequence[str], furniture: Sequence[bool]) -> set[int]:
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
