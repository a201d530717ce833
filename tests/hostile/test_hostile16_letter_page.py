"""A reference file laid out on US Letter (a Word installed with American defaults): the draft takes its page as the
reference's, as documented, and says after drafting that it is no A4 page (GB/T 9704 §5.1)."""

from __future__ import annotations

from pathlib import Path

from test_hostile_reference import _reference

from drafter.docx.reference import load_reference


def test_a_letter_page_taken_from_a_reference_is_said_to_be_no_a4(tmp_path: Path) -> None:
    letter = load_reference(_reference(tmp_path / "红头模板.docx", '<w:pgSz w:w="12240" w:h="15840"/>'))
    (page,) = [line for line in letter.summary() if line.startswith("页面")]
    assert "216×279" in page and "不是 GB/T 9704 要求的 A4" in page


def test_an_a4_page_is_said_plainly(tmp_path: Path) -> None:
    a4 = load_reference(_reference(tmp_path / "红头模板.docx", '<w:pgSz w:w="11906" w:h="16838"/>'))
    (page,) = [line for line in a4.summary() if line.startswith("页面")]
    assert page == "页面 210×297 毫米及页边距"
