"""ux32 walk: leftovers of earlier walks mended this round (each failed before its fix). Made up for this walk."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

HEADER = "文种,文件名,发文机关,会议名称,主送机关,会议时间,会议地点,参会人员,联系人,成文日期\n"


def test_a_file_name_with_a_slash_is_said_with_the_row_and_the_name_written(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        HEADER + "会议通知,社区/网格,东湖街道办事处,冬季消防安全部署会,各社区，各网格,2026-12-03 15:00,街道三楼会议室,"
        "社区书记和网格长,无,2026-11-26\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "输出" / "社区_网格.docx").is_file()
    said = next(line for line in result.output.splitlines() if "社区/网格" in line)
    assert "提醒" in said and "第2行" in said and "文件名" in said and "社区_网格.docx" in said and "“/”" in said


def test_a_plain_file_name_gets_no_reminder(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        HEADER + "会议通知,社区网格,东湖街道办事处,冬季消防安全部署会,各社区,2026-12-03 15:00,街道三楼会议室,"
        "社区书记,无,2026-11-26\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "不能用在文件名里" not in result.output
