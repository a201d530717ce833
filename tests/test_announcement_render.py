"""The 通告 sample through the shared checkers: check_docx.py's rules on the XML, and render_check.py's on
LibreOffice's render (22 lines a page, 28 characters a line)."""

from __future__ import annotations

import collections
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, TOOLS, Rendered, draft_bytes, requires_render, requires_shared, to_pdf


@requires_shared
def test_check_docx_passes(tmp_path: Path) -> None:
    docx = tmp_path / "通告.docx"
    docx.write_bytes(draft_bytes(SAMPLES / "通告.yaml"))
    done = subprocess.run([sys.executable, str(TOOLS / "check_docx.py"), str(docx)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


@requires_render
@pytest.mark.render
def test_render_check_rules_hold(tmp_path: Path) -> None:
    docx = tmp_path / "通告.docx"
    docx.write_bytes(draft_bytes(SAMPLES / "通告.yaml"))
    doc = Rendered(docx, to_pdf(docx, tmp_path))
    max_lines, lengths = 0, collections.Counter[int]()
    for page in range(1, doc.pages + 1):
        body = [line for line in doc.page_lines(page) if not line.startswith(("—", "-"))]
        max_lines = max(max_lines, len(body))
        lengths.update(len(line.replace(" ", "")) for line in body if len(line.replace(" ", "")) >= 20)
    assert doc.pages >= 2 and max_lines == 22
    assert lengths.most_common(1)[0][0] == 28, lengths
    # The items run on from the opening on page 1: numbered sentences are not headings kept with the next.
    assert any(line.lstrip().startswith("一、") for line in doc.page_lines(1))
