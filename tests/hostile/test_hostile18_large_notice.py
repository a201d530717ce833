"""Hostile inputs, session 18 (second round): a file over the reader's limit (100 MB) handed to parse or mine.

It was first said to take minutes (提醒：huge.txt 有 200 MB，分析这个文件大约要 3 分钟、4.9 GB 内存，请稍候), then
skipped at once as 文件太大（超过 100 MB）; and it was read into memory (100 MB) only to be refused. It is refused
by its size alone, without the notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.mining import budget
from drafter.textio import read_bytes

PAGE = "<html><body><h1>关于开展农机安全检查的通知</h1>" + "<p>各乡镇要逐台检查在用农机。</p>" * 200 + "</body></html>"


def test_a_file_over_the_readers_limit_is_not_said_to_take_minutes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "通知.html"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(budget, "LARGE_FILE_BYTES", 1024)
    assert len(budget.large_file_notes([(page, "通知.html")])) == 1  # large, and readable: said
    monkeypatch.setattr(budget, "MAX_FILE_BYTES", 4096)
    assert budget.large_file_notes([(page, "通知.html")]) == []


def test_a_file_over_the_limit_is_refused_by_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "通知.html"
    page.write_text(PAGE, encoding="utf-8")

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("opened a file it had to refuse by its size")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(InputError, match="文件太大"):
        read_bytes(page, "通知.html", limit=1024)
