"""Hostile output names: what the user typed for -o / --report, before any path library tidies it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter
from conftest import SAMPLES


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["draft", "通知.yaml", "-o"], "新文件夹/"),
        (["draft", "通知.yaml", "-o"], ""),
        (["draft", "通知.yaml", "-o"], "  "),
        (["new", "通知", "-o"], "新文件夹/"),
        (["batch", "通知.yaml", "-o", "输出", "--report"], "报告/"),
    ],
)
def test_an_output_named_as_a_folder_is_refused_not_written_as_a_file(
    tmp_path: Path, command: list[str], name: str
) -> None:
    # "-o 新文件夹/" was written as a file called 新文件夹 (the slash is lost on the way to a path).
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_drafter(*command, name, cwd=tmp_path)
    assert result.returncode == 2
    assert_clean_failure(result, "文件夹" if name.strip() else "输出文件名是空的")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_existing_folder_with_a_slash_is_refused_as_before(tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    (tmp_path / "输出").mkdir()
    result = run_drafter("draft", "通知.yaml", "-o", "输出/", cwd=tmp_path)
    assert_clean_failure(result, "文件夹")
    assert not any((tmp_path / "输出").iterdir())
