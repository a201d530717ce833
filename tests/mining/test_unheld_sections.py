"""An optional part none of the unit's documents holds is commented out in the mined starter.

The built-in 工作总结 starter writes out 基本情况 with its sample (a school's classes and pupils): a unit
whose summaries go straight from the opening to 主要工作 had to delete that block, another unit's figures,
each time. The summaries here were written for this test (a fictional 柘湾区教育局).
"""

from pathlib import Path

from drafter.catalog import load_template_folder
from drafter.mining.mine import mine
from drafter.starter import starter_text

SUMMARY = """柘湾区教育局{period}工作总结

{period}，区教育局围绕年度目标，{lead}。现将有关情况总结如下：
一、{first}
（一）{a}。{a_text}
（二）{b}。{b_text}
二、存在问题
一是{p1}；二是{p2}。
三、下步打算
（一）{n1}。
（二）{n2}。

柘湾区教育局
{date}
"""

ROWS = [
    dict(
        period="2023年",
        lead="狠抓落实，各项工作有序推进",
        first="主要工作",
        a="抓好学校建设",
        a_text="新建校舍两栋。",
        b="抓好队伍建设",
        b_text="招聘教师二十名。",
        p1="农村师资偏弱",
        p2="经费保障不足",
        n1="推进集团化办学",
        n2="加强督导考核",
        date="2024年1月9日",
    ),
    dict(
        period="2024年上半年",
        lead="稳中求进，教育质量稳步提升",
        first="主要工作",
        a="抓好课堂改革",
        a_text="开展公开课评比。",
        b="抓好安全管理",
        b_text="排查隐患四十处。",
        p1="课堂效率不高",
        p2="安全意识仍需加强",
        n1="做好暑期维修",
        n2="组织新教师培训",
        date="2024年7月8日",
    ),
    dict(
        period="2024年",
        lead="真抓实干，办学条件明显改善",
        first="主要工作",
        a="抓好学前教育",
        a_text="新增学位三百个。",
        b="抓好体育美育",
        b_text="举办全区运动会。",
        p1="城区学位紧张",
        p2="信息化应用不足",
        n1="加快新校建设",
        n2="推进智慧课堂",
        date="2025年1月10日",
    ),
]


def _starter_lines(tmp_path: Path, texts: list[str], genre: str) -> list[str]:
    """The starter lines of the template mined from an archive of these documents."""
    archive = tmp_path / "archive"
    archive.mkdir()
    for index, text in enumerate(texts):
        (archive / f"{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    mine([archive], out)
    return starter_text(load_template_folder(out / genre)).splitlines()


def test_a_summary_starter_leaves_out_the_overview_the_unit_never_writes(tmp_path: Path) -> None:
    lines = _starter_lines(tmp_path, [SUMMARY.format(**row) for row in ROWS], "summary")
    assert not any(line.startswith("基本情况:") for line in lines), lines
    assert any(line.startswith("# 基本情况:") for line in lines)  # still there to switch on
    # The parts the unit does write stay written out.
    assert any(line.startswith("存在问题:") for line in lines)


def test_the_units_usual_signature_is_the_sample_of_its_name(tmp_path: Path) -> None:
    # Two of three summaries signed by the unit (the third is another school's, saved from a sample page):
    # below the bar of a default, the unit's name is still the starter's sample of 单位, not the built-in's
    # (another unit's).
    texts = [SUMMARY.format(**row) for row in ROWS]
    texts[2] = texts[2].replace("柘湾区教育局", "石港镇中心学校").replace("区教育局", "我校")
    lines = _starter_lines(tmp_path, texts, "summary")
    assert "单位: 〔示例〕柘湾区教育局" in lines, [line for line in lines if "单位" in line]


MEETING = """关于召开{name}的通知

各中小学校：
经研究，决定召开{name}。现将有关事项通知如下：
一、会议时间
{when}。
二、会议地点
{place}。
三、参会人员
{who}。
四、有关要求
请参会人员提前十分钟签到。

柘湾区教育局
{date}
"""

MEETINGS = [
    dict(
        name="全区学校食堂管理工作会议",
        when="2025年3月12日（星期三）上午9:00",
        place="区教育局五楼会议室",
        who="各校分管后勤的副校长",
        date="2025年3月6日",
    ),
    dict(
        name="全区中考备考推进会",
        when="2025年4月16日（星期三）下午2:30",
        place="区实验中学报告厅",
        who="各初中校长和九年级组长",
        date="2025年4月10日",
    ),
    dict(
        name="全区教师培训工作座谈会",
        when="2025年9月24日（星期三）上午9:30",
        place="区教师发展中心二楼",
        who="各校教科室主任",
        date="2025年9月18日",
    ),
]


def test_a_meeting_notice_starter_leaves_out_the_agenda_the_unit_never_writes(tmp_path: Path) -> None:
    # The built-in's four agenda items are another unit's meeting; none of these notices lists an agenda.
    lines = _starter_lines(tmp_path, [MEETING.format(**row) for row in MEETINGS], "meeting_notice")
    assert not any(line.startswith("会议议程:") for line in lines)
    assert any(line.startswith("# 会议议程:") for line in lines)
