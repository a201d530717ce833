"""-o (even with --force) never replaces a file the draft is made from: a facts file it names, the template's files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from drafter.api import draft
from drafter.cli import main
from drafter.errors import OutputError

REPO = SAMPLES.parent


def _issued(tmp_path: Path) -> tuple[Path, bytes]:
    for name in ("通知-印发.yaml", "实施方案.yaml"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    return tmp_path / "实施方案.yaml", (tmp_path / "实施方案.yaml").read_bytes()


def test_the_facts_file_a_notice_issues_is_not_written_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    issued, before = _issued(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["draft", "通知-印发.yaml", "-o", "实施方案.yaml", "-f", "txt", "--force"])
    # it was replaced by the notice's text
    assert result.exit_code == 1 and "实施方案.yaml: 这是输入文件" in result.output, result.output
    assert issued.read_bytes() == before
    with pytest.raises(OutputError):
        draft(tmp_path / "通知-印发.yaml", output=issued, fmt="txt", force=True)
    assert issued.read_bytes() == before


def test_a_file_of_the_template_folder_is_not_written_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(REPO / "templates" / "notice", tmp_path / "模板")
    shutil.copy(SAMPLES / "通知.yaml", tmp_path / "通知.yaml")
    body = tmp_path / "模板" / "body.j2"
    before = body.read_bytes()
    monkeypatch.chdir(tmp_path)
    args = ["draft", "通知.yaml", "--template", "模板", "-f", "txt", "--force", "-o"]
    result = CliRunner().invoke(main, [*args, "模板/body.j2"])
    assert result.exit_code == 1 and "这是模板文件夹" in result.output, result.output
    assert body.read_bytes() == before
    # a new file next to them is not one of them
    assert CliRunner().invoke(main, [*args, "模板/看一眼.txt"]).exit_code == 0
