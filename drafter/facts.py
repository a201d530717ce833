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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import FactsError, InputError, Location, Problem, field_name
from .textio import decode_text, read_bytes


@dataclass(frozen=True)
class Scalar:
    text: str
    location: Location
    is_null: bool = False


@dataclass(frozen=True)
class Sequence:
    items: tuple[Node, ...]
    location: Location


@dataclass(frozen=True)
class Entry:
    key: str
    key_location: Location
    value: Node


@dataclass(frozen=True)
class Mapping:
    entries: tuple[Entry, ...]
    location: Location
    _index: dict[str, Entry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self._index.setdefault(entry.key, entry)

    def get(self, key: str) -> Entry | None:
        return self._index.get(key)

    def keys(self) -> Iterator[str]:
        return (entry.key for entry in self.entries)


Node = Scalar | Sequence | Mapping

_NULL_TAG = "tag:yaml.org,2002:null"


def _location(path: str, mark: yaml.Mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


def _build(node: yaml.Node, path: str, problems: list[Problem]) -> Node:
    where = _location(path, node.start_mark)
    if isinstance(node, yaml.ScalarNode):
        is_null = node.tag == _NULL_TAG and not node.style  # libyaml gives "" for plain, PyYAML None
        return Scalar("" if is_null else str(node.value), where, is_null)
    if isinstance(node, yaml.SequenceNode):
        return Sequence(tuple(_build(item, path, problems) for item in node.value), where)
    if isinstance(node, yaml.MappingNode):
        entries: list[Entry] = []
        seen: dict[str, Location] = {}
        for key_node, value_node in node.value:
            key_where = _location(path, key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(key_where, "键必须是简单的文字"))
                continue
            key = str(key_node.value).strip()
            if key in seen:
                first = seen[key]
                problems.append(Problem(key_where, f"重复的键（第 {first.line} 行已经写过）", field=key))
                continue
            seen[key] = key_where
            entries.append(Entry(key, key_where, _build(value_node, path, problems)))
        return Mapping(tuple(entries), where)
    raise AssertionError(f"unexpected YAML node {node!r}")


# libyaml parses many times faster; its error texts differ, so errors are re-read with the Python parser.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_facts_text(text: str, path: str) -> Mapping:
    """Parse facts text; raise FactsError listing every problem found."""
    try:
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        root = _compose_for_errors(text, path)
    if root is None:
        raise FactsError([Problem(Location(path, 1, 1), "文件是空的，没有任何内容")])
    problems: list[Problem] = []
    tree = _build(root, path, problems)
    if not isinstance(tree, Mapping):
        where = tree.location
        hint = ""
        if isinstance(tree, Scalar) and "：" in tree.text:
            hint = "键后面要用英文冒号加空格，例如“标题: 内容”，不能用中文冒号“：”"
        problems.insert(0, Problem(where, "文件顶层应当是“键: 值”的列表", hint=hint))
    if problems:
        raise FactsError(problems)
    assert isinstance(tree, Mapping)
    return tree


def _compose_for_errors(text: str, path: str) -> yaml.Node | None:
    """Parse again with PyYAML's Python parser, whose messages we translate, and raise FactsError."""
    from .yaml_errors import syntax_problems

    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise FactsError(syntax_problems(text, path, exc)) from exc


def load_facts(path: Path, display: str | None = None) -> Mapping:
    """Read a facts file from disk (UTF-8 or GBK) and parse it."""
    label = display or str(path)
    if path.suffix.lower() not in (".yaml", ".yml", ".txt", ""):
        raise InputError(f"{label}: 事实文件应当是 .yaml 或 .yml 文件")
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
    if value is None:
        return Scalar("", where, is_null=True)
    if isinstance(value, bool):
        return Scalar("是" if value else "否", where)
    if isinstance(value, dt.datetime):
        return Scalar(value.strftime("%Y-%m-%d %H:%M"), where)
    if isinstance(value, dt.date):
        return Scalar(value.isoformat(), where)
    if isinstance(value, str | int | float):
        return Scalar(str(value), where)
    if isinstance(value, AnyMapping):
        entries = []
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append(Problem(where, f"键必须是文字，这里是 {key!r}", field=field_name((*path, str(key)))))
                continue
            entries.append(Entry(key.strip(), where, _from_data(item, where, problems, (*path, key.strip()))))
        return Mapping(tuple(entries), where)
    if isinstance(value, AnySequence):
        return Sequence(tuple(_from_data(item, where, problems, (*path, i)) for i, item in enumerate(value)), where)
    problems.append(Problem(where, f"不支持的值：{type(value).__name__}", field=field_name(path)))
    return Scalar("", where, is_null=True)
