"""A colleague's edits to the section list of a template folder's manifest.yaml are checked, with the line.

- ``when:`` naming no declared field (``when: 附件s``, a half-typed condition): the section was never drafted,
  and every document drafted from the template lost its attachments without a word (exit 0).
- A section line copied twice: the section was drafted twice, its paragraphs twice over in the document.
- A section whose name was deleted (``- name:``): 章节名 None 不能用作文件名 (Python's None in the message).

The template is a copy of the built-in notice; the facts are made up for the test.
"""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.catalog import builtin_root
from drafter.cli import main

FACTS = (
    "模板: 本单位通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛工作。\n附件:\n- 标题: 防汛值班表\n  内容:\n  - 每天安排两人值班。\n成文日期: 2025-06-02\n"
)


def _draft(tmp_path: Path, edit: tuple[str, str]) -> tuple[int, str]:
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    manifest = folder / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert edit[0] in text
    manifest.write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", str(tmp_path / "通知.docx")])
    return result.exit_code, result.output


def _line(tmp_path: Path, needle: str) -> int:
    lines = (tmp_path / "本单位通知" / "manifest.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize("condition", ["附件s", "附件 and 正文", "attachments"])
def test_a_condition_naming_no_field_is_an_error_with_its_line(tmp_path: Path, condition: str) -> None:
    code, output = _draft(tmp_path, ("when: 附件}", f"when: {condition}}}"))
    assert code == 1, output
    line = _line(tmp_path, f"when: {condition}")
    assert f"manifest.yaml:{line}: 章节“attachments”的 when 写的“{condition}”不是这个模板声明的字段" in output
    assert "永远不会排出" in output
    assert not (tmp_path / "通知.docx").exists()


def test_a_misspelt_condition_is_told_the_field_meant(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, ("when: 附件}", "when: 附件s}"))
    assert code == 1 and "是否想写“附件”？" in output, output


def test_a_section_listed_twice_is_an_error_with_both_lines(tmp_path: Path) -> None:
    line = "- {name: intro, title: 导语}\n"
    code, output = _draft(tmp_path, (line, line + line))
    assert code == 1, output
    first = _line(tmp_path, "name: intro")
    assert f"manifest.yaml:{first + 1}: 章节“intro”写了两次（第 {first} 行已经写过）" in output
    assert not (tmp_path / "通知.docx").exists()


@pytest.mark.parametrize("written", ["- {name: , title: 导语}", "- {name: '  ', title: 导语}", "- name:"])
def test_a_section_without_a_name_is_said_so(tmp_path: Path, written: str) -> None:
    code, output = _draft(tmp_path, ("- {name: intro, title: 导语}", written))
    assert code == 1, output
    assert f"manifest.yaml:{_line(tmp_path, written)}: 这一节的 name 是空的" in output
    assert "None" not in output


def test_the_unedited_copy_still_drafts_its_attachment(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, ("when: 附件}", "when: 附件}"))
    assert code == 0, output
    assert (tmp_path / "通知.docx").exists()


@pytest.mark.parametrize("blank", [b"", b"\n\n  \n", b"\xef\xbb\xbf\r\n"], ids=["empty", "spaces", "bom"])
def test_an_emptied_section_file_is_an_error_naming_it(tmp_path: Path, blank: bytes) -> None:
    # An emptied head.j2 drafted every document without its title and 主送机关 (exit 0, no word).
    folder = tmp_path / "本单位通知"
    shutil.copytree(builtin_root() / "notice", folder)
    (folder / "head.j2").write_bytes(blank)
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code == 1, result.output
    line = _line(tmp_path, "name: head")
    assert "head.j2:1: 章节“head”的模板文件是空的" in result.output
    assert f"manifest.yaml 第 {line} 行列着它" in result.output
    assert not (tmp_path / "通知.docx").exists()


def test_a_section_file_the_base_template_gives_need_not_be_copied(tmp_path: Path) -> None:
    # A mined template extends the built-in and keeps only the files it changes: no file is no empty file.
    folder = tmp_path / "本单位通知"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: 本单位通知\ngenre: notice\nextends: notice\n", encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("关于做好防汛工作的通知\n")
