"""Shared fixtures: repository paths, drafting helpers and access to the produced OOXML parts."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path(os.environ.get("DRAFTER_SHARED", "/work/shared"))
CORPUS = SHARED / "corpus"
TOOLS = SHARED / "tools"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def wq(name: str) -> str:
    return f"{{{W}}}{name}"


class Docx:
    """The parts of a produced .docx, parsed with lxml for XPath assertions."""

    def __init__(self, data: bytes):
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = self.zip.namelist()

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    @property
    def document(self) -> etree._Element:
        return self.xml("word/document.xml")

    @property
    def styles(self) -> etree._Element:
        return self.xml("word/styles.xml")

    def style(self, style_id: str) -> etree._Element:
        found = self.styles.xpath(f"//w:style[@w:styleId='{style_id}']", namespaces=NS)
        assert found, f"style {style_id} missing"
        return found[0]

    def paragraphs(self) -> list[etree._Element]:
        return self.document.xpath("//w:body//w:p", namespaces=NS)

    def text_of(self, paragraph: etree._Element) -> str:
        return "".join(paragraph.xpath(".//w:t/text()", namespaces=NS))

    def paragraph_with(self, text: str) -> etree._Element:
        for p in self.paragraphs():
            if text in self.text_of(p):
                return p
        raise AssertionError(f"no paragraph contains {text!r}")

    def style_of(self, paragraph: etree._Element) -> str:
        found = paragraph.xpath("./w:pPr/w:pStyle/@w:val", namespaces=NS)
        return found[0] if found else "Normal"


def draft_bytes(facts: Path, template: str | None = None) -> bytes:
    from drafter.docx_writer import render_docx
    from drafter.drafting import build_draft

    _, draft = build_draft(facts, template=template)
    return render_docx(draft)


@pytest.fixture(scope="session")
def summary_docx() -> Docx:
    return Docx(draft_bytes(SAMPLES / "工作总结.yaml"))


@pytest.fixture(scope="session")
def notice_docx() -> Docx:
    return Docx(draft_bytes(SAMPLES / "会议通知.yaml"))


@pytest.fixture(scope="session")
def redhead_docx() -> Docx:
    return Docx(draft_bytes(SAMPLES / "会议通知-红头.yaml"))


@pytest.fixture(scope="session")
def minutes_docx() -> Docx:
    return Docx(draft_bytes(SAMPLES / "会议纪要.yaml"))


@pytest.fixture(scope="session")
def speech_docx() -> Docx:
    return Docx(draft_bytes(SAMPLES / "讲话稿.yaml"))


def render_tools_available() -> bool:
    return all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdfinfo", "pdffonts"))


requires_render = pytest.mark.skipif(
    not render_tools_available() and os.environ.get("DRAFTER_REQUIRE_RENDER") != "1",
    reason="LibreOffice / poppler not installed",
)


def to_pdf(docx: Path, outdir: Path) -> Path:
    """Convert with LibreOffice in a private profile so parallel runs do not collide."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = outdir / (docx.stem + ".pdf")
    assert pdf.exists(), "LibreOffice produced no PDF"
    return pdf


def write_facts(folder: Path, text: str, name: str = "facts.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
