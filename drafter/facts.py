"""Load a facts file keeping every value's text and every key's line and column.

PyYAML's usual loading turns ``2024-05-01`` into a date, ``no`` into False and ``010`` into 8, and
keeps only the last of duplicate keys. We compose the node tree instead and build our own values,
so nothing the user wrote is reinterpreted before the template's declared fields say what it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from collections.abc import Mapping as AnyMapping
from collections.abc import Sequence as AnySequence
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from msgspec import Struct, field

from .errors import LONE_SURROGATE, FactsError, InputError, Location, Problem, field_name
from .terminal import command_word
from .textio import decode_text, read_bytes, visible_text


class Scalar(Struct, frozen=True, gc=False):
    text: str
    location: Location
    is_null: bool = False
    # Set when the text cannot be used (a lone surrogate, a sheet's cell without a value): reported when the
    # document is drafted, so that in a batch list only the item holding it fails.
    problem: str = ""
    problem_kind: str = ""  # a Problem's kind (LONE_SURROGATE); "" for a cell whose message says what to do

    @property
    def nodes(self) -> int:
        return 1

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def flagged(self) -> int:
        return 1 if self.problem else 0


class Sequence(Struct, frozen=True, dict=True):
    items: tuple[Node, ...]
    location: Location

    # Sizes with every alias expanded, as later stages walk them (see check_document); derived from
    # the items, so they are properties rather than fields that equality would compare.
    @cached_property
    def nodes(self) -> int:
        return 1 + sum(item.nodes for item in self.items)

    @cached_property
    def chars(self) -> int:
        return sum(item.chars for item in self.items)

    @cached_property
    def flagged(self) -> int:
        return sum(item.flagged for item in self.items)


class Entry(Struct, frozen=True, gc=False):
    key: str
    key_location: Location
    value: Node
    key_problem: str = ""
    # The key was indented with full-width spaces (U+3000), taken off: YAML read it at the start of its line,
    # so a key meant under a list item became a key of the mapping above (said when that key is unknown).
    wide_indent: bool = False


class Mapping(Struct, frozen=True, dict=True):
    entries: tuple[Entry, ...]
    location: Location
    # Keys written twice here (the first value is kept): said by whoever drafts this mapping, beside the
    # other problems of the same document. Raised while loading, a duplicate was said alone (its fix run
    # again for the missing fields and wrong dates) and failed every item of a batch list for one item's slip.
    duplicates: tuple[Problem, ...] = ()

    @cached_property
    def _index(self) -> dict[str, Entry]:
        index: dict[str, Entry] = {}
        for entry in self.entries:
            index.setdefault(entry.key, entry)
        return index

    @cached_property
    def nodes(self) -> int:
        return 1 + sum(1 + entry.value.nodes for entry in self.entries)

    @cached_property
    def chars(self) -> int:
        return sum(len(entry.key) + entry.value.chars for entry in self.entries)

    @cached_property
    def flagged(self) -> int:
        return sum(bool(entry.key_problem) + entry.value.flagged for entry in self.entries)

    def get(self, key: str) -> Entry | None:
        return self._index.get(key)

    def first(self, *keys: str) -> Entry | None:
        """The entry of the first of ``keys`` written here (a field's name, then its aliases)."""
        return next((entry for entry in map(self._index.get, keys) if entry is not None), None)

    def value_location(self, *keys: str) -> Location:
        """Where the first of ``keys`` written here has its value, else where the mapping is: the place a
        message about those keys points to."""
        entry = self.first(*keys)
        return entry.value.location if entry is not None else self.location

    def keys(self) -> Iterator[str]:
        return (entry.key for entry in self.entries)


Node = Scalar | Sequence | Mapping


def scalars(node: Node) -> Iterator[Scalar]:
    """Every text the facts write under ``node`` (a list's items, a record's values), with where each is."""
    if isinstance(node, Scalar):
        yield node
    elif isinstance(node, Sequence):
        for item in node.items:
            yield from scalars(item)
    else:
        for entry in node.entries:
            yield from scalars(entry.value)


_NULL_TAG = "tag:yaml.org,2002:null"
_NULL_WORDS = ("", "~", "null", "Null", "NULL")

# Budgets, counted with every alias (*name) expanded, because later stages walk the expanded tree.
# A whole file (a batch list holds many documents) …
MAX_DEPTH = 32  # the deepest real facts (a batch item's four levels of 子项) need about 12
MAX_NODES = 5_000_000
MAX_CHARS = 100_000_000
# … and one document: a 50-page 公文 has about 80,000 characters.
DOCUMENT_MAX_NODES = 200_000
DOCUMENT_MAX_CHARS = 2_000_000


def _location(path: str, mark: Any) -> Location:  # yaml.Mark from either parser, or None
    if mark is None:
        return Location(path)
    return Location(path, mark.line + 1, mark.column + 1)


_LONE_HINT = "可能是脚本写出的转义不完整；请直接写出这个字，或写成成对的 \\uXXXX\\uXXXX"


def _join_surrogates(text: str) -> tuple[str, str]:
    """Pairs escaped one half at a time (JSON writes 😀 as \\ud83d\\ude00) joined; a lone half is a problem.

    Returns the text (lone halves replaced, so nothing downstream can trip on them) and the problem.
    """
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text, ""
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le"), ""
    except UnicodeDecodeError:
        code = _lone_surrogate(text)
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return joined, f"含有不成对的代理字符 \\u{code:04x}（不是一个完整的字符）"


def _lone_surrogate(text: str) -> int:
    index = 0
    while index < len(text):
        ch = text[index]
        if "\ud800" <= ch <= "\udbff" and index + 1 < len(text) and "\udc00" <= text[index + 1] <= "\udfff":
            index += 2
            continue
        if "\ud800" <= ch <= "\udfff":
            return ord(ch)
        index += 1
    return 0


class _Open(Struct):
    """A sequence or mapping whose end has not been read yet."""

    mapping: bool
    location: Location
    anchor: str | None
    items: list[Node] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    seen: dict[str, Location] = field(default_factory=dict)
    duplicates: list[Problem] = field(default_factory=list)
    key: str | None = None
    key_location: Location | None = None
    key_problem: str = ""
    key_wide: bool = False
    bad_key: bool = False


class _Composer:
    """Builds the node tree straight from the parser's events, iteratively.

    An alias reuses the (immutable) node of its anchor, so nothing is copied; but its expanded size
    is counted against the budgets, an alias inside its own anchor is refused, and so is nesting
    deeper than MAX_DEPTH. Every refusal names the file, line and column where it happens.
    """

    def __init__(self, path: str, problems: list[Problem], *, join_surrogates: bool) -> None:
        self.path = path
        self.problems = problems
        self.join_surrogates = join_surrogates
        self.anchors: dict[str, Node] = {}
        self.stack: list[_Open] = []
        self.nodes = 0
        self.chars = 0
        self.root: Node | None = None
        self.documents = 0

    def fail(self, where: Location, message: str, hint: str = "") -> None:
        raise FactsError([Problem(where, message, hint=hint)])

    def compose(self, events: Iterator[yaml.Event]) -> Node | None:
        for event in events:
            if isinstance(event, yaml.ScalarEvent):
                self.scalar(event)
            elif isinstance(event, yaml.AliasEvent):
                self.alias(event)
            elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                self.start(event)
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                self.end()
            elif isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    self.fail(
                        _location(self.path, event.start_mark),
                        "文件里有不止一份 YAML 文档（“---”分隔），只能有一份",
                        hint="删去多余的“---”行",
                    )
        return self.root

    def count(self, node: Node, where: Location) -> None:
        self.nodes += node.nodes
        self.chars += node.chars
        if self.nodes > MAX_NODES or self.chars > MAX_CHARS:
            self.fail(
                where,
                f"内容太多：展开锚点引用后超过 {MAX_NODES:,} 项或 {MAX_CHARS:,} 个字",
                hint="是否有锚点（&名字）被反复引用（*名字）？",
            )

    def scalar(self, event: yaml.ScalarEvent) -> None:
        where = _location(self.path, event.start_mark)
        plain = not event.style
        is_null = plain and (event.tag == _NULL_TAG or (event.tag is None and event.value in _NULL_WORDS))
        text = "" if is_null else visible_text(event.value)
        problem = ""
        if self.join_surrogates:
            text, problem = _join_surrogates(text)
        node = Scalar(text, where, is_null, problem, LONE_SURROGATE if problem else "")
        self.count(node, where)
        self.attach(node, event.anchor)

    def alias(self, event: yaml.AliasEvent) -> None:
        where = _location(self.path, event.start_mark)
        name = event.anchor
        if any(frame.anchor == name for frame in self.stack):
            self.fail(where, f"锚点“{name}”在它自己里面被引用（*{name}），会无穷展开")
        node = self.anchors.get(name or "")
        if node is None:
            self.fail(where, f"YAML 格式错误：引用了未定义的锚点“*{name}”")
        assert node is not None
        self.count(node, where)
        self.attach(node, None)

    def start(self, event: yaml.CollectionStartEvent) -> None:
        where = _location(self.path, event.start_mark)
        if len(self.stack) >= MAX_DEPTH:
            self.fail(where, f"嵌套太深：超过 {MAX_DEPTH} 层", hint="请检查缩进或括号是否多写了")
        self.nodes += 1
        self.stack.append(_Open(isinstance(event, yaml.MappingStartEvent), where, event.anchor))

    def end(self) -> None:
        frame = self.stack.pop()
        node: Node
        if frame.mapping:
            node = Mapping(tuple(frame.entries), frame.location, tuple(frame.duplicates))
        else:
            node = Sequence(tuple(frame.items), frame.location)
        self.attach(node, frame.anchor)

    def attach(self, node: Node, anchor: str | None) -> None:
        if anchor is not None:
            self.anchors[anchor] = node
        if not self.stack:
            self.root = node
            return
        frame = self.stack[-1]
        if not frame.mapping:
            frame.items.append(node)
        elif frame.key is None and not frame.bad_key:
            self.key(frame, node)
        else:
            if not frame.bad_key:
                assert frame.key is not None and frame.key_location is not None
                frame.entries.append(Entry(frame.key, frame.key_location, node, frame.key_problem, frame.key_wide))
            frame.key, frame.key_location, frame.bad_key, frame.key_problem = None, None, False, ""
            frame.key_wide = False

    def key(self, frame: _Open, node: Node) -> None:
        where = node.location
        if not isinstance(node, Scalar):
            self.problems.append(Problem(where, "键必须是简单的文字"))
            frame.bad_key = True
            return
        key = node.text.strip()
        if key == "<<":
            # YAML 1.1's merge key: PyYAML's safe loader would merge, the parser drafter reads with does not.
            self.problems.append(
                Problem(
                    where,
                    "“<<”（YAML 的合并键）不能用",
                    hint="请把要用的键直接写出来；批量文件里各项共用的内容写在“默认:”下面",
                )
            )
            frame.bad_key = True
            return
        if key in frame.seen:
            first = frame.seen[key]
            frame.duplicates.append(Problem(where, f"重复的键（第 {first.line} 行已经写过）", field=key))
            frame.bad_key = True
            return
        frame.seen[key] = where
        frame.key, frame.key_location, frame.key_problem = key, where, node.problem
        frame.key_wide = node.text.startswith("\u3000")


# libyaml parses many times faster; its error texts differ, so errors are re-read with the Python parser
# (up to this size).
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PYTHON_PARSER_LIMIT = 1_000_000


# Invisible characters a value or key pasted from a web page or a chat carries (a zero-width space, a word
# joiner): 会议名称 with one before it was refused as 不认识这个键（是否想写“会议名称”？）, the two looking the same,
# and one inside a value went into the document. (A zero-width joiner is left: it joins an emoji's parts.)
_INVISIBLE = str.maketrans("", "", "\u200b\u2060")


def load_facts_text(text: str, path: str) -> Mapping:
    """Parse facts text; raise FactsError listing every problem found."""
    if "\u200b" in text or "\u2060" in text:
        text = text.translate(_INVISIBLE)
    problems: list[Problem] = []
    try:
        root = _Composer(path, problems, join_surrogates=False).compose(yaml.parse(text, Loader=_FAST_LOADER))
    except yaml.YAMLError as exc:
        if len(text) > PYTHON_PARSER_LIMIT:
            # The Python parser reads about 300,000 characters a second: a huge file gets libyaml's word.
            from .yaml_errors import syntax_problems

            raise FactsError(syntax_problems(text, path, exc)) from exc
        # libyaml also refuses escaped surrogate halves (\\ud83d\\ude00) that the Python parser reads.
        problems = []
        root = _compose_for_errors(text, path, problems)
    if root is None:
        raise FactsError([Problem(Location(path, 1, 1), "文件是空的，没有任何内容")])
    tree = root
    if not isinstance(tree, Mapping):
        where = tree.location
        hint = ""
        if isinstance(tree, Scalar) and len([cell for cell in tree.text.split("\n", 1)[0].split("\t") if cell]) >= 2:
            # A sheet saved from Excel or WPS as text (文本文件（制表符分隔）, Unicode 文本: a .txt of rows, the cells
            # apart by tabs), given to batch: it was told only that the file is no list of keys.
            hint = (
                "这像是从 Excel 或 WPS 另存的文本表格（各栏用 Tab 隔开）；drafter batch 读 .xlsx 和 .csv 表格："
                "请在 Excel 或 WPS 中另存为 .xlsx，或把扩展名改成 .csv"
            )
        elif isinstance(tree, Scalar) and "：" in tree.text:
            hint = "键后面要用英文冒号加空格，例如“标题: 内容”，不能用中文冒号“：”"
        elif isinstance(tree, Sequence) and any(isinstance(item, Mapping) for item in tree.items):
            # - 文种: 通知 / - 文种: 通知 …: several documents meant as a batch list.
            hint = "要一次起草几份时，写“批量:”，下面每份一项（以“- ”开头），用 drafter batch 起草"
        problems.insert(0, Problem(where, "文件顶层应当是“键: 值”的列表", hint=hint))
    if problems:
        raise FactsError(problems)
    assert isinstance(tree, Mapping)
    return tree


def _compose_for_errors(text: str, path: str, problems: list[Problem]) -> Node | None:
    """Parse again with PyYAML's Python parser, whose messages we translate; raise FactsError on an error."""
    from .yaml_errors import syntax_problems

    try:
        composer = _Composer(path, problems, join_surrogates=True)
        return composer.compose(yaml.parse(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise FactsError(syntax_problems(text, path, exc)) from exc


def duplicate_keys(tree: Node) -> list[Problem]:
    """Every key written twice in ``tree`` (each said once, though an alias may repeat its mapping)."""
    found: set[Problem] = set()
    pending: list[Node] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, Mapping):
            found.update(node.duplicates)
            pending.extend(entry.value for entry in node.entries)
        elif isinstance(node, Sequence):
            pending.extend(node.items)
    return sorted(found, key=lambda p: (p.location.line, p.location.column))


def check_document(tree: Mapping) -> None:
    """Refuse one document's facts that hold unusable text, or are far beyond any 公文 once aliases expand."""
    if tree.flagged:
        raise FactsError(_flagged_problems(tree))
    if tree.nodes <= DOCUMENT_MAX_NODES and tree.chars <= DOCUMENT_MAX_CHARS:
        return
    limits = f"一篇公文最多 {DOCUMENT_MAX_CHARS:,} 个字、{DOCUMENT_MAX_NODES:,} 项"
    size = f"展开后有 {tree.chars:,} 个字、{tree.nodes:,} 项"

    def share(entry: Entry) -> float:
        """How much of what is over the limit one field holds."""
        chars = entry.value.chars / tree.chars if tree.chars > DOCUMENT_MAX_CHARS else 0.0
        nodes = entry.value.nodes / tree.nodes if tree.nodes > DOCUMENT_MAX_NODES else 0.0
        return max(chars, nodes)

    largest = max(tree.entries, key=share, default=None)
    if largest is not None and share(largest) >= 0.5:
        problem = Problem(
            largest.key_location,
            f"内容太多：{size}，{limits}",
            field=largest.key,
            hint="是否有锚点（&名字）被反复引用（*名字）？很长的材料请分成几份",
        )
    else:
        # No field holds the bulk (200,000 keys of a few characters each): blaming the largest of them
        # named a field the user may never have written.
        problem = Problem(
            tree.location,
            f"内容太多：有 {len(tree.entries):,} 个键，{size}，{limits}",
            hint="一篇公文用不了这么多键，请检查是不是选错了文件；很长的材料请分成几份",
        )
    raise FactsError([problem])


# Sheets of other programs that users hand to batch as a name list (Excel 97-2003, WPS, LibreOffice,
# Excel's binary workbook): each is told to save as .xlsx, not that a facts file is YAML.
_OTHER_SHEETS = (".xls", ".et", ".ett", ".ods", ".xlsb", ".numbers")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")  # the sheets drafter batch reads, one document a row


# Documents a clerk may hand to draft by mistake (the draft itself, a past document to copy from): said as
# what they are, not only that a facts file is YAML.
_DOCUMENTS = {".docx": "Word 文件", ".doc": "Word 文件", ".wps": "WPS 文字文件", ".pdf": "PDF 文件", ".ofd": "OFD 文件"}


def refuse_not_facts(path: Path, display: str | None = None) -> None:
    """A file whose name says it is no facts file (a sheet, a Word document) is refused, saying what it is."""
    label = display or str(path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml", ".txt", ""):
        return
    if suffix in _OTHER_SHEETS:
        raise InputError(
            f"{label}: 这是 {suffix} 表格；drafter batch 读 .xlsx 和 .csv 表格，"
            "请在 Excel 或 WPS 中另存为 .xlsx（事实文件则是 .yaml）"
        )
    if suffix in SHEET_SUFFIXES:
        # The sheet drafter new --xlsx wrote, drafted to the screen (-o -) or named as a facts file: said as
        # drafting.draft_file says it, not only that a facts file is YAML.
        raise InputError(
            f"{label}: 这是表格，每行一份公文，请用 drafter batch 起草（如 drafter batch {command_word(path.name)} -o 输出文件夹）"
        )
    if suffix in _DOCUMENTS:
        raise InputError(
            f"{label}: 这是 {_DOCUMENTS[suffix]}，不是事实文件；事实文件应当是 .yaml 文件，逐项写着公文的内容"
            "（drafter new 文种 -o 事实.yaml 可以生成一份）"
        )
    raise InputError(f"{label}: 事实文件应当是 .yaml 或 .yml 文件")


def load_facts(path: Path, display: str | None = None) -> Mapping:
    """Read a facts file from disk (UTF-8 or GBK) and parse it."""
    label = display or str(path)
    refuse_not_facts(path, label)
    data = read_bytes(path, label)
    text, _ = decode_text(data, label)
    return load_facts_text(text, label)


DATA_LABEL = "（数据）"


def tree_from_data(data: AnyMapping[str, Any], label: str = DATA_LABEL) -> Mapping:
    """Facts given as Python data instead of a YAML file: a dict of str, numbers, dates, lists and dicts.

    Values become text as they would be written in a facts file (True → 是, a date → 2025-01-10), so
    the same validation applies; problems name ``label`` and the field instead of a line.
    """
    problems: list[Problem] = []
    tree = _from_data(data, Location(label), problems, ())
    if not isinstance(tree, Mapping):
        problems.insert(0, Problem(Location(label), "事实应当是一组“键: 值”（dict）"))
    if problems:
        raise FactsError(problems)
    assert isinstance(tree, Mapping)
    return tree


def _from_data(value: Any, where: Location, problems: list[Problem], path: tuple[str | int, ...]) -> Node:
    if len(path) > MAX_DEPTH:  # also ends a list or dict that contains itself
        problems.append(Problem(where, f"嵌套太深：超过 {MAX_DEPTH} 层", field=field_name(path[:MAX_DEPTH])))
        return Scalar("", where, is_null=True)
    if isinstance(value, str):
        text, problem = _join_surrogates(visible_text(value))
        return Scalar(text, where, problem=problem, problem_kind=LONE_SURROGATE if problem else "")
    if value is None:
        return Scalar("", where, is_null=True)
    if isinstance(value, bool):
        return Scalar("是" if value else "否", where)
    if isinstance(value, dt.datetime):
        return Scalar(value.strftime("%Y-%m-%d %H:%M"), where)
    if isinstance(value, dt.date):
        return Scalar(value.isoformat(), where)
    if isinstance(value, int | float):
        try:
            return Scalar(str(value), where)
        except ValueError:  # an int past Python's 4300 digits: ValueError, not a DrafterError, left the API
            problems.append(Problem(where, "数字太长，不能写进公文", field=field_name(path)))
            return Scalar("", where, is_null=True)
    if isinstance(value, AnyMapping):
        entries = []
        seen: set[str] = set()
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append(Problem(where, f"键必须是文字，这里是 {key!r}", field=field_name((*path, str(key)))))
                continue
            key_text, key_problem = _join_surrogates(visible_text(key).strip())
            if key_text in seen:
                # two keys that differ only in what does not show (事由 and 事由 with a zero-width space or a space)
                problems.append(Problem(where, "重复的键", field=field_name((*path, key_text))))
                continue
            seen.add(key_text)
            entries.append(Entry(key_text, where, _from_data(item, where, problems, (*path, key_text)), key_problem))
        return Mapping(tuple(entries), where)
    if isinstance(value, bytes | bytearray):
        # (a sequence of numbers to Python: it was said to be 写成了列表, which it was not)
        problems.append(
            Problem(where, '不支持的值：bytes（请先解码成文字，如 value.decode("utf-8")）', field=field_name(path))
        )
        return Scalar("", where, is_null=True)
    if isinstance(value, AnySequence):
        return Sequence(tuple(_from_data(item, where, problems, (*path, i)) for i, item in enumerate(value)), where)
    problems.append(Problem(where, f"不支持的值：{type(value).__name__}", field=field_name(path)))
    return Scalar("", where, is_null=True)


def _flagged_problems(tree: Node) -> list[Problem]:
    problems: list[Problem] = []
    pending: list[Node] = [tree]
    while pending:
        node = pending.pop()
        if not node.flagged:
            continue
        if isinstance(node, Scalar):
            # A cell of a sheet that cannot be read says what to do in its own words.
            hint = _LONE_HINT if node.problem_kind == LONE_SURROGATE else ""
            problems.append(Problem(node.location, node.problem, hint=hint, kind=node.problem_kind))
        elif isinstance(node, Sequence):
            pending.extend(node.items)
        else:
            for entry in node.entries:
                if entry.key_problem:
                    problems.append(
                        Problem(entry.key_location, entry.key_problem, hint=_LONE_HINT, kind=LONE_SURROGATE)
                    )
                pending.append(entry.value)
    return sorted(set(problems), key=lambda p: (p.location.line, p.location.column))
