"""A speech saved from a 范文 site under a list of links: its speaker and date lines are its head (own words)."""

from pathlib import Path

from drafter.mining.linear import BODY, HEAD, START
from drafter.mining.model import Line
from drafter.mining.parse import parse_file
from drafter.mining.split import _place_across_furniture

PAGE = """关于做好冬季校园用电安全检查的通知
各中小学校：
为防范冬季用电引发的火灾事故，请各校在12月15日前完成一次用电安全自查，重点检查宿舍、食堂和实验室的线路，发现隐患立即整改。
特此通知。
柳川区教育局
2026年12月1日
猜你喜欢
新学期校长开学讲话稿
学校食堂管理工作总结
在全区安全生产大会上的表态发言
把志愿服务做到群众心坎上
——在全区志愿服务工作推进会上的讲话

柳川区人民政府副区长　孟知远
（2026年3月5日）

同志们：
今天我们召开全区志愿服务工作推进会，主要任务是总结去年以来的志愿服务工作，部署今年的任务。
过去一年，全区注册志愿者增加到两万三千多人，在防汛救灾、关爱老人和留守儿童等方面做了大量工作。
希望大家继续发扬奉献、友爱、互助、进步的精神，为建设文明和谐的柳川作出新的贡献！
"""


def test_a_speech_title_under_a_list_of_links_keeps_its_title(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    documents = parse_file(path).documents
    assert [document.start_line for document in documents] == [1, 11]
    assert documents[1].title.startswith("把志愿服务做到群众心坎上")


def placed(texts: list[tuple[str, bool, int]]) -> list[int]:
    """Where _place_across_furniture puts the starts of lines labelled by hand (text, after dropped furniture,
    label), as the model might label them, the first start found by the rules after a signed closing."""
    lines = tuple(
        Line(text, number, 0, False, False, False, 0, after) for number, (text, after, _) in enumerate(texts, 1)
    )
    labels = [label for _, _, label in texts]
    starts = [index for index, label in enumerate(labels) if label == START]
    return _place_across_furniture(lines, labels, starts, {0: "ruled"}, frozenset())


def test_a_title_read_as_the_second_line_of_an_ad_over_dropped_links_opens_the_document() -> None:
    body = (
        "为防范冬季用电引发的火灾事故，请各校在12月15日前完成一次用电安全自查，重点检查宿舍、食堂和实验室的线路。" * 3
    )
    page = [
        ("扫码关注，每天领取一份公文模板", False, START),
        ("关于开展冬季校园用电安全检查的通知", True, HEAD),
        ("各中小学校：", False, BODY),
        (body, False, BODY),
    ]
    assert placed(page) == [1]


def test_the_last_link_over_a_blurb_opens_no_document() -> None:
    page = [
        ("扫码关注，每天领取一份公文模板", False, START),
        ("关于加强公务用车管理的规定", True, HEAD),
        ("关于开展冬季校园消防演练的通知全文如下", False, BODY),
        ("关于开展冬季校园消防演练的通知", False, START),
        ("为提高师生应对火灾的能力，决定于12月中旬在全区中小学开展一次消防疏散演练。" * 3, False, BODY),
    ]
    assert placed(page) == [0, 3]
