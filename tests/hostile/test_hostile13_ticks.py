"""Hostile inputs, round 13: a yes/no field answered as a WPS list marks it, with a tick or a cross.

A sheet's 印章 column filled with √ and × (or the seal's own words 盖章, 不盖章) failed every row with 印章: 应当填
“是”或“否”，这里是 "√". They answer yes and no now; another word is still refused.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

HEADER = "文种,文件名,单位,期间,事项,主要做法,成文日期,印章"


@pytest.mark.parametrize(
    ("said", "sealed"), [("√", True), ("✓", True), ("盖章", True), ("×", False), ("不盖章", False)]
)
def test_a_tick_or_a_cross_answers_the_seal(tmp_path: Path, said: str, sealed: bool) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        f"{HEADER}\n工作总结,甲,青禾县实验小学,2024年,教育教学,抓实常规管理。,2025-01-10,{said}\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-f", "md", "-j", "1"])
    assert result.exit_code == 0, result.output


def test_another_word_is_still_refused(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        f"{HEADER}\n工作总结,甲,青禾县实验小学,2024年,教育教学,抓实常规管理。,2025-01-10,也许\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-j", "1"])
    assert result.exit_code == 4 and "印章: 应当填“是”或“否”" in result.output, result.output
