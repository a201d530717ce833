"""Lines of a document's head under its title: a 期号 in brackets, a date with the half of the day (own words)."""

from pathlib import Path

from drafter.mining.heads import is_issue_number
from drafter.mining.parse import parse_file

MINUTES = """柳川区教育局
中小学课后服务工作专题会议纪要
（第2期）

区教育局办公室                    2026年4月3日

4月2日下午，区教育局召开中小学课后服务工作专题会议，研究部署下一阶段课后服务工作。会议纪要如下：
一、关于课后服务时长
会议明确，各校课后服务结束时间原则上不早于当地正常下班时间。
二、关于经费保障
会议要求，各校要按规定使用课后服务经费，不得挪作他用。
"""

HOSTING = """柳川区第三届中小学生艺术节开幕式主持词
（2026年4月2日上午）
尊敬的各位领导、老师们、同学们：
大家上午好！春风送暖，百花争艳。今天，我们在这里隆重举行柳川区第三届中小学生艺术节开幕式。
现在我宣布，柳川区第三届中小学生艺术节开幕！
"""


def test_an_issue_number_in_brackets_of_its_own() -> None:
    assert is_issue_number("（第2期）")
    assert is_issue_number("第2期")
    assert not is_issue_number("（第2期工作）")


def test_minutes_open_with_their_title_over_a_bracketed_issue_number(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.start_line == 1
    assert document.title.endswith("中小学课后服务工作专题会议纪要")


def test_a_date_with_the_half_of_the_day_is_no_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "hosting.txt"
    path.write_text(HOSTING, encoding="utf-8")
    (document,) = parse_file(path).documents
    assert document.title == "柳川区第三届中小学生艺术节开幕式主持词"
