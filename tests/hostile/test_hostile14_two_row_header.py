"""A name list whose header is two rows high, as Excel and WPS forms are made, is read.

A group's name merged across its columns (联系人 over 姓名 and 电话), the other names merged down both rows:
the row of 姓名 and 电话 was read as a document, and each column under the group but the first was said
to have no name (这一列没有字段名（第一行是空的）), every row failing. Each column under a group is now the
group's field, as drafter new --xlsx names them (联系人.姓名, 联系人.电话).
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

openpyxl = pytest.importorskip("openpyxl")

NAMES = ["文种", "发文机关", "事由", "主送机关", "正文", "成文日期"]
ROW = ["通知", "青禾县教育局", "做好防汛工作", "城关镇中心学校", "请做好防汛值班。", "2025-02-20"]


def _sheet(path: Path, rows: list[list[object]], merges: list[str]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def _two_rows(path: Path, *rows: list[object]) -> Path:
    return _sheet(
        path,
        [[*NAMES, "联系人", None], [None] * 6 + ["姓名", "电话"], *rows],
        ["G1:H1", *(f"{column}1:{column}2" for column in "ABCDEF")],
    )


def _text(path: Path) -> str:
    import re
    import zipfile

    return re.sub("<[^>]+>", "", zipfile.ZipFile(path).read("word/document.xml").decode("utf-8"))


def test_a_group_over_two_columns_names_both(tmp_path: Path) -> None:
    sheet = _two_rows(tmp_path / "名单.xlsx", [*ROW, "王明", "0571-88001234"], [*ROW, "李华", "0571-88005678"])
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 0, result.output
    assert "共 2 项" in result.output and "没有字段名" not in result.output
    drafted = sorted((tmp_path / "输出").glob("*.docx"))
    assert [path.name for path in drafted] == ["名单-3.docx", "名单-4.docx"]  # the rows as the sheet numbers them
    assert "（联系人：王明，电话：0571-88001234）" in _text(drafted[0])


def test_a_cell_below_the_names_is_said_with_its_own_row(tmp_path: Path) -> None:
    sheet = _two_rows(tmp_path / "名单.xlsx", [*ROW, "王明", "0571-88001234"], [*ROW[:5], "2025年2月30日", "李华", ""])
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert "第4行 F列: 成文日期: 无法识别的日期" in result.output


def test_a_merged_name_over_a_row_of_values_is_no_two_row_header(tmp_path: Path) -> None:
    # The row below a merged name holds values in other columns too: it is a document, said as before, not
    # taken for names (its 王明 and 0571-… would have become field names and the row vanished).
    sheet = _sheet(
        tmp_path / "名单.xlsx",
        [[*NAMES, "联系人", None], [*ROW, "王明", "0571-88001234"]],
        ["G1:H1"],
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert "第2行 H列: 这一列没有字段名" in result.output
