"""Hostile inputs, round 13: a sheet with a title row over its header, as clerks head a WPS sheet.

A sheet headed 2025年工作总结名单 (one cell, merged across the columns) over the field names took the title for
its header: every cell of every row was said to be 这一列没有字段名（第一行是空的）, the title never named. A title
alone in its row over a row of names is passed over now, the rows keeping the numbers WPS shows.
"""

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from drafter.cli import main

HEADER = ["文种", "单位", "期间", "事项", "主要做法", "成文日期"]
ROW = ["工作总结", "青禾县实验小学", "2024年", "教育教学", "抓实常规管理。", "2025-01-10"]


def _batch(tmp_path: Path, rows: list[list[str]], merge: str = "") -> tuple[int, str]:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(tmp_path / "名单.xlsx")
    result = CliRunner().invoke(
        main, ["batch", str(tmp_path / "名单.xlsx"), "-o", str(tmp_path / "稿"), "-f", "txt", "-j", "1"]
    )
    return result.exit_code, result.output


def test_a_title_over_the_header_is_passed_over(tmp_path: Path) -> None:
    code, output = _batch(tmp_path, [["2025年工作总结名单"], HEADER, ROW], merge="A1:F1")
    assert code == 0, output
    (drafted,) = (tmp_path / "稿").glob("*.txt")
    assert "青禾县实验小学2024年教育教学工作总结" in drafted.read_text(encoding="utf-8")


def test_a_row_under_a_title_is_said_at_its_number(tmp_path: Path) -> None:
    code, output = _batch(tmp_path, [["2025年工作总结名单"], [], HEADER, [*ROW[:5], "2025年13月10日"]])
    assert code == 4, output
    assert "第4行 F列: 成文日期: " in output and "没有字段名" not in output, output


def test_a_sheet_of_one_column_keeps_its_header(tmp_path: Path) -> None:
    code, output = _batch(tmp_path, [["主送机关"], ["城关镇中心学校"]])
    assert code == 4 and "没有字段名" not in output and "文种" in output, output
