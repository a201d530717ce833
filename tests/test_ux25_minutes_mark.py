"""ux25 walk: a school's 校务会议纪要 drafted without a 纪要标志 of its own takes the meeting's name in its mark."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.gongwen.wording import minutes_mark


@pytest.mark.parametrize(
    ("unit", "meeting", "mark"),
    [
        ("澜州市第三中学", "校务会议", "澜州市第三中学校务会议纪要"),
        ("青禾县教育局", "2025年第3次局务会议", "青禾县教育局局务会议纪要"),
        ("青禾县教育局", "第五次局务会议", "青禾县教育局局务会议纪要"),
        ("青禾县教育局", "2025年度第2次党组会", "青禾县教育局党组会纪要"),
        ("澜州市第三中学", "澜州市第三中学校务会议", "澜州市第三中学校务会议纪要"),  # the unit not twice
        ("澜州市人民政府", "全市安全生产工作会议", "全市安全生产工作会议纪要"),  # a whole area's conference
        ("青禾县教育局", "研究校舍维修事项", "青禾县教育局会议纪要"),  # a topic, no meeting's name
        ("青禾县教育局", "2025年第3次会议", "青禾县教育局会议纪要"),
    ],
)
def test_the_mark_of_a_meeting(unit: str, meeting: str, mark: str) -> None:
    assert minutes_mark(unit, meeting) == mark


def test_a_school_minutes_drafted_without_a_mark(tmp_path) -> None:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(
        "文种: 会议纪要\n单位: 澜州市第三中学\n会议名称: 2025年第8次校务会议\n期号: 第8期\n会议日期: 2025-10-13\n"
        "会议地点: 行政楼二楼会议室\n主持人: 周立新\n会议内容: 研究期中考试安排等事项\n"
        "议定事项:\n- 会议同意期中考试于11月5日至7日进行。\n出席: 周立新 郑海燕\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == ["澜州市第三中学校务会议纪要", "第8期"]
