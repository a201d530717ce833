"""Sheets whose header row is wrong in more than one way at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main


@pytest.mark.parametrize(
    ("header", "said"),
    [
        ("文种,发文机关,事由,主送机关,主送机关,正文,成文日期", "E列: 字段名“主送机关”重复（D列已经有了）"),
        ("文种,发文机关,事由,主送机关,联系人.,正文,成文日期", "E列: 字段名“联系人.”不完整"),
    ],
)
def test_a_refused_column_name_is_not_also_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, header: str, said: str
) -> None:
    row = "通知,青禾县教育局,作息,各中小学,各幼儿园,自下周起执行。,2025-03-10"
    (tmp_path / "名单.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出"])
    assert result.exit_code == 4 and said in result.output, result.output
    # the repeated column's cells were also '这一列没有字段名（第一行是空的）': its name is right there
    assert "没有字段名" not in result.output, result.output


def test_a_column_really_without_a_name_is_still_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (
        "文种,发文机关,,事由,主送机关,正文,成文日期\n通知,青禾县教育局,多余,作息,各中小学,自下周起执行。,2025-03-10\n"
    )
    (tmp_path / "名单.csv").write_text(rows, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出"])
    assert result.exit_code == 4 and "第2行 C列: 这一列没有字段名" in result.output, result.output
