"""A required field left empty in its own column is said at that cell, as every other cell problem is.

In the walk a clerk left 会议时间 empty in one row of a CSV whose E column is 会议时间: the error said
“片区会议.csv 第4行: 会议时间: 缺少必填项” without the column, where a wrong date in the same column said
“第3行 E列”. A field with no column at all is still said at the row (there is no cell to point at).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

HEADER = "文种,文件名,发文机关,会议名称,主送机关,会议时间,会议地点,参会人员,成文日期"
FULL = "会议通知,一,柘湾区教育局,全区教研组长会议,各中小学校,2025-11-05 上午9:00,区教育局会议室,各校教研组长,2025-10-30"
EMPTY = "会议通知,二,柘湾区教育局,全区教研组长会议,各中小学校,,区教育局会议室,各校教研组长,2025-10-30"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_empty_cell_of_a_required_field_is_named_with_its_column(here: Path) -> None:
    (here / "会议.csv").write_text("\n".join([HEADER, FULL, EMPTY]) + "\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", "会议.csv", "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "会议.csv 第3行 F列: 会议时间: 缺少必填项" in done.output, done.output


def test_a_required_field_without_a_column_is_said_at_the_row(here: Path) -> None:
    header = HEADER.replace(",会议地点", "")
    rows = [",".join(cell for n, cell in enumerate(row.split(",")) if n != 6) for row in (FULL, FULL)]
    (here / "会议.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", "会议.csv", "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "会议地点" in done.output and "列: 会议地点" not in done.output


def test_a_row_without_its_template_is_told_to_fill_the_template_column(here: Path) -> None:
    # A sheet made by drafter new --template … --xlsx names its template in a 模板 column; a clerk who
    # filled a row below the example and left 模板 empty was told to write “文种: 工作总结” at the head of
    # the file, which a sheet does not have.
    header = "模板,文件名,发文机关,主送机关,事由,正文,成文日期"
    row = ",运动会,柘湾区实验中学,各年级组,做好秋季运动会筹备工作,各班于9月20日前报送名单。,2025-09-05"
    (here / "名单.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "名单.csv 第2行 A列: 文种" in done.output, done.output
    assert "“模板”列" in done.output and "文件开头" not in done.output


def test_rows_that_all_leave_the_template_column_empty_are_told_once_at_it(here: Path) -> None:
    header = "模板,文件名,发文机关,主送机关,事由,正文,成文日期"
    rows = [
        ",甲,柘湾区实验中学,各年级组,做好秋季运动会筹备工作,各班于9月20日前报送名单。,2025-09-05",
        ",乙,柘湾区实验中学,各年级组,做好校园艺术节筹备工作,各班于10月8日前报送节目。,2025-09-06",
    ]
    (here / "名单.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "名单.csv 第1行 A列: 每一行都缺少必填项“文种”（在“模板”列填写模板文件夹" in done.output, done.output


def test_an_empty_cell_of_a_records_part_is_named_with_its_column(here: Path) -> None:
    # A 批复 sheet names the 请示 it answers in 来文.标题 and 来文.文号; a row leaving the title empty was
    # said at '第3行: 来文的标题' while a wrong 文号序号 in the same sheet was said at its column.
    header = "文种,文件名,发文机关,事由,主送机关,来文.标题,来文.文号,批复意见,成文日期"
    rows = [
        "批复,甲,某镇人民政府,同意甲村修缮村道,甲村村民委员会,关于修缮村道的请示,甲村〔2025〕1号,同意。,2025-11-03",
        "批复,乙,某镇人民政府,同意乙村修缮水渠,乙村村民委员会,,乙村〔2025〕2号,同意。,2025-11-03",
    ]
    (here / "批复.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["batch", "批复.csv", "-o", "out"])
    assert done.exit_code == 4, done.output
    assert "批复.csv 第3行 F列: 来文的标题: 缺少必填项" in done.output, done.output
