"""Word fidelity: an offline OOXML validator (openxml-audit) finds no error in any sample or starter.

Word repairs or rejects a file the schema or its semantic rules do not allow; LibreOffice forgives
far more, so a render test alone would not notice. Each built-in template's starter is drafted twice:
as ``drafter new`` writes it, and with every optional element uncommented (红头, 版记, 附注 …).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SAMPLES

from drafter.catalog import builtin_templates
from drafter.drafting import draft_file
from drafter.starter import starter_text

audit = pytest.importorskip("openxml_audit", reason="openxml-audit 没有安装（pip install '.[test]'）")

_COMMENTED_KEY = re.compile(r"^# (?:[^\s:：（#]+:(?: |$)|\s+\S|- )")


def _uncommented(text: str) -> str:
    """The starter with its commented-out keys and their values switched on."""
    return "\n".join(line[2:] if _COMMENTED_KEY.match(line) else line for line in text.split("\n"))


def _errors(path: Path) -> list[str]:
    result = audit.OpenXmlValidator().validate(path)
    return [f"{error.part_uri} {error.description}" for error in result.errors]


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.yaml")))
def test_every_sample_is_valid_ooxml(sample: str, tmp_path: Path) -> None:
    output = draft_file(SAMPLES / sample, output=tmp_path / "out.docx").output
    assert _errors(output) == []


@pytest.mark.parametrize("full", [False, True], ids=["as-written", "all-optional"])
@pytest.mark.parametrize("name", [spec.name for spec in builtin_templates()])
def test_every_starter_is_valid_ooxml(name: str, full: bool, tmp_path: Path) -> None:
    spec = next(spec for spec in builtin_templates() if spec.name == name)
    text = starter_text(spec)
    if full:
        text = _uncommented(text)
        assert text != starter_text(spec)
    facts = tmp_path / "facts.yaml"
    facts.write_text(text, encoding="utf-8")
    output = draft_file(facts, output=tmp_path / "out.docx").output
    assert _errors(output) == []


def test_a_document_drafted_over_a_reference_file_is_valid_ooxml(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    reference = tmp_path / "红头模板.docx"
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "青禾县教育局"
    document.save(str(reference))
    output = draft_file(SAMPLES / "会议通知.yaml", output=tmp_path / "out.docx", reference=reference).output
    assert _errors(output) == []


def test_the_theme_names_the_fonts_the_styles_name(tmp_path: Path) -> None:
    import zipfile

    output = draft_file(SAMPLES / "工作总结.yaml", output=tmp_path / "out.docx").output
    with zipfile.ZipFile(output) as package:
        theme = package.read("word/theme/theme1.xml").decode()
        styles = package.read("word/styles.xml").decode()
    assert '<a:ea typeface="仿宋_GB2312"/>' in theme and '<a:latin typeface="Times New Roman"/>' in theme
    assert "Theme=" not in styles  # the styles name their fonts; the theme cannot override them
