"""The right edge of justified body text in a real client, with Arabic digits and Latin words in it.

Every wrapped line (all lines of a paragraph but its last) ends at the 版心's right edge: LibreOffice
stretches a CJK line between its characters when a run of digits or a Latin word moves to the next
line. The one exception is a closing mark hanging one character past the edge (hanging punctuation,
as Word does by default).
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

import pytest
from conftest import render_tools_available, requires_render, to_pdf

pytestmark = [requires_render, pytest.mark.render]

RIGHT = 521.57  # the 版心's right edge in PDF points
HANGING = "，、；：。"
_HAN = "学校各项工作平稳有序常规管理逐步规范成效明显教师队伍建设不断加强课堂教学改革深入推进"


def _variants(rng: random.Random) -> dict[str, str]:
    def han(count: int) -> str:
        return "".join(rng.choice(_HAN) for _ in range(count))

    def joined(count: int, piece) -> str:  # type: ignore[no-untyped-def]
        return "".join(han(rng.randint(2, 9)) + piece() for _ in range(count))

    full = str.maketrans("0123456789", "０１２３４５６７８９")
    return {
        "years": joined(14, lambda: f"{rng.randint(2000, 2030)}年"),
        "counts": joined(14, lambda: f"{rng.randint(1, 999)}" + rng.choice("个项名次人")),
        "long runs": joined(10, lambda: str(rng.randint(10**7, 10**9))),
        "phones": joined(10, lambda: f"0571-{rng.randint(10**7, 10**8 - 1)}"),
        "decimals": joined(14, lambda: f"{rng.randint(1, 99)}.{rng.randint(1, 99)}%"),
        "digits, full-width comma": joined(14, lambda: f"{rng.randint(100, 9999)}，"),
        "digits, half-width comma": joined(14, lambda: f"{rng.randint(100, 9999)},"),
        "Latin words": joined(14, lambda: rng.choice(["CnPack", "WPS", "Office", "LibreOffice", "PDF"])),
        "Latin with spaces": joined(12, lambda: " " + rng.choice(["WPS Office", "Microsoft Word"]) + " "),
        "ISO dates": joined(10, lambda: f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
        "spaced digits": joined(14, lambda: f" {rng.randint(10, 99999)} "),
        "full-width digits": joined(14, lambda: str(rng.randint(10, 9999)).translate(full)),
        "brackets and times": joined(
            10, lambda: f"({rng.randint(1, 9)}){han(2)}{rng.randint(1, 12)}:{rng.randint(10, 59)}"
        ),
        "odd digit counts": joined(30, lambda: str(rng.randint(1, 9))),
    }


def _visual_lines(pdf: Path) -> list[tuple[float, str]]:
    """(right edge, text) of every printed line, words grouped by their baseline."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    lines = []
    for page in xml.split("<page ")[1:]:
        rows: dict[int, list] = {}  # type: ignore[type-arg]
        for m in re.finditer(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
            row = rows.setdefault(round(float(m.group(2))), [0.0, ""])
            row[0] = max(row[0], float(m.group(1)))
            row[1] += m.group(3)
        lines += [(right, text) for _, (right, text) in sorted(rows.items()) if not re.fullmatch(r"—\d+—", text)]
    return lines


def test_wrapped_lines_with_digits_and_latin_end_at_the_right_edge(tmp_path: Path) -> None:
    from drafter.docx.writer import render_docx
    from drafter.model import Draft, Paragraph

    if not render_tools_available():
        pytest.fail("LibreOffice / poppler not installed")
    rng = random.Random(7)
    paragraphs = [Paragraph(text.replace("。", "") + "。") for _ in range(4) for text in _variants(rng).values()]
    docx = tmp_path / "edge.docx"
    docx.write_bytes(render_docx(Draft(tuple(paragraphs))))
    wrapped = [(right, text) for right, text in _visual_lines(to_pdf(docx, tmp_path)) if not text.endswith("。")]
    assert len(wrapped) >= 200
    short = [(round(right, 1), text[-8:]) for right, text in wrapped if right < RIGHT - 1.5]
    beyond = [
        (round(right, 1), text[-8:])
        for right, text in wrapped
        if right > RIGHT + 1.5 and not (text[-1] in HANGING and right < RIGHT + 17)
    ]
    assert not short and not beyond
