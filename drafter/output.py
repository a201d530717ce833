"""Writing output files atomically: a temp file in the same folder, then a rename.

A reader (or a crash) never sees half a file, and an existing file is never replaced unless the
caller asked for it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import OutputError


def check_writable(path: Path, *, force: bool = False) -> None:
    """Fail early, before any work, if ``path`` cannot or must not be written."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: 输出文件夹 {folder} 不存在")
    if path.is_dir():
        raise OutputError(f"{path}: 这是一个文件夹，不能写成文件")
    if path.exists() and not force:
        raise OutputError(f"{path}: 文件已存在；如需覆盖请加 --force")


def write_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` in one step; refuse to replace an existing file unless ``force``."""
    check_writable(path, force=force)
    folder = path.parent
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: 无法在 {folder} 里写文件（{exc.strerror}）") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)
        if force:
            os.replace(temp, path)
        else:
            _link_without_replacing(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, FileExistsError):
            raise OutputError(f"{path}: 写入失败（{exc.strerror}）") from exc
        if isinstance(exc, FileExistsError):
            raise OutputError(f"{path}: 文件已存在；如需覆盖请加 --force") from exc
        raise


def _link_without_replacing(temp: Path, path: Path) -> None:
    """Move temp to path, failing if path appeared meanwhile (os.link never replaces)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links: a plain rename, after checking once more.
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(temp, path)
        return
    temp.unlink()
