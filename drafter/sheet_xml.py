"""The bottom layer of spreadsheet reading: what openpyxl's read-only reader does not give, scanned from a
sheet's own XML (bytes, bounded by sheets.MAX_INFLATED before they get here) — merged cells, hidden rows,
error cells and formulas saved without a result. Positions are 1-based (row, column) as Excel numbers them.
"""

from __future__ import annotations

import io
import re

_MERGED = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def sheet_xml(data: bytes, part: str) -> bytes:
    """The XML of the sheet read (its size is bounded by sheets._refuse_inflated); empty when it cannot be had."""
    import zipfile

    if not part:
        return b""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read(part.lstrip("/"))
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, RuntimeError):
        return b""


_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="(\d{1,7})"')


def hidden_rows(xml: bytes) -> frozenset[int]:
    """Rows hidden in Excel: a filtered list shows only some rows, and all of them are drafted."""
    if b"hidden=" not in xml:
        return frozenset()
    found = set()
    for row in _HIDDEN_ROW.finditer(xml):
        number = _ROW_NUMBER.search(row[0])
        if number is not None:
            found.add(int(number[1]))
    return frozenset(found)


def merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """(first column, first row, last column, last row), 1-based, of the sheet's merged cells.

    The read-only reader does not give them: a cell merged over three rows (one 发文机关 for three
    documents) came as a value in its first row and nothing in the others, which then lacked it."""
    if b"mergeCell" not in xml:
        return []
    return [
        (_column_number(m[1]), int(m[2]), _column_number(m[3]), int(m[4]))
        for m in _MERGED.finditer(xml, xml.rfind(b"</sheetData>") + 1)
    ]


_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_CELL_START = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')


def _cell_attributes(xml: bytes, position: int) -> bytes | None:
    """The attributes of the cell (<c …>, with or without a namespace prefix) last opened before ``position``."""
    start = max(xml.rfind(b"<c ", 0, position), xml.rfind(b":c ", 0, position) - 1)
    cell = _CELL_START.match(xml, start) if start >= 0 else None
    return cell[1] if cell is not None else None


def error_cells(xml: bytes) -> list[tuple[int, int]]:
    """(row, column) of cells holding an Excel error (#N/A, #REF!, #DIV/0!): read as that text, they
    were drafted into the document as it."""
    found: list[tuple[int, int]] = []
    if b't="e"' not in xml:
        return found
    position = xml.find(b't="e"')
    while position >= 0:
        attributes = _cell_attributes(xml, position)
        ref = _CELL_REF.search(attributes) if attributes is not None and b't="e"' in attributes else None
        if ref is not None:
            found.append((int(ref[2]), _column_number(ref[1])))
        position = xml.find(b't="e"', position + 5)
    return found


def formula_cells(xml: bytes) -> list[tuple[int, int]]:
    """(row, column) of the cells holding a formula whose result is not saved as text (``t="str"``: a text
    result that is really empty is saved so, with an empty value)."""
    found: list[tuple[int, int]] = []
    for formula in _FORMULA.finditer(xml):
        attributes = _cell_attributes(xml, formula.start())
        if attributes is None or b't="str"' in attributes:
            continue
        ref = _CELL_REF.search(attributes)
        if ref is not None and (cell := (int(ref[2]), _column_number(ref[1]))) not in found[-1:]:
            found.append(cell)
    return found


# What a cell holding something has: a value, an inline string or a formula (with or without a namespace prefix).
_FILLED = (b"<v>", b"<v ", b":v>", b":v ", b"<is>", b":is>", b"<f>", b"<f ", b":f>", b":f ")


def last_filled_row(xml: bytes) -> int | None:
    """The number of the last row with a cell holding something; None when it cannot be told (no XML, rows
    without numbers), 0 when no cell holds anything. Rows below it that carry only a format (a clerk who
    formatted the whole sheet, down to row 1,048,576) are nothing to read: they were read one by one and the
    list of one document refused as 表格超过 100000 行."""
    end = xml.rfind(b"</sheetData>")
    if end < 0:
        end = len(xml)
    position = max(xml.rfind(tag, 0, end) for tag in _FILLED)
    if position < 0:
        return 0 if xml else None
    start = max(xml.rfind(b"<row", 0, position), xml.rfind(b":row", 0, position))
    close = xml.find(b">", start)
    number = _ROW_NUMBER.search(xml, start, close) if start >= 0 and close > 0 else None
    return int(number[1]) if number is not None else None
