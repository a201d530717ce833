"""Slips that YAML accepts but that would spoil a document, as people who are not programmers make them.

Each is reported as a 提醒 (a ``Problem`` with file, line and field, shown on stderr) and never stops
a draft. Where the intent is plain the facts are mended on the way, and the 提醒 says what was done
and how to write it next time:

- a text and then list items under one key (``有关要求: 请各单位高度重视。`` then ``  - …`` lines), and
  items written ``-通报…`` without the space: YAML joins them all into one paragraph; they become the
  list they were meant to be (for fields that take a list);
- an item with a colon in it (``- 注意: 请携带笔记本``), which YAML reads as a key: the item as written,
  with a full-width colon;
- a number typed in front of an item (``- 1.通报…``): drafter numbers items itself, so it is removed;
- a 会议名称 written as the whole title (``关于召开……的通知``): the name inside it;
- a value cut short by `` #`` (YAML starts a comment there): only said, the rest is lost;
- dates that make no sense: a meeting or a deadline before the document's own date, a 回执 due after
  the meeting has begun; a word doubled in the title.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from . import gongwen
from .errors import FieldPath, Location, Problem, field_name
from .facts import Entry, Mapping, Node, Scalar, scalars
from .facts import Sequence as NodeSequence
from .fields import ITEM_KEYS, NAME_AND_PHONE, FieldSpec
from .model import Draft
from .patterns import lazy
from .sheets import CellLocation

# --- reading the lines as written ---------------------------------------------------------------

_KEY_LINE = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[^\s#:\-\"'][^:#]*?)\s*:(?:\s+(?P<value>\S.*?))?\s*$")
_DASH = re.compile(r"^(?P<indent>\s*)-(?P<space>\s*)(?P<text>.*?)\s*$")
_PLAIN_START = re.compile(r"[^|>\"'\[{&*!%@`#]")


class ListLines(Struct, frozen=True):
    """Lines under ``key_line`` that read as a list although YAML took them for one text."""

    key_line: int
    items: tuple[tuple[str, int, int], ...]  # (text, line, column) of each item
    lead: str  # text written on the key's own line, before the items ("" if none)
    missing_space: int  # the first line whose "-" has no space after it (0 if every one has)


class CutValue(Struct, frozen=True):
    """A value YAML cut at `` #``: what is lost and where."""

    line: int
    column: int
    lost: str


class Lines(Struct, frozen=True):
    lists: dict[int, ListLines]  # by the key's line
    cuts: dict[int, CutValue]  # by line


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def read_lines(text: str) -> Lines:
    """Find, in the text as written, list-like lines YAML read as text and values cut by `` #``."""
    lines = text.split("\n")
    lists: dict[int, ListLines] = {}
    cuts: dict[int, CutValue] = {}
    for index, line in enumerate(lines):
        match = _KEY_LINE.match(line)
        if not match:
            continue
        value = match.group("value") or ""
        if value and _PLAIN_START.match(value) and " #" in line[match.start("value") :]:
            start = line.index(" #", match.start("value"))
            lost = line[start:].strip().lstrip("#").strip()
            if lost:
                cuts[index + 1] = CutValue(index + 1, start + 2, lost)
        if value and not _PLAIN_START.match(value):
            continue  # a quoted or block value: YAML keeps its lines
        found = _list_below(lines, index, _indent(line) + (line.lstrip().startswith("-") * 2), value)
        if found is not None:
            lists[index + 1] = found
    return Lines(lists, cuts)


def _list_below(lines: list[str], index: int, key_indent: int, lead: str) -> ListLines | None:
    """The lines below a key that YAML folded into its text although they start with "-"."""
    items: list[tuple[str, int, int]] = []
    missing = 0
    below = index + 1
    while below < len(lines) and (not _content(lines[below]) or _indent(lines[below]) > key_indent):
        line = lines[below]
        if _content(line):
            dash = _DASH.match(line)
            if dash and not dash.group("text").startswith("-"):
                if not dash.group("space"):
                    missing = missing or below + 1
                items.append((dash.group("text"), below + 1, len(dash.group("indent")) + 2))
            elif items:
                if _KEY_LINE.match(line):
                    return None  # an item with keys of its own: YAML reads that structure itself
                text, number, column = items[-1]
                items[-1] = (text + line.strip(), number, column)  # a continuation line
            elif not lead:
                return None  # an ordinary multi-line text
            else:
                lead += line.strip()
        below += 1
    # YAML already made a list of it when the key has no text of its own and every "-" has its space.
    if not items or (not lead and not missing):
        return None
    return ListLines(index + 1, tuple(items), lead, missing)


@lru_cache(maxsize=64)
def _file_lines(path: str, size: int, mtime: int) -> Lines:
    from .textio import decode_text, read_bytes

    text, _ = decode_text(read_bytes(Path(path), path), path)
    return read_lines(text)


def lines_of(path: Path | None) -> Lines | None:
    """The findings for a facts file, read once per version of the file (a batch list serves many items)."""
    if path is None:
        return None
    try:
        status = path.stat()
        return _file_lines(str(path), status.st_size, status.st_mtime_ns)
    except Exception:  # a check must never stop a draft (the file itself was read already)
        return None


# --- mending the tree ------------------------------------------------------------------------------

_LIST_TYPES = ("content", "paragraphs", "list")


def _takes_list(spec: FieldSpec | None, key: str, in_item: bool) -> bool:
    if in_item:
        return key in ("内容", "子项")
    if spec is None:
        return False
    return spec.type in ("content", "paragraphs") or (
        spec.type == "list" and spec.item is not None and spec.item.type == "text"
    )


def repair(tree: Mapping, specs: tuple[FieldSpec, ...], lines: Lines | None) -> tuple[Mapping, list[Problem]]:
    """The facts with the slips mended that can be, and a 提醒 for each slip found."""
    warnings: list[Problem] = []
    by_name = {spec.name: spec for spec in specs}
    mended = _mend_mapping(tree, by_name, lines, warnings, (), in_item=False)
    return mended, warnings


def _mend_mapping(
    node: Mapping,
    specs: dict[str, FieldSpec],
    lines: Lines | None,
    warnings: list[Problem],
    path: FieldPath,
    *,
    in_item: bool,
) -> Mapping:
    entries = []
    changed = False
    for entry in node.entries:
        spec = specs.get(entry.key) if not in_item else None
        value = _mend_entry(entry, spec, lines, warnings, (*path, entry.key), in_item=in_item)
        changed = changed or value is not entry.value
        entries.append(replace(entry, value=value) if value is not entry.value else entry)
    return Mapping(tuple(entries), node.location) if changed else node


def _mend_entry(
    entry: Entry,
    spec: FieldSpec | None,
    lines: Lines | None,
    warnings: list[Problem],
    path: FieldPath,
    *,
    in_item: bool,
) -> Node:
    value = entry.value
    takes_list = _takes_list(spec, entry.key, in_item)
    found = lines.lists.get(entry.key_location.line) if lines is not None else None
    if found is not None and isinstance(value, Scalar | NodeSequence):
        value = _as_list(entry, value, found, takes_list, warnings, path)
    if lines is not None and isinstance(value, Scalar):
        cut = lines.cuts.get(value.location.line)
        if cut is not None and value.location.line == entry.key_location.line:
            warnings.append(
                Problem(
                    Location(value.location.path, cut.line, cut.column),
                    f"“#{cut.lost}”被当成了注释，没有写进公文",
                    field=field_name(path),
                    hint=f'YAML 里空格加 # 后面是注释；如果它是内容，请给整个值加引号，如 {entry.key}: "{value.text} #{cut.lost}"',
                    path=path,
                )
            )
    if isinstance(value, Scalar) and spec is not None and not in_item:
        value = _contact_on_one_line(value, spec, warnings, path)
    if isinstance(value, NodeSequence) and (takes_list or (spec is not None and spec.type == "list")):
        value = _mend_items(value, spec, lines, warnings, path)
    elif isinstance(value, Mapping) and (spec is None or spec.type == "record") and not in_item:
        sub = {s.name: s for s in spec.fields} if spec is not None else {}
        value = _mend_mapping(value, sub, lines, warnings, path, in_item=False)
    return value


def _contact_on_one_line(value: Scalar, spec: FieldSpec, warnings: list[Problem], path: FieldPath) -> Node:
    """A contact written on one line as on paper (联系人: 郑晓燕 0599-5821306), where the field takes a name and a
    telephone apart: read as the two, and said how to write them (it was refused, with the two values in the hint)."""
    record = spec.item if spec.type == "list" and spec.item is not None else spec
    found = NAME_AND_PHONE.match(value.text.strip())
    if record.type != "record" or found is None or not {"姓名", "电话"} <= {f.name for f in record.fields}:
        return value
    name, phone = found.group("name"), found.group("phone").strip()
    where = value.location
    person = Mapping((Entry("姓名", where, Scalar(name, where)), Entry("电话", where, Scalar(phone, where))), where)
    warnings.append(
        Problem(
            where,
            f"姓名和电话写在了一行，已按姓名“{name}”、电话“{phone}”起草",
            field=field_name(path),
            hint=(
                f"表格里姓名、电话各占一列：“{path[-1]}.姓名”“{path[-1]}.电话”"
                if isinstance(where, CellLocation)
                else f"分行写出“姓名: {name}”“电话: {phone}”（列表的每一项以“- ”开头）"
            ),
            path=path,
        )
    )
    return NodeSequence((person,), where) if spec.type == "list" else person


def _as_list(
    entry: Entry,
    value: Scalar | NodeSequence,
    found: ListLines,
    takes_list: bool,
    warnings: list[Problem],
    path: FieldPath,
) -> Node:
    first_line = found.missing_space or found.items[0][1]
    where = Location(entry.key_location.path, first_line, 1)
    if found.missing_space:
        message = "这几行看起来是列表，但“-”后面没有空格，YAML 把它们连成了一段"
        hint = "列表的每一项写成“- ”（减号加一个空格）再接内容"
    else:
        message = f"这几行看起来是列表，但上面一行“{entry.key}:”后面已经写了文字，YAML 把它们连成了一段"
        hint = f"先写“{entry.key}:”并换行，开头那句话也写成一项：“  - {found.lead}”"
    structured = isinstance(value, NodeSequence) and any(not isinstance(item, Scalar) for item in value.items)
    if not takes_list or structured:
        warnings.append(Problem(where, message, field=field_name(path), hint=hint, path=path))
        return value
    warnings.append(Problem(where, message + "；已按列表起草", field=field_name(path), hint=hint, path=path))
    source = entry.key_location.path
    items: list[Node] = []
    if found.lead:
        items.append(Scalar(found.lead, Location(source, entry.key_location.line, entry.key_location.column)))
    items.extend(Scalar(text, Location(source, line, column)) for text, line, column in found.items)
    return NodeSequence(tuple(items), value.location)


def _mend_items(
    value: NodeSequence, spec: FieldSpec | None, lines: Lines | None, warnings: list[Problem], path: FieldPath
) -> NodeSequence:
    """Items with a colon in them become text again; headed items are mended inside."""
    content = spec is None or spec.type == "content"
    record_items = spec is not None and spec.type == "list" and spec.item is not None and spec.item.type != "text"
    items = []
    changed = False
    for index, item in enumerate(value.items):
        new = item
        if isinstance(item, Mapping) and not record_items:
            only = item.entries[0] if len(item.entries) == 1 else None
            if only is not None and isinstance(only.value, Scalar) and not (content and only.key in ITEM_KEYS):
                text = f"{only.key}：{only.value.text.strip()}"
                warnings.append(
                    Problem(
                        only.key_location,
                        f"这一项里的“{only.key}: ”让 YAML 把它当成了“键: 值”；已按一句话“{text}”起草",
                        field=field_name((*path, index)),
                        hint=f'句子里的冒号请用中文冒号“：”，或给整项加引号：- "{only.key}: {only.value.text.strip()}"',
                        path=(*path, index),
                    )
                )
                new = Scalar(text, item.location)
            elif content:
                new = _mend_mapping(item, {}, lines, warnings, (*path, index), in_item=True)
        changed = changed or new is not item
        items.append(new)
    return NodeSequence(tuple(items), value.location) if changed else value


# --- checking the values -----------------------------------------------------------------------------

# A number typed in front of an item: 1. 1、 1） (1) （1） 一、 （一） ①. Compiled when an item starts like one.
_NUMBER_STARTS = "0123456789（(一二三四五六七八九十" + "".join(chr(c) for c in range(0x2460, 0x2474))
_TYPED_NUMBER = lazy(
    r"^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])\s*"
)
# The genres whose title is 关于{事由}的{文种}: another template's 事由 may be its whole title (a unit's own 便函
# prints ::标题 {{ 事由 }}), and is left as written.
_TITLED_BY_MATTER = frozenset(("notice", *gongwen.OWN_TEMPLATES))
# The parts of a title a template adds around a name, typed into the name as well.
_WRAPPED_NAMES = {
    "会议名称": (("关于召开", "关于举办", "关于举行"), ("的通知",)),
    # 事由 written as the title it makes (关于做好防汛工作, 做好防汛工作的通知): the notice was titled
    # 关于关于做好防汛工作的通知 or 关于做好防汛工作的通知的通知, with only a 提醒 about a word written twice.
    "事由": (("关于",), tuple(t for g in gongwen.GENRES if g.slug in _TITLED_BY_MATTER for t in g.title_tails)),
}
# How the title is made of each, for the 提醒.
_WRAPPED_TITLE = {"会议名称": "关于召开{}的通知", "事由": "关于{}的……"}
_WRAPPED_PART = {"会议名称": "会议名称只写名称", "事由": "事由只写标题“关于……的……”中间的部分"}


def check(
    tree: Mapping, specs: tuple[FieldSpec, ...], values: dict[str, Any], genre: str = ""
) -> tuple[dict[str, Any], list[Problem]]:
    """Values with typed item numbers and wrapped names mended, and the 提醒 about them and about dates."""
    warnings: list[Problem] = []
    values = dict(values)
    for spec in specs:
        value = values.get(spec.name)
        if value is None:
            continue
        if spec.type == "content" and isinstance(value, list):
            value = values[spec.name] = _typed_headings(value, tree, (spec.name,), warnings)
        if spec.type in ("content", "list"):
            values[spec.name] = _strip_numbers(value, tree, (spec.name,), warnings, paragraphs=spec.type == "content")
        if (
            spec.name in _WRAPPED_NAMES
            and isinstance(value, str)
            and (spec.name != "事由" or genre in _TITLED_BY_MATTER)
        ):
            values[spec.name] = _unwrap(spec.name, value, tree, warnings)
        if spec.name in _UNQUOTED:
            values[spec.name] = _unquoted(spec.name, values[spec.name], tree, warnings)
        if spec.type == "list" and spec.item is not None and spec.item.type == "attachment":
            values[spec.name] = _attachment_titles(values[spec.name], tree, (spec.name,), warnings)
        if spec.name in _NO_END_MARK:
            values[spec.name] = _without_end_mark(values[spec.name])
        if spec.name == _SECTION_TITLES and isinstance(value, dict):
            values[spec.name] = _section_titles(value, tree, warnings)
        if spec.name == "期号" and isinstance(value, str):
            values[spec.name] = gongwen.issue_number_text(value)
        if spec.name == "总期号" and isinstance(value, str):
            values[spec.name] = gongwen.total_issue_number_text(value)
        if spec.name in _ANSWERED_DOCUMENTS:
            values[spec.name] = _answered_title(spec.name, values[spec.name], tree, warnings)
    sensed = list(_date_sense(tree, specs, values))
    warnings.extend(sensed)
    warnings.extend(_impossible_dates(tree, specs, {problem.location for problem in sensed}))
    return values, warnings


# Fields whose dates are read as dates (a day no calendar has stops the draft there).
_DATE_TYPES = frozenset(("date", "meeting_time"))


def _impossible_dates(tree: Mapping, specs: tuple[FieldSpec, ...], said: set[Location]) -> Iterator[Problem]:
    """A day no calendar has typed in free text (请于2026/13/01前报送, 会期至2月31日): printed as written, with no
    word, where the same slip in 成文日期 stops the draft (hostile21). Only impossible days are said: whether a
    possible one is meant is the clerk's to know. ``said``: values already reminded of their date (报到时间)."""
    for spec in specs:
        entry = tree.get(spec.name)
        if entry is None or spec.type in _DATE_TYPES:
            continue
        for node in scalars(entry.value):
            if node.location in said:
                continue
            for written, why in gongwen.impossible_dates(node.text):
                yield Problem(
                    node.location,
                    f"“{written}”不是日历上有的日子（{why}）",
                    field=spec.name,
                    hint="已照原样排进公文，请改成真实的日期",
                )


# The facts' titles of a genre's sections ({下步打算: 2026年工作打算}): drafting numbers each section's heading, so a
# number typed on one (一、2026年工作打算) headed it 三、一、2026年工作打算.
_SECTION_TITLES = "章节标题"


def _section_titles(value: dict[str, Any], tree: Mapping, warnings: list[Problem]) -> dict[str, Any]:
    titles = {
        key: _strip_one(title, tree, (_SECTION_TITLES, key), warnings) if isinstance(title, str) else title
        for key, title in value.items()
    }
    return titles if any(titles[key] is not value[key] for key in value) else value


def _node_at(tree: Mapping, path: FieldPath) -> Node | None:
    node: Node | None = tree
    for part in path:
        if isinstance(part, int) and isinstance(node, NodeSequence) and part < len(node.items):
            node = node.items[part]
        elif isinstance(part, str) and isinstance(node, Mapping):
            entry = node.get(part)
            node = entry.value if entry is not None else None
        else:
            return None
    return node


def _where(tree: Mapping, path: FieldPath) -> Location:
    for size in range(len(path), 0, -1):
        node = _node_at(tree, path[:size])
        if node is not None:
            return node.location
    return tree.location


def _reminder(tree: Mapping, path: FieldPath, message: str, *, hint: str, field: str | None = None) -> Problem:
    """A 提醒 about the value at ``path``, located where the facts file holds it (or its nearest parent)."""
    return Problem(
        _where(tree, path), message, field=field_name(path) if field is None else field, hint=hint, path=path
    )


def _strip_numbers(
    value: Any, tree: Mapping, path: FieldPath, warnings: list[Problem], *, paragraphs: bool = False
) -> Any:
    """Typed numbers taken off what the template numbers: a list's items, a content item's 标题. A content field's
    paragraphs (``paragraphs``) are printed as written and keep theirs (ux17 walk: 一、本次下达资金共计……。 lost
    its 一、 and the 提醒 said drafter would number it, which it never does)."""
    if not isinstance(value, list):
        return value
    result = value  # copied at the first item that changes: most lists have no typed numbers
    for index, item in enumerate(value):
        new = item
        if isinstance(item, str):
            if paragraphs:
                pass  # a content field prints its paragraphs as written: a typed 一、 is the clerk's own numbering
            elif _may_be_numbered(item):
                new = _strip_one(item, tree, (*path, index), warnings)
        elif isinstance(item, dict) and isinstance(item.get("标题"), str):  # an attachment may have none
            title = item["标题"]
            if _may_be_numbered(title):
                title = _strip_one(title, tree, (*path, index, "标题"), warnings)
            children = item.get("子项")
            if children:
                children = _strip_numbers(children, tree, (*path, index, "子项"), warnings, paragraphs=paragraphs)
            if title is not item["标题"] or children is not item.get("子项"):
                new = dict(item, 标题=title)
                if "子项" in item:
                    new["子项"] = children
        if new is not item:
            if result is value:
                result = list(value)
            result[index] = new
    return result


_HEADING_LENGTH = 30  # a heading's words; a numbered line longer than this is a paragraph
_SENTENCE_MARKS = frozenset("。！？；，,;!?：:")


def _typed_heading(item: Any) -> str:
    """The words of a paragraph item that is a heading with its number typed (一、值班安排), or ""."""
    if not isinstance(item, str) or not _may_be_numbered(item):
        return ""
    typed = _TYPED_NUMBER.match(item)
    words = item[typed.end() :].strip() if typed else ""
    if not words or len(words) > _HEADING_LENGTH or not _SENTENCE_MARKS.isdisjoint(words):
        return ""
    return words


def _typed_headings(items: list[Any], tree: Mapping, path: FieldPath, warnings: list[Problem]) -> list[Any]:
    """Paragraphs of a content field written as headings with their numbers typed, each over its own
    paragraphs (一、值班安排 | 实行院领导带班。| 二、……), made the items they mean: a heading, numbered by the
    template, with those paragraphs as its text. A paragraph is never numbered: the number was taken off
    and the words printed as a bare line. Short numbered lines with no text between them (a list of
    problems) are left to be read as a list."""
    words_at = {index: words for index, item in enumerate(items) if (words := _typed_heading(item))}
    heads = list(words_at)
    if not heads or all(index + 1 in words_at or index + 1 == len(items) for index in heads):
        return items
    if any(not isinstance(item, str) for item in items[heads[0] :]):
        return items  # headings already written as items further on: the clerk's own structure, left as it is
    out = list(items[: heads[0]])
    for k, index in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(items)
        words = words_at[index]
        out.append({"标题": words, "内容": list(items[index + 1 : end]), "子项": [], "表格": None})
        warnings.append(
            _reminder(
                tree,
                (*path, index),
                f"“{items[index].strip()}”是手写编号的标题，已排成标题（编号自动生成），下面的段落是它的内容",
                hint=f"可以写成“- 标题: {words}”，下一行“  内容: ……”",
            )
        )
    return out


def _may_be_numbered(text: str) -> bool:
    start = text.lstrip()[:1]
    return bool(start) and start in _NUMBER_STARTS


def _strip_one(text: str, tree: Mapping, path: FieldPath, warnings: list[Problem]) -> str:
    if not _may_be_numbered(text):
        return text
    typed = _TYPED_NUMBER.match(text)
    if not typed or not text[typed.end() :].strip():
        return text
    warnings.append(
        _reminder(
            tree,
            path,
            f"开头的“{typed.group(0).strip()}”是手写的序号，drafter 会自动编号，已去掉",
            hint="列表项直接写内容，不要写“1.”“一、”之类的序号",
        )
    )
    return text[typed.end() :]


# An attachment named as its file is named (防汛值班表.docx, copied from the folder) or as a title is quoted in a
# sentence (《防汛值班表》): the 附件说明 read 附件：《防汛值班表》 and the attachment's page the same, where GB/T 9704
# §7.3.4 writes the name bare, with no mark after it.
_FILE_SUFFIX = lazy(r"\.(?:docx?|wps|xlsx?|et|pdf|ofd|txt|csv)\s*$", re.IGNORECASE)


def _attachment_titles(value: Any, tree: Mapping, path: FieldPath, warnings: list[Problem]) -> Any:
    """Attachments with 《》 round the whole title, or a file's extension after it, taken off, and the 提醒."""
    if not isinstance(value, list):
        return value
    result = value
    for index, item in enumerate(value):
        title = item.get("标题") if isinstance(item, dict) else None
        if not isinstance(title, str):
            continue
        bare = title.strip()
        said = ""
        suffix = _FILE_SUFFIX.search(bare)
        if suffix and bare[: suffix.start()].strip():
            said = f"结尾的“{suffix.group(0).strip()}”是文件的扩展名"
            bare = bare[: suffix.start()].strip()
        if _whole_in_book_marks(bare):
            said = "整个标题写在书名号《》里" + (f"，{said}" if said else "")
            bare = bare[1:-1].strip()
        if not said:
            continue
        where = (*path, index, "标题")
        warnings.append(
            _reminder(
                tree,
                where,
                f"{said}，附件说明和附件页上都会照排，已按“{bare}”起草",
                hint="附件标题只写名称（GB/T 9704 第7.3.4条：附件名称后不加标点符号）",
            )
        )
        if result is value:
            result = list(value)
        result[index] = dict(item, 标题=bare)
    return result


# The document a 批复, 复函 or 答复报告 answers, quoted in its opening as 《标题》（文号）: a 标题 copied with its 书名号
# (《关于建设中医馆的请示》, as the 请示 is cited elsewhere) read 你院《《……》》（……号）收悉 (ux26 walk).
_ANSWERED_DOCUMENTS = ("来文", "来函")


def _whole_in_book_marks(text: str) -> bool:
    return len(text) > 2 and text[0] == "《" and text[-1] == "》" and "《" not in text[1:-1] and "》" not in text[1:-1]


def _answered_title(name: str, value: Any, tree: Mapping, warnings: list[Problem]) -> Any:
    """The answered document with 《》 round its whole 标题 taken off, and the 提醒."""
    title = value.get("标题") if isinstance(value, dict) else None
    if not isinstance(title, str) or not _whole_in_book_marks(title.strip()):
        return value
    bare = title.strip()[1:-1].strip()
    where = (name, "标题")
    warnings.append(
        _reminder(
            tree,
            where,
            f"整个标题写在书名号《》里，开头引述时还会再加一层（《《……》》），已按“{bare}”起草",
            hint="标题只写标题本身，书名号由 drafter 加上",
        )
    )
    return dict(value, 标题=bare)


def _unwrap(name: str, value: str, tree: Mapping, warnings: list[Problem]) -> str:
    prefixes, suffixes = _WRAPPED_NAMES[name]
    inner = value
    for prefix in prefixes:
        inner = inner.removeprefix(prefix)
    for suffix in suffixes:
        if inner.endswith(suffix):
            inner = inner.removesuffix(suffix)
            break  # (实施意见 is a 意见: one tail only)
    if inner == value or not inner:
        return value
    warnings.append(
        _reminder(
            tree,
            (name,),
            f"“{value}”是整个标题；{_WRAPPED_PART[name]}，已按“{inner}”起草",
            hint=f"标题会自动写成“{_WRAPPED_TITLE[name].format(inner)}”；想用别的标题请填写“标题”",
            field=name,
        )
    )
    return inner


# Names and titles never printed inside quotation marks as a whole: a clerk quoting a value as the error messages
# ask (请给整个值加引号，如 事由: "……") with the Chinese input method types “……”, which YAML keeps as text, and the
# notice was titled 关于“做好防汛工作”的通知 and addressed “各中小学”：.
# The lists of names too, each name on its own: 抄送: [“县委办公室”] printed 抄送：“县委办公室”。 in the 版记.
_UNQUOTED = frozenset(
    {"事由", "标题", "会议名称", "主送机关", "单位", "事项", "会议地点", "印发机关", "发文机关", "署名"}
    | {"抄送", "发文机关标志", "出席", "列席", "请假", "签发人", *gongwen.DISTRIBUTION_LABELS}
)
_QUOTE_PAIRS = ("“”", "‘’", "「」", "『』", '“"', '"”')
# The fields that list names (offices, people), a text of names set apart by 、，； as well as a list.
_NAME_LISTS = frozenset({"主送机关", "抄送", "出席", "列席", "请假", *gongwen.DISTRIBUTION_LABELS})
_QUOTED_NAME = r"[“「『‘][^“”「」『』‘’]+[”」』’]"
_QUOTED_NAMES = re.compile(rf"{_QUOTED_NAME}(?:\s*[、，,；;\s]\s*{_QUOTED_NAME})+")
_QUOTES = re.compile(r"[“”「」『』‘’]")


# Names, titles and the 版记's lines end on no mark of their own (a title takes no full stop, GB/T 9704 §7.3.1; the
# 版记 puts its own after the last office, §7.4.2): a clerk ending one as a sentence (事由: 做好防汛工作。) had the title
# read 关于做好防汛工作。的通知, 抄送: [县委办公室。, 县政府办公室；] read 抄送：县委办公室。，县政府办公室。 and
# 附注: 此件公开发布。 read （此件公开发布。）, with no word.
_NO_END_MARK = frozenset(
    {"事由", "标题", "会议名称", "单位", "事项", "方案名称", "发文机关", "署名", "印发机关", "发文机关标志", "附注"}
    | {"抄送", "分送", "报", "送", "发"}
)
_END_MARKS = "。．.；;，,、"


def _without_end_mark(value: Any) -> Any:
    if isinstance(value, list):
        return [_without_end_mark(item) for item in value]
    if not isinstance(value, str):
        return value
    bare = value.rstrip().rstrip(_END_MARKS).rstrip()
    return bare or value


def _unquoted(name: str, value: Any, tree: Mapping, warnings: list[Problem], path: FieldPath = ()) -> Any:
    """``value`` (a text or a list of them) without quotation marks round the whole of it, and the 提醒."""
    path = path or (name,)
    if isinstance(value, list):
        return [
            _unquoted(name, item, tree, warnings, (*path, index)) if isinstance(item, str) else item
            for index, item in enumerate(value)
        ]
    if not isinstance(value, str):
        return value
    text = value.strip()
    pair = text[:1] + text[-1:]
    inner = text[1:-1].strip()
    if name in _NAME_LISTS and _QUOTED_NAMES.fullmatch(text):
        # 抄送: “县委办公室”、“县政府办公室”: each name quoted on its own, in the one text the list is read from.
        inner = _QUOTES.sub("", text)
        said = f"“{name}”里的每个名称都写在引号里"
        hint = "名称不用加引号，直接写，如 抄送: 县委办公室、县政府办公室"
    elif len(text) < 3 or pair not in _QUOTE_PAIRS or any(mark in inner for mark in pair) or not inner:
        return value
    else:
        said = f"“{name}”整个写在引号 {pair[0]}{pair[1]} 里"
        hint = 'YAML 的引号要用英文引号 "……"（切换到英文输入法再打）；不需要引号时直接写内容'
    warnings.append(
        _reminder(
            tree,
            path,
            f"{said}，引号会原样排进公文，已按“{inner}”起草",
            hint=hint,
            field=name,
        )
    )
    return inner


def _dates(value: Any) -> Iterator[dt.date]:
    if isinstance(value, gongwen.MeetingTime):
        yield value.date
    elif isinstance(value, dt.date):
        yield value


# A meeting or a deadline this many days after the document's date is most likely a wrong year (a notice goes
# out days or weeks ahead).
_FAR_AHEAD = 183


def _date_sense(tree: Mapping, specs: tuple[FieldSpec, ...], values: dict[str, Any]) -> Iterator[Problem]:
    """A meeting or a deadline before the document's own date; a 回执 due after the meeting starts."""
    issued = values.get("成文日期")
    meeting: tuple[str, dt.date] | None = None
    for spec in specs:
        if spec.type == "meeting_time" and isinstance(values.get(spec.name), gongwen.MeetingTime):
            meeting = (spec.name, values[spec.name].date)
            break
    deadlines = [
        ((spec.name, sub.name), values[spec.name][sub.name])
        for spec in specs
        if spec.type == "record" and isinstance(values.get(spec.name), dict)
        for sub in spec.fields
        if sub.type == "date" and "截止" in sub.name and isinstance(values[spec.name].get(sub.name), dt.date)
    ]
    if isinstance(issued, dt.date):
        events = ([((meeting[0],), meeting[1])] if meeting else []) + deadlines
        for path, when in events:
            if when < issued:
                yield _reminder(
                    tree,
                    path,
                    f"{gongwen.format_date(when)}早于成文日期{gongwen.format_date(issued)}",
                    hint="请核对年份和日期：通知里的会议和截止日期一般在发文之后",
                )
            elif (when - issued).days > _FAR_AHEAD:
                # A date without its year is the next such day after the 成文日期 (README): a meeting typed a day
                # before it (2月13日 under 2025年2月14日) was drafted as 2026年2月13日, a year ahead, with no word.
                yield _reminder(
                    tree,
                    path,
                    f"{gongwen.format_date(when)}在成文日期{gongwen.format_date(issued)}之后半年多",
                    hint="请核对年份和日期：没写年份的日期按成文日期当天或之后的第一个这一天算；"
                    "确实是这一天时可以不理会这条提醒",
                )
    if meeting is not None:
        for path, when in deadlines:
            if when > meeting[1]:
                yield _reminder(
                    tree,
                    path,
                    f"{gongwen.format_date(when)}晚于{meeting[0]}{gongwen.format_date(meeting[1])}",
                    hint="回执一般要在会议开始之前报送",
                )
        yield from _arrival_sense(tree, values.get("报到时间"), issued, meeting)
        yield from _unitless_length(tree, values.get("会期"))
        held = values.get(meeting[0])
        if isinstance(held, gongwen.MeetingTime) and held.end is not None:
            yield from _length_sense(tree, values.get("会期"), held)


# A 会期 that is a number alone (1, 0.5, 1.5): a sheet's 会期 cell Excel keeps as a number, or a YAML 会期: 2.
_BARE_NUMBER = lazy(r"^\d{1,4}(?:\.\d{1,2})?$")


def _unitless_length(tree: Mapping, text: Any) -> Iterator[Problem]:
    """A 会期 written as a number without its unit: the notice read ……上午9:00，会期1。 with no word (days or hours
    is not said, so it is not guessed)."""
    if not isinstance(text, str) or _BARE_NUMBER.match(text.strip().rstrip("。")) is None:
        return
    number = text.strip().rstrip("。")
    yield _reminder(
        tree,
        ("会期",),
        f"会期只写了数字“{number}”，没有单位，会排成“会期{number}”",
        hint=f"请写明单位，如“{number}天”“半天”“{number}小时”",
        field="会期",
    )


def _length_sense(tree: Mapping, text: Any, held: gongwen.MeetingTime) -> Iterator[Problem]:
    """A 会期 that is not the number of days its 会议时间 spans: the sample's 会期: 半天 kept under a class of two
    days (会议时间: 3月14日至15日) printed 2025年3月14日（星期五）至15日（星期六）上午9:00，会期半天, with no word."""
    if not isinstance(text, str) or held.end is None:
        return
    length = gongwen.meeting_length(text)
    if length is None:
        return  # (会期一天半左右, 半日: said otherwise, not read)
    days = (held.end - held.date).days + 1
    if days - 1 <= length <= days:
        return  # (from the afternoon of the first day to noon of the last is a day less: 3月14日下午至15日上午, 1天)
    yield _reminder(
        tree,
        ("会期",),
        f"会期写的是“{text.strip()}”，会议时间却是{gongwen.format_date(held.date)}至{held.end_text}，共{days}天",
        hint="请核对会期和会议的起止日期（照上一份通知改时是否只改了会议时间）；会期与起止日期说的是一回事时也可以不写会期",
        field="会期",
    )


# Arrival (报到) this many days before a meeting's first day is the last notice's date left in a copy.
_ARRIVAL_BEFORE = 7


def _arrival_sense(tree: Mapping, text: Any, issued: Any, meeting: tuple[str, dt.date]) -> Iterator[Problem]:
    """A 报到时间 whose date is after the meeting's first day or weeks before it: a notice copied from the last
    one with its meeting's date changed kept the old 报到 date (会议时间 2025-02-20, 报到时间 2月21日上午8:30前),
    drafted with no word. The field is free text: only a date written in it is read."""
    if not isinstance(text, str):
        return
    try:
        found = gongwen.find_date(text, meeting[1].year, after=issued if isinstance(issued, dt.date) else None)
    except gongwen.DateParseError as exc:
        # The field is free text and is printed as written, but a day no calendar has (2月30日, a 报到 date
        # typed from memory) was drafted without a word while the same slip in 会议时间 stops the draft.
        yield _reminder(
            tree,
            ("报到时间",),
            str(exc),
            hint="已照原样排进通知，请改成真实的报到日期",
            field="报到时间",
        )
        return
    if found is None:
        return
    if not found.had_year and found.date > meeting[1]:
        # 报到 comes before the meeting: a day written without a year that falls before the 成文日期 (2月10日 in a
        # notice dated 2月14日 for a meeting on 2月20日) is this year's, not next year's (said as 2026年2月10日晚于……).
        with contextlib.suppress(gongwen.DateParseError):
            found = gongwen.find_date(text, meeting[1].year) or found
    days = (meeting[1] - found.date).days
    if 0 <= days <= _ARRIVAL_BEFORE:
        return
    said = "晚于" if days < 0 else "比"
    yield _reminder(
        tree,
        ("报到时间",),
        f"{gongwen.format_date(found.date)}{said}{meeting[0]}{gongwen.format_date(meeting[1])}"
        + ("" if days < 0 else f"早{days}天"),
        hint="请核对报到日期：报到一般在会议开始当天或前一两天",
        field="报到时间",
    )


@lru_cache(maxsize=1)
def _genre_only_titles() -> frozenset[str]:
    """Titles that are a genre word and nothing else (通知, 会议纪要)."""
    return frozenset(word for word, _ in gongwen.title_words())


def _doubled(text: str) -> str:
    """A word of two to six Chinese characters written twice in a row, or ""."""
    for size in range(2, 7):
        for start in range(len(text) - 2 * size + 1):
            word = text[start : start + size]
            if word == text[start + size : start + 2 * size] and all("\u4e00" <= ch <= "\u9fff" for ch in word):
                return word
    return ""


def check_draft(draft: Draft, tree: Mapping) -> list[Problem]:
    """A title that is only its 文种 (通知: 事由 left empty), or a word written twice in a row in the title
    (关于召开关于召开……, 工作工作总结)."""
    title = draft.title
    genre_word = title.strip()
    if genre_word in _genre_only_titles():
        entry = tree.get("事由") or tree.get("标题")
        return [
            Problem(
                entry.key_location if entry is not None else tree.location,
                f"标题只有文种“{genre_word}”，没有写明事由",
                field="事由",
                path=("事由",),
                hint=f"写上事由，标题就成为“关于……的{genre_word}”，也可以直接写“标题”；确实只用文种作标题的不必理会",
            )
        ]
    doubled = _doubled(title)
    if not doubled:
        return []
    entry = tree.get("标题")
    where = entry.key_location if entry is not None else tree.location
    return [
        Problem(
            where,
            f"标题“{title}”里“{doubled}”连写了两次",
            field="标题",
            hint="组成标题的字段（单位、事项、会议名称等）里是否已经写了这几个字？",
        )
    ]


# The 版记's lines of offices, printed with commas between them (GB/T 9704 §7.4.2).
_COPY_LINES = ("抄送", "分送", "报", "送", "发")


def copies_by_semicolons(tree: Mapping, values: dict[str, Any]) -> list[Problem]:
    """Offices in one 抄送 item set apart by semicolons (区委教育工委;区政府办公室, a spreadsheet cell typed as a list
    is typed elsewhere): the 版记 printed 抄送：区委教育工委;区政府办公室。 with no word (ux28 walk). Each its own
    office, printed with commas, and said, as the 主送机关's semicolons are."""
    problems: list[Problem] = []
    for key in _COPY_LINES:
        value = values.get(key)
        if not isinstance(value, list):
            continue
        split: list[Any] = []
        semicolons = False
        for item in value:
            offices = gongwen.offices_by_semicolons(item) if isinstance(item, str) else None
            semicolons |= offices is not None
            split.extend([item] if offices is None else offices)
        if not semicolons:
            continue
        values[key] = split
        problems.append(
            Problem(
                tree.value_location(key),
                f"{key}的机关之间用了分号，已按几个机关排，中间用逗号",
                field=key,
                hint="版记里的机关之间用逗号隔开（GB/T 9704 第7.4.2条）；表格里可以每个机关写一行（格子里换行），"
                "事实文件里写成列表（每行一个“- 机关”）",
            )
        )
    return problems
