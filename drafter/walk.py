"""Finding input files in folders and glob patterns.

Each real file is found once however many links lead to it; a link to a folder is followed, but
every real folder is entered once, so a link to itself (or two links to each other) cannot make
the walk endless; a folder that cannot be read is reported, never skipped silently.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from msgspec import Struct, field

from .errors import os_reason

_MAGIC = re.compile(r"[*?[]")


class Walk(Struct):
    """Files found, in order, and the folders that could not be read."""

    files: list[Path] = field(default_factory=list)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    # Links to a folder above (or to a system folder), not entered: (the link, the folder it leads to).
    passed: list[tuple[Path, str]] = field(default_factory=list)
    _seen: set[tuple[int, int]] = field(default_factory=set)

    def add(self, path: Path) -> None:
        """Keep ``path`` unless the same real file was found already."""
        try:
            info = os.stat(path)
        except OSError:
            self.files.append(path)  # whoever reads it reports why it cannot be read
            return
        key = (info.st_dev, info.st_ino)
        if key not in self._seen:
            self._seen.add(key)
            self.files.append(path)


def _entries(folder: Path, walk: Walk) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as exc:
        reason = "没有读取权限" if isinstance(exc, PermissionError) else os_reason(exc)
        if all(seen != folder for seen, _ in walk.unreadable):  # a folder is listed, then read: report it once
            walk.unreadable.append((folder, reason))
        return []


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows links
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()  # follows links; a link loop is simply not a file
    except OSError:
        return False


def _above(folder: str, target: str) -> bool:
    """Whether ``target`` is one of the folders holding ``folder`` (both real paths). A link to the folder
    itself is no trouble: a real folder is entered once."""
    return folder != target and folder.startswith(target if target.endswith(os.sep) else target + os.sep)


def _leads_up(entry: os.DirEntry[str], folder: Path, root: str) -> str | None:
    """The real folder a link ``entry`` leads to, when it is above ``folder`` or above ``root``, or a system
    folder (/proc, /sys, /dev); None for anything else.

    A link is followed to a folder elsewhere (存档/共享 → another disk), but a link up (旧文件/全部 → /, or → ..)
    made the walk read the whole disk above it: parse of a folder of three documents ran past five minutes and a
    gigabyte, reading every .txt and .html of the system; batch would draft every .yaml found there.
    """
    try:
        if not entry.is_symlink():
            return None
        target = os.path.realpath(entry.path)
        here = os.path.realpath(folder)
    except (OSError, ValueError):
        return None
    parts = Path(target).parts
    if _above(here, target) or _above(root, target) or (len(parts) > 1 and parts[1] in ("proc", "sys", "dev")):
        return target
    return None


def _descendants(root: Path, walk: Walk) -> Iterator[Path]:
    """``root`` and every folder below it, each real folder once, in sorted order; a link to a folder above
    is not entered (``walk.passed``)."""
    try:
        top = os.path.realpath(root)
    except (OSError, ValueError):
        top = os.path.abspath(root)
    visited: set[tuple[int, int]] = set()
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            info = os.stat(folder)
        except FileNotFoundError:
            continue  # gone since it was listed
        except OSError as exc:
            # A folder listed but not reachable (its path past the system's limit, 300 folders deep) was
            # skipped without a word, and the run said the input held no documents at all.
            walk.unreadable.append((folder, os_reason(exc)))
            continue
        key = (info.st_dev, info.st_ino)
        if key in visited:
            continue
        visited.add(key)
        yield folder
        subfolders = []
        for entry in _entries(folder, walk):
            if not _is_dir(entry):
                continue
            target = _leads_up(entry, folder, top)
            if target is None:
                subfolders.append(Path(entry.path))
            elif all(link != Path(entry.path) for link, _ in walk.passed):  # a folder is listed, then read: once
                walk.passed.append((Path(entry.path), target))
        pending.extend(reversed(subfolders))


def files_under(root: Path, accept: Callable[[Path], bool], walk: Walk) -> None:
    """Every accepted file in ``root`` and its subfolders (links followed, loops cut), sorted by path."""
    found: list[Path] = []
    for folder in _descendants(root, walk):
        for entry in _entries(folder, walk):
            path = Path(entry.path)
            # A name that looks like an input but is no file (a broken link, a pipe) is kept, so that the
            # reader says why it cannot be read instead of the folder's count silently coming up short.
            if accept(path) and (_is_file(entry) or not _is_dir(entry)):
                found.append(path)
    for path in sorted(found):
        walk.add(path)


def _component(pattern: str) -> re.Pattern[str]:
    """One path component of a glob (``*``, ``?``, ``[...]``); as in glob, a leading dot must be written."""
    hidden = "" if pattern.startswith(".") else r"(?!\.)"
    return re.compile(hidden + fnmatch.translate(pattern))


def glob_files(pattern: str, walk: Walk) -> int:
    """Files matching ``pattern`` (``**`` for any depth), each real file once, sorted by path; how many matched."""
    parts = Path(pattern).parts
    if not parts:
        return 0
    start = 0
    while start < len(parts) and not _MAGIC.search(parts[start]):
        start += 1
    base = Path(*parts[:start]) if start else Path(".")
    found: set[Path] = set()
    _match(base, list(parts[start:]), walk, found)
    for path in sorted(found):
        walk.add(path)
    return len(found)


def _match(base: Path, parts: list[str], walk: Walk, found: set[Path]) -> None:
    if not parts:
        # A match that is no file (a broken link, a pipe) is kept too, so that the reader says why it cannot be read.
        if base.is_file() or (os.path.lexists(base) and not base.is_dir()):
            found.add(base)
        return
    part, rest = parts[0], parts[1:]
    if part == "**":
        for folder in _descendants(base, walk):
            relative = folder.relative_to(base) if folder != base else None
            if relative is not None and any(p.startswith(".") for p in relative.parts):
                continue  # ** does not enter hidden folders, as glob does not
            _match(folder, rest or ["*"], walk, found)  # a final ** means every file below
        return
    if not _MAGIC.search(part):
        _match(base / part, rest, walk, found)
        return
    if not base.is_dir():
        return
    matcher = _component(part)
    for entry in _entries(base, walk):
        if matcher.fullmatch(entry.name) and (rest == [] or _is_dir(entry)):
            _match(Path(entry.path), rest, walk, found)


def link_up_reason(link: Path, target: str, done: str) -> str:
    """Why the link ``link`` to ``target`` (walk.passed) was not entered: the files there were not ``done``."""
    parts = Path(target).parts
    if len(parts) > 1 and parts[1] in ("proc", "sys", "dev"):
        return f"{link}: 这个链接指向系统文件夹 {target}，没有进入，那里的文件没有{done}"
    return (
        f"{link}: 这个链接指向上级文件夹 {target}，没有进入（进入就会把上级文件夹里的全部文件都读进来），"
        f"那里的文件没有{done}；要用那里的文件，请把它们所在的文件夹直接写在命令里"
    )
