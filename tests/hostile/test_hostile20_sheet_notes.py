"""A note typed beside one row of a batch sheet, in the column after the last field (待核, 已电话确认).

A column with a name the template does not know (备注) fails the rows that fill it and the others go on; a column
without a name failed the whole sheet instead: one note beside row 5 of a list of thousands and not one document was
drafted (失败 名单.csv, 生成 0). Now that row fails, naming its cell with its other mistakes, and the others are drafted.
A row filling both 联系人 and 联系人.姓名 failed the whole sheet too. A column without its name filled in every row
is still the header's mistake, said for the sheet. Made up for the test.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

HEADER = ["文种", "文件名", "发文机关", "会议名称", "主送机关", "会议时间", "会议地点", "参会人员"]
HEADER += ["联系人.姓名", "联系人.电话", "成文日期", ""]


def _row(number: int, note: str = "", date: str = "2025-03-01") -> list[str]:
    return [
        "会议通知",
        f"通知{number}",
        "青禾县农机服务中心",
        f"第{number}次农机安全例会",
        "各乡镇农机站",
        "2025年3月10日上午9:00",
        "中心二楼会议室",
        "各站站长",
        "周岚",
        "0571-86002233",
        date,
        note,
    ]


def _sheet(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        csv.writer(stream).writerows([HEADER, *rows])
    return path


def _batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[list[str]]):
    _sheet(tmp_path / "名单.csv", rows)
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "-f", "txt", "-j", "1"])


def test_a_note_beside_one_row_fails_that_row_and_the_others_are_drafted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [_row(n) for n in range(1, 7)]
    rows[2] = _row(3, note="待核")
    result = _batch(tmp_path, monkeypatch, rows)
    assert result.exit_code == 4, result.output
    assert "名单.csv 第4行 L列: 这一列没有字段名（第一行是空的），内容无法使用" in result.output, result.output
    drafted = sorted(path.name for path in (tmp_path / "输出").glob("*.txt"))
    assert drafted == ["通知1.txt", "通知2.txt", "通知4.txt", "通知5.txt", "通知6.txt"], result.output
    assert "生成 5" in result.output and "失败 1" in result.output, result.output


def test_the_row_with_a_note_is_told_its_other_mistakes_in_the_same_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _batch(tmp_path, monkeypatch, [_row(1), _row(2, note="已电话确认", date="2025-02-30")])
    assert result.exit_code == 4, result.output
    assert "第3行 K列: 成文日期: 无法识别的日期" in result.output, result.output
    assert "第3行 L列: 这一列没有字段名" in result.output, result.output
    assert [path.name for path in (tmp_path / "输出").glob("*.txt")] == ["通知1.txt"]


def test_a_column_without_its_name_in_every_row_is_still_said_for_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _batch(tmp_path, monkeypatch, [_row(1, note="甲"), _row(2, note="乙")])
    assert result.exit_code == 4, result.output
    assert "第2行 L列: 这一列没有字段名" in result.output and "第3行 L列: 这一列没有字段名" in result.output
    assert not (tmp_path / "输出").exists() or not any((tmp_path / "输出").glob("*.txt"))


def test_a_row_filling_a_field_and_its_parts_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    header = [*HEADER[:8], "联系人", *HEADER[8:11]]
    rows = [[*row[:8], "无" if number == 2 else "", *row[8:11]] for number, row in enumerate(map(_row, (1, 2, 3)), 1)]
    with (tmp_path / "名单.csv").open("w", newline="", encoding="utf-8-sig") as stream:
        csv.writer(stream).writerows([header, *rows])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "-f", "txt", "-j", "1"])
    assert result.exit_code == 4, result.output
    assert "第3行 J列: 联系人.姓名: “联系人”既是一个值又有下一级字段" in result.output, result.output
    assert sorted(path.name for path in (tmp_path / "输出").glob("*.txt")) == ["通知1.txt", "通知3.txt"]
