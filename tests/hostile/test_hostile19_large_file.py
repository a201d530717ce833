"""A file large enough to take minutes is said before parse or mine starts on it.

A 66 MB page saved as one line took 35-60 s to parse and a mine of it 1.7 GB, with no word meanwhile (the progress
bar, on a terminal only, at 0/1): the clerk took it for hung. The threshold is lowered here so that a small file,
made up for the test, stands for a large one.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.mining import budget

PAGE = (
    "<html><body><h1>关于开展农机安全检查的通知</h1><p>各乡镇农技站：</p>"
    + "<p>各乡镇要逐台检查在用农机，落实安全责任。</p>" * 200
    + "<p>青禾县农业农村局</p><p>2025年3月6日</p></body></html>"
)


@pytest.mark.parametrize("command", ["parse", "mine"])
def test_a_large_file_is_said_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "网页"
    folder.mkdir()
    (folder / "大文件.html").write_text(PAGE, encoding="utf-8")
    (folder / "小文件.txt").write_text(
        "关于开展农机安全检查的通知\n各乡镇农技站：\n　　请逐台检查。\n", encoding="utf-8"
    )
    monkeypatch.setattr(budget, "LARGE_FILE_BYTES", 4096)
    args = [command, "网页"] + (["-o", "结果"] if command == "mine" else [])
    result = CliRunner().invoke(main, args)
    notes = [line for line in result.stderr.splitlines() if line.startswith("提醒：") and "MB" in line]
    assert len(notes) == 1 and "大文件.html" in notes[0] and "分钟" in notes[0], result.stderr


def test_a_file_of_usual_size_is_not_said(tmp_path: Path) -> None:
    page = tmp_path / "通知.html"
    page.write_text(PAGE, encoding="utf-8")
    assert budget.large_file_notes([(page, "通知.html")]) == []
