"""Hostile inputs, round 13: an output name pasted with a space before or after it.

A clerk copying the name from a Word table or a chat typed -o " 通知.docx": the draft was written as
" 通知.docx", listed apart from 通知.docx (and with a space at its end, a name Windows Explorer cannot open or
delete). The spaces around the name are left out; spaces inside it are the name's.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"


@pytest.mark.parametrize("name", [" 通知.docx", "通知.docx ", "\u3000通知.docx\u3000", "\t通知.docx"])
def test_spaces_around_the_name_are_no_part_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("事实.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "事实.yaml", "-o", name])
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir()) == ["事实.yaml", "通知.docx"], result.output


def test_spaces_around_a_name_in_a_folder_are_no_part_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("事实.yaml").write_text(FACTS, encoding="utf-8")
    Path("稿件").mkdir()
    result = CliRunner().invoke(main, ["draft", "事实.yaml", "-o", "稿件/ 通知.docx"])
    assert result.exit_code == 0, result.output
    assert os.listdir("稿件") == ["通知.docx"], result.output


def test_a_starter_named_with_a_space_is_written_without_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", "通知", "-o", "通知.yaml "])
    assert result.exit_code == 0, result.output
    assert os.listdir() == ["通知.yaml"], result.output


def test_a_space_inside_the_name_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("事实.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "事实.yaml", "-o", "防汛 通知.docx"])
    assert result.exit_code == 0, result.output
    assert Path("防汛 通知.docx").is_file(), result.output


def test_a_name_of_spaces_after_a_folder_is_still_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("事实.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "事实.yaml", "-o", "稿件/ "])
    assert result.exit_code == 2 and "文件夹" in result.output, result.output
    assert os.listdir() == ["事实.yaml"]
