"""ux22 walk: how a county police bureau keeps its documents, as parse reads them. The documents were written
for this test: a fictional 鹭汀县公安局.
"""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

# A short title set with spaces between its characters (通　　知, 通　　告), as offices print a title of one
# word; the unit's name above it and, for a 通告, its number in brackets below.
SPACED_NOTICE = (
    "鹭汀县公安局\n\n通　　知\n\n各派出所，局机关各部门、各警种大队：\n"
    "经局党委研究，定于2025年12月30日上午9时在局指挥中心四楼会议室召开年终工作讲评会，请各单位主要负责人准时参加。\n"
    "特此通知。\n\n鹭汀县公安局\n2025年12月26日\n"
)


def test_a_letter_spaced_title_is_read_as_its_word(tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_text(SPACED_NOTICE, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.title == "鹭汀县公安局通知"
    assert document.doc_type == "notice"


# A 通告 to the public: no 主送机关, no 版记. 通告 is a statutory 文种 (《党政机关公文处理工作条例》第八条).
PUBLIC_NOTICE = (
    "鹭汀县公安局关于春运期间加强客运车辆管理的通告\n\n"
    "为维护春运期间道路交通秩序，根据有关法律法规，现将有关事项通告如下：\n"
    "一、客运班线车辆须按核定人数载客，严禁超员。\n二、对违反本通告的行为，依法从严查处。\n特此通告。\n\n"
    "鹭汀县公安局\n2026年1月10日\n"
)


def test_a_public_notice_is_named_as_its_statutory_genre(tmp_path: Path) -> None:
    path = tmp_path / "通告.txt"
    path.write_text(PUBLIC_NOTICE, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.doc_type == "announcement"
    assert document.to_json()["doc_type"] == "announcement"
