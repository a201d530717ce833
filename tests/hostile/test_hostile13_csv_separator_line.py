"""Hostile inputs, round 13: a CSV export opening on Excel's sep=, line.

Some systems' CSV exports put a line sep=, (or sep=;) above the header, telling Excel the delimiter: drafter read
it as the header, and the clerk got a line 这一列没有字段名 for every cell of every row. The line names the delimiter
now and the header is the line below it; rows keep the numbers Excel shows.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize("mark", [",", ";", "\t"])
def test_the_separator_line_names_the_delimiter(tmp_path: Path, mark: str) -> None:
    sheet = tmp_path / "名单.csv"
    rows = [
        ["文种", "单位", "期间", "事项", "主要做法", "成文日期"],
        ["工作总结", "青禾县实验小学", "2024年", "教育教学", "抓实常规管理。", "2025-01-10"],
    ]
    sheet.write_text(f"sep={mark}\n" + "".join(mark.join(row) + "\n" for row in rows), encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0, result.output
    (drafted,) = (tmp_path / "稿").glob("*.txt")
    assert "青禾县实验小学2024年教育教学工作总结" in drafted.read_text(encoding="utf-8")


def test_a_row_under_the_separator_line_is_said_at_its_number(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        "sep=,\n文种,单位,期间,事项,主要做法,成文日期\n工作总结,青禾县实验小学,2024年,教育教学,抓实常规管理。,2025年13月10日\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-j", "1"])
    assert result.exit_code == 4, result.output
    assert "名单.csv 第3行 F列: 成文日期: " in result.output and "没有字段名" not in result.output, result.output
