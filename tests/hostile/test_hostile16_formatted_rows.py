"""A list whose sheet is formatted down to its last row (1,048,576) is read as the rows that hold something.

A clerk who selects the whole sheet and sets a font or a border leaves every row of it in the file, empty but
formatted. Such a list of one document was read row by row and refused as 表格超过 100000 行，请分成几个文件.
The rows below the last one holding a value are not read now. The rows are made up for the test.
"""

from pathlib import Path

import openpyxl
from bounded import run_drafter
from workbooks import save_rewritten

HEADER = ["文种", "文件名", "发文机关", "类别", "事由", "主送机关", "正文", "成文日期"]
ROW = ["通知", "防汛", "青禾县教育局", "布置", "做好防汛工作", "各中小学", "各校要做好防汛值班。", "2025-06-02"]
LAST_ROW = 1_048_576


def _formatted_to_the_end(first: int):
    rows = "".join(f'<row r="{number}" s="1" customFormat="1"/>' for number in range(first, LAST_ROW + 1))
    return lambda xml: xml.replace("</sheetData>", rows + "</sheetData>")


def test_a_list_formatted_to_the_last_row_is_drafted(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "名单"
    book.active.append(HEADER)
    book.active.append(ROW)
    save_rewritten(book, tmp_path / "名单.xlsx", _formatted_to_the_end(3))
    result = run_drafter("batch", "名单.xlsx", "-o", "输出", "-f", "txt", cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [p.name for p in (tmp_path / "输出").glob("*.txt")] == ["防汛.txt"]


def test_a_sheet_of_only_formatted_rows_is_said_to_be_empty(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "名单"
    save_rewritten(book, tmp_path / "名单.xlsx", _formatted_to_the_end(1))
    result = run_drafter("batch", "名单.xlsx", "-o", "输出", cwd=tmp_path, timeout=60)
    assert result.returncode in (1, 4), result.stdout + result.stderr
    assert "表格是空的" in result.stdout + result.stderr, result.stdout + result.stderr
