"""A command drafter tells the user to run next, naming a file or folder with a space (or a $) in its name.

Windows names a new text file 新建 文本文档.txt, and 我的 通知.yaml is an ordinary name: drafter new said
修改后运行：drafter draft 我的 通知.yaml, which copied into a terminal is two words (多出了参数); drafter mine and
templates list said drafter new --template 挖掘 结果/summary alike, and a $(…) in a folder's name ran when pasted.
Each such word is now quoted as the user's shell reads it.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.terminal import command_word

posix = pytest.mark.skipif(os.name == "nt", reason="the words are read as a POSIX shell reads them")


def _command(output: str, after: str) -> list[str]:
    line = next(line for line in output.splitlines() if after in line)
    return shlex.split(line.split(after, 1)[1].split("（", 1)[0])


@posix
@pytest.mark.parametrize("name", ["新建 文本文档.yaml", "a$(id).yaml", "通知.yaml"])
def test_the_draft_command_after_new_names_the_file_as_one_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["new", "通知", "-o", name])
    assert result.exit_code == 0, result.output
    assert _command(result.output, "修改后运行：") == ["drafter", "draft", name], result.output


@posix
def test_the_new_command_after_templates_list_names_the_folder_as_one_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "挖掘 结果" / "本单位 通知"
    folder.mkdir(parents=True)
    (folder / "manifest.yaml").write_text("name: notice\ngenre: notice\ntitle: 通知（本单位）\nextends: notice\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["templates", "list", "挖掘 结果"])
    assert result.exit_code == 0, result.output
    words = _command(result.output, "起草：")
    assert words[:4] == ["drafter", "new", "--template", str(Path("挖掘 结果") / "本单位 通知")], result.output


def test_a_plain_name_is_left_as_it_is_and_windows_quotes_with_double_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert command_word("挖掘结果/notice") == "挖掘结果/notice"
    monkeypatch.setattr(os, "name", "nt")
    assert command_word(r"挖掘结果\notice") == r"挖掘结果\notice"
    assert command_word("新建 文本文档.yaml") == '"新建 文本文档.yaml"'
