"""Hostile inputs, session 18 (second round): what drafter draft and drafter new make of the names they are given.

- ``drafter draft 通知.docx`` (the draft handed back as facts) was told 这是输入文件 通知.docx 本身，不能把结果写到它上面
  ；请换一个输出文件名: the default output is the input's own name, and that was checked first. It is said as a Word
  file, which is no facts file.
- ``drafter draft 函.yaml -o 通知.docx`` over the 通知.docx drafted from 通知.yaml, untouched since, replaced it without
  a word (替换了上次起草、之后没有改动过的同名文件), as if a typo in the facts had been fixed: it is another document.
- ``-o 2025.03.18会议通知`` was refused as 扩展名不认识 (".18会议通知"); ``drafter new -o 2025.03.18函`` was told
  如 2025.03.yaml; ``drafter new -o 新通知`` wrote a file without an extension. Dots inside a name end no extension.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 函
发文机关: 桐岭县文化和旅游局
主送机关: 县财政局
事由: 商请支持乡镇文化站维修
正文:
  - 我局拟对七个乡镇文化站进行维修，恳请贵局给予支持。
联系人: 无
成文日期: 2025-12-08
"""


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "函.yaml").write_text(FACTS, encoding="utf-8")
    return tmp_path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_a_word_file_given_as_facts_is_said_to_be_one(here: Path) -> None:
    assert _run("draft", "函.yaml", "-o", "通知.docx")[0] == 0
    before = (here / "通知.docx").read_bytes()
    code, said = _run("draft", "通知.docx")
    assert code == 1, said
    assert "Word 文件，不是事实文件" in said and ".yaml" in said
    assert "换一个输出文件名" not in said
    assert (here / "通知.docx").read_bytes() == before


def test_a_draft_of_other_facts_is_not_replaced_silently(here: Path) -> None:
    (here / "通知.yaml").write_text(FACTS.replace("维修", "改造"), encoding="utf-8")
    assert _run("draft", "通知.yaml")[0] == 0
    before = (here / "通知.docx").read_bytes()
    code, said = _run("draft", "函.yaml", "-o", "通知.docx")
    assert code == 1, said
    assert "通知.yaml" in said and "--force" in said
    assert (here / "通知.docx").read_bytes() == before
    # The same facts drafted again (a typo fixed) still replace their own draft, by any name of the file.
    (here / "通知.yaml").write_text(FACTS.replace("维修", "修缮"), encoding="utf-8")
    code, said = _run("draft", str(here / "通知.yaml"), "-o", "./通知.docx")
    assert code == 0 and "替换了上次起草" in said, said
    code, said = _run("draft", "函.yaml", "-o", "通知.docx", "--force")
    assert code == 0, said


@pytest.mark.parametrize(
    ("given", "written"), [("2025.03.18会议通知", "2025.03.18会议通知.docx"), ("第2.5期", "第2.5期.docx")]
)
def test_dots_inside_a_draft_name_end_no_extension(here: Path, given: str, written: str) -> None:
    code, said = _run("draft", "函.yaml", "-o", given)
    assert code == 0, said
    assert (here / written).is_file()


def test_a_real_extension_drafter_cannot_write_is_still_refused(here: Path) -> None:
    code, said = _run("draft", "函.yaml", "-o", "函.doc")
    assert code == 2 and "扩展名不认识" in said
    assert not (here / "函.doc").exists()


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (("new", "函", "-o", "新通知"), "新通知.yaml"),
        (("new", "函", "-o", "2025.03.18函"), "2025.03.18函.yaml"),
        (("new", "函", "--xlsx", "-o", "名单"), "名单.xlsx"),
    ],
)
def test_a_starter_named_without_an_extension_gets_its_own(here: Path, args: tuple[str, ...], written: str) -> None:
    code, said = _run(*args)
    assert code == 0, said
    assert (here / written).is_file()
    assert written in said
    assert not (here / args[-1]).exists()


def test_a_draft_recorded_before_sources_were_is_replaced_as_before(here: Path) -> None:
    from drafter.output import remember_drafted

    assert _run("draft", "函.yaml")[0] == 0
    remember_drafted(here / "函.docx", (here / "函.docx").read_bytes())  # as recorded then: no facts file named
    (here / "函.yaml").write_text(FACTS.replace("维修", "修缮"), encoding="utf-8")
    code, said = _run("draft", "函.yaml")
    assert code == 0 and "替换了上次起草" in said, said


def test_a_sheet_to_the_screen_is_refused(here: Path) -> None:
    code, said = _run("new", "函", "--xlsx", "-o", "-")
    assert code == 2 and "-o 名单.xlsx" in said, said
    assert not list(here.glob("-*"))


@pytest.mark.skipif(os.name == "nt" or sys.platform == "darwin", reason="file names as bytes are Linux's")
def test_facts_named_in_gbk_are_recorded_and_drafted_again(here: Path) -> None:
    name = os.fsdecode("关于维修".encode("gbk") + b".yaml")
    (here / name).write_text(FACTS, encoding="utf-8")
    code, said = _run("draft", name, "-o", "维修.docx")
    assert code == 0, said
    (here / name).write_text(FACTS.replace("维修", "修缮"), encoding="utf-8")
    code, said = _run("draft", name, "-o", "维修.docx")
    assert code == 0 and "替换了上次起草" in said, said


def test_a_name_ending_in_a_dot_after_its_extension(here: Path) -> None:
    # -o 通知.docx. was written as 通知.docx.docx (Windows drops a name's last dots; the clerk typed one more).
    code, said = _run("draft", "函.yaml", "-o", "通知.docx.")
    assert code == 0, said
    assert (here / "通知.docx").is_file() and not (here / "通知.docx.docx").exists()


def test_an_extension_without_a_name_is_refused(here: Path) -> None:
    # -o .docx was written as a hidden file .docx.docx.
    code, said = _run("draft", "函.yaml", "-o", ".docx")
    assert code == 2 and "没有文件名" in said, said
    assert not list(here.glob(".docx*"))


@pytest.mark.parametrize(("given", "written"), [("新通知.yaml.", "新通知.yaml")])
def test_a_starter_name_ending_in_a_dot(here: Path, given: str, written: str) -> None:
    code, said = _run("new", "函", "-o", given)
    assert code == 0, said
    assert (here / written).is_file() and not (here / (written + ".yaml")).exists()


@pytest.mark.parametrize("given", [".yaml", ".xlsx"])
def test_a_starter_named_by_its_extension_alone_is_refused(here: Path, given: str) -> None:
    args = ["new", "函", "-o", given] + (["--xlsx"] if given == ".xlsx" else [])
    code, said = _run(*args)
    assert code == 2 and "没有文件名" in said, said
    assert not list(here.glob(".yaml*")) and not list(here.glob(".xlsx*"))
