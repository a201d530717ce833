"""A sheet saved from Excel or WPS as text (cells apart by tabs, a .txt) is said to be one, and how to give it."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

ROWS = [
    ["文种", "文件名", "发文机关", "事由", "主送机关", "正文", "成文日期"],
    ["通知", "甲", "青禾县教育局", "做好防汛工作", "各学校", "请做好防汛。", "2025-03-10"],
    ["通知", "乙", "青禾县教育局", "做好防汛工作", "各幼儿园", "请做好防汛。", "2025-03-10"],
]
TEXT = "".join("\t".join(row) + "\r\n" for row in ROWS)


@pytest.mark.parametrize("encoded", [b"\xff\xfe" + TEXT.encode("utf-16-le"), TEXT.encode("gbk")])
def test_a_sheet_saved_as_text_is_said_to_be_one(tmp_path: Path, encoded: bytes) -> None:
    sheet = tmp_path / "名单.txt"
    sheet.write_bytes(encoded)
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 4, result.output
    assert "另存的文本表格" in result.output and "改成 .csv" in result.output
    renamed = sheet.rename(tmp_path / "名单.csv")
    result = CliRunner().invoke(main, ["batch", str(renamed), "-o", str(tmp_path / "输出")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "输出").glob("*.docx")) == ["乙.docx", "甲.docx"]


def test_a_line_without_tabs_is_not_said_to_be_a_sheet(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text("关于做好防汛工作的通知\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts)])
    assert result.exit_code == 1 and "文本表格" not in result.output
