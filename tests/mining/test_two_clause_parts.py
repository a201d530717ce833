"""Unnumbered part headings in two short clauses, each over its paragraph (own words)."""

from pathlib import Path

from drafter.mining.parse import parse_file

SUMMARY = """柳川区实验小学2026年春季学期安全工作总结
本学期，学校坚持把安全工作放在首位，各项工作平稳有序，全学期未发生安全责任事故。
建制度，压实安全责任
学期初，学校与各班主任、各科室签订安全责任书，明确每个岗位的安全职责，做到事事有人管。
抓演练，提升应急能力
学校每月组织一次应急疏散演练，全学期共演练四次，学生疏散时间由三分钟缩短到两分钟。
重宣传，增强安全意识
利用升旗仪式、班会课开展交通、防溺水、防诈骗等专题教育，发放告家长书一千二百余份。
柳川区实验小学
2026年7月5日
"""


def test_two_clause_part_names_over_their_paragraphs_are_headings(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert [heading.text for heading in document.headings] == [
        "建制度，压实安全责任",
        "抓演练，提升应急能力",
        "重宣传，增强安全意识",
    ]


def test_a_sentence_broken_by_the_page_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    broken = SUMMARY.replace("建制度，压实安全责任", "学期初，学校召开了").replace(
        "重宣传，增强安全意识", "同时，我们还利用了"
    )
    path.write_text(broken, encoding="utf-8")
    (document,) = parse_file(path).documents
    found = [heading.text for heading in document.headings]
    assert "学期初，学校召开了" not in found and "同时，学校还利用" not in found
