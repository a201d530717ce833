"""A PDF copy's running head and foot (the title and the unit repeated beside every page's number) are page furniture,
and a document's own sequence numbered on across its parts stays headings (our own sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.furniture import mark_contents, mark_running_heads, numbered_separator_lines
from drafter.mining.parse import parse_file

PAGES = """柳湾街道2026年工作要点
　　2026年，街道工作要坚持以人民为中心，着力在以下几个方面下功夫。
第一部分　基层治理
　　一、深化网格化管理。将全街道划分为42个网格，每个网格配备专职网格员，
做到小事不出网格。
　　二、推进物业管理全覆盖。年内实现老旧小区物业服务全覆盖。

柳湾街道办事处　　　　　　　　　第1页 共2页
柳湾街道2026年工作要点
第二部分　民生保障
　　三、办好民生实事。新建口袋公园2处，改造背街小巷5条。
　　四、做好就业服务。开发公益性岗位60个，帮扶困难人员就业。

柳湾街道办事处　　　　　　　　　第2页 共2页
"""


def test_a_running_head_opens_no_document(tmp_path: Path) -> None:
    path = tmp_path / "pages.txt"
    path.write_text(PAGES, encoding="utf-8")
    documents = parse_file(path).documents
    assert [(d.start_line, d.title) for d in documents] == [(1, "柳湾街道2026年工作要点")]
    headings = [(h.line, h.level) for h in documents[0].headings]
    # 一、…四、 numbered on across the parts are the parts' own headings, not a list
    assert headings == [(3, 1), (4, 2), (6, 2), (10, 1), (11, 2), (12, 2)]


def test_only_lines_said_again_beside_page_numbers_are_running_heads() -> None:
    texts = PAGES.splitlines()
    furniture = [False] * len(texts)
    for number, text in enumerate(texts):
        furniture[number] = "页" in text and "共" in text  # the feet, as the cleaning flags them
    mark_running_heads(texts, furniture)
    assert [texts[n] for n, flag in enumerate(furniture) if flag and "页" not in texts[n]] == ["柳湾街道2026年工作要点"]
    assert furniture[0] is False  # the title on the first page stays
    # a line said twice but never beside a page's number is no running head
    texts = ["柳湾街道2026年工作要点", "正文。", "柳湾街道2026年工作要点", "正文。"]
    furniture = [False] * 4
    mark_running_heads(texts, furniture)
    assert furniture == [False] * 4


def test_a_table_of_contents_gives_no_headings(tmp_path: Path) -> None:
    text = (
        "柳湾街道2026年就业帮扶工作方案\n"
        "目　录\n"
        "一、总体要求\t1\n"
        "二、重点任务\t1\n"
        "　（一）开发公益岗位\t2\n"
        "三、保障措施\t3\n"
        "\n"
        "　　为做好2026年就业帮扶工作，结合街道实际，制定本方案。\n"
        "　　一、总体要求\n"
        "　　帮扶困难人员就业不少于60人。\n"
        "　　二、重点任务\n"
        "　　（一）开发公益岗位。开发保洁、巡防等公益性岗位60个。\n"
        "　　三、保障措施\n"
        "　　街道成立工作专班，每月调度一次进展。\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert [h.line for h in document.headings] == [9, 11, 12, 13]
    # award counts in a table are no contents: no outline numbers
    texts = ["一等奖\t3", "二等奖\t5", "三等奖\t10"]
    furniture = [False] * 3
    mark_contents(texts, furniture)
    assert furniture == [False] * 3


def test_page_numbers_between_dots_are_no_separators() -> None:
    body = ["　　各社区要对未整改的隐患逐一盯办，10月底前全部清零。", "　　街道将适时开展督查。"]
    texts = ["·　1　·", *body, *body, "·　2　·", *body, *body, "·　3　·", *body]
    assert numbered_separator_lines(texts) == {}
