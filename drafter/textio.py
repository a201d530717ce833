"""Reading text files whose encoding is not declared (UTF-8 with or without BOM, GBK/GB18030)."""

from __future__ import annotations

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


def read_bytes(path: Path, label: str) -> bytes:
    """Read a file, with a Chinese message for every failure."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{label}: 文件不存在") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{label}: 这是一个文件夹，不是文件") from exc
    except PermissionError as exc:
        raise InputError(f"{label}: 没有读取权限") from exc
    except OSError as exc:
        raise InputError(f"{label}: 无法读取（{exc.strerror}）") from exc


def read_text(path: Path, name: str | None = None) -> tuple[str, str]:
    """Read and decode a text file."""
    label = name or str(path)
    return decode_text(read_bytes(path, label), label)
