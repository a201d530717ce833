"""The user's cache folder for drafter (compiled templates, jieba's dictionary cache).

A cache only ever saves time: when the folder cannot be made, callers go on without one. What is
cached is loaded as code, so a folder anyone else could have written into is not used at all.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def owned_privately(info: os.stat_result) -> bool:
    """Owned by the current user and writable by no one else."""
    return info.st_uid == _uid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def _safe_ancestor(info: os.stat_result) -> bool:
    """A folder above the cache: the user's or root's, and no one else can rename what is inside it.

    A world-writable folder with the sticky bit owned by root (/tmp) qualifies: others can add their
    own entries there but cannot replace ours.
    """
    if info.st_uid not in (_uid(), 0):
        return False
    if not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return True
    return info.st_uid == 0 and bool(info.st_mode & stat.S_ISVTX)


def trusted_folder(folder: Path, own_from: Path) -> bool:
    """``folder`` and its parents up to ``own_from`` are the user's own and private; those above are safe."""
    if not hasattr(os, "getuid"):
        return True  # Windows: per-user profile folders, no POSIX owners to check
    real = Path(os.path.realpath(folder))
    own = Path(os.path.realpath(own_from))
    try:
        for path in (real, *real.parents):
            info = os.lstat(path)
            inside = path == own or own in path.parents
            if not (owned_privately(info) if inside else _safe_ancestor(info)):
                return False
    except OSError:
        return False
    return True


def user_cache_dir(*parts: str) -> Path | None:
    """``$XDG_CACHE_HOME/drafter/<parts>`` (default ``~/.cache``), private to the user; None if impossible or unsafe."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        # Unset, or relative (XDG_CACHE_HOME=cache), which the XDG rules say to ignore: it made a folder cache/drafter
        # in whatever folder drafter was run in, among the clerk's documents.
        base = os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None  # HOME relative too (HOME=. in a script): no cache rather than one in the working folder
    root = Path(base, "drafter")
    folder = root.joinpath(*parts)
    try:
        # One level at a time, so that every folder drafter makes is private whatever the umask.
        Path(base).mkdir(mode=0o700, parents=True, exist_ok=True)
        for level in (root, *(root.joinpath(*parts[: i + 1]) for i in range(len(parts)))):
            level.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    if not trusted_folder(folder, root) or not os.access(folder, os.W_OK):
        return None
    return folder


def store_whole(path: Path, data: bytes) -> None:
    """A cache entry written whole under a temporary name beside it, then put in place: another drafter reading
    it never sees half of one. A failure leaves the old entry (or none) and no temporary file; the temporary is
    private (mkstemp) and created anew, never through a link planted under its name."""
    import tempfile  # (only when an entry is written: drafting's start-up does without it)

    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)  # a link named as the entry is replaced, not followed
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
