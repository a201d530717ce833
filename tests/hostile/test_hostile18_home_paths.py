"""Hostile inputs, session 18 (second round): paths in a facts file written as they are typed at the shell.

- ``模板: ~/挖掘结果/notice`` was looked for as a folder named “~” beside the facts file (找不到模板文件夹……按事实文件
  所在的文件夹 /home/x/文件 找：/home/x/文件/~/挖掘结果/notice); the shell expands ~ on the command line, and the
  clerk writes the facts the same way. So is a ``文件: ~/材料/方案.yaml`` of an attachment.
- ``模板: /dev/null`` (a device, or a link to nowhere) was said as /dev/null: 模板文件夹不存在, without the facts
  file, line and field that every other 模板 problem names.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

FACTS = LETTER
MANIFEST = (
    "name: 本单位函\ngenre: letter\nextends: letter\nsections:\n- {name: head}\n- {name: body}\n- {name: signoff}\n"
)


def _draft(tmp_path: Path, facts: str) -> tuple[int, str]:
    folder = tmp_path / "文件"
    folder.mkdir(exist_ok=True)
    (folder / "函.yaml").write_text(facts, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(folder / "函.yaml"), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


def test_a_template_under_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "家"
    (home / "挖掘结果" / "letter").mkdir(parents=True)
    (home / "挖掘结果" / "letter" / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    (home / "挖掘结果" / "letter" / "body.j2").write_text(
        "{{ content_markup(正文, 1) }}本单位的模板。\n", encoding="utf-8"
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    code, said = _draft(tmp_path, FACTS.replace("文种: 函", "模板: ~/挖掘结果/letter"))
    assert code == 0, said
    assert "本单位的模板。" in said


def test_an_attachment_under_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "家"
    home.mkdir()
    plan = FACTS.replace("商请支持乡镇文化站维修", "商请支持乡镇图书室建设")
    (home / "另一份.yaml").write_text(plan, encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    code, said = _draft(tmp_path, FACTS + "附件:\n  - 文件: ~/另一份.yaml\n")
    assert code == 0, said
    assert "商请支持乡镇图书室建设" in said


@pytest.mark.skipif(os.name == "nt", reason="devices and symbolic links")
@pytest.mark.parametrize("written", ["/dev/null", "断开的链接"])
def test_a_template_that_is_no_folder_is_said_at_its_line(tmp_path: Path, written: str) -> None:
    (tmp_path / "文件").mkdir()
    (tmp_path / "文件" / "断开的链接").symlink_to(tmp_path / "不存在", target_is_directory=True)
    code, said = _draft(tmp_path, FACTS.replace("文种: 函", f"模板: {written}"))
    assert code == 1, said
    assert "函.yaml:1:5: 模板: " in said and "模板是一个文件夹" in said, said
