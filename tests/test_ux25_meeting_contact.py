"""ux25 walk: where a 会议通知 prints its contact.

A school's meeting notices end their body on 联系人：林小芳，电话：…… after the 有关要求, a line of no number; the
mined template numbered it 六、联系人及电话, a section the school never writes. 联系人位置 says where it goes: a
section of its own (the built-in's way, 章节), a paragraph before 特此通知 (正文), or the 附注 under the date."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = """文种: 会议通知
发文机关: 澜州市第三中学
会议名称: 期中家长会
主送机关: 各班主任
会议时间: 2025年11月15日上午9:00
会议地点: 各班教室
参会人员: 各班学生家长
有关要求:
- 请各班主任提前通知家长
联系人:
- 姓名: 陈建平
  电话: 0591-66281208
成文日期: 2025-11-05
"""


def _text(tmp_path: Path, extra: str = "") -> list[str]:
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(NOTICE + extra, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return [line.strip("\u3000") for line in result.stdout.splitlines()]


def test_by_default_the_contact_is_a_section_as_before(tmp_path: Path) -> None:
    lines = _text(tmp_path)
    assert "五、联系人及电话" in lines and "陈建平，电话：0591-66281208。" in lines


def test_in_the_body_the_contact_is_a_paragraph_before_the_closing(tmp_path: Path) -> None:
    lines = _text(tmp_path, "联系人位置: 正文\n")
    assert not any("联系人及电话" in line for line in lines)
    at = lines.index("联系人：陈建平，电话：0591-66281208。")
    assert lines[at - 1] == "请各班主任提前通知家长。" and lines[at + 1] == "特此通知。"


def test_in_the_note_the_contact_is_under_the_date(tmp_path: Path) -> None:
    lines = _text(tmp_path, "联系人位置: 附注\n附注: 请家长凭接送卡入校\n")
    assert not any("联系人及电话" in line for line in lines)
    assert lines[-1] == "（请家长凭接送卡入校；联系人：陈建平，电话：0591-66281208）"


@pytest.mark.parametrize("place", ["正文", "章节"])
def test_mined_meeting_notices_keep_the_units_place(tmp_path: Path, place: str) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    meetings = [("教职工大会", "学校报告厅", "2024年8月23日"), ("期末家长会", "各班教室", "2025年1月8日")]
    meetings += [("秋季开学教职工大会", "学校报告厅", "2025年8月22日"), ("期中家长会", "各班教室", "2025年11月5日")]
    for n, (name, room, date) in enumerate(meetings, 1):
        contact = "联系人：林小芳，电话：0591-66281201。"
        tail = f"四、联系人及电话\n{contact}" if place == "章节" else contact
        (archive / f"{n}.txt").write_text(
            f"关于召开{name}的通知\n全体教职工：\n学校定于近期召开{name}。现将有关事项通知如下：\n一、会议时间\n"
            f"2025年9月{n}日上午8:30。\n二、会议地点\n{room}。\n三、有关要求\n请准时参会，不迟到早退。\n{tail}\n"
            f"澜州市第三中学\n{date}\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    mined = CliRunner().invoke(main, ["mine", str(archive), "-o", str(out)])
    assert mined.exit_code == 0, mined.output
    facts = tmp_path / "家长会.yaml"
    facts.write_text(
        f"模板: {out / 'meeting_notice'}\n会议名称: 期中家长会\n主送机关: 各班主任\n会议时间: 2025年11月15日上午9:00\n"
        "会议地点: 各班教室\n参会人员: 各班学生家长\n有关要求:\n- 请各班主任提前通知家长\n"
        "联系人:\n- 姓名: 陈建平\n  电话: 0591-66281208\n成文日期: 2025-11-05\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert ("联系人及电话" in result.stdout) is (place == "章节")
    assert ("联系人：陈建平，电话：0591-66281208。" in result.stdout) is (place == "正文")
