"""A file name holding a newline or a tab (made by a script, or unpacked from an archive) is shown on one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.textio import display_line


def test_display_line_escapes_control_characters() -> None:
    assert display_line("材料/a\nb.txt") == "材料/a\\nb.txt"
    assert display_line("甲\t乙") == "甲\\t乙"
    assert display_line("普通的名字.txt") == "普通的名字.txt"


def test_parse_lists_one_file_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "通知\n副本.txt").write_text(
        "关于开展读书月活动的通知\n各学校：\n定于四月开展读书月活动。\n", encoding="utf-8"
    )
    (folder / "空\t文件.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["parse", "材料"])
    assert result.exit_code == 0, result.output
    assert "通知\\n副本.txt：1 篇" in result.output
    assert "空\\t文件.txt" in result.output  # the skipped file, named on its line
    assert not any(line.startswith("副本.txt") for line in result.output.splitlines())
