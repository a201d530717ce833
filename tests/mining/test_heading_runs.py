"""A run of numbered lines is decided as a whole: numbered lines each standing over a paragraph of their own are
the headings of that part; numbered sentences following one another are a list.
The documents were written for this test (a fictional 苇塘乡)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

_PARAGRAPH = (
    "乡里把这项工作列入年度目标考核，分管领导每月到现场督查一次，发现问题当场交办，限期整改到位，群众反映较好。"
)

SUMMARY = "\n".join(
    [
        "苇塘乡2025年教育工作总结",
        "",
        "今年以来，我乡在县委、县政府的领导下，坚持把教育摆在优先发展的位置，各项工作稳步推进。现将有关情况总结如下。",
        "一、基本情况",
        "全乡有中心小学一所、村小三所、幼儿园两所，在校学生一千二百余人，教职工九十六人。",
        "二、认真履行职责，把办好人民满意的教育作为全乡工作的重中之重",
        "乡党委、政府坚持每季度专题研究一次教育工作，把教育工作纳入各村年度考核。",
        "1、坚持乡领导联系学校制度，每位班子成员定点联系一所学校",
        _PARAGRAPH,
        "2、落实校园周边治安联防机制，确保学生上学放学安全有序",
        _PARAGRAPH,
        "3、做好控辍保学工作，不断巩固义务教育普及成果",
        _PARAGRAPH,
        "4、改善农村学校办学条件，推进标准化建设和校舍维修改造项目",
        _PARAGRAPH,
        "三、存在的问题",
        "一是师资结构性短缺，音体美教师不足；二是部分村小校舍老化，维修资金缺口较大。",
        "",
        "苇塘乡人民政府",
        "2025年12月20日",
        "",
    ]
)


def test_numbered_lines_each_over_its_paragraph_are_headings(tmp_path: Path) -> None:
    path = tmp_path / "总结.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    (document,) = parse_file(path).documents
    found = {(h.marker, h.level) for h in document.headings}
    assert {("1、", 2), ("2、", 2), ("3、", 2), ("4、", 2)} <= found
    assert ("二、", 1) in found


LIST = "\n".join(
    [
        "关于做好苇塘乡冬季校园安全工作的通知",
        "",
        "各中小学、幼儿园：",
        "为切实做好冬季校园安全工作，现将有关要求通知如下：",
        "1、各校要在本月底前完成一次校舍、围墙和取暖设施的全面排查。",
        "2、各校要落实每日上学放学时段校门口值守制度。",
        "3、各校要对学生开展一次防溺水、防滑倒安全教育。",
        "请各校于12月25日前将排查情况报乡中心学校。",
        "",
        "苇塘乡中心学校",
        "2025年12月1日",
        "",
    ]
)


def test_numbered_sentences_following_one_another_are_a_list(tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_text(LIST, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert not [h for h in document.headings if h.marker.startswith(("1", "2", "3"))]
