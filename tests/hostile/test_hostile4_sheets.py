"""Sheets whose header row is wrong in more than one way at once, and workbooks far larger inside than outside."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from workbooks import save_rewritten

from drafter.cli import main
from drafter.errors import InputError
from drafter.sheets import read_sheet


@pytest.mark.parametrize(
    ("header", "said"),
    [
        ("文种,发文机关,事由,主送机关,主送机关,正文,成文日期", "E列: 字段名“主送机关”重复（D列已经有了）"),
        ("文种,发文机关,事由,主送机关,联系人.,正文,成文日期", "E列: 字段名“联系人.”不完整"),
    ],
)
def test_a_refused_column_name_is_not_also_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, header: str, said: str
) -> None:
    row = "通知,青禾县教育局,作息,各中小学,各幼儿园,自下周起执行。,2025-03-10"
    (tmp_path / "名单.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出"])
    assert result.exit_code == 4 and said in result.output, result.output
    # the repeated column's cells were also '这一列没有字段名（第一行是空的）': its name is right there
    assert "没有字段名" not in result.output, result.output


def test_a_column_really_without_a_name_is_still_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (
        "文种,发文机关,,事由,主送机关,正文,成文日期\n通知,青禾县教育局,多余,作息,各中小学,自下周起执行。,2025-03-10\n"
    )
    (tmp_path / "名单.csv").write_text(rows, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出"])
    assert result.exit_code == 4 and "第2行 C列: 这一列没有字段名" in result.output, result.output


def _workbook(path: Path, sheet_xml: Callable[[str], str] = lambda xml: xml, extra: bytes = b"") -> Path:
    """A small .xlsx (header and one row) with its sheet XML rewritten, and perhaps a large extra part."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["文种", "发文机关", "事由", "主送机关", "正文", "成文日期"])
    book.active.append(["通知", "青禾县教育局", "作息", "各中小学", "自下周起执行。", "2025-03-10"])
    return save_rewritten(book, path, sheet_xml, extra)


def _declared_wide(rows: int, last: str) -> Callable[[str], str]:
    def rewrite(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:XFD{rows}"/>', xml)
        extra = "".join(
            f'<row r="{n}"><c r="{last}{n}" t="inlineStr"><is><t>x</t></is></c></row>' for n in range(3, rows)
        )
        return xml.replace("</sheetData>", extra + "</sheetData>")

    return rewrite


def test_a_declared_size_does_not_pad_every_row(tmp_path: Path) -> None:
    # 3,000 rows declared 16,384 columns wide: 800 MB and 9 s for a 21 KB file
    path = _workbook(tmp_path / "名单.xlsx", _declared_wide(3000, "A"))
    started = time.process_time()
    rows = read_sheet(path)
    assert len(rows) == 2998 and time.process_time() - started < 2.0


def test_cells_far_to_the_right_are_bounded(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "名单.xlsx", _declared_wide(400, "XFD"))
    with pytest.raises(InputError, match="表格太大"):
        read_sheet(path)


def test_a_workbook_that_unpacks_to_far_more_than_a_sheet_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "名单.xlsx", extra=bytes(80 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(InputError, match="表格解压后有 80 MB"):
        read_sheet(path)


def test_an_ordinary_workbook_still_reads(tmp_path: Path) -> None:
    (row,) = read_sheet(_workbook(tmp_path / "名单.xlsx"))
    assert row.tree.get("主送机关") is not None


def test_a_csv_of_millions_of_empty_cells_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_text("文种,发文机关\n" + "," * 5_100_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="表格太大（到第 2 行已超过 5,000,000 个格子）"):
        read_sheet(path)
