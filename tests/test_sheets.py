"""Batches from spreadsheets (.xlsx, .csv) with --defaults, and drafter new --xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import Docx

from drafter.batch import run_batch
from drafter.catalog import builtin_templates
from drafter.cli import main
from drafter.errors import FactsError
from drafter.sheets import column_letter, read_sheet

openpyxl = pytest.importorskip("openpyxl")

HEADER = ["文种", "文件名", "发文机关", "主送机关", "正文", "成文日期", "联系人.姓名", "联系人.电话"]


def workbook(path: Path, rows: list[list[object]], title: str = "名单") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_rows_become_facts_with_nested_fields_and_text_values(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "名单.xlsx",
        [
            [*HEADER, "联系人.2.姓名", "联系人.2.电话"],
            [
                "请示",
                "一中",
                "青禾县第一中学",
                "县教育局",
                "恳请批准。",
                dt.datetime(2025, 3, 10),
                "吴晓梅",
                "010-1234",
                "郑文",
                5.0,
            ],
            [None] * 10,  # an empty row is skipped
            ["请示", None, "青禾县第二中学", "县教育局", "恳请同意。", "2025年3月12日", "李明", None, None, None],
        ],
    )
    rows = read_sheet(path)
    assert [row.number for row in rows] == [2, 4]
    first = rows[0].tree
    assert first.get("成文日期").value.text == "2025-03-10"  # an Excel date keeps its day, no time
    contacts = first.get("联系人").value
    assert [entry.key for entry in contacts.entries] == ["姓名", "电话", "2"]
    assert contacts.get("2").value.get("电话").value.text == "5"  # 5.0 as typed: 5
    assert rows[1].tree.get("文件名") is None  # empty cells are left out
    where = first.get("主送机关").value.location
    assert str(where) == f"{path} 工作表“名单” 第2行 D列"


def test_a_sheet_drafts_one_document_a_row_over_the_defaults(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "名单.xlsx",
        [
            ["主送机关", "文件名", "附注"],
            ["城关镇中心学校", "城关镇", "此件公开发布"],
            ["白沙乡中心学校", "白沙乡", None],
        ],
    )
    defaults = tmp_path / "默认.yaml"
    defaults.write_text(
        "文种: 通知\n发文机关: 青禾县教育局\n正文: 请按时报送材料。\n成文日期: 2025-03-10\n", encoding="utf-8"
    )
    report = run_batch([str(path)], tmp_path / "out", jobs=1, defaults=defaults)
    assert [r.status for r in report.results] == ["drafted", "drafted"], [r.errors for r in report.results]
    first = Docx((tmp_path / "out" / "城关镇.docx").read_bytes())
    assert first.text_of(first.paragraph_with("中心学校：")) == "城关镇中心学校："
    second = Docx((tmp_path / "out" / "白沙乡.docx").read_bytes())
    assert "请按时报送材料。" in [second.text_of(p) for p in second.paragraphs()]


def test_nested_defaults_merge_key_by_key(tmp_path: Path) -> None:
    path = workbook(tmp_path / "名单.xlsx", [["联系人.电话"], ["0571-1"]])
    defaults = tmp_path / "默认.yaml"
    defaults.write_text(
        "文种: 请示\n发文机关: 甲校\n事由: 某事\n主送机关: 县教育局\n缘由: 需要。\n请示事项: 恳请批准。\n"
        "成文日期: 2025-03-10\n联系人: {姓名: 吴晓梅, 电话: 旧号码}\n",
        encoding="utf-8",
    )
    report = run_batch([str(path)], tmp_path / "out", jobs=1, fmt="txt", defaults=defaults)
    assert report.count("drafted") == 1, [r.errors for r in report.results]
    text = next((tmp_path / "out").glob("*.txt")).read_text(encoding="utf-8")
    assert "（联系人：吴晓梅，电话：0571-1）" in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_csv_in_utf8_or_gbk(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(
        '文种,发文机关,主送机关,正文,成文日期\n通知,青禾县教育局,"各学校，各幼儿园",请做好工作。,2025-03-10\n'.encode(
            encoding
        )
    )
    (row,) = read_sheet(path)
    assert row.tree.get("主送机关").value.text == "各学校，各幼儿园"
    report = run_batch([str(path)], tmp_path / "out", jobs=1, fmt="txt")
    assert report.count("drafted") == 1, [r.errors for r in report.results]


@pytest.mark.parametrize("mark", [";", "，", "；", "\t"])
def test_csv_with_semicolons_or_full_width_commas(tmp_path: Path, mark: str) -> None:
    """Excel in a European locale writes semicolons; a header typed by hand may hold full-width marks: the
    header line tells which (a semicolon file was read as one column: every row named no genre)."""
    path = tmp_path / "名单.csv"
    header = mark.join(["文种", "发文机关", "主送机关", "正文", "成文日期"])
    row = mark.join(["通知", "青禾县教育局", "各学校", "请做好工作。", "2025-03-10"])
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    (read,) = read_sheet(path)
    assert read.tree.get("主送机关").value.text == "各学校"
    report = run_batch([str(path)], tmp_path / "out", jobs=1, fmt="txt")
    assert report.count("drafted") == 1, [r.errors for r in report.results]


def test_a_bad_cell_is_named_by_sheet_row_and_column(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "名单.xlsx",
        [
            ["文种", "发文机关", "主送机关", "正文", "成文日期"],
            ["通知", "甲局", "各单位", "请做好。", "2025年13月40日"],
        ],
        title="三月",
    )
    report = run_batch([str(path)], tmp_path / "out", jobs=1)
    (result,) = report.results
    assert result.status == "failed"
    assert result.errors[0].startswith(f"{path} 工作表“三月” 第2行 E列: 成文日期: ")


def test_header_mistakes_are_named(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "名单.xlsx",
        [[None, None], ["文种", "主送机关", "主送机关", None], ["通知", "甲", "乙", "多出的内容"]],
    )
    with pytest.raises(FactsError) as caught:
        read_sheet(path)
    text = str(caught.value)
    assert "第2行 C列: 字段名“主送机关”重复（B列已经有了）" in text  # blank rows above the header still count
    assert "第3行 D列: 这一列没有字段名" in text


def test_an_unreadable_workbook_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    report = run_batch([str(path)], tmp_path / "out", jobs=1)
    assert report.results[0].status == "failed" and "无法读取这个 Excel 文件" in report.results[0].errors[0]


@pytest.mark.parametrize("name", [spec.title for spec in builtin_templates()])
def test_new_xlsx_writes_a_sheet_that_drafts_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", name, "--xlsx"])
    assert result.exit_code == 0, result.output
    sheet = tmp_path / f"{name}.xlsx"
    book = openpyxl.load_workbook(sheet)
    assert book.sheetnames == ["名单", "说明"]
    header = [cell.value for cell in book["名单"][1]]
    assert header[:2] == ["文种", "文件名"]
    assert book["名单"]["B3"].number_format == "@"  # cells are text, so 010 stays 010
    done = CliRunner().invoke(main, ["batch", str(sheet), "-o", "out"])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "out" / f"{name}-示例.docx").is_file()


def test_new_xlsx_refuses_another_extension(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", "通知", "--xlsx", "-o", "名单.csv"])
    assert result.exit_code == 2 and "应当以 .xlsx 结尾" in result.output


def test_a_multi_line_cell_is_one_item_a_line(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "名单.xlsx",
        [
            ["文种", "发文机关", "主送机关", "正文", "成文日期", "抄送"],
            ["通知", "甲局", "各单位", "第一段。\n第二段。", "2025-03-10", "县委办公室\n县人民政府办公室"],
        ],
    )
    run_batch([str(path)], tmp_path / "out", jobs=1, fmt="txt")
    text = next((tmp_path / "out").glob("*.txt")).read_text(encoding="utf-8")
    assert "　　第一段。\n　　第二段。" in text
    assert "抄送：县委办公室，县人民政府办公室。" in text


def test_a_missing_template_folder_of_a_sheet_row_is_looked_for_beside_the_sheet(tmp_path: Path) -> None:
    """The row's 模板 is found next to the sheet; the message names the sheet's folder as the sheet's, not as a
    facts file's (the clerk moved a 名单.csv, not a facts file)."""
    path = tmp_path / "名单.csv"
    path.write_text(
        "模板,标题,正文,成文日期\n挖掘结果/notice,关于做好冬季安全工作的通知,请做好工作。,2025-03-10\n",
        encoding="utf-8",
    )
    report = run_batch([str(path)], tmp_path / "out", jobs=1, fmt="txt")
    (failed,) = report.results
    said = " ".join(str(error) for error in failed.errors)
    assert "相对路径按表格所在的文件夹" in said and "事实文件" not in said
