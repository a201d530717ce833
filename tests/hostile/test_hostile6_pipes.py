"""Output piped into a reader that goes away (drafter templates list | head -1, a pager closed early)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES


def _drafter(folder: Path, args: list[str], stdout: Any) -> subprocess.CompletedProcess[bytes]:
    """drafter run in ``folder`` (which gets the sample 通知.yaml) with its standard output sent to ``stdout``."""
    (folder / "通知.yaml").write_bytes((SAMPLES / "通知.yaml").read_bytes())
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        cwd=folder,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.mark.parametrize("args", [["templates", "list"], ["new", "通知"], ["draft", "通知.yaml", "-o", "-"]])
def test_a_reader_that_went_away_is_no_unexpected_error(tmp_path: Path, args: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before a word is written
    try:
        done = _drafter(tmp_path, args, write)
    finally:
        os.close(write)
    said = done.stderr.decode("utf-8")
    # it was '错误：出现意外错误（BrokenPipeError: [Errno 32] Broken pipe）；……请把所用的文件发给维护者'
    assert done.returncode == 1 and said == "", said


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("args", [["new", "通知"], ["draft", "通知.yaml", "-o", "-"]])
def test_standard_output_on_a_full_disk_is_said_in_chinese(tmp_path: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:  # parse --json > 结构.json on a disk that filled up
        done = _drafter(tmp_path, args, full)
    said = done.stderr.decode("utf-8")
    # it was '错误：出现意外错误（OSError: [Errno 28] No space left on device）；……'
    assert done.returncode == 1 and said == "错误：写入失败（磁盘已满）\n", said
