"""Reading the manifest.yaml of a template folder that did not ship with drafter.

Template folders come from anywhere (a colleague's zip, a download). Their manifest is read like a
facts file: only from inside its folder, a regular file of sane size, within the same alias,
recursion and nesting budgets, and every mistake reported with its file and line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from msgspec import Struct

from .errors import DrafterError, FactsError, InputError, TemplateError
from .facts import Mapping, Node, Sequence, check_document, duplicate_keys, load_facts_text
from .textio import decode_text, read_bytes

MANIFEST = "manifest.yaml"
MAX_MANIFEST_BYTES = 1 << 20


class Manifest(Struct, frozen=True):
    """The manifest's values (as YAML types them) and its node tree, which knows every line."""

    data: dict[str, Any]
    tree: Mapping
    label: str

    def where(self, *keys: str | int) -> str:
        """``manifest.yaml:LINE`` of the deepest of ``keys`` (mapping keys or list positions) that exists."""
        node: Node = self.tree
        line = node.location.line
        for key in keys:
            if isinstance(node, Mapping) and isinstance(key, str) and node.get(key) is not None:
                entry = node.get(key)
                assert entry is not None
                line, node = entry.key_location.line, entry.value
            elif isinstance(node, Sequence) and isinstance(key, int) and 0 <= key < len(node.items):
                node = node.items[key]
                line = node.location.line
            else:
                break
        return f"{self.label}:{line}"


def read_manifest(folder: Path) -> Manifest:
    """The manifest of ``folder``; TemplateError (or FactsError, with lines) when it cannot be used."""
    path = folder / MANIFEST
    label = str(path)
    root = os.path.realpath(folder)
    if os.path.commonpath([root, os.path.realpath(path)]) != root:
        raise TemplateError(f"{label}: 是指向模板文件夹以外的链接，不能读取")
    try:
        text, _ = decode_text(read_bytes(path, label, limit=MAX_MANIFEST_BYTES), label)
        tree = load_facts_text(text, label)
        duplicates = duplicate_keys(tree)
        if duplicates:
            raise FactsError(duplicates)
        check_document(tree)
    except FactsError as exc:
        raise TemplateError("\n".join(str(problem) for problem in exc.problems)) from exc
    except InputError as exc:
        raise TemplateError(str(exc)) from exc
    try:
        values = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark is not None else label
        raise TemplateError(f"{where}: YAML 格式错误：{getattr(exc, 'problem', None) or exc}") from exc
    except (RecursionError, MemoryError, DrafterError) as exc:
        raise TemplateError(f"{label}: 清单无法读取（结构太深或太大）") from exc
    if not isinstance(values, dict):
        raise TemplateError(f"{label}: 清单应当是一组“键: 值”")
    return Manifest(values, tree, label)
