"""ux24 walk: the example row of a meeting-notice sheet made from a mined template.

The sheet drafter new --xlsx writes from a mined 会议通知 template has columns for the parts of a field
(联系人.姓名, 联系人.电话, 回执.截止日期) whose example cells hold the unit's marked samples (〔示例〕周明远). A
clerk who kept the example row and filled the rows below saw the batch fail (exit 4) on that row with 16
errors: its problems were named 联系人的姓名, 回执的截止日期 and were not matched to the 联系人, 回执 columns,
so the untouched row was taken for one someone began to fill. Now it is skipped with a note, as the example
row of a template without such columns is.

The unit, its office and its people are made up for this walk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

openpyxl = pytest.importorskip("openpyxl")

MANIFEST = """name: meeting_notice
genre: meeting_notice
title: 会议通知（本单位）
extends: meeting_notice
fields:
  会议名称:
    example: 〔示例〕全市卫生健康工作会议
  会议地点:
    example: 〔示例〕委四楼第一会议室
  成文日期:
    example: 〔示例〕2025年2月14日
  联系人:
    example:
    - 姓名: 〔示例〕周明远
      电话: 〔示例〕0739-8812301
  回执:
    example:
      截止日期: 〔示例〕2025年2月18日
      报送方式: 〔请填写：回执的报送方式〕
"""

ROW = {
    "文件名": "澜东区",
    "发文机关": "澜州市卫生健康委员会",
    "会议名称": "澜东区家庭医生签约服务督导反馈会",
    "主送机关": "澜东区卫生健康局",
    "会议时间": "2025-11-18 上午9:00",
    "会议地点": "澜东区卫生健康局三楼会议室",
    "参会人员": "各乡镇卫生院院长",
    "联系人.姓名": "周明远",
    "联系人.电话": "0739-8812301",
    "回执.截止日期": "2025-11-14",
    "回执.报送方式": "报委基层卫生健康处",
    "成文日期": "2025-11-10",
}


def _sheet(tmp_path: Path) -> Path:
    folder = tmp_path / "模板"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    sheet = tmp_path / "会议名单.xlsx"
    made = CliRunner().invoke(main, ["new", "--template", str(folder), "--xlsx", "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(sheet)
    names = [cell.value for cell in book["名单"][1]]
    for key, value in {**ROW, "模板": "模板"}.items():
        book["名单"].cell(row=3, column=names.index(key) + 1, value=value)
    book.save(sheet)
    return sheet


def test_the_untouched_example_row_with_contact_and_receipt_columns_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = _sheet(tmp_path)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["batch", str(sheet), "-o", "out"])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "out" / "澜东区.docx").is_file()
    assert "第2行" in done.output and "示例行" in done.output


def test_an_example_row_with_only_its_contact_changed_still_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = _sheet(tmp_path)
    book = openpyxl.load_workbook(sheet)
    names = [cell.value for cell in book["名单"][1]]
    book["名单"].cell(row=2, column=names.index("联系人.姓名") + 1, value="许文静")
    book.save(sheet)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["batch", str(sheet), "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "还是起草模板里的示例值" in done.output
