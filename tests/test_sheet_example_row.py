"""The example row of a sheet made by drafter new --xlsx from a mined template.

A mined template's samples are marked (〔示例〕, 〔请填写：……〕): its example row can never be drafted as
it is. A clerk who fills the rows below it and keeps it (the sheet says row 2 is the example) had the whole
batch fail (exit 4) with six errors for a row they never wrote. The untouched example row is skipped with
a note; a row that was changed but still holds a mark fails as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

openpyxl = pytest.importorskip("openpyxl")

MANIFEST = """name: notice
genre: notice
title: 通知（本单位）
extends: notice
fields:
  事由:
    example: 〔示例〕做好秋季运动会筹备工作
  成文日期:
    example: 〔示例〕2025年9月1日
  正文:
    example:
    - 〔请填写：正文的第一段〕
"""


def _sheet(tmp_path: Path) -> Path:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    sheet = tmp_path / "名单.xlsx"
    made = CliRunner().invoke(main, ["new", "--template", str(folder), "--xlsx", "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    return sheet


def _fill(sheet: Path, values: dict[str, str], row: int = 3) -> None:
    book = openpyxl.load_workbook(sheet)
    names = [cell.value for cell in book["名单"][1]]
    for key, value in values.items():
        book["名单"].cell(row=row, column=names.index(key) + 1, value=value)
    book.save(sheet)


ROW = {
    "模板": "模板",
    "发文机关": "柘湾区实验中学",
    "主送机关": "各年级组",
    "文件名": "运动会",
    "事由": "做好秋季运动会筹备工作",
    "正文": "各班于9月20日前报送参赛名单。",
    "成文日期": "2025-09-05",
}


def test_the_untouched_example_row_is_skipped_and_the_rows_below_drafted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = _sheet(tmp_path)
    _fill(sheet, ROW)
    _fill(sheet, {**ROW, "文件名": "体育节", "事由": "举办校园体育节"}, row=4)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["batch", str(sheet), "-o", "out"])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "out" / "运动会.docx").is_file() and (tmp_path / "out" / "体育节.docx").is_file()
    assert "第2行" in done.output and "示例行" in done.output
    assert not (tmp_path / "out" / "名单-示例.docx").exists()


def test_an_example_row_someone_began_to_fill_still_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = _sheet(tmp_path)
    _fill(sheet, {"事由": "举办校园科技节"}, row=2)  # changed, but 成文日期 and 正文 are still the samples
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["batch", str(sheet), "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "还是起草模板里的示例值" in done.output


def test_a_row_named_as_the_example_row_keeps_that_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The clerk copied the example row's 文件名 down: the untouched example row is skipped, so the name is the
    # filled row's (it was written …-示例-2.docx, and the note named a file never written).
    sheet = _sheet(tmp_path)
    book = openpyxl.load_workbook(sheet)
    names = [cell.value for cell in book["名单"][1]]
    example_name = book["名单"].cell(row=2, column=names.index("文件名") + 1).value
    _fill(sheet, {**ROW, "文件名": example_name})
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["batch", str(sheet), "-o", "out"])
    assert done.exit_code == 0, done.output
    assert sorted(path.name for path in (tmp_path / "out").glob("*.docx")) == [f"{example_name}.docx"]


def test_rows_with_an_empty_template_cell_take_the_sheets_one_template(tmp_path: Path) -> None:
    # A clerk fills the rows under the example row and leaves their 模板 cells empty: each row failed with
    # 在“模板”列填写模板文件夹. Where every filled 模板 cell names the same folder, empty ones take it.
    sheet = _sheet(tmp_path)
    _fill(sheet, {**ROW, "模板": ""}, row=3)
    _fill(sheet, {**ROW, "模板": "", "文件名": "运动会二"}, row=4)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.docx")) == ["运动会.docx", "运动会二.docx"]


def test_batch_drafts_placeholders_when_allowed(tmp_path: Path) -> None:
    # drafter draft has --allow-placeholders (only the layout wanted); drafter batch had none (hostile11).
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    starter = tmp_path / "通知.yaml"
    made = CliRunner().invoke(main, ["new", "--template", str(folder), "-o", str(starter)])
    assert made.exit_code == 0, made.output
    refused = CliRunner().invoke(main, ["batch", str(starter), "-o", str(tmp_path / "a")])
    assert refused.exit_code == 4, refused.output
    allowed = CliRunner().invoke(main, ["batch", str(starter), "-o", str(tmp_path / "b"), "--allow-placeholders"])
    assert allowed.exit_code == 0, allowed.output
    assert list((tmp_path / "b").glob("*.docx"))


def test_a_field_every_filled_row_lacks_is_said_once_beside_the_untouched_example_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ux20 walk: three rows filled below the example row, none with the 主送机关 the template requires; the
    # skipped example row kept the list from being "every row", and the same missing field was said three
    # times, once per row, where a sheet without the example row says it once at the header.
    sheet = _sheet(tmp_path)
    without = {key: value for key, value in ROW.items() if key != "主送机关"}
    for row, name in ((3, "甲"), (4, "乙"), (5, "丙")):
        _fill(sheet, {**without, "文件名": name}, row=row)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["batch", str(sheet), "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "每一行都缺少必填项“主送机关”" in done.output, done.output
    assert done.output.count("主送机关: 缺少必填项") == 0, done.output
