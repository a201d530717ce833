"""Reading text files whose encoding is not declared (UTF-8 with or without BOM, GBK/GB18030)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes of a text file; return (text, encoding name).

    UTF-8 is tried first because GB18030 accepts almost any byte string and would
    silently garble UTF-8 text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: 文件声明为 {encoding} 编码，但内容无法按此解码（第 {exc.start} 字节）"
                ) from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: 不是文本文件（含有二进制内容）")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: 无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030），请用记事本或 WPS 另存为 UTF-8"
        ) from exc


# Larger than any document or facts file a person writes; past it, reading could exhaust memory.
MAX_FILE_BYTES = 100 * 1024 * 1024


def read_bytes(path: Path, label: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file of at most ``limit`` bytes, with a Chinese message for every failure."""
    try:
        # Checked before opening: opening a named pipe would wait for a writer forever.
        if stat.S_ISDIR(os.stat(path).st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(f"{label}: 不是普通文件（设备、管道等），不能读取")
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{label}: 文件不存在") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{label}: 这是一个文件夹，不是文件") from exc
    except PermissionError as exc:
        raise InputError(f"{label}: 没有读取权限") from exc
    except OSError as exc:
        raise InputError(f"{label}: 无法读取（{exc.strerror}）") from exc
    if len(data) > limit:
        raise InputError(f"{label}: 文件太大（超过 {limit // (1024 * 1024)} MB），不能读取")
    return data


def read_text(path: Path, name: str | None = None) -> tuple[str, str]:
    """Read and decode a text file."""
    label = name or str(path)
    return decode_text(read_bytes(path, label), label)
