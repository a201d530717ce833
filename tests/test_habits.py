"""Slips people make in facts files: each drafts anyway, with a 提醒 naming file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.drafting import draft_file
from drafter.errors import Problem
from drafter.habits import read_lines
from drafter.preview import render_text

HEAD = """文种: 会议通知
发文机关: 青禾县教育局
会议名称: 全县安全工作会议
主送机关: 各学校
会议时间: 2025年1月6日上午9:00
会议地点: 三楼会议室
参会人员: 各校校长
成文日期: 2025-01-02
"""
# Written last, below each test's lines (whose numbers the tests say): a meeting notice with no contact is
# reminded of it, a reminder these tests are not about.
NO_CONTACT = "联系人: 无\n"


def drafted(tmp_path: Path, extra: str, head: str = HEAD) -> tuple[str, list[str]]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(head + extra + (NO_CONTACT if head.startswith("文种: 会议通知") else ""), encoding="utf-8")
    result = draft_file(facts, output=tmp_path / "通知.txt")
    return render_text(result.draft), [str(w) for w in result.warnings]


def test_text_then_list_items_under_one_key_become_the_list(tmp_path: Path) -> None:
    text, warnings = drafted(tmp_path, "有关要求: 请各单位高度重视。\n  - 按时参会。\n  - 会前提交材料。\n")
    assert "1.请各单位高度重视。" in text and "2.按时参会。" in text and "3.会前提交材料。" in text
    (warning,) = warnings
    assert warning.startswith(f"{tmp_path / '通知.yaml'}:10:1: 有关要求: 这几行看起来是列表")
    assert "已按列表起草" in warning and "  - 请各单位高度重视。" in warning


def test_items_without_the_space_after_the_dash_become_the_list(tmp_path: Path) -> None:
    text, warnings = drafted(tmp_path, "会议议程:\n  -通报安全工作情况\n  -部署寒假安全工作\n")
    assert "1.通报安全工作情况；" in text and "2.部署寒假安全工作。" in text
    assert len(warnings) == 1 and ":10:1: 会议议程: 这几行看起来是列表，但“-”后面没有空格" in warnings[0]


def test_a_list_slip_in_a_field_that_takes_one_text_is_only_reported(tmp_path: Path) -> None:
    text, warnings = drafted(tmp_path, "会议目的: 部署工作\n  - 第一\n  - 第二\n")
    assert "部署工作" in text and "第一" in text and "第二" in text  # as YAML read it: one text
    assert len(warnings) == 1 and "已按列表起草" not in warnings[0]


def test_typed_item_numbers_are_removed(tmp_path: Path) -> None:
    text, warnings = drafted(tmp_path, "会议议程:\n  - 1.通报情况\n  - 2、部署工作\n  - （三）签订责任书\n")
    assert "1.通报情况；" in text and "2.部署工作；" in text and "3.签订责任书。" in text
    assert "1.1." not in text and "2.2、" not in text
    assert [w.split(": ")[1] for w in warnings] == ["会议议程第1项", "会议议程第2项", "会议议程第3项"]


def test_numbers_that_are_content_are_kept(tmp_path: Path) -> None:
    text, warnings = drafted(tmp_path, "会议议程:\n  - 1.5万名学生参加体检的情况\n  - 3月5日前报送材料\n")
    assert "1.1.5万名学生" in text and "2.3月5日前" in text and warnings == []


def test_a_meeting_name_written_as_the_whole_title(tmp_path: Path) -> None:
    head = HEAD.replace("会议名称: 全县安全工作会议", "会议名称: 关于召开全县安全工作会议的通知")
    text, warnings = drafted(tmp_path, "", head)
    assert text.startswith("关于召开全县安全工作会议的通知\n") and "决定召开全县安全工作会议。" in text
    assert len(warnings) == 1 and "会议名称只写名称" in warnings[0]


def test_a_value_cut_by_a_comment_is_reported(tmp_path: Path) -> None:
    head = HEAD.replace("会议地点: 三楼会议室", "会议地点: 三楼会议室 #301室")
    _, warnings = drafted(tmp_path, "", head)
    assert len(warnings) == 1 and ":6:13: 会议地点: “#301室”被当成了注释" in warnings[0]
    assert '会议地点: "三楼会议室 #301室"' in warnings[0]


def test_a_colon_inside_an_item_is_read_as_the_sentence(tmp_path: Path) -> None:
    text, warnings = drafted(tmp_path, "有关要求:\n  - 按时参会\n  - 注意: 请携带笔记本\n")
    assert "2.注意：请携带笔记本。" in text
    assert len(warnings) == 1 and ":11:5: 有关要求第2项: 这一项里的“注意: ”" in warnings[0] and "加引号" in warnings[0]


def test_headed_items_keep_their_keys(tmp_path: Path) -> None:
    text, warnings = drafted(tmp_path, "有关要求:\n  - 标题: 按时参会\n    内容: 不得请假。\n")
    assert "（一）按时参会" in text and warnings == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("会议时间: 2024年12月30日上午9:00\n", "会议时间: 2024年12月30日早于成文日期2025年1月2日"),
        ("回执:\n  截止日期: 2024年12月31日\n", "回执的截止日期: 2024年12月31日早于成文日期"),
        ("回执:\n  截止日期: 2025年1月8日\n", "回执的截止日期: 2025年1月8日晚于会议时间2025年1月6日"),
    ],
)
def test_dates_that_make_no_sense_are_reported(tmp_path: Path, extra: str, message: str) -> None:
    head = HEAD.replace("会议时间: 2025年1月6日上午9:00\n", "") if extra.startswith("会议时间") else HEAD
    _, warnings = drafted(tmp_path, extra, head)
    assert len(warnings) == 1 and message in warnings[0]


def test_a_word_doubled_in_the_title_is_reported(tmp_path: Path) -> None:
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        "文种: 工作总结\n单位: 青禾县实验小学\n期间: 2024年\n事项: 教学工作\n主要做法: 抓常规\n成文日期: 2025-01-10\n",
        encoding="utf-8",
    )
    result = draft_file(facts, output=tmp_path / "总结.txt")
    assert any("“工作”连写了两次" in str(w) for w in result.warnings)


@pytest.mark.parametrize("subject", ['""', "~", None])
def test_a_title_of_nothing_but_the_genre_word_is_reported(tmp_path: Path, subject: str | None) -> None:
    facts = tmp_path / "通知.yaml"
    lines = [
        "文种: 通知",
        "发文机关: 青禾县教育局",
        "主送机关: 各学校",
        "正文: 请各校做好值班安排。",
        "成文日期: 2025-03-03",
    ]
    if subject is not None:
        lines.insert(2, f"事由: {subject}")
    facts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = draft_file(facts, output=tmp_path / "通知.txt")
    assert result.draft.title == "通知"
    found = [w for w in result.warnings if "只有文种“通知”" in str(w)]
    assert len(found) == 1 and found[0].field == "事由"
    if subject is not None:
        assert found[0].location.line == 3  # the empty 事由 line
    written = facts.read_text(encoding="utf-8").replace(f"事由: {subject}", "事由: 做好春季值班工作")
    facts.write_text(written if subject is not None else written + "事由: 做好春季值班工作\n", encoding="utf-8")
    again = draft_file(facts, output=tmp_path / "通知2.txt")
    assert not [w for w in again.warnings if "只有文种" in str(w)]


def test_work_results_beside_practices_do_not_repeat_the_heading(tmp_path: Path) -> None:
    facts = tmp_path / "总结.yaml"
    base = "文种: 工作总结\n单位: 某校\n期间: 2024年\n事项: 教学\n主要做法: 抓常规\n成文日期: 2025-01-10\n"
    facts.write_text(base + "工作成效: 成绩提高\n", encoding="utf-8")
    text = render_text(draft_file(facts, output=tmp_path / "a.txt").draft)
    assert "主要做法\n" in text and "主要做法及成效" not in text and "工作成效" in text
    facts.write_text(base, encoding="utf-8")
    assert "主要做法及成效" in render_text(draft_file(facts, output=tmp_path / "b.txt").draft)


def test_a_string_of_attendees_ends_with_a_full_stop(tmp_path: Path) -> None:
    text, _ = drafted(tmp_path, "")
    assert "\n　　各校校长。\n" in text


def test_a_time_for_a_date_suggests_the_date(tmp_path: Path) -> None:
    from drafter.errors import FactsError

    facts = tmp_path / "f.yaml"
    facts.write_text(HEAD.replace("成文日期:", "成文时间:"), encoding="utf-8")
    with pytest.raises(FactsError) as info:
        draft_file(facts, output=tmp_path / "f.txt")
    assert any("成文时间: 不认识这个键（是否想写“成文日期”？）" in str(p) for p in info.value.problems)


def test_the_command_line_prints_reminders_on_stderr_and_succeeds(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(HEAD + "会议议程:\n  - 1.通报情况\n" + NO_CONTACT, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "通知.docx")])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"提醒：{facts}:10:5: 会议议程第1项: 开头的“1.”是手写的序号")
    assert "提醒" not in result.stdout


def test_a_batch_report_carries_each_items_reminders(tmp_path: Path) -> None:
    from drafter.batch import run_batch

    facts = tmp_path / "名单.yaml"
    body = "".join(f"  {line}\n" for line in HEAD.splitlines())
    facts.write_text(
        f"默认:\n{body}  {NO_CONTACT}批量:\n  - 会议议程:\n      - 1.通报情况\n  - 文件名: 第二份\n", encoding="utf-8"
    )
    report = run_batch([str(facts)], tmp_path / "out", jobs=1)
    items = report.to_json()["items"]
    assert [item["status"] for item in items] == ["drafted", "drafted"]
    assert "warnings" in items[0] and "warnings" not in items[1]
    assert ":13:9: 会议议程第1项: 开头的“1.”" in items[0]["warnings"][0]
    json.dumps(report.to_json(), ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    [
        "a:\n  - x\n  - y\n",  # a list
        "a: 一段话\n  接着写\n",  # a folded text
        "a: |\n  - x\n  - y\n",  # a block keeps its lines
        'a: "x"\n',
        "a:\n  - 标题: x\n    内容:\n      - y\n",
        "a: x # 注释\n",
    ],
)
def test_well_formed_lists_and_texts_are_not_lists_in_disguise(text: str) -> None:
    assert read_lines(text).lists == {}


def test_problems_name_list_items_as_people_count_them() -> None:
    from drafter.errors import Location, field_name

    assert field_name(("联系人", 1, "电话")) == "联系人第2项的电话"
    assert field_name(("回执", "截止日期")) == "回执的截止日期"
    problem = Problem(
        Location("f.yaml", 3, 5), "缺少必填项", field=field_name(("联系人", 0, "电话")), path=("联系人", 0, "电话")
    )
    assert str(problem) == "f.yaml:3:5: 联系人第1项的电话: 缺少必填项" and problem.path == ("联系人", 0, "电话")


def test_a_colon_in_a_list_written_after_text_is_explained(tmp_path: Path) -> None:
    from drafter.errors import FactsError

    facts = tmp_path / "f.yaml"
    facts.write_text(HEAD + "有关要求: 请各单位高度重视。\n  - 按时参会\n  - 注意: 请携带笔记本\n", encoding="utf-8")
    with pytest.raises(FactsError) as info:
        draft_file(facts, output=tmp_path / "f.txt")
    (problem,) = info.value.problems
    assert problem.location.line == 11 and "第 9 行“有关要求:”后面已经写了文字" in problem.hint
    assert "“  - 请各单位高度重视。”" in problem.hint


NOTICE = """文种: 通知
发文机关: 鹤岭学院
事由: 寒假值班安排
主送机关: 各部门
成文日期: 2025-01-10
"""


def test_headings_typed_as_numbered_paragraphs_become_headings(tmp_path: Path) -> None:
    # 一、值班安排 | its paragraph | 二、后勤保障 | its paragraph: headings over their text, as the clerk meant;
    # the number was taken off a paragraph, and the draft printed a bare 值班安排.
    text, warnings = drafted(
        tmp_path,
        "正文:\n  - 为做好寒假期间各项工作，现将有关安排通知如下。\n  - 一、值班安排\n  - 实行院领导带班制度。\n"
        "  - 二、后勤保障\n  - 食堂寒假期间正常供餐。\n",
        head=NOTICE,
    )
    lines = [line.strip() for line in text.splitlines()]
    assert "一、值班安排" in lines and "二、后勤保障" in lines
    assert "实行院领导带班制度。" in lines and "值班安排" not in lines
    assert any(":8:5: 正文第2项: “一、值班安排”是手写编号的标题，已排成标题" in w for w in warnings), warnings


def test_a_numbered_list_of_short_lines_is_still_a_list(tmp_path: Path) -> None:
    summary = (
        "文种: 工作总结\n单位: 鹤岭学院\n期间: 2024年\n成文日期: 2025-01-10\n"
        "主要做法:\n  - 标题: 抓好日常管理\n    内容: 修订了管理办法。\n"
    )
    text, warnings = drafted(tmp_path, "存在问题:\n  - 1.部分制度落实不到位\n  - 2.信息化水平不高\n", head=summary)
    assert "一是部分制度落实不到位" in text and "手写编号的标题" not in " ".join(warnings)
