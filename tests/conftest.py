"""Shared fixtures: repository paths, drafting helpers and access to the produced OOXML parts."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
# The team's shared corpus and checkers: $DRAFTER_SHARED, else ../shared beside the checkout.
SHARED = Path(os.environ.get("DRAFTER_SHARED") or REPO.parent / "shared")
if not SHARED.is_dir() and "DRAFTER_SHARED" not in os.environ:
    SHARED = Path("/work/shared")
CORPUS = SHARED / "corpus"
TOOLS = SHARED / "tools"
SHARED_MISSING = (
    f"需要共享的语料和检查工具（{SHARED}），这台机器上没有：设置 DRAFTER_SHARED 指向它们，或在完整的工作区里运行"
)
requires_shared = pytest.mark.skipif(not TOOLS.is_dir(), reason=SHARED_MISSING)

# Slow tests (a fresh venv for the wheel, batches killed mid-way) run in CI and when asked for.
RUN_SLOW = os.environ.get("DRAFTER_RUN_SLOW") == "1"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run tests marked slow (CI does)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if RUN_SLOW or config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="慢测试：加 --run-slow 或设置 DRAFTER_RUN_SLOW=1 才运行（CI 总是运行）")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


# A test module that reads the corpus while it is imported (to parametrise over its files) would
# crash collection without ../shared; it is reported as skipped with the reason instead.
_USES_CORPUS = re.compile(r"^from conftest import .*\bCORPUS\b", re.M)


class _NeedsShared(pytest.Module):
    def collect(self) -> list[pytest.Item]:
        pytest.skip(f"{self.path.name}: {SHARED_MISSING}", allow_module_level=True)


def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    if CORPUS.is_dir() or not _USES_CORPUS.search(module_path.read_text(encoding="utf-8")):
        return None
    return _NeedsShared.from_parent(parent, path=module_path)


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
    from drafter.docx.writer import render_docx
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


@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class Rendered:
    """A .docx and the PDF LibreOffice made of it, measured with poppler."""

    docx: Path
    pdf: Path

    def run(self, *args: str) -> str:
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout

    @property
    def pages(self) -> int:
        return int(re.search(r"Pages:\s+(\d+)", self.run("pdfinfo", str(self.pdf))).group(1))

    def page_lines(self, page: int) -> list[str]:
        text = self.run("pdftotext", "-f", str(page), "-l", str(page), "-layout", str(self.pdf), "-")
        return [line.strip() for line in text.split("\n") if line.strip()]

    def body_lines(self, page: int) -> list[str]:
        return [line for line in self.page_lines(page) if not line.startswith("—")]

    def lines_with_boxes(self, page: int) -> list[Word]:
        xml = self.run("pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(self.pdf), "-")
        lines = []
        for block in re.finditer(
            r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', xml, re.S
        ):
            words = "".join(re.findall(r">([^<]*)</word>", block.group(5)))
            lines.append(Word(*(float(block.group(i)) for i in range(1, 5)), words))
        return lines

    @property
    def fonts(self) -> set[str]:
        rows = self.run("pdffonts", str(self.pdf)).splitlines()[2:]
        return {row.split()[0].split("+")[-1] for row in rows if row.strip()}

    @property
    def text(self) -> str:
        """All body text in reading order, page numbers left out, lines joined."""
        lines = [line for page in range(1, self.pages + 1) for line in self.body_lines(page)]
        return "".join(lines).replace(" ", "")


def write_facts(folder: Path, text: str, name: str = "facts.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
