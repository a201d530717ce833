"""A column name of hundreds of dotted parts is refused at its header cell, as a facts file's nesting is.

A header cell like 联系人.1.1.1.…(500 parts).姓名 (a formula filled along a row, a name pasted many times) failed
its rows with 内容嵌套太深，无法起草: no file, row or column, and the row's other values never checked.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NAMES = "文种,发文机关,事由,主送机关,正文,成文日期"
VALUES = "通知,青禾县教育局,做好防汛工作,各学校,请做好防汛值班。,2025-02-20"


@pytest.mark.parametrize("parts", [33, 500, 5000])
def test_a_name_nested_past_the_limit_is_said_at_its_cell(tmp_path: Path, parts: int) -> None:
    deep = "联系人." + ".".join(["1"] * (parts - 2)) + ".姓名"
    sheet = tmp_path / "名单.csv"
    sheet.write_text(f"{NAMES},{deep}\n{VALUES},王明\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert f"名单.csv 第1行 G列: 字段名分了 {parts} 层，超过 32 层" in result.output
    assert "嵌套太深，无法起草" not in result.output


def test_a_name_of_a_few_parts_is_read(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(f"{NAMES},联系人.姓名,联系人.电话\n{VALUES},王明,0571-88001234\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 0, result.output
