"""Tables written in facts files: a YAML list of rows, each a mapping of column name to cell.

```yaml
名单:
  - {学校: 城关镇中心学校, 姓名: 李明, 电话: 0571-88001234}
  - {学校: 白沙乡中心学校, 姓名: 王芳}
```

The columns are the keys in the order they first appear; a row may leave any cell out. A list of
lists also works, its first row being the header. Cells are text as written (``010`` stays ``010``).
The value a template sees is ``{"栏目": [...], "行": [[...], ...]}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import FieldPath, Location
from .facts import Mapping, Node, Scalar, Sequence

# Columns never narrower than two 四号 characters plus 1 mm margins each side (docx.tables.MIN_CHARS): 13 fit
# in the 156 mm 版心; one fewer leaves slack for the table's rules.
MAX_COLUMNS = 12
# As many as a template may lay out (markup.MAX_TABLE_ROWS): 1001 to 2000 rows passed here and were refused as the
# template's fault (letter/attachments.j2 输出第 1004 行: 表格太大), naming no line of the facts.
MAX_ROWS = 1000

Report = Callable[[Location, FieldPath, str, str], None]  # where, field path, message, hint

_HINT = "表格写成列表，每行一项，如 - {姓名: 李明, 电话: 0571-88001234}"


def _cell(node: Node, report: Report, path: FieldPath) -> str | None:
    if isinstance(node, Scalar):
        return "" if node.is_null else " ".join(node.text.split())
    report(node.location, path, "表格的格子里只能写文字，这里又写了一层列表或“键: 值”", _HINT)
    return None


def table_value(node: Node, report: Report, path: FieldPath) -> dict[str, Any] | None:
    """The table a facts node describes, or None after reporting what is wrong."""
    if not isinstance(node, Sequence):
        report(node.location, path, "应当是表格（每行一项的列表）", _HINT)
        return None
    rows = [item for item in node.items if not (isinstance(item, Scalar) and item.is_null)]
    if not rows:
        report(node.location, path, "表格是空的", _HINT)
        return None
    if len(rows) > MAX_ROWS:
        report(node.location, path, f"表格有 {len(rows)} 行，最多 {MAX_ROWS} 行", "")
        return None
    if all(isinstance(row, Sequence) for row in rows):
        return _from_lists(rows, report, path)
    header: list[str] = []
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            report(row.location, (*path, index), "表格的每一行应当是一组“栏目: 内容”", _HINT)
            return None
        header.extend(entry.key for entry in row.entries if entry.key not in header)
    if len(header) > MAX_COLUMNS:
        report(node.location, path, f"表格有 {len(header)} 栏，版心里最多排 {MAX_COLUMNS} 栏", "可以拆成两个表格")
        return None
    body: list[list[str]] = []
    for index, row in enumerate(rows):
        assert isinstance(row, Mapping)
        cells = []
        for column in header:
            entry = row.get(column)
            cell = _cell(entry.value, report, (*path, index, column)) if entry is not None else ""
            cells.append(cell or "")
        body.append(cells)
    return {"栏目": header, "行": body}


def _from_lists(rows: list[Node], report: Report, path: FieldPath) -> dict[str, Any] | None:
    cells: list[list[str]] = []
    for index, row in enumerate(rows):
        assert isinstance(row, Sequence)
        cells.append([_cell(item, report, (*path, index, column)) or "" for column, item in enumerate(row.items)])
    width = max(len(row) for row in cells)
    if width > MAX_COLUMNS:
        report(rows[0].location, path, f"表格有 {width} 栏，版心里最多排 {MAX_COLUMNS} 栏", "可以拆成两个表格")
        return None
    padded = [row + [""] * (width - len(row)) for row in cells]
    return {"栏目": padded[0], "行": padded[1:]}
