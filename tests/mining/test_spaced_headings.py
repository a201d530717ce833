"""A heading of one short word set with spaces between its characters (第一章　总　则, 附　则), as a 办法 or 规定
prints it, is that word: its spaces were kept (总 则), and the word matched no section vocabulary or template."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

RULES = (
    "澄川县中小学校园安全管理办法\n\n"
    "第一章　总　则\n"
    "第一条　为加强中小学校园安全管理，保障师生人身安全，结合本县实际，制定本办法。\n"
    "第二条　本办法适用于全县公办和民办中小学校。\n"
    "第二章　安全责任\n"
    "第三条　学校校长是本校安全工作的第一责任人。\n"
    "第三章　附　则\n"
    "第四条　本办法自印发之日起施行。\n"
)


def test_a_letter_spaced_heading_is_read_as_its_word(tmp_path: Path) -> None:
    path = tmp_path / "办法.txt"
    path.write_text(RULES, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert [h.text for h in document.headings] == ["总则", "安全责任", "附则"]


def test_words_spaced_as_words_keep_their_space(tmp_path: Path) -> None:
    path = tmp_path / "方案.txt"
    path.write_text(RULES.replace("第二章　安全责任", "第二章　安全 责任"), encoding="utf-8")
    (document,) = parse_file(path).documents
    assert "安全 责任" in [h.text for h in document.headings]
