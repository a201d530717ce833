"""In a file that lost its line breaks, 初一、初二 right after the heading 一、 is a grade, not a second 一、 (our own
sentences)."""

from __future__ import annotations

from pathlib import Path

from drafter.mining.parse import parse_file

FLAT = (
    "柳湾中学关于举办2026年春季运动会的通知 各年级组、全体班主任： 为丰富校园文化生活，学校定于4月18日举办春季运动会，"
    "现将有关事项通知如下。 一、参赛对象　初一、初二年级全体学生，每班限报20人；初三年级自愿参加。 二、比赛项目　"
    "设田径、跳绳、拔河三大类共12个项目。 三、有关要求　各班主任要做好安全教育，比赛期间不得擅自离校。 "
    "柳湾中学 2026年4月1日\n"
)


def test_a_grade_after_the_first_heading_is_no_heading(tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text(FLAT, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert [(h.marker, h.text) for h in document.headings] == [
        ("一、", "参赛对象"),
        ("二、", "比赛项目"),
        ("三、", "有关要求"),
    ]
