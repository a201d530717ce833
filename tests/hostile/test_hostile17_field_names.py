"""A hand-edited template declaring a field under a name the template language already uses is refused on its line.

A colleague adding a field to a mined template's manifest.yaml under an English name (content_markup, range) put it in
the template's context over the function of that name: every section writing its items failed as 模板运行出错：值的类型
不能这样用……（'str' object is not callable）, in body.j2, with no word of the manifest line that caused it. A field
named with a word of the template language (loop, true, in) could not be written in a template at all.
"""

import shutil
from pathlib import Path

import pytest
from bounded import run_drafter

from drafter.catalog import TEMPLATE_NAMES, builtin_root
from drafter.render import _environment

FACTS = (
    "文种: 函\n发文机关: 青禾县文化馆\n事由: 商请借用演出场地\n主送机关: 青禾县第一中学\n"
    "正文:\n- 我馆拟于六月举办少儿合唱展演，商请借用贵校礼堂一天。\n成文日期: 2025-05-06\n"
)


def _template(tmp_path: Path, field: str) -> Path:
    folder = tmp_path / "我的函"
    shutil.copytree(builtin_root() / "letter", folder)
    manifest = folder / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace("fields:\n", f"fields:\n  {field}: {{type: text, default: 甲, description: 试}}\n", 1)
    )
    return folder


@pytest.mark.parametrize("field", ["content_markup", "section_markup", "range", "namespace"])
def test_a_field_named_as_a_template_function_is_refused_on_its_line(tmp_path: Path, field: str) -> None:
    _template(tmp_path, field)
    (tmp_path / "函.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "函.yaml", "-t", "我的函", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"manifest.yaml:16: 字段名“{field}”是模板里已有的函数名" in result.stderr, result.stderr
    assert "not callable" not in result.stderr
    assert not (tmp_path / "函.docx").exists()


@pytest.mark.parametrize("field", ["loop", "caller", "in", "none"])
def test_a_field_named_as_a_word_of_the_template_language_is_refused(tmp_path: Path, field: str) -> None:
    _template(tmp_path, field)
    (tmp_path / "函.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "函.yaml", "-t", "我的函", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "是模板语言里的保留字" in result.stderr, result.stderr


def test_an_english_field_name_of_no_such_use_is_still_taken(tmp_path: Path) -> None:
    folder = _template(tmp_path, "number")
    (folder / "closing.j2").write_text((folder / "closing.j2").read_text(encoding="utf-8") + "{{ number }}\n")
    (tmp_path / "函.yaml").write_text(FACTS, encoding="utf-8")
    result = run_drafter("draft", "函.yaml", "-t", "我的函", "-f", "txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_every_function_templates_are_given_is_listed() -> None:
    names = set(_environment(builtin_root() / "letter", True).globals)
    assert names <= TEMPLATE_NAMES, names - TEMPLATE_NAMES
