"""ux29 walk: dates and 文号 as a first-week clerk types them (下周三, 3月5日, 岚卫2025-12号) are refused with the
way to write them, not only that they are wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.gongwen import likely_doc_number

NOTICE = (
    "文种: 会议通知\n发文机关: 岚溪区卫生健康局\n会议名称: 全区基本公共卫生服务项目推进会\n"
    "主送机关: 各社区卫生服务中心\n会议时间: {time}\n会议地点: 区卫生健康局五楼会议室\n"
    "参会人员: 各中心分管负责人\n成文日期: {date}\n发文字号: {number}\n发文机关标志: 岚溪区卫生健康局文件\n"
)


def _refusal(
    tmp_path: Path, *, time: str = "2025年3月12日上午9:00", date: str = "2025年3月5日", number: str = "岚卫〔2025〕12号"
) -> str:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(time=time, date=date, number=number), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code != 0
    return result.output


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("岚卫2025-12号", "岚卫〔2025〕12号"),
        ("岚卫2025年12号", "岚卫〔2025〕12号"),
        ("岚卫函2025—3号", "岚卫函〔2025〕3号"),
        ("岚卫〔2025〕12", "岚卫〔2025〕12号"),
        ("岚卫[2025]第012", "岚卫〔2025〕12号"),
    ],
)
def test_a_number_typed_without_its_brackets_is_suggested(typed: str, meant: str) -> None:
    assert str(likely_doc_number(typed)) == meant


@pytest.mark.parametrize("typed", ["岚卫", "2025-12", "第12号", "关于2025年工作的通知"])
def test_no_suggestion_for_what_is_no_number(typed: str) -> None:
    assert likely_doc_number(typed) is None


def test_the_refusal_names_the_number_meant(tmp_path: Path) -> None:
    said = _refusal(tmp_path, number="岚卫2025-12号")
    assert "发文字号格式不对" in said and "是否想写“岚卫〔2025〕12号”" in said, said


def test_a_meeting_next_wednesday_asks_for_the_date(tmp_path: Path) -> None:
    said = _refusal(tmp_path, time="下周三上午9:00")
    assert "下周三" in said and "具体日期" in said and "年3月" not in said.split("下周三", 1)[0], said


@pytest.mark.parametrize("typed", ["下周三", "明天", "本月底"])
def test_a_date_said_from_today_asks_for_the_date(tmp_path: Path, typed: str) -> None:
    said = _refusal(tmp_path, date=typed)
    assert "成文日期" in said and "具体日期" in said, said


def test_a_date_without_its_year_shows_it_with_one(tmp_path: Path) -> None:
    said = _refusal(tmp_path, date="3月5日")
    assert "缺少年份" in said and "年3月5日" in said, said
