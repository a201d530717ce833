"""Hostile inputs, session 18 (second round): a name list typed straight into a sheet, without its row of names.

The first row (函, 甲, 青禾县教育局, …, 请予支持。, 2025-03-18) was read as field names and the sheet refused as
字段名“请予支持.”不完整（嵌套的字段写成“联系人.电话”）, a cell of the clerk's text taken for a name. A first row
holding a date, or a genre's name where 文种 stands, is said to be a document's content.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

ROW = "函,甲,青禾县教育局,商请支持,县文旅局,请予支持。,无,2025-03-18\n"
HEADER = "文种,文件名,发文机关,事由,主送机关,正文,联系人,成文日期\n"


@pytest.mark.parametrize("first", [ROW, ROW.replace(",2025-03-18", ",")])
def test_a_sheet_without_its_names_is_said_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名单.csv").write_text(first + ROW.replace("甲", "乙"), encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出"])
    assert result.exit_code == 4, result.output
    assert "名单.csv 第1行: 第一行像是一份公文的内容（“函”" in result.output, result.output
    assert "不完整" not in result.output


def test_a_sheet_with_its_names_is_drafted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名单.csv").write_text(HEADER + ROW, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出"])
    assert result.exit_code == 0, result.output
