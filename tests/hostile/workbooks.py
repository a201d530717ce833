"""Workbooks as Excel leaves them on disk, built with openpyxl and then altered in their XML."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def save_rewritten(
    book: Any, path: Path, sheet_xml: Callable[[str], str] = lambda xml: xml, extra: bytes = b""
) -> Path:
    """``book`` (an openpyxl Workbook) saved to ``path`` with its first sheet's XML passed through ``sheet_xml``
    (what openpyxl cannot write: a formula without a saved result, a damaged part), and ``extra`` bytes as one
    more part when given (a package far larger than its sheets)."""
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = sheet_xml(data.decode("utf-8")).encode("utf-8")
            archive.writestr(name, data)
        if extra:
            archive.writestr("xl/media/padding.bin", extra)
    return path
