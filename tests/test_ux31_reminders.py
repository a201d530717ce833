"""ux31 walk: the reminder for a 请示 written with no contact spoke of a receipt to send, which only a 会议通知
asks for. Made up for this walk."""

from __future__ import annotations

from pathlib import Path

from drafter.drafting import build_draft
from drafter.errors import Problem

REQUEST = """文种: 请示
发文机关: 松溪县第二实验小学
事由: 增设学生午休床位
主送机关: 松溪县教育局
缘由: [我校约四百名学生中午无法回家休息。]
请示事项: [恳请县教育局安排专项资金九万六千元。]
成文日期: 2026-11-20
"""


def _contact_reminder(tmp_path: Path, text: str) -> str:
    facts = tmp_path / "事实.yaml"
    facts.write_text(text, encoding="utf-8")
    warnings: list[Problem] = []
    build_draft(facts, warnings=warnings)
    (said,) = [str(w) for w in warnings if w.field == "联系人"]
    return said


def test_a_request_without_a_contact_speaks_of_no_receipt(tmp_path: Path) -> None:
    said = _contact_reminder(tmp_path, REQUEST)
    assert "回执" not in said and "上级机关审批时有事要问找不到人" in said


def test_a_meeting_notice_without_a_contact_speaks_of_its_receipt(tmp_path: Path) -> None:
    notice = (
        "文种: 会议通知\n发文机关: 松溪县第二实验小学\n会议名称: 期末复习研讨会\n主送机关: 各教研组\n"
        "会议时间: 2026-12-03 15:00\n会议地点: 学校三楼录播教室\n参会人员: 各教研组全体教师\n成文日期: 2026-11-26\n"
    )
    assert "要报送回执时找不到人" in _contact_reminder(tmp_path, notice)


def test_a_contact_written_on_one_line_is_drafted_with_a_reminder(tmp_path: Path) -> None:
    """联系人: 郑晓燕 0599-5821306, as on paper: refused before (应当是一组“键: 值”), where the intent was plain."""
    from drafter.drafting import encode

    facts = tmp_path / "函.yaml"
    facts.write_text(
        "文种: 函\n发文机关: 松溪县第二实验小学\n事由: 商请借用田径场\n主送机关: 松溪县城关小学\n"
        "正文: [我校拟借用贵校田径场两天。]\n联系人: 郑晓燕 0599-5821306\n成文日期: 2027-03-20\n",
        encoding="utf-8",
    )
    warnings: list[Problem] = []
    text = encode(build_draft(facts, warnings=warnings)[1], "txt").decode("utf-8")
    assert "（联系人：郑晓燕，电话：0599-5821306）" in text
    (said,) = [str(w) for w in warnings if w.field == "联系人"]
    assert said.startswith(f"{facts}:6:") and "“姓名: 郑晓燕”“电话: 0599-5821306”" in said
