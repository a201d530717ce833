"""Hostile inputs, round 10: a folder nested past the system's path limit is said, not skipped.

An archive copied folder in folder (300 levels of long Chinese names, past PATH_MAX) held a document at the
bottom. Each folder is listed by its parent, but the deepest ones could not be looked at by their full path,
and they were skipped without a word: drafter parse and mine said 没有找到过往公文：…里没有 .txt … 文件,
as if the folder were empty, where walk.py promises every folder that cannot be read is reported.
"""

import os
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

NAME = "很长的文件夹名字" * 3  # 72 bytes


def _deep(root: Path, levels: int = 80) -> None:
    """``root`` with ``levels`` folders one in another and a document at the bottom (created relative to
    each parent, as a full path this long cannot be)."""
    root.mkdir()
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir(NAME, dir_fd=fd)
            inner = os.open(NAME, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        document = os.open("通知.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(document, "关于做好防汛工作的通知\n\n各单位：\n请做好防汛工作。\n".encode())
        os.close(document)
    finally:
        os.close(fd)


def test_a_folder_past_the_path_limit_is_said(tmp_path: Path) -> None:
    root = tmp_path / "档案"
    _deep(root)
    result = CliRunner().invoke(main, ["parse", str(root)])
    assert result.exit_code != 0
    assert "文件夹无法读取（文件名太长）" in result.stderr, result.stderr[-300:]
    assert "里没有 .txt" not in result.stderr
