"""Hostile inputs, round 13: a section written as none the way a sheet or the help text writes it.

存在问题: 无 leaves the section out, but a sheet row whose 存在问题 cell held the table's empty mark “/” (as
clerks fill a WPS table) printed the heading 二、存在问题 over a paragraph /。, and 存在问题: “无” (the quotes copied
from the help text) or （无） a paragraph “无”。 Each is now left out as 无 is.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 工作总结
单位: 青禾县实验小学
期间: 2024年
事项: 教育教学
主要做法:
  - 抓实常规管理，每月开展一次教案检查。
存在问题: {said}
成文日期: 2025-01-10
"""


@pytest.mark.parametrize("said", ["/", "“无”", "（无）", "“不要”", "——", "无"])
def test_a_section_said_none_is_left_out(tmp_path: Path, said: str) -> None:
    facts = tmp_path / "总结.yaml"
    facts.write_text(FACTS.format(said=said), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "存在问题" not in result.output and said not in result.output, result.output
    assert "抓实常规管理" in result.output


def test_a_sheet_cell_with_the_empty_mark_leaves_the_section_out(tmp_path: Path) -> None:
    sheet = tmp_path / "总结.csv"
    sheet.write_text(
        "文种,文件名,单位,期间,事项,主要做法,存在问题,成文日期\n"
        "工作总结,甲,青禾县实验小学,2024年,教育教学,抓实常规管理。,/,2025-01-10\n"
        "工作总结,乙,青禾县第二小学,2024年,教育教学,抓实常规管理。,功能室使用效率不够高,2025-01-10\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0, result.output
    first = (tmp_path / "稿" / "甲.txt").read_text(encoding="utf-8")
    second = (tmp_path / "稿" / "乙.txt").read_text(encoding="utf-8")
    assert "存在问题" not in first and "/" not in first, first
    assert "存在问题" in second and "功能室使用效率不够高" in second, second
