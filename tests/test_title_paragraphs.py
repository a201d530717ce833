"""A title longer than a line is set a line a paragraph: broken inside one paragraph, a title of more than 40
characters was one paragraph a reader of the format (and check_docx.py) took for body text not set in 仿宋, and
its three body rules failed for every notice with a long 事由. Read back (mining a folder of our drafts), the
lines are one title again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from conftest import SAMPLES, TOOLS, requires_shared

from drafter.mining.parse import parse_file

LONG_MATTER = "做好2026年春季学期全县中小学校和幼儿园校园安全隐患排查整治及应急疏散演练工作"


def _long_notice(tmp_path: Path) -> Path:
    text = (SAMPLES / "通知.yaml").read_text(encoding="utf-8")
    lines = [f"事由: {LONG_MATTER}" if line.startswith("事由:") else line for line in text.splitlines()]
    facts = tmp_path / "通知.yaml"
    facts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "通知.docx"
    subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(facts), "-o", str(out)], check=True, capture_output=True
    )
    return out


def test_a_long_title_is_a_paragraph_a_line(tmp_path: Path) -> None:
    out = _long_notice(tmp_path)
    titles = [p for p in docx.Document(str(out)).paragraphs if p.style is not None and p.style.name == "Title"]
    assert len(titles) >= 3 and "".join(p.text for p in titles[:3]).endswith("工作的通知")
    assert all(len(p.text) <= 22 for p in titles)
    # The lines keep together: none ends a page apart from the next.
    assert all(p.paragraph_format.keep_with_next for p in titles[:2])


@requires_shared
def test_a_long_title_passes_check_docx(tmp_path: Path) -> None:
    out = _long_notice(tmp_path)
    done = subprocess.run([sys.executable, str(TOOLS / "check_docx.py"), str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_its_lines_are_read_back_as_one_title(tmp_path: Path) -> None:
    (document,) = parse_file(_long_notice(tmp_path)).documents
    assert document.title == f"关于{LONG_MATTER}的通知"
