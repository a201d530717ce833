"""Hostile inputs, round 13: a sheet's field names marked for the people filling it in.

A clerk marking the required columns as forms do (会议名称*, *会议名称, 会议名称（必填）) had every row refused:
会议名称*: 不认识这个键（是否想写“会议名称”？）, and 会议名称 said missing beside it. The marks are no part of the
name now.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

ROW = "会议通知,全县防汛工作会议,青禾县水利局,各乡镇水利站,2025-06-20 上午9:00,四楼会议室,各站站长,2025-06-10,无"


@pytest.mark.parametrize(
    "name", ["会议名称*", "*会议名称", "＊会议名称", "会议名称（必填）", "会议名称(必填)", "会议名称（选填）"]
)
def test_a_marked_field_name_is_the_field(tmp_path: Path, name: str) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        f"文种,{name},发文机关,主送机关,会议时间,会议地点,参会人员,成文日期,联系人\n{ROW}\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0, result.output
    (drafted,) = (tmp_path / "稿").glob("*.txt")
    assert "关于召开全县防汛工作会议的通知" in drafted.read_text(encoding="utf-8")


def test_a_marked_unknown_name_is_still_refused(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text("文种,会议名称,备忘*,主送机关\n会议通知,全县防汛工作会议,已审,各乡镇水利站\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "稿"), "-j", "1"])
    assert result.exit_code == 4 and "备忘: 不认识这个键" in result.output, result.output
