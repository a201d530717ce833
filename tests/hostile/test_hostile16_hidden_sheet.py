"""A workbook whose first sheet is hidden is read from the first sheet the clerk sees.

An old list or a table of choices kept out of sight in front of the list (Excel: 隐藏工作表) was read in place of
the list on the first tab: its rows were drafted, or the run refused with 表格里只有第一行的字段名 and told to move
the list to the front, naming a sheet the clerk could not find. The rows are made up for the test.
"""

from pathlib import Path

import openpyxl
from bounded import run_drafter

HEADER = ["文种", "文件名", "发文机关", "类别", "事由", "主送机关", "正文", "成文日期"]
ROW = ["通知", "防汛", "青禾县教育局", "布置", "做好防汛工作", "各中小学", "各校要做好防汛值班。", "2025-06-02"]


def _book(path: Path, *, state: str) -> None:
    book = openpyxl.Workbook()
    listing = book.active
    listing.title = "名单"
    listing.append(HEADER)
    listing.append(ROW)
    old = book.create_sheet("旧名单", 0)
    old.append(HEADER)
    old.append([*ROW[:1], "旧通知", *ROW[2:4], "去年的事由", *ROW[5:]])
    old.sheet_state = state
    book.active = 1
    book.save(str(path))


def test_a_hidden_first_sheet_is_passed_over(tmp_path: Path) -> None:
    _book(tmp_path / "名单.xlsx", state="hidden")
    result = run_drafter("batch", "名单.xlsx", "-o", "输出", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in (tmp_path / "输出").glob("*.txt")) == ["防汛.txt"]


def test_a_very_hidden_first_sheet_is_passed_over_too(tmp_path: Path) -> None:
    _book(tmp_path / "名单.xlsx", state="veryHidden")
    result = run_drafter("batch", "名单.xlsx", "-o", "输出", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "做好防汛工作" in (tmp_path / "输出" / "防汛.txt").read_text(encoding="utf-8")


def test_a_visible_first_sheet_is_still_the_one_read(tmp_path: Path) -> None:
    _book(tmp_path / "名单.xlsx", state="visible")
    result = run_drafter("batch", "名单.xlsx", "-o", "输出", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in (tmp_path / "输出").glob("*.txt")) == ["旧通知.txt"]
