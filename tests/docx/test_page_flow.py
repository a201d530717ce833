"""Page flow in a real client: the signature block never strands, no page is empty.

The body of a summary and of a meeting notice (with 附件说明, 回执 and 版记) grows one line at a time
over a whole page, with and without a seal; LibreOffice renders every length in one run. On every
page there is text besides the page number, and the page that carries the 成文日期 also carries at
least one line of the body (GB/T 9704 §7.3.5.5 and office practice: a signature page holds body text).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import SAMPLES, render_tools_available, requires_render

pytestmark = [requires_render, pytest.mark.render]

STEPS = 22  # one page of body lines
PAGE_NUMBER = re.compile(r"—\s*\d+\s*—")
DATE_LINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
# Lines of the signature block and 附件说明: not body text.
NOT_BODY = re.compile(r"^(青禾县实验小学|青禾县教育局|附件：.*|\d{4}年\d{1,2}月\d{1,2}日)$")


def _seal(text: str, sealed: bool) -> str:
    text = re.sub(r"^印章:.*\n", "", text, flags=re.M)
    return text + f"\n印章: {'是' if sealed else '否'}\n"


def _summary(step: int, sealed: bool) -> str:
    text = (SAMPLES / "工作总结.yaml").read_text(encoding="utf-8")
    # 基本情况 grows by about one rendered line (28 characters) a step.
    body = "学校各项工作平稳有序。" + "常规管理逐步规范，" * (3 * step + 1) + "成效明显。"
    text = re.sub(r"基本情况: >-\n(  .*\n)+", "基本情况: >-\n  " + body + "\n", text)
    return _seal(text, sealed)


def _notice(step: int, sealed: bool) -> str:
    text = (SAMPLES / "会议通知.yaml").read_text(encoding="utf-8")
    extra = "  - 请各单位认真组织。" + "会议材料提前准备，" * (3 * step) + "按时报送。\n"
    return _seal(text.replace("\n联系人:", extra + "\n联系人:", 1), sealed)


def _pages(pdf: Path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = text.split("\f")[:-1]
    return [[line.replace(" ", "") for line in page.split("\n") if line.strip()] for page in pages]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    from drafter.drafting import draft_file

    folder = tmp_path_factory.mktemp("flow")
    docs = []
    for kind, facts_for in (("summary", _summary), ("notice", _notice)):
        for sealed in (False, True):
            for step in range(STEPS):
                facts = folder / f"{kind}-{'sealed' if sealed else 'plain'}-{step:02d}.yaml"
                facts.write_text(facts_for(step, sealed), encoding="utf-8")
                docs.append(draft_file(facts, output=facts.with_suffix(".docx")).output)
    if not render_tools_available():
        pytest.fail("LibreOffice / poppler not installed")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *map(str, docs)],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    return {doc.stem: _pages(doc.with_suffix(".pdf")) for doc in docs}


def test_every_length_was_rendered(rendered: dict[str, list[list[str]]]) -> None:
    assert len(rendered) == 4 * STEPS
    assert all(rendered.values())
    # The sweep crosses a page boundary for each kind: otherwise it proves nothing.
    for kind in ("summary-plain", "summary-sealed", "notice-plain", "notice-sealed"):
        counts = {len(pages) for name, pages in rendered.items() if name.startswith(kind)}
        assert len(counts) >= 2, (kind, counts)


def test_no_page_is_empty(rendered: dict[str, list[list[str]]]) -> None:
    empty = {
        name: [number for number, page in enumerate(pages, 1) if all(PAGE_NUMBER.fullmatch(line) for line in page)]
        for name, pages in rendered.items()
    }
    assert not {name: pages for name, pages in empty.items() if pages}


def test_the_date_page_carries_body_text(rendered: dict[str, list[list[str]]]) -> None:
    stranded = []
    for name, pages in rendered.items():
        for number, page in enumerate(pages, 1):
            if not any(DATE_LINE.fullmatch(line) for line in page):
                continue
            body = [line for line in page if not PAGE_NUMBER.fullmatch(line) and not NOT_BODY.match(line)]
            if not body:
                stranded.append((name, number))
    assert not stranded
