"""Hostile inputs, session 18 (second round): a folder or a missing file given to --defaults or -r.

``drafter batch 名单.csv -o 输出 --defaults /tmp`` was refused as /tmp: 这是一个文件夹，不是文件 (and a name typed
wrong as 默认.yml: 文件不存在), naming no option: the clerk looked at the inputs. ``-r 红头模板`` (the folder holding
the .docx) was told that a reference should be a Word .docx, as if the folder were a file of another kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SHEET = "文种,文件名,发文机关,事由,主送机关,正文,联系人,成文日期\n函,甲,青禾县教育局,商请支持,县文旅局,请予支持。,无,2025-03-18\n"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "名单.csv").write_text(SHEET, encoding="utf-8")
    (tmp_path / "红头模板").mkdir()
    return tmp_path


@pytest.mark.parametrize(("given", "said"), [("红头模板", "这是一个文件夹"), ("默认.yml", "文件不存在")])
def test_defaults_name_the_option(here: Path, given: str, said: str) -> None:
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "--defaults", given])
    assert result.exit_code == 1, result.output
    assert f"--defaults {given}: {said}" in result.output, result.output
    assert not (here / "输出").exists()


def test_a_folder_given_as_the_reference_is_said_to_be_one(here: Path) -> None:
    result = CliRunner().invoke(main, ["batch", "名单.csv", "-o", "输出", "-r", "红头模板"])
    assert result.exit_code == 1, result.output
    assert "红头模板: 这是一个文件夹" in result.output, result.output
