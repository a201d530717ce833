"""Hostile name lists for batch: sheets that are not what their name says, or that quietly hold nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter

from drafter.batch import run_batch

DEFAULTS = "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好春季防汛工作\n成文日期: 2026-03-02\n"


def _batch(tmp_path: Path, sheet: Path) -> tuple[str, list[str]]:
    defaults = tmp_path / "默认.yaml"
    defaults.write_text(DEFAULTS, encoding="utf-8")
    report = run_batch([str(sheet)], tmp_path / "out", jobs=1, fmt="txt", defaults=defaults)
    (result,) = report.results
    return result.status, [str(error) for error in result.errors]


def test_an_unclosed_quote_is_located_instead_of_swallowing_the_rows_below(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text('主送机关,文件名\n城关镇中心学校,甲\n"白沙乡中心学校,乙\n石桥镇中心学校,丙\n', encoding="utf-8")
    status, errors = _batch(tmp_path, sheet)
    assert status == "failed"
    assert "名单.csv 第3行" in errors[0] and "引号" in errors[0], errors
    assert not list((tmp_path / "out").glob("*.txt"))


def test_a_cell_beyond_the_csv_limit_is_a_message_not_an_unexpected_error(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text('主送机关,正文\n城关镇中心学校,"' + "请做好工作。" * 30_000 + "\n", encoding="utf-8")
    status, errors = _batch(tmp_path, sheet)
    assert status == "failed"
    assert "名单.csv 第2行" in errors[0] and "格子" in errors[0], errors
    assert "意外" not in errors[0] and "field" not in errors[0]


def test_a_quote_typed_inside_a_cell_still_reads_as_before(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text('主送机关,文件名\n"城关"镇中心学校,甲\n', encoding="utf-8")
    status, errors = _batch(tmp_path, sheet)
    assert status == "drafted", errors
    assert "城关镇中心学校" in (tmp_path / "out" / "甲.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["名单.csv", "名单.xlsx"])
def test_a_sheet_with_only_its_header_fails_instead_of_drafting_nothing(tmp_path: Path, name: str) -> None:
    sheet = tmp_path / name
    if name.endswith(".csv"):
        sheet.write_text("主送机关,文件名\n\n,\n", encoding="utf-8")
    else:
        import openpyxl

        book = openpyxl.Workbook()
        book.active.append(["主送机关", "文件名"])
        book.save(sheet)
    status, errors = _batch(tmp_path, sheet)
    assert status == "failed"
    assert f"{name}" in errors[0] and "第1行" in errors[0] and "没有要起草的行" in errors[0], errors


@pytest.mark.parametrize("name", ["名单.csv", "名单.xlsx", "名单.xls"])
def test_a_web_page_saved_as_a_sheet_is_named_as_one(tmp_path: Path, name: str) -> None:
    sheet = tmp_path / name
    sheet.write_text(
        "<html><head><meta charset='utf-8'></head><body><table><tr><td>主送机关</td></tr>"
        "<tr><td>城关镇中心学校</td></tr></table></body></html>\n",
        encoding="utf-8",
    )
    if name.endswith(".xls"):
        result = run_drafter("batch", name, "-o", "out", "-j", "1", cwd=tmp_path)
        assert result.returncode == 4
        assert_clean_failure(result, f"{name}: 这是 .xls 表格", "另存为 .xlsx")
        return
    status, errors = _batch(tmp_path, sheet)
    assert status == "failed"
    assert f"{name}: 这是网页（HTML）文件" in errors[0], errors


@pytest.mark.parametrize("name", ["名单.xls", "名单.xlsx"])
def test_an_old_excel_file_is_told_to_be_saved_as_xlsx(tmp_path: Path, name: str) -> None:
    # The OLE2 signature of Excel 97-2003, whatever the file is called.
    (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    result = run_drafter("batch", name, "-o", "out", "-j", "1", cwd=tmp_path)
    assert result.returncode == 4
    assert_clean_failure(result, name, "另存为 .xlsx")
    assert "应当是 .yaml" not in result.stderr and "BadZipFile" not in result.stderr


def test_a_file_name_written_with_its_extension_gets_it_once(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        "主送机关,文件名\n城关镇中心学校,城关镇.txt\n白沙乡中心学校,白沙乡.TXT\n石桥镇中心学校,城关镇\n"
        "溪口镇中心学校,.txt\n",
        encoding="utf-8",
    )
    defaults = tmp_path / "默认.yaml"
    defaults.write_text(DEFAULTS, encoding="utf-8")
    report = run_batch([str(sheet)], tmp_path / "out", jobs=1, fmt="txt", defaults=defaults)
    assert [r.status for r in report.results] == ["drafted"] * 4, [r.errors for r in report.results]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.txt")) == sorted(
        ["城关镇.txt", "白沙乡.txt", "城关镇-2.txt", "txt.txt"]
    )


def test_a_header_wrapped_inside_its_cell_still_names_its_field(tmp_path: Path) -> None:
    import openpyxl

    sheet = tmp_path / "名单.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["主送\n机关", "文件\r\n名"])  # Alt+Enter in Excel to wrap a wide header
    book.active.append(["城关镇中心学校", "甲"])
    book.save(sheet)
    status, errors = _batch(tmp_path, sheet)
    assert status == "drafted", errors
    assert "城关镇中心学校" in (tmp_path / "out" / "甲.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04" + bytes(200), b"PK\x05\x06" + bytes(18)],  # cut short; a zip without an Excel part
)
def test_a_damaged_xlsx_is_said_in_words(tmp_path: Path, data: bytes) -> None:
    sheet = tmp_path / "名单.xlsx"
    sheet.write_bytes(data)
    status, errors = _batch(tmp_path, sheet)
    assert status == "failed"
    assert "名单.xlsx: 无法读取这个 Excel 文件：" in errors[0], errors
    assert "BadZipFile" not in errors[0] and "KeyError" not in errors[0]
