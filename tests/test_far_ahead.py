"""A 成文日期 more than a year after today draws a 提醒: a year mistyped (2052 for 2025) was drafted with no word
where no other date stood beside it to disagree."""

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.gongwen import checks

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好寒假安全工作\n主送机关: 各中小学\n正文:\n"
    "- 各校要做好寒假安全工作。\n成文日期: {date}\n"
)


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "_today", lambda: dt.date(2025, 12, 20))


def _draft(tmp_path: Path, date: str):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(date=date), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(("date", "years"), [("2052-03-01", 26), ("2205-01-06", 179), ("2027-02-01", 1)])
def test_a_signing_date_years_ahead_is_said(tmp_path: Path, date: str, years: int) -> None:
    result = _draft(tmp_path, date)
    assert result.exit_code == 0, result.output
    assert "通知.yaml:8:" in result.stderr, result.stderr
    assert "成文日期: 成文日期是" in result.stderr
    assert f"比今天（2025年12月20日）晚了{years}年左右" in result.stderr


@pytest.mark.parametrize("date", ["2026-01-15", "2026-11-30", "2023-05-01", "2025-12-20"])
def test_a_date_in_the_coming_months_or_in_the_past_is_not_said(tmp_path: Path, date: str) -> None:
    result = _draft(tmp_path, date)
    assert result.exit_code == 0, result.output
    assert "提醒" not in result.stderr, result.stderr


def test_a_minutes_meeting_day_years_ahead_is_said(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[1] / "samples" / "会议纪要.yaml").read_text(encoding="utf-8")
    facts = tmp_path / "纪要.yaml"
    facts.write_text(text.replace("会议日期: 2025-03-12", "会议日期: 2205-03-12"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "会议日期: 会议日期是2205年3月12日" in result.stderr, result.stderr
