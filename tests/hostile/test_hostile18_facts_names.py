"""Hostile inputs, session 18 (second round): the facts file named as a clerk names it at a Windows prompt.

- ``drafter draft *.yaml`` (cmd and PowerShell never expand the pattern; a quoted one anywhere) was 文件不存在: the
  pattern is said, with what it matches and that several facts files are batch's.
- ``drafter draft 通知`` (the extension left off, as Windows hides it) offered “通知.docx” first, the draft before
  its facts; the facts file comes first.
- ``drafter draft 通知.YAML`` beside 通知.yaml (capitals, on a system that tells them apart) was 文件不存在 alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

FACTS = LETTER


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("通知.yaml", "函.yaml"):
        (tmp_path / name).write_text(FACTS, encoding="utf-8")
    (tmp_path / "通知.docx").write_bytes(b"PK")
    return tmp_path


def _draft(name: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["draft", name])
    return result.exit_code, result.output


def test_a_pattern_is_said_with_what_it_matches(here: Path) -> None:
    code, said = _draft("*.yaml")
    assert code == 2, said
    assert "匹配到 2 个文件" in said and "drafter batch" in said, said
    assert not list(here.glob("*.docx"))[1:]  # only the 通知.docx put there


def test_a_pattern_matching_nothing_is_said_so(here: Path) -> None:
    code, said = _draft("草稿*.yaml")
    assert code == 1 and "没有匹配到任何文件" in said, said


def test_a_file_whose_name_holds_brackets_is_drafted(here: Path) -> None:
    (here / "[草稿]函.yaml").write_text(FACTS, encoding="utf-8")
    code, said = _draft("[草稿]函.yaml")
    assert code == 0, said


def test_the_facts_file_is_offered_first(here: Path) -> None:
    code, said = _draft("通知")
    assert code == 1, said
    assert "是否想写“通知.yaml”、“通知.docx”" in said, said


@pytest.mark.skipif(os.name == "nt" or os.path.exists(__file__.upper()), reason="names that tell capitals apart")
def test_a_name_in_other_capitals_is_offered(here: Path) -> None:
    (here / "notice.yaml").write_text(FACTS, encoding="utf-8")
    code, said = _draft("NOTICE.YAML")
    assert code == 1 and "是否想写“notice.yaml”？" in said, said


@pytest.mark.parametrize("command", [["parse"], ["mine", "-o", "结果"], ["batch", "-o", "输出"]])
def test_parse_mine_and_batch_offer_the_name_meant(here: Path, command: list[str]) -> None:
    (here / "读书.txt").write_text("关于开展读书活动的通知\n各学校：\n　　请组织读书活动。\n", encoding="utf-8")
    name = "函" if command[0] == "batch" else "读书"
    result = CliRunner().invoke(main, [command[0], name, *command[1:]])
    assert result.exit_code == 1, result.output
    assert f"{name}: 文件或文件夹不存在（是否想写“{name}." in result.output, result.output
