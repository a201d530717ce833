"""Separator lines without a number: each document of a page under the same mark (▍……的通知), or the mark alone
over an untitled one (furniture._decorated_separator_lines; our own sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.furniture import numbered_separator_lines
from drafter.mining.parse import parse_file

NOTICE = (
    "各社区居委会：\n"
    "为确保辖区居民温暖过冬，现就做好今冬供暖保障工作通知如下。\n"
    "一、摸清底数。各社区要在11月10日前完成困难家庭供暖情况排查，建立台账。\n"
    "二、强化值守。供暖期间各社区实行24小时值班，接到报修后2小时内到场处置。\n"
)
SUMMARY = (
    "今年以来，社区围绕服务居民这条主线，办好民生实事，现将有关情况总结如下。\n"
    "一、主要工作\n"
    "完成老旧小区加装电梯4部，新建口袋公园1处。\n"
    "二、下一步打算\n"
    "继续聚焦居民急难愁盼，办好更多看得见、摸得着的实事。\n"
)
RECORD = "街道妇联关于开展“最美家庭”评选活动的通知各社区妇联：经研究，决定在全街道开展“最美家庭”评选活动，请各社区于11月30日前推荐上报。\n"


def test_documents_under_one_mark_are_separated_by_it(tmp_path: Path) -> None:
    page = (
        "▍柳湾街道关于做好冬季供暖保障工作的通知\n" + NOTICE + "\n"
        "▍\n" + SUMMARY + "\n"
        "▍街道妇联关于开展“最美家庭”评选活动的通知\n" + RECORD + "\n"
        "▍柳湾社区2026年工作总结\n" + SUMMARY
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    documents = parse_file(path).documents
    assert [d.start_line for d in documents] == [1, 7, 14, 17]
    assert documents[0].title == "柳湾街道关于做好冬季供暖保障工作的通知"


def test_a_mark_over_headings_or_a_single_title_separates_nothing() -> None:
    # an account's post marks its parts so: they name no genre
    post = [
        "▍社区简介",
        "柳湾社区位于街道东部，常住人口八千余人。",
        "",
        "▍服务项目",
        "老年食堂、四点半课堂。",
        "",
        "▍联系方式",
        "社区服务中心一楼。",
    ]
    assert numbered_separator_lines(post) == {}
    # one title decorated so is a title, not a separator (two more would be needed)
    single = ["▍柳湾街道关于做好冬季供暖保障工作的通知", *NOTICE.splitlines()]
    assert numbered_separator_lines(single) == {}


def test_lists_of_links_under_a_mark_are_no_separators() -> None:
    links = [
        "▍柳湾街道关于做好冬季供暖保障工作的通知",
        "▍街道妇联关于开展“最美家庭”评选活动的通知",
        "▍柳湾社区2026年工作总结",
    ]
    page = [*links, "", *SUMMARY.splitlines(), "", *links, "", *NOTICE.splitlines(), "", *links]
    assert numbered_separator_lines(page) == {}


def test_documents_numbered_as_an_outline_numbers_headings() -> None:
    page = [
        "（一）柳湾街道关于做好冬季供暖保障工作的通知", *NOTICE.splitlines(), "",
        "（二）柳湾社区2026年工作总结", *SUMMARY.splitlines(), "",
        "（三）街道妇联关于开展“最美家庭”评选活动的通知", RECORD.strip(),
    ]  # fmt: skip
    assert sorted(numbered_separator_lines(page)) == [0, 6, 13]
    # a document's own headings so numbered name no genre; two titles are not enough
    headings = [
        "（一）摸清底数",
        *SUMMARY.splitlines(),
        "（二）强化值守",
        *NOTICE.splitlines(),
        "（三）做好宣传",
        "完成。",
    ]
    assert numbered_separator_lines(headings) == {}
    assert numbered_separator_lines(page[:13]) == {}
