"""ux31 walk: a school's clerk writes the 纪要 of a teachers' meeting numbered within the school year and term
(2026-2027学年第一学期第2次教师会议). The 纪要标志 carried the whole sitting number, which every sitting's 纪要
shares no part of, and the 会议概况 printed the year span with a keyboard hyphen. Made up for this walk."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting import build_draft, encode
from drafter.gongwen.wording import minutes_mark

MINUTES = """文种: 会议纪要
单位: 松溪县第二实验小学
会议名称: 2026-2027学年第一学期第2次教师会议
期号: 2
会议日期: 2026-11-18
时段: 下午
会议地点: 学校多功能厅
主持人: 校长林秀英
议定事项:
  - 标题: 关于冬季安全工作
    内容: 会议决定，12月上旬开展一次消防疏散演练，由总务处牵头，各班主任配合。
出席: [林秀英, 陈建国, 吴丽华]
"""


@pytest.mark.parametrize(
    ("meeting", "mark"),
    [
        ("2026-2027学年第一学期第2次教师会议", "松溪县第二实验小学教师会议纪要"),
        ("2026年秋季学期第3次行政会", "松溪县第二实验小学行政会纪要"),
        ("2025年第3次校务会议", "松溪县第二实验小学校务会议纪要"),
        ("第五次校务会议", "松溪县第二实验小学校务会议纪要"),
    ],
)
def test_a_sitting_numbered_in_the_school_year_is_no_part_of_the_mark(meeting: str, mark: str) -> None:
    assert minutes_mark("松溪县第二实验小学", meeting) == mark


def test_the_minutes_print_the_mark_and_the_year_span(tmp_path: Path) -> None:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(MINUTES, encoding="utf-8")
    text = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert text.splitlines()[0] == "松溪县第二实验小学教师会议纪要"
    assert "主持召开2026—2027学年第一学期第2次教师会议。" in text


def test_the_attendance_lines_are_kept_with_the_last_lines_of_text(tmp_path: Path) -> None:
    """出席 and 请假 end a 纪要 as a 署名 ends a notice: kept together and with the last lines of the text, where
    the 请假 line of a teachers' meeting was left alone on page 2."""
    import io

    from docx import Document

    facts = tmp_path / "纪要.yaml"
    facts.write_text(MINUTES + "请假: [刘明（病假）]\n", encoding="utf-8")
    paragraphs = Document(io.BytesIO(encode(build_draft(facts)[1], "docx"))).paragraphs
    texts = [p.text for p in paragraphs]
    present = texts.index(next(t for t in texts if t.startswith("出席")))
    away = texts.index(next(t for t in texts if t.startswith("请假")))
    last = max(i for i, t in enumerate(texts[:present]) if t.strip())
    assert texts[last].startswith("会议决定")
    assert all(paragraphs[i].paragraph_format.keep_with_next for i in range(last, away))
    assert not paragraphs[away].paragraph_format.keep_with_next


def test_a_meeting_notice_writes_the_school_year_with_a_dash(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        "文种: 会议通知\n发文机关: 松溪县第二实验小学\n会议名称: 2026-2027学年第一学期期末工作会议\n主送机关: 各处室\n"
        "会议时间: 2027-01-15 15:00\n会议地点: 学校多功能厅\n参会人员: 全体教职工\n联系人: 无\n成文日期: 2027-01-10\n",
        encoding="utf-8",
    )
    text = encode(build_draft(facts)[1], "txt").decode("utf-8")
    assert "关于召开2026—2027学年第一学期期末工作会议的通知" in text.replace("\n", "")
    assert "决定召开2026—2027学年第一学期期末工作会议。" in text
