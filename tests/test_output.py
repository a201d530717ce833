import os
from pathlib import Path

import pytest

from drafter.errors import OutputError
from drafter.output import write_atomic


def test_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    write_atomic(target, b"one")
    with pytest.raises(OutputError, match="文件已存在；如需覆盖请加 --force"):
        write_atomic(target, b"two")
    assert target.read_bytes() == b"one"
    write_atomic(target, b"three", force=True)
    assert target.read_bytes() == b"three"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_missing_folder_and_directory_target(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"输出文件夹 .* 不存在"):
        write_atomic(tmp_path / "no" / "a.docx", b"x")
    with pytest.raises(OutputError, match="这是一个文件夹"):
        write_atomic(tmp_path, b"x")


def test_failure_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match="写入失败"):
        write_atomic(tmp_path / "a.docx", b"data")
    assert list(tmp_path.iterdir()) == []


def test_interrupt_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.docx", b"data")
    assert list(tmp_path.iterdir()) == []
