"""Hostile content reaching the .docx writer: huge titles and paragraphs, characters XML cannot hold."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from bounded import assert_clean_failure, run_drafter
from lxml import etree

SUMMARY = "文种: 工作总结\n单位: 甲校\n成文日期: 2025-01-10\n主要做法:\n  - 标题: 抓教学\n    内容: 很好。\n"


def _opens_everywhere(path: Path) -> str:
    """The body text, after checking that lxml (strict) and python-docx both read the file."""
    import docx

    with zipfile.ZipFile(path) as archive:
        etree.fromstring(archive.read("word/document.xml"))
        etree.fromstring(archive.read("docProps/core.xml"))
    document = docx.Document(io.BytesIO(path.read_bytes()))
    return "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    "title",
    [
        "长标题" * 10_000,
        "甲" + "、" * 30_000 + "乙",  # (a title of marks alone is refused: test_hostile17_marks_only)
        "1" * 30_000,
        "甲" + "“《" * 15_000,
        "关于" + "召开会议" * 8000 + "的通知",
        "a b " * 8000,
    ],
    ids=["words", "closers", "digits", "openers", "vocabulary", "latin-spaces"],
)
def test_a_huge_title_is_laid_out_at_once(tmp_path: Path, title: str) -> None:
    (tmp_path / "f.yaml").write_text(SUMMARY + f"标题: '{title}'\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=30)
    assert result.returncode == 0, result.stderr
    assert title.replace(" ", "")[:50] in _opens_everywhere(tmp_path / "out.docx").replace(" ", "").replace("\n", "")


def test_characters_outside_xml_never_reach_the_document(tmp_path: Path) -> None:
    value = "甲\\uFFFE乙\\uFFFF丙\\x0b丁\\x1b戊\\x00己\\r庚\\u0085辛\\x7f壬"
    (tmp_path / "f.yaml").write_text(SUMMARY + f'基本情况: "{value}"\n', encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _opens_everywhere(tmp_path / "out.docx")
    assert not set(text) & {"\ufffe", "\uffff", "\x0b", "\x1b", "\x00", "\r"}
    assert "甲乙丙" in text and "丁戊己" in text


def test_a_template_cannot_write_lone_surrogates_into_the_document(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: t\nsections: [body]\nfields: {}\n", encoding="utf-8")
    (folder / "body.j2").write_text("::标题 甲{{ '\\ud800' }}乙\n正文{{ '\\udfff\\ufffe' }}结束\n", encoding="utf-8")
    (tmp_path / "f.yaml").write_text("模板: tpl\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _opens_everywhere(tmp_path / "out.docx")
    assert "正文结束" in text and "甲乙" in text


def test_a_paragraph_of_millions_of_characters_still_opens_in_python_docx(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("name: t\nsections: [body]\nfields: {事由: text}\n", encoding="utf-8")
    (folder / "body.j2").write_text("{{ 事由 * 3900000 }}\n", encoding="utf-8")
    (tmp_path / "f.yaml").write_text("模板: tpl\n事由: 长\n", encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=90)
    assert result.returncode == 0, result.stderr
    assert _opens_everywhere(tmp_path / "out.docx").count("长") == 3_900_000


@pytest.mark.parametrize("where", ["text", "list-item", "title"])
def test_facts_far_beyond_any_document_are_refused(tmp_path: Path, where: str) -> None:
    long = "很长的正文内容，" * 400_000  # 3.2 million characters
    field = {"text": f"基本情况: {long}\n", "list-item": f"存在问题:\n  - 甲\n  - {long}\n", "title": f"标题: {long}\n"}
    (tmp_path / "f.yaml").write_text(SUMMARY + field[where], encoding="utf-8")
    result = run_drafter("draft", "f.yaml", "-o", "out.docx", cwd=tmp_path, timeout=60)
    assert_clean_failure(result, "内容太多", "f.yaml:7")
    assert not (tmp_path / "out.docx").exists()
