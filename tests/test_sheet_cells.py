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
