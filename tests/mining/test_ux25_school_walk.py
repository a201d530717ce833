"""ux25 walk: the 办公室 clerk of a city middle school mines its archive (fictional, written for this test).

The school's notices to its 年级组 and 教研组 go out unnumbered, each signed by the office that sends it (校办,
教务处, 教科室, the school itself); its summaries, plans and reports up to the city bureau are signed by the school.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from walkhelpers import mine_cli, mined_starter, write_archive

SCHOOL = "澜州市第三中学"

NOTICES = [
    (
        "关于做好秋季开学准备工作的通知",
        "各年级组、各教研组：",
        "新学期即将开始，为确保开学工作平稳有序，现将有关事项通知如下：\n一、做好教学准备\n各教研组在开学前完成教学计划。\n"
        "二、做好环境整治\n各年级组安排学生返校打扫教室。",
        f"{SCHOOL}办公室",
        "2024年8月26日",
    ),
    (
        "关于做好期中考试工作的通知",
        "各年级组、各教研组：",
        "根据学校工作安排，期中考试定于11月上旬进行，现将有关事项通知如下：\n一、命题与制卷\n各教研组按时交卷。\n"
        "二、考务安排\n教务处负责编排考场。",
        f"{SCHOOL}教务处",
        "2025年10月20日",
    ),
    (
        "关于组织开展青年教师公开课活动的通知",
        "各教研组：",
        "为促进青年教师专业成长，经研究，现将有关事项通知如下：\n一、参加对象\n教龄五年以内的青年教师。\n"
        "二、活动安排\n公开课在11月下旬进行。",
        f"{SCHOOL}教科室",
        "2025年11月10日",
    ),
    (
        "关于开展春季校园安全隐患排查的通知",
        "各年级组、各处室：",
        "为消除校园安全隐患，学校决定开展隐患排查，现将有关事项通知如下：\n一、排查内容\n重点查看校舍和消防器材。\n"
        "二、工作要求\n各部门明确专人负责。\n特此通知。",
        SCHOOL,
        "2025年3月4日",
    ),
]

SUMMARIES = [
    ("2023—2024学年第二学期工作总结", "2024年7月5日", "每月开展一次教案和作业检查。"),
    ("2024年度工作总结", "2025年1月6日", "全年开展应急疏散演练四次。"),
    ("2024—2025学年第一学期工作总结", "2025年2月10日", "各教研组围绕学案导学开展研讨。"),
]


def _files() -> list[tuple[str, str]]:
    files = [
        (f"通知{n}.txt", f"{title}\n{to}\n{body}\n{signed}\n{date}\n")
        for n, (title, to, body, signed, date) in enumerate(NOTICES, 1)
    ]
    files += [
        (
            f"总结{n}.txt",
            f"{SCHOOL}{period}\n本学期学校扎实推进各项工作。现将有关情况总结如下：\n一、主要工作\n{work}\n"
            f"二、存在问题\n青年教师经验不足。\n三、下步打算\n继续深化课堂教学改革。\n{SCHOOL}\n{date}\n",
        )
        for n, (period, date, work) in enumerate(SUMMARIES, 1)
    ]
    return files


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("school")
    out = root / "挖掘结果"
    mine_cli(write_archive(root / "archive", _files()), out)
    return out


def test_the_notice_starter_offers_the_school_as_issuer_not_the_builtins_sample(mined: Path) -> None:
    # Each notice signed by another office: no 署名 of the genre's own. The starter's 发文机关 was the built-in's
    # 〔示例〕青禾县教育局, another unit; the school's name (its documents of every genre sign so) is the sample.
    starter = mined_starter(mined, "notice")
    issuer = starter.split("\n发文机关:", 1)[1].split("\n\n", 1)[0]
    assert issuer.split() == ["-", f"〔示例〕{SCHOOL}"]
    # Said where it comes from: the school's documents of other genres.
    assert f"本单位常写“{SCHOOL}”（这个文种的文档各写各的，按本单位其他公文：写了这一项的 4/" in starter


def test_a_series_key_keeps_the_ordinal_of_a_schools_name() -> None:
    # 第三中学 is the school's name, not a period: taken out, the key 澜州市中学 named nothing its documents hold.
    from drafter.mining.spread import series_key

    assert series_key(f"{SCHOOL}2024—2025学年第一学期工作总结") == SCHOOL
    assert series_key("澜州市第一人民医院2025年第二季度工作总结") == "澜州市第一人民医院"
    assert series_key(f"{SCHOOL}第五次校务会议纪要") == f"{SCHOOL}校务会议"


def test_the_schools_own_term_summaries_are_not_one_voice(mined: Path) -> None:
    # Three term summaries titled with the school's name in a school's own archive: its way of writing, not one
    # series copied. Joined under the key 澜州市中学 (the 第三 taken as a period), they gave no template:
    # “只有 3 篇文档（1 组来源）……同一系列（澜州市中学）”.
    assert (mined / "summary" / "manifest.yaml").is_file()


def test_a_head_only_meeting_notice_asks_for_no_receipt_the_school_never_sends(tmp_path: Path) -> None:
    # One meeting notice under the school's 红头, and no 参会回执 in any of its documents: too few for a template
    # of its own, the meeting notice template carries the 红头 alone, and its starter wrote out a 回执 to delete.
    head = f"{SCHOOL}文件\n澜三中〔2025〕{{n}}号\n"
    files = [
        (
            f"会议{n}.txt",
            head.format(n=n) + f"关于召开{name}的通知\n全体教职工：\n学校定于近期召开{name}。现将有关事项通知如下：\n"
            f"一、会议时间\n2025年8月2{n}日上午8:30。\n二、会议地点\n学校报告厅。\n三、有关要求\n请准时参会。\n"
            f"{SCHOOL}\n2025年8月{n + 10}日\n",
        )
        for n, name in ((1, "教职工大会"),)
    ]
    files += [
        (
            f"通知{n}.txt",
            head.format(n=n + 2) + f"{title}\n各年级组：\n{body}现将有关事项通知如下：\n一、工作安排\n按计划推进。\n"
            f"特此通知。\n{SCHOOL}\n2025年{n + 2}月4日\n",
        )
        for n, (title, body) in enumerate(
            (
                ("关于开展隐患排查的通知", "为消除校园安全隐患，"),
                ("关于做好期中考试工作的通知", "根据学校工作安排，"),
                ("关于组织公开课活动的通知", "为促进青年教师成长，"),
            ),
            1,
        )
    ]
    out = tmp_path / "out"
    mine_cli(write_archive(tmp_path / "archive", files), out)
    starter = mined_starter(out, "meeting_notice")
    assert "\n回执:" not in starter and "\n# 回执:" in starter
