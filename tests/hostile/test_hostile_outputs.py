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


@pytest.mark.parametrize(
    "command",
    [
        ["batch", "", "-o", "输出"],
        ["batch", "通知.yaml", "-o", ""],
        ["draft", ""],
        ["parse", ""],
        ["mine", "", "-o", "挖掘结果"],
        ["draft", "通知.yaml", "-r", ""],
        ["templates", "show", ""],
    ],
)
def test_an_empty_path_is_refused_not_read_as_the_current_folder(tmp_path: Path, command: list[str]) -> None:
    # An unset variable ("$DIR") gave "": batch drafted every facts file of the folder it was run in.
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    shutil.copy(SAMPLES / "请示.yaml", tmp_path / "请示.yaml")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_drafter(*command, cwd=tmp_path)
    assert_clean_failure(result, "是空的")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("name", ["名单.xlsx", "通讯录.csv", "说明.json"])
def test_a_report_never_replaces_a_file_that_is_not_a_report(tmp_path: Path, name: str) -> None:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    (tmp_path / name).write_bytes(b"PK\x03\x04 the user's own work")
    result = run_drafter("batch", "通知.yaml", "-o", "输出", "--report", name, cwd=tmp_path)
    assert_clean_failure(result, name, "不是 drafter batch 写的报告")
    assert (tmp_path / name).read_bytes() == b"PK\x03\x04 the user's own work"
    assert not (tmp_path / "输出").exists()  # refused before any drafting


@pytest.mark.parametrize("name", ["结果.json", "结果.csv"])
def test_an_earlier_report_is_still_rewritten(tmp_path: Path, name: str) -> None:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    for _ in range(2):
        result = run_drafter("batch", "通知.yaml", "-o", "输出", "--report", name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    (tmp_path / name).write_bytes(b"")  # an empty file (touch) is no one's work either
    assert run_drafter("batch", "通知.yaml", "-o", "输出", "--report", name, cwd=tmp_path).returncode == 0
    assert (tmp_path / name).stat().st_size > 0


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_a_report_saved_again_by_excel_is_still_a_report(tmp_path: Path, encoding: str) -> None:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    assert run_drafter("batch", "通知.yaml", "-o", "输出", "--report", "结果.csv", cwd=tmp_path).returncode == 0
    text = (tmp_path / "结果.csv").read_text(encoding="utf-8-sig")
    (tmp_path / "结果.csv").write_bytes(text.encode(encoding))  # opened in Excel, saved as CSV
    result = run_drafter("batch", "通知.yaml", "-o", "输出", "--report", "结果.csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("command", [["draft"], ["batch", "-o", "输出"], ["parse"], ["mine", "-o", "挖掘"]])
def test_a_dash_for_standard_input_is_refused_in_words(tmp_path: Path, command: list[str]) -> None:
    # "drafter draft -" said "-: 文件不存在": it is standard input to the user, which drafter does not read.
    result = run_drafter(*command, "-", cwd=tmp_path)
    assert result.returncode == 2
    assert_clean_failure(result, "标准输入", "./-")
    assert not any(tmp_path.iterdir())


def test_a_file_really_named_dash_is_still_read_as_dot_slash_dash(tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "-")
    result = run_drafter("draft", "./-", "-o", "通知.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "通知.docx").is_file()
