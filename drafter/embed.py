"""Another facts file as part of a document: an attachment, or the document a 印发 notice issues.

A field of type ``facts_file`` names a facts file (relative to the one naming it). Before rendering,
each is drafted with its own template; the template then sees ``{"标题": its title, "键": key}`` and
writes ``::嵌入 key`` where the document goes, and the blocks of that draft replace the line (its
title moves onto the attachment page, its 版头 and 版记 are left out: they belong to a whole document).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from .errors import FactsError, InputError, Location, Problem
from .model import (
    AttachmentStart,
    Block,
    BriefingHead,
    Draft,
    EmbedMark,
    Imprint,
    Letterhead,
    LetterMark,
    MinutesMark,
    Preamble,
    Title,
)

MAX_EMBEDDED = 50


class FactsFileRef(Struct, frozen=True):
    """A facts file named in the facts, with where it was named."""

    path: str
    location: Location


def written_in(location: Location, facts_path: Path | None) -> Path | None:
    """The file a value was written in, which a relative path in it is read from: the facts file, or the file of
    shared values it came from (``batch --defaults 共用/默认.yaml``). Its 模板: 本单位通知 and 文件: 方案.yaml were
    looked for beside each facts file (工作/本单位通知), where the clerk never put them."""
    if facts_path is None or location.path == str(facts_path):
        return facts_path
    try:
        return Path(location.path) if Path(location.path).is_file() else facts_path
    except (OSError, ValueError):
        return facts_path


class Embedded(Struct, frozen=True):
    key: str
    draft: Draft


def resolve(
    values: dict[str, Any],
    facts_path: Path | None,
    *,
    depth: int = 0,
    read: list[Path] | None = None,
    allow_placeholders: bool = False,
) -> tuple[dict[str, Any], list[Embedded]]:
    """Draft every facts file the values name; return the values the template sees and the drafts.
    The files read are added to ``read`` (an output must never be written over one of them).
    ``allow_placeholders`` holds for them as for the file naming them: a notice issuing a plan written from
    a mined starter, drafted with --allow-placeholders to see its layout, was refused for the plan's marks."""
    found: list[Embedded] = []
    problems: list[Problem] = []

    def walk(value: Any) -> Any:
        if isinstance(value, FactsFileRef):
            return _draft_one(value, facts_path, depth, found, problems, read, allow_placeholders)
        if isinstance(value, dict):
            return {key: walk(item) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value

    resolved = walk(values)
    if problems:
        raise FactsError(problems)
    return resolved, found


def _draft_one(
    ref: FactsFileRef,
    facts_path: Path | None,
    depth: int,
    found: list[Embedded],
    problems: list[Problem],
    read: list[Path] | None = None,
    allow_placeholders: bool = False,
) -> dict[str, str] | None:
    from .drafting import draft_from_tree
    from .facts import load_facts

    if depth > 0:
        problems.append(Problem(ref.location, "作为附件的文件里不能再引用别的事实文件", field="文件"))
        return None
    if len(found) >= MAX_EMBEDDED:
        # Each is a whole draft: thousands of references (one file named over and over) would take hours.
        problems.append(Problem(ref.location, f"一篇公文最多嵌入 {MAX_EMBEDDED} 个事实文件", field="文件"))
        return None
    path = Path(os.path.expanduser(ref.path))  # 文件: ~/材料/方案.yaml, as typed at the shell
    if not path.is_absolute():
        source = written_in(ref.location, facts_path)
        path = (source.parent if source is not None else Path(".")) / path
    if not path.exists() and str(ref.path).strip():
        path = _with_its_extension(path)
    if not path.is_file():
        # Said as what is there: a folder or a device named by mistake is not "missing".
        if not str(ref.path).strip():
            reason = "没有写文件名（写另一个事实文件，如 实施方案.yaml）"
        elif path.is_dir():
            reason = f"“{ref.path}”是一个文件夹，不是事实文件（{path}）"
        elif os.path.lexists(path) and not path.exists():
            reason = f"“{ref.path}”是一个指向不存在的文件的链接（{path}）"
        elif path.exists():
            reason = f"“{ref.path}”不是普通文件（设备、管道等），不能读取（{path}）"
        else:
            reason = f"找不到文件“{ref.path}”（{path}）"
        problems.append(Problem(ref.location, reason, field="文件"))
        return None
    if facts_path is not None and _same(path, facts_path):
        problems.append(Problem(ref.location, "不能把事实文件自己作为附件", field="文件"))
        return None
    if read is not None:
        read.append(path)
    try:
        tree = load_facts(path, str(path))
    except InputError as exc:
        # 文件: 名单.xlsx (a sheet, a Word file, a GBK file marked UTF-8): said at the line that names it,
        # beside the other problems, instead of stopping the run with the file's name alone.
        hint = "表格请写成“表格:”下面的一行行（每行一项）" if path.suffix.lower() in (".xlsx", ".csv", ".xls") else ""
        problems.append(Problem(ref.location, f"“{ref.path}”读不出来：{exc}", field="文件", hint=hint))
        return None
    _, draft = draft_from_tree(tree, path, embedded_depth=depth + 1, allow_placeholders=allow_placeholders)
    if any(isinstance(block, AttachmentStart) for block in draft.blocks):
        problems.append(Problem(ref.location, f"“{ref.path}”自己带有附件；作为附件的文件不能再带附件", field="文件"))
        return None
    key = f"e{len(found) + 1}"
    found.append(Embedded(key, draft))
    title = next((b.text for b in draft.blocks if isinstance(b, Title)), draft.title)
    return {"标题": title.replace("|", ""), "键": key}


def _with_its_extension(path: Path) -> Path:
    """The facts file a name without its extension names (文件: 实施方案 where 实施方案.yaml is): Windows hides
    extensions by default, and the clerk typed the name the folder shows, to be told 找不到文件“实施方案” beside
    the file itself. Only where one such file is there; ``path`` otherwise."""
    if path.suffix.lower() in (".yaml", ".yml"):
        return path
    try:
        there = [named for named in (Path(f"{path}.yaml"), Path(f"{path}.yml")) if named.is_file()]
    except (OSError, ValueError):
        return path
    return there[0] if len(there) == 1 else path


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def splice(draft: Draft, embedded: list[Embedded]) -> Draft:
    """Put each embedded draft's blocks where its ``::嵌入`` line stands."""
    if not any(isinstance(block, EmbedMark) for block in draft.blocks):
        return draft
    by_key = {item.key: item.draft for item in embedded}
    furniture = (Preamble, Letterhead, LetterMark, MinutesMark, BriefingHead, Imprint)
    blocks: list[Block] = []
    for block in draft.blocks:
        if not isinstance(block, EmbedMark):
            blocks.append(block)
            continue
        inner = by_key.get(block.key)
        if inner is None:
            continue
        parts = [b for b in inner.blocks if not isinstance(b, furniture)]
        # The embedded title goes on its attachment page (line 3, §7.3.7) or heads the issued document.
        title = next((b for b in parts if isinstance(b, Title)), None)
        if title is not None and blocks and isinstance(blocks[-1], AttachmentStart):
            blocks[-1] = replace(blocks[-1], title=blocks[-1].title or title.text)
            parts.remove(title)
        blocks.extend(parts)
    return Draft(tuple(blocks))
