"""Hostile inputs, round 12: a sheet from drafter new --xlsx whose 说明 sheet was moved to the front.

drafter reads a workbook's first sheet. A clerk who dragged the 说明 tab before 名单 (or moved it in WPS) had every row
of the notes drafted: 34 items failed as 每一行都缺少必填项“文种”, on a sheet drafter itself wrote.
"""

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from drafter.cli import main


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "通知.xlsx"
    result = CliRunner().invoke(main, ["new", "通知", "--xlsx", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_the_list_is_read_behind_its_notes(tmp_path: Path) -> None:
    path = _sheet(tmp_path)
    book = openpyxl.load_workbook(path)
    book.move_sheet("说明", offset=-1)
    book.active = 0
    book.save(path)
    assert openpyxl.load_workbook(path).sheetnames == ["说明", "名单"]
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "输出"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0 and "共 1 项" in result.output, result.output
    assert (tmp_path / "输出" / "通知-示例.txt").is_file()


def test_the_notes_alone_are_still_said_to_hold_no_list(tmp_path: Path) -> None:
    path = _sheet(tmp_path)
    book = openpyxl.load_workbook(path)
    del book["名单"]
    book.save(path)
    result = CliRunner().invoke(main, ["batch", str(path), "-o", str(tmp_path / "输出"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 4, result.output
