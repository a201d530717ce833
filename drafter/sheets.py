"""Spreadsheets as batch input, and ready-to-fill sheets for ``drafter new --xlsx``.

One row is one document: the first row holds the field names, each later row the values. A dotted
name fills a nested field (``联系人.电话``; ``联系人.2.姓名`` for the second contact). Empty cells are
left out, so the defaults (``--defaults 默认.yaml``) and the template's own defaults apply. Values
keep their text: a cell Excel holds as a date is written 2025-03-10, a whole number without “.0”.
Every problem names the file, the sheet, the row and the column (``名单.xlsx 工作表“名单” 第3行 C列``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from .errors import DrafterError, FactsError, InputError, Location, Problem
from .facts import MAX_DEPTH, Entry, Mapping, Node, Scalar, Sequence
from .gongwen.wording import none_word
from .sheet_xml import error_cells, formula_cells, hidden_rows, last_filled_row, merged_ranges, sheet_xml
from .terminal import command_word
from .textio import crafted_package, declares_entities, decode_text, password_protected, read_bytes, visible_text

if TYPE_CHECKING:
    from .catalog import TemplateSpec
    from .fields import FieldSpec

MAX_ROWS = 100_000
MAX_CELLS = 5_000_000  # cells up to each row's last one: 100,000 rows of 50 fields
# What an .xlsx may unpack to: 100,000 rows of 20 short cells are about 60 MB of sheet XML.
MAX_INFLATED = 64 * 1024 * 1024
INSTALL_HINT = "读取 Excel 文件需要 openpyxl（pip install openpyxl）；也可以在 Excel/WPS 里另存为 CSV"


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class CellLocation(Location, frozen=True):
    """A cell of a sheet, said as people name cells: 名单.xlsx 工作表“名单” 第3行 C列."""

    sheet: str = ""

    def __str__(self) -> str:
        where = f"{self.path} 工作表“{self.sheet}”" if self.sheet else self.path
        if self.line <= 0:
            return where
        return f"{where} 第{self.line}行" + (f" {column_letter(self.column)}列" if self.column > 0 else "")


class SheetRow(Struct, frozen=True):
    number: int  # 1-based row number in the sheet
    tree: Mapping
    header: int = 1  # the row of field names (a column's problem shared by every row is said there)
    hidden: bool = False  # hidden in Excel (filtered out): drafted all the same, with a reminder
    columns: tuple[tuple[str, int], ...] = ()  # each field with a column of its own and the column (1-based)
    problems: tuple[Problem, ...] = ()  # what fails this row alone (a cell in a column without a name)


# --- reading ---------------------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if isinstance(value, str):  # every cell of a .csv, most of an .xlsx: one test instead of six
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour, value.minute) != (0, 0) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Raw(Struct):
    """A sheet as read: its name, rows of cell values, cells whose value cannot be used (row, column → what
    to say, with {} for the field), the other sheets."""

    sheet: str
    rows: list[list[Any]]
    unusable: dict[tuple[int, int], str]
    others: list[str]
    hidden: frozenset[int] = frozenset()  # rows hidden in Excel (by hand or by a filter)
    merged: list[tuple[int, int, int, int]] = []  # merged cells: first column, first row, last column, last row


def _xlsx_rows(path: Path, label: str) -> _Raw:
    import warnings

    # openpyxl warns in English about what it skips (styles, data validation, a bad defined name); the
    # values are read all the same, and office staff would only see noise on the terminal.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_xlsx(path, label)


def _read_xlsx(path: Path, label: str) -> _Raw:
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
        raise InputError(f"{label}: {INSTALL_HINT}") from exc
    data = read_bytes(path, label)
    _refuse_foreign(data, label)
    _refuse_inflated(data, label)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        # Said in words, not as the library's exception name (BadZipFile, KeyError).
        import zipfile

        why = (
            "文件不完整（没有下载或复制完整）或已损坏"
            if isinstance(exc, zipfile.BadZipFile)
            else "文件已损坏或缺少部件"
        )
        raise InputError(f"{label}: 无法读取这个 Excel 文件：{why}；请确认它是 .xlsx 格式，没有加密") from exc
    try:
        if not book.worksheets:
            raise InputError(
                f"{label}: 这个 Excel 文件里没有工作表（文件已损坏）；请在 Excel 或 WPS 中打开后另存为 .xlsx"
            )
        # The first sheet the clerk sees: a hidden one (an old list kept out of sight, a lookup table of choices)
        # was read in place of the list on the first visible tab, and its rows drafted or refused, a sheet the
        # clerk could not find named in every message.
        shown = [sheet for sheet in book.worksheets if getattr(sheet, "sheet_state", "visible") == "visible"]
        shown = shown or book.worksheets
        sheet = shown[0]
        if _notes_sheet(sheet) and len(shown) > 1:
            # drafter new --xlsx's own 说明 sheet moved to the front (WPS's 移动工作表, a tab dragged): the list
            # is the sheet after it, and every row of the notes failed as 每一行都缺少必填项“文种”.
            sheet = next((other for other in shown[1:] if not _notes_sheet(other)), sheet)
        # Rows as long as their own last cell, not padded to the size the file declares: a 21 KB file
        # declaring A1:XFD3000 made 3,000 rows of 16,384 cells each (800 MB); 100,000 would fill the machine.
        sheet.reset_dimensions()
        xml = sheet_xml(data, getattr(sheet, "_worksheet_path", ""))
        last = last_filled_row(xml)  # the rows below it carry a format at most: not read one by one
        rows = []
        cells = 0
        try:
            for row in sheet.iter_rows(max_row=last, values_only=True) if last != 0 else ():
                rows.append(list(row))
                cells += len(row)
                if len(rows) > MAX_ROWS + 1:
                    raise InputError(f"{label}: 表格超过 {MAX_ROWS} 行，请分成几个文件")
                if cells > MAX_CELLS:
                    raise InputError(_too_many_cells(label, len(rows)))
        except InputError:
            raise
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # the sheet's XML is read row by row: damage shows only here
            # A damaged sheet (ParseError, ValueError of a cell) failed as an unexpected error.
            raise InputError(
                f"{label}: 无法读取这个 Excel 文件：工作表“{sheet.title}”在第 {len(rows) + 1} 行附近已损坏；"
                "请在 Excel 或 WPS 中打开，检查后另存为 .xlsx"
            ) from exc
        merged = merged_ranges(xml)
        _fill_merged_down(rows, merged)
        others = [other.title for other in shown if other.title != sheet.title]
        unusable = dict.fromkeys(_uncalculated(xml, rows), _UNCALCULATED)
        for row, column in error_cells(xml):
            if row <= len(rows) and column <= len(rows[row - 1]):
                unusable[row, column] = _ERROR_VALUE.replace("#", str(rows[row - 1][column - 1]).replace("{", "{{"), 1)
        return _Raw(sheet.title, rows, unusable, others, hidden_rows(xml), merged)
    finally:
        book.close()


def _uncalculated(xml: bytes, rows: list[list[Any]]) -> list[tuple[int, int]]:
    """(row, column) of formula cells the file keeps no result for, so that they read as empty.

    Excel and WPS save each formula's result beside it; a sheet made by a program (or an old export)
    may hold only the formula, and its rows were drafted as if the cell were blank."""
    found = []
    for row, column in formula_cells(xml):
        line = rows[row - 1] if row <= len(rows) else []
        if column > len(line) or line[column - 1] in (None, ""):
            found.append((row, column))
    return found


def _fill_merged_down(rows: list[list[Any]], ranges: list[tuple[int, int, int, int]]) -> None:
    """A cell merged down one column holds its value in every row it spans, as the sheet shows it.
    Merges across columns are left alone (a title over the header row is not a value of every column),
    and so are blank rows a merge spans (a blank row is no document) and a merge from the header row (a
    header two rows high names its column; it is no value of the row below)."""
    header = next((number for number, row in enumerate(rows, 1) if any(c not in (None, "") for c in row)), 0)
    for first_column, first_row, last_column, last_row in ranges:
        if first_column != last_column or not header < first_row < last_row or first_row > len(rows):
            continue
        index = first_column - 1
        top = rows[first_row - 1]
        value = top[index] if index < len(top) else None
        if value is None:
            continue
        for row in rows[first_row : min(last_row, len(rows))]:
            if all(cell is None or cell == "" for cell in row):
                continue
            if index >= len(row):
                row.extend([None] * (index + 1 - len(row)))
            if row[index] is None:
                row[index] = value


# In the order they are looked for on the header line: a comma first, as Excel and WPS write it, then a tab
# (tab-separated text may hold commas in its cells, but its header, of field names, holds none).
_DELIMITERS = (",", "\t", ";", "，", "；")
_SEPARATOR_LINE = re.compile(r"^sep=(.)$", re.IGNORECASE)


def _csv_rows(path: Path, label: str) -> _Raw:
    data = read_bytes(path, label)
    _refuse_foreign(data, label)
    text, _ = decode_text(data, label)
    if _is_html(text):
        raise InputError(f"{label}: {_HTML_SHEET}")
    # Lines ended by a carriage return alone (Excel for the old Mac's "CSV (Macintosh)", some systems' exports) were
    # one line to the reader, which gave up: 起草时出现意外错误（_LenientQuotes）. A cell's own line breaks are
    # line breaks still.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Excel and WPS write commas; a sheet copied out as text has tabs; Excel set to a European locale writes
    # semicolons, and a header typed by hand may hold full-width commas or semicolons (文种，单位，成文日期): the
    # header line tells which (it was read as one column, and every row was said to name no genre).
    first, _, rest = text.partition("\n")
    directive = _SEPARATOR_LINE.match(first.rstrip("\r"))  # (not strip(): sep= may name the tab)
    if directive:
        # sep=, over the header: a line for Excel naming the delimiter, which some systems' exports put first.
        # Read as the header, every column was said to have no name. Left a blank line, so rows keep their
        # numbers.
        delimiter, text = directive.group(1), "\n" + rest
    else:
        delimiter = next((mark for mark in _DELIMITERS if mark in first), ",")
    try:
        rows = _csv_records(text, delimiter, strict=True, label=label)
    except _LenientQuotes:
        # A quote inside a hand-typed cell ("青禾"学校): read as before, the quotes dropped.
        rows = _csv_records(text, delimiter, strict=False, label=label)
    return _Raw("", rows, {}, [])


class _LenientQuotes(Exception):
    """A misplaced quote that the lenient reader has always accepted."""


def _too_many_cells(label: str, row: int) -> str:
    return f"{label}: 表格太大（到第 {row} 行已超过 {MAX_CELLS:,} 个格子），请删去用不到的行和列，或分成几个文件"


def _csv_records(text: str, delimiter: str, *, strict: bool, label: str) -> list[list[Any]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=strict)
    rows: list[list[Any]] = []
    start = 1
    cells = 0
    try:
        for row in reader:
            cells += len(row)
            if cells > MAX_CELLS:  # 20 MB of commas was one row of 20,000,000 cells, copied twice over
                raise InputError(_too_many_cells(label, len(rows) + 1))
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                raise InputError(f"{label}: 表格超过 {MAX_ROWS} 行，请分成几个文件")
            start = reader.line_num + 1
    except csv.Error as exc:
        # An opening quote never closed swallows every later line into one cell: the rows after it
        # would be lost without a word (or the cell outgrows csv's limit and the reader gives up).
        message = str(exc)
        if "field limit" in message:
            raise InputError(
                f"{label} 第{start}行: 这一行有一个格子超过 {csv.field_size_limit():,} 个字"
                '（Excel 的一个格子最多 32,767 个字）；多半是这里的引号（"）没有成对，'
                "把后面的行都连成了一个格子"
            ) from exc
        if "end of data" in message:
            raise InputError(
                f'{label} 第{start}行: 这里有一个引号（"）没有成对，从这里到文件末尾都连成了一个格子；'
                "请补上引号，或在 Excel/WPS 中打开后重新另存为 CSV"
            ) from exc
        if not strict:
            raise InputError(
                f"{label} 第{start}行: 这一行无法按 CSV 读取；请在 Excel 或 WPS 中打开后重新另存为 CSV"
            ) from exc
        raise _LenientQuotes from exc
    return rows


_HTML_SHEET = (
    "这是网页（HTML）文件，不是表格（有的系统导出的“Excel”其实是网页）；请在 Excel 或 WPS 中打开后另存为 .xlsx 或 .csv"
)
_XLS_SHEET = "这是老式的 Excel 97-2003（.xls）文件，drafter 读 .xlsx 和 .csv；请在 Excel 或 WPS 中另存为 .xlsx"


def _is_html(text: str) -> bool:
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html", "<table")) or (
        head.startswith("<") and ("<table" in head or "<html" in head)
    )


def _refuse_foreign(data: bytes, label: str) -> None:
    """A sheet that is really an old .xls or a web page gets told what it is, not "damaged"."""
    if password_protected(data):
        # Said as an old .xls, which it is not: saving it again as .xlsx kept the password.
        raise InputError(
            f"{label}: 这个 Excel 文件设置了打开密码（已加密），drafter 读不了；"
            "请在 Excel 或 WPS 中打开，去掉密码（文件→信息→保护工作簿→用密码进行加密，清空后确定）再保存"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise InputError(f"{label}: {_XLS_SHEET}")
    if not data.startswith(b"PK"):
        head = data[:1024].decode("utf-8", "ignore")
        if _is_html(head):
            raise InputError(f"{label}: {_HTML_SHEET}")


def _refuse_inflated(data: bytes, label: str) -> None:
    """A workbook whose parts unpack to more than a sheet file may be: a 211 KB file holding 5,000,000
    shared strings took 64 s and 500 MB before any row was read. (A zip member never yields more than
    its declared size, so the declared sizes bound the work.)"""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
            if inflated <= MAX_INFLATED:
                _refuse_declarations(archive, label)
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, NotImplementedError, zlib.error):
        return  # said in words by the reader below
    if inflated > MAX_INFLATED:
        raise InputError(
            f"{label}: 表格解压后有 {inflated // (1024 * 1024):,} MB，超过 {MAX_INFLATED // (1024 * 1024)} MB，"
            "不像是一份名单表格；请删去用不到的行、列和工作表，或分成几个文件"
        )


# How far into an XML part its document type declaration may stand: after the XML declaration and a comment or two.
_PROLOG_BYTES = 64 * 1024


def _refuse_declarations(archive: Any, label: str) -> None:
    """A workbook part that declares a DOCTYPE (an XML bomb's entities, which Excel never writes): the parser stops
    the bomb, but said only 工作表在第 3 行附近已损坏, nothing of what the file is or what to do with it."""
    for info in archive.infolist():
        if info.filename.endswith((".xml", ".rels", ".vml")):
            with archive.open(info) as stream:
                if declares_entities(stream.read(_PROLOG_BYTES)):
                    raise crafted_package(label, info.filename, "Excel")


# The header of the 说明 sheet drafter new --xlsx writes beside its 名单 (write_fill_sheet).
_NOTES_HEADER = ("字段名", "必填", "类型", "说明")


def _notes_sheet(sheet: Any) -> bool:
    """Whether ``sheet`` is the 说明 sheet drafter new --xlsx writes (its header row, whatever its title)."""
    try:
        first = next(sheet.iter_rows(min_row=1, max_row=1, max_col=4, values_only=True), ())
    except Exception:  # a damaged sheet: read as the list, which says where it is damaged
        return False
    return tuple(str(value or "").strip() for value in first) == _NOTES_HEADER


def _past_title(rows: list[list[str]], first: int) -> int:
    """The row the header is on, ``first`` (0-based, the first row holding anything) or the row below a title
    over it: a sheet headed by a title in one cell (2025年工作总结名单, merged across the columns in WPS) took the
    title for its header, and every cell of every row was said to be in a column without a name. A title is one
    cell alone, over a row of at least two names, blank rows between them allowed."""
    if first >= len(rows) or sum(1 for cell in rows[first] if cell) != 1:
        return first
    below = first + 1
    while below < len(rows) and not any(rows[below]):
        below += 1
    return below if below < len(rows) and sum(1 for cell in rows[below] if cell) >= 2 else first


def _two_row_header(rows: list[list[str]], first: int, merged: list[tuple[int, int, int, int]]) -> list[str] | None:
    """The field names of a header two rows high, or None: a group's name merged across its columns (联系人 over
    G:H) with each column's own name in the row below (姓名, 电话), the other names merged down both rows, as
    Excel and WPS forms are made. Each column under a group is the group's field (联系人.姓名, 联系人.电话), as
    drafter new --xlsx names them. The row of 姓名 and 电话 was read as a document, and each column under the
    group but the first was said to have no name."""
    line = first + 1  # 1-based, as the merges count
    if first + 1 >= len(rows):
        return None
    groups = [
        (left, right)
        for left, top, right, bottom in merged
        if top == bottom == line and right > left and left <= len(rows[first]) and rows[first][left - 1]
    ]
    if not groups:
        return None
    header, below = list(rows[first]), rows[first + 1]
    under = {column for left, right in groups for column in range(left, right + 1)}
    if any(cell and index + 1 not in under for index, cell in enumerate(below)):
        return None  # a row of values, not of names
    header += [""] * (len(below) - len(header))
    for left, right in groups:
        group = header[left - 1]
        names = [below[column - 1] if column <= len(below) else "" for column in range(left, right + 1)]
        if not all(names):
            return None  # a column under the group without its own name: not a header after all
        for column, name in zip(range(left, right + 1), names, strict=True):
            header[column - 1] = f"{group}.{name}"
    return header


def read_sheet(path: Path, label: str | None = None) -> list[SheetRow]:
    """The rows of a spreadsheet (.xlsx: its first sheet; .csv in UTF-8 or GBK) as facts trees."""
    name = label or str(path)
    raw = _csv_rows(path, name) if path.suffix.lower() == ".csv" else _xlsx_rows(path, name)
    sheet, rows, unusable = raw.sheet, raw.rows, raw.unusable
    # A workbook whose first sheet is a cover or notes: the list is in another sheet, which is not read.
    first_only = (
        f"drafter 只读第一个工作表（“{sheet}”）；名单在“{raw.others[0]}”{'等别的' if len(raw.others) > 1 else ''}"
        "工作表里时，请把它移到最前面"
        if raw.others
        else ""
    )
    values, rows = rows, [[_cell_text(value) for value in row] for row in rows]
    blank = 0  # blank rows above the header still count in the row numbers people see
    while blank < len(rows) and not any(rows[blank]):
        blank += 1
    blank = _past_title(rows, blank)
    rows = rows[blank:]
    if not rows:
        raise FactsError(
            [
                Problem(
                    CellLocation(name, 0, 0, sheet),
                    "表格是空的：第一行应当是字段名（如 主送机关、成文日期）",
                    hint=first_only,
                )
            ]
        )
    header_line = blank + 1
    header = rows[0]
    names = _two_row_header(rows, 0, [(a, b - blank, c, d - blank) for a, b, c, d in raw.merged])
    if names is not None:
        header, rows = names, [names, *rows[2:]]
        header_line += 1  # the rows below count on from the second row of names
    data = _data_as_header(header)
    if data:
        # A list typed straight in without its row of field names (函, 甲, 青禾县教育局, …, 2025-03-18): the first row was
        # read as names, and the sheet refused as 字段名“请予支持.”不完整, a cell of the clerk's text taken for a name.
        shown = "、".join(f"“{cell}”" for cell in data[:3])
        raise FactsError(
            [
                Problem(
                    CellLocation(name, header_line, 0, sheet),
                    f"第一行像是一份公文的内容（{shown}），不是字段名",
                    hint="第一行要写字段名（文种、主送机关、成文日期……），下面每行一份公文；"
                    "drafter new 文种 --xlsx 可以生成写好字段名的表格",
                )
            ]
        )
    problems: list[Problem] = []
    columns = _columns(header, name, sheet, header_line, problems)
    unusable = {**unusable, **_phones_without_zero(values, columns, header_line)}
    result: list[SheetRow] = []
    # Where a field a row leaves empty is written: a missing required field is said at its cell. A part of a
    # record (来文.标题) has a column of its own as well; an item of a list (联系人.2.姓名) is numbered there
    # as people count and in the facts from 0, and is left to its row.
    own = tuple(
        (".".join(parts), index + 1)
        for index, parts in sorted(columns.items())
        if not any(part.isdigit() for part in parts)
    )
    for offset, row in enumerate(rows[1:], 1):
        number = header_line + offset
        if not any(cell for cell in row):
            continue
        # A column whose name is refused above (repeated, incomplete) has a name: its cells are not nameless.
        stray = tuple(
            Problem(CellLocation(name, number, index + 1, sheet), "这一列没有字段名（第一行是空的），内容无法使用")
            for index, cell in enumerate(row)
            if cell and index not in columns and not _named(header, index)
        )
        cells = [
            (
                columns[i],
                row[i] if i < len(row) else "",
                CellLocation(name, number, i + 1, sheet),
                unusable.get((number, i + 1), "") if unusable else "",
            )
            for i in sorted(columns)
            if (i < len(row) and row[i]) or (number, i + 1) in unusable
        ]
        mixed: list[Problem] = []
        tree = _tree(cells, CellLocation(name, number, 0, sheet), mixed)
        result.append(SheetRow(number, tree, header_line, number in raw.hidden, own, (*stray, *mixed)))
    # A note typed beside one row (待核 in the column after the last field) fails that row, as a column named 备注
    # does, and the others go on: it failed the whole sheet, 9 999 rows held back by one cell; so does a row that
    # fills both 联系人 and 联系人.姓名. A mistake every row makes (a column's name deleted) is said for the sheet.
    strays = [problem for row in result for problem in row.problems]
    if problems or (strays and all(row.problems for row in result)):
        raise FactsError([*problems, *strays])
    if not result:
        # Nothing to draft is a failure, as an empty 批量: list is: "0 items, exit 0" hides a wrong file.
        raise FactsError(
            [
                Problem(
                    CellLocation(name, header_line, 0, sheet),
                    "表格里只有第一行的字段名，下面没有要起草的行（每行一份公文）",
                    hint=first_only,
                )
            ]
        )
    return result


_DATE_CELL = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")


def _data_as_header(header: list[str]) -> list[str]:
    """The cells of a first row that are a document's content, not field names: a genre's name (函, 会议通知 — a
    column of them is headed 文种) or a date (a column of dates is headed 成文日期). [] for a row of names."""
    from .catalog import builtin_templates

    genres = {name for spec in builtin_templates() for name in (spec.title, *spec.aliases)}
    cells = [cell.strip() for cell in header if cell.strip()]
    # A genre's name in the first column, where 文种 stands (a template folder may name a field 意见 elsewhere).
    if not any(_DATE_CELL.fullmatch(cell) for cell in cells) and not (cells and cells[0] in genres):
        return []
    return [cell for cell in cells if cell in genres or _DATE_CELL.fullmatch(cell)]


def _named(header: list[str], index: int) -> bool:
    return index < len(header) and bool(header[index].strip())


# The column of row numbers a clerk puts first in every WPS list (序号 1, 2, 3 …): no field of any document. Read
# as one, it failed every row with 序号: 不认识这个键.
_ROW_NUMBERS = frozenset({"序号"})
# What a clerk marks a column with for the people filling the sheet: a required one's asterisk (*会议名称, 会议名称*)
# or a note in brackets (会议名称（必填）): the name was refused as unknown (是否想写“会议名称”？) in every row.
_HEADER_NOTE = re.compile(r"^[*＊]+\s*|\s*[*＊]+$|\s*[（(]\s*(?:必填|选填|可选|可不填|非必填)\s*[）)]$")


def _columns(header: list[str], name: str, sheet: str, line: int, problems: list[Problem]) -> dict[int, list[str]]:
    """Column index → the field path its name means (联系人.电话 → [联系人, 电话])."""
    columns: dict[int, list[str]] = {}
    seen: dict[str, int] = {}
    for index, raw in enumerate(header):
        # A header wrapped with Alt+Enter (主送⏎机关) is the name without the break.
        # (and without what does not show: 事由 with a zero-width space was 不认识这个键（是否想写“事由”？）)
        title = re.sub(r"\s*[\r\n]+\s*", "", visible_text(raw)).strip().replace("．", ".").replace("。", ".")
        title = _HEADER_NOTE.sub("", title).strip()
        if not title or title in _ROW_NUMBERS:
            continue
        where = CellLocation(name, line, index + 1, sheet)
        if title in seen:
            problems.append(Problem(where, f"字段名“{title}”重复（{column_letter(seen[title] + 1)}列已经有了）"))
            continue
        parts = [part.strip() for part in title.split(".")]
        if any(not part for part in parts):
            problems.append(Problem(where, f"字段名“{title}”不完整", hint="嵌套的字段写成“联系人.电话”"))
            continue
        if len(parts) > MAX_DEPTH:
            # As a facts file's nesting is bounded: a name of hundreds of dotted parts failed every row with
            # 内容嵌套太深，无法起草 and no word of which column (the rows' values are built part by part).
            problems.append(
                Problem(
                    where,
                    f"字段名分了 {len(parts)} 层，超过 {MAX_DEPTH} 层（“{title[:40]}……”）",
                    hint="嵌套的字段写成“联系人.电话”“联系人.2.姓名”，用点分开的不过两三层",
                )
            )
            continue
        seen[title] = index
        columns[index] = parts
    return columns


def _tree(
    cells: Iterable[tuple[list[str], str, CellLocation, str]], where: CellLocation, problems: list[Problem]
) -> Mapping:
    """Dotted names → nested mappings; a numeric part (联系人.2.姓名) makes a list, in number order.
    A cell whose value cannot be used carries what to say of it (reported when its row is drafted)."""
    root: dict[str, Any] = {}
    for parts, text, location, unusable in cells:
        node = root
        for depth, part in enumerate(parts[:-1]):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                problems.append(
                    Problem(
                        location, f"“{'.'.join(parts[: depth + 1])}”既是一个值又有下一级字段", field=".".join(parts)
                    )
                )
                break
            node = child
        else:
            if parts[-1] in node:
                problems.append(Problem(location, "和前面的列写的是同一个字段", field=".".join(parts)))
            else:
                node[parts[-1]] = (text, location, unusable.format(".".join(parts)) if unusable else "")
    return _build(root, where, top=True)  # type: ignore[return-value]


def _phones_without_zero(
    values: list[list[Any]], columns: dict[int, list[str]], header_line: int
) -> dict[tuple[int, int], str]:
    """The cells of a 电话 column holding a number Excel took from a landline's 0 (0596-6210325 typed into a
    number cell is 5966210325): 9 to 11 digits not opening a mobile's 1. Drafted, the letter's 附注 read
    电话：5966210325, a number no one answers (ux17 walk); refused at its cell instead (row, column → what to say)."""
    lost: dict[tuple[int, int], str] = {}
    for index, parts in columns.items():
        if not parts[-1].endswith("电话"):
            continue
        for number in range(header_line + 1, len(values) + 1):
            row = values[number - 1]
            value = row[index] if index < len(row) else None
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
                continue
            digits = str(int(value))
            if 9 <= len(digits) <= 11 and not digits.startswith("1"):
                lost[number, index + 1] = (
                    f"{{}}: 这一格是数字 {digits}，Excel 去掉了号码开头的 0（应为 0{digits}）"
                    "；请把这一列设成“文本”格式后重新输入，或写成带“-”的号码（区号-号码）"
                )
    return lost


_UNCALCULATED = (
    "{}: 这一格是公式，但文件里没有保存它的计算结果，读不出值"
    "（请在 Excel 或 WPS 中打开这个文件再保存一次，或把公式“选择性粘贴”为数值）"
)
# "#" stands for the error value itself (#N/A …).
_ERROR_VALUE = "{}: 这一格是 Excel 的错误值“#”（公式出错了），不能写进公文（请在 Excel 里改正这一格的公式或内容）"


def _build(value: Any, where: Location, *, top: bool = False) -> Node:
    if isinstance(value, tuple):
        text, location, problem = value
        return Scalar(visible_text(text), location, problem=problem)
    keys = list(value)
    # A row is always a mapping: columns named 1, 2 are keys it does not know, not the items of a list
    # (a sheet whose header was numbers made the row a list, and batch failed with an unexpected error).
    if keys and not top and all(key.isdigit() for key in keys):
        return Sequence(tuple(_build(value[key], where) for key in sorted(keys, key=int)), where)
    entries = []
    for key, child in value.items():
        if top and not isinstance(child, tuple):
            # A field of nested columns whose every filled cell says none (联系人.姓名: 无, 联系人.电话 left empty)
            # is the field written as 无, as the hint for a missing contact says (联系人: 无): the row failed
            # with 联系人的电话: 缺少必填项 (ux20 walk).
            child = _said_none(child) or child
        if isinstance(child, tuple):  # most columns are one plain field: no call to find its place
            text, location, problem = child
            entries.append(Entry(key, location, Scalar(visible_text(text), location, problem=problem)))
        else:
            entries.append(Entry(key, _first_location(child, where), _build(child, where)))
    return Mapping(tuple(entries), where)


def _said_none(value: Any) -> tuple[str, Location, str] | None:
    """The first cell of a nested field's cells (``_tree``'s mapping) where every one of them says none
    (gongwen's NONE_WORDS, or a table's “/”: ``none_word``); None otherwise."""
    cells: list[tuple[str, Location, str]] = []

    def leaves(node: Any) -> None:
        if isinstance(node, tuple):
            cells.append(node)
        else:
            for item in node.values():
                leaves(item)

    leaves(value)
    if cells and all(not problem and isinstance(text, str) and none_word(text) for text, _, problem in cells):
        return cells[0]
    return None


def _first_location(value: Any, where: Location) -> Location:
    if isinstance(value, tuple):
        return value[1]  # type: ignore[no-any-return]
    for item in value.values():
        return _first_location(item, where)
    return where


def merge(defaults: Mapping | None, item: Mapping) -> Mapping:
    """An item's values over the defaults; nested mappings are merged key by key."""
    if defaults is None:
        return item
    own = {entry.key: entry for entry in item.entries}
    entries: list[Entry] = []
    for entry in defaults.entries:
        mine = own.pop(entry.key, None)
        if mine is None:
            entries.append(entry)
        elif isinstance(mine.value, Mapping) and isinstance(entry.value, Mapping):
            entries.append(Entry(entry.key, mine.key_location, merge(entry.value, mine.value)))
        else:
            entries.append(mine)
    entries.extend(own.values())
    return Mapping(tuple(entries), item.location, item.duplicates)


# --- writing a sheet to fill in -------------------------------------------------------------------


class Column(Struct, frozen=True):
    name: str  # the header: 主送机关, 联系人.电话
    kind: str  # what it holds, in words (一段文字, 日期 …)
    description: str
    example: str
    required: bool


def _example_text(spec: FieldSpec, value: Any) -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, list):
        return "\n".join(_example_text(spec, item) for item in value)
    if isinstance(value, dict):
        title, content = value.get("标题", ""), value.get("内容", "")
        body = "".join(content) if isinstance(content, list) else str(content or "")
        return f"{title}。{body}" if title and body else str(title or body)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


_NOT_IN_A_CELL = ("attachment", "table", "facts_file")


def columns_for(spec: TemplateSpec) -> list[Column]:
    """The columns of a ready-to-fill sheet: every field a cell can hold, records as dotted names.

    The example row holds what ``drafter new`` fills in; the optional elements stay empty.
    """
    from .catalog import dropped_sections

    columns: list[Column] = []
    dropped = dropped_sections(spec)
    for field in spec.fields:
        item_type = field.item.type if field.type == "list" and field.item is not None else ""
        if field.type in _NOT_IN_A_CELL or item_type in _NOT_IN_A_CELL:
            continue  # structures a cell cannot hold: write them in --defaults or a facts file
        if field.name in dropped:
            continue  # a section the template left out (the keeper removed 会议议程): no column to fill in vain
        shown = field.starter and (field.required or field.example not in (None, "", [], {}))
        if field.type == "record" or (field.type == "list" and field.item is not None and field.item.type == "record"):
            sub = field.fields if field.type == "record" else field.item.fields  # type: ignore[union-attr]
            example = field.example[0] if isinstance(field.example, list) and field.example else field.example
            for child in sub:
                if child.type in ("record", "list", "attachment", "table", "facts_file"):
                    continue
                value = example.get(child.name) if isinstance(example, dict) and shown else None
                required = field.required and child.required
                name = f"{field.name}.{child.name}"
                # A part declares no description of its own (联系人's 姓名): its 说明 names it and says what its
                # field is for, where the 说明 sheet left 联系人.姓名 and 联系人.电话 blank (ux24 walk).
                described = child.description or f"{field.name}的{child.name}：{field.description}"
                columns.append(Column(name, child.type_label, described, _example_text(child, value), required))
            continue
        example = _example_text(field, field.example) if shown else ""
        columns.append(Column(field.name, field.type_label, field.description, example, field.required))
    return columns


# Beside the fields a starter asks for, what a row of a batch varies: whom each copy goes to (one notice to each
# 卫生院), who answers for it, whom it is copied to, its number.
_VARIED_PER_ROW = ("主送机关", "联系人", "抄送", "发文字号")


def _row_fields(spec: TemplateSpec) -> set[str]:
    """The fields a mined template's sheet has columns for: the required, those its starter fills in, those a row
    of a batch varies (``_VARIED_PER_ROW``), and 发文机关 where the template drafts as other bodies too."""
    varied = {field.name for field in spec.fields if field.required or field.starter or field.name in _VARIED_PER_ROW}
    # A template that drafts as other bodies too (its 党委, its 办公室) keeps the column a row names one in.
    return varied | {"发文机关"} if spec.issuers else varied


def write_fill_sheet(
    spec: TemplateSpec, path: Path, *, template_ref: str = "", chosen: dict[str, str] | None = None
) -> bytes:
    """An .xlsx with the genre's columns, one row of examples and a sheet that explains each column.

    A template folder (``template_ref``, relative to the sheet) is named in a 模板 column instead of 文种.
    ``chosen`` holds the choices the genre's name made (drafter new 复函 --xlsx: 类别 复函), the example row's
    value in those columns.
    """
    from msgspec.structs import replace

    chosen = chosen or {}
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    first = (
        Column("模板", "模板文件夹", "起草用的模板文件夹（相对于这个表格）", template_ref, True)
        if template_ref
        else Column(
            "文种",
            "文种名",
            f"这个表格起草{spec.title}；删掉这一列时，请用 --defaults 文件或 --template 指定",
            spec.title,
            True,
        )
    )
    every = [replace(c, example=chosen[c.name]) if c.name in chosen else c for c in columns_for(spec)]
    # A mined template's sheet has a column for each field a row varies; the rest (its 红头, 文号格式, 署名 and
    # 版记, the security marks, a 转发's source) are the template's defaults or rare, listed in the 说明 sheet
    # only: a mined notice's sheet had 30 columns, a clerk sending one notice to each 卫生院 filling four (ux26).
    varied = every if spec.builtin else [c for c in every if c.name.split(".")[0] in _row_fields(spec)]
    columns = [
        first,
        Column("文件名", "一段文字", "生成的文件名（不含扩展名）；不填时按行号命名", path.stem + "-示例", False),
        *varied,
    ]
    unlisted = [c for c in every if c not in varied]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名单"
    head_font, required_fill = Font(bold=True), PatternFill("solid", fgColor="FFF2CC")
    sheet.append([column.name for column in columns])
    sheet.append([column.example for column in columns])
    for index, column in enumerate(columns, 1):
        head = sheet.cell(row=1, column=index)
        head.font = head_font
        if column.required:
            head.fill = required_fill
        letter = column_letter(index)
        sheet.column_dimensions[letter].width = 14 if index <= 2 else 24
        for row in range(2, 202):  # as text: 010 and 2025-03-10 stay as typed
            cell = sheet.cell(row=row, column=index)
            cell.number_format = "@"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("说明")
    notes.append(list(_NOTES_HEADER))
    for column in columns:
        notes.append([column.name, "必填" if column.required else "可选", column.kind, column.description])
    if unlisted:
        notes.append([])
        notes.append(
            [
                "以下各项",
                "",
                "",
                "名单里没有这一列（模板已有本单位的惯例，或很少逐份不同）；要用时在名单第一行加一列，列名写字段名",
            ]
        )
        for column in unlisted:
            notes.append([column.name, "可选", column.kind, column.description])
    notes.append([])
    notes.append(
        [
            "用法",
            "",
            "",
            f"每行一份公文；单元格里换行的内容是几段或几项。起草：drafter batch {command_word(path.name)} -o 输出文件夹",
        ]
    )
    for index, width in enumerate((18, 8, 20, 80), 1):
        notes.column_dimensions[column_letter(index)].width = width
    for cell in notes[1]:
        cell.font = head_font
    for page in (sheet, notes):
        for row_cells in page.iter_rows():
            for cell in row_cells:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    # openpyxl stores a text starting with = as a formula: an example or description of a template
                    # folder from elsewhere (=cmd|' /C calc'!A0) was put in the sheet as one, run when it is opened.
                    cell.data_type = "s"
    buffer = io.BytesIO()
    try:
        book.save(buffer)
    except Exception as exc:
        error = _temporary_error(path, exc)
        if error is None:
            raise
        raise error from exc
    return buffer.getvalue()


def _temporary_error(path: Path, exc: Exception) -> DrafterError | None:
    """openpyxl writes each sheet to a temporary file first: a full temporary folder said 出现意外错误（SerialisationError:
    IO_EFBIG） (lxml's words, with lxml installed) or 写入失败（磁盘已满） naming no file."""
    import errno
    import tempfile

    from .errors import OutputError, os_reason

    if isinstance(exc, OSError):
        reason = os_reason(exc)
    elif type(exc).__name__ == "SerialisationError" and str(exc).startswith("IO_E"):
        code = getattr(errno, str(exc)[len("IO_") :], 0)  # lxml says IO_ENOSPC, IO_EFBIG …
        reason = os_reason(OSError(code, str(exc)))
    else:
        return None
    return OutputError(
        f"{path}: 生成表格要先写在临时文件夹 {tempfile.gettempdir()} 里，但写不进去（{reason}）；"
        "请腾出空间，或把环境变量 TMPDIR 设为另一个有空间的文件夹"
    )
