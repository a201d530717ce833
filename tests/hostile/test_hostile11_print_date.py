"""Hostile inputs, round 11: a 印发日期 half a year or more after its 成文日期 draws a 提醒.

Round 10 had a 印发日期 before the 成文日期 said. The other way round slipped by: a clerk writing in January kept
last year in the 成文日期 (2025-01-06) under this year's 印发日期 (2026-01-08), or typed a 印发日期 without its year
the day before the 成文日期 (1月5日, read as the next 1月5日): the 版记 read 2026年1月……印发 under a document
signed a year before, with no word. Drafted anyway: a 提醒, not an error.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好寒假安全工作\n主送机关: 各中小学\n正文:\n- 各校要做好寒假安全工作。\n"
    "成文日期: 2025-01-06\n印发机关: 县教育局办公室\n"
)


def _draft(tmp_path: Path, printed: str):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + f"印发日期: {printed}\n", encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(("printed", "read"), [("2026-01-08", "2026年1月8日"), ("1月5日", "2026年1月5日")])
def test_a_print_date_a_year_after_the_signing_date_is_said(tmp_path: Path, printed: str, read: str) -> None:
    result = _draft(tmp_path, printed)
    assert result.exit_code == 0, result.output
    assert "通知.yaml:10:" in result.stderr, result.stderr
    assert f"印发日期: 印发日期（{read}）在成文日期（2025年1月6日）之后半年多" in result.stderr
    assert f"{read}印发" in result.stdout


@pytest.mark.parametrize("printed", ["2025-01-06", "1月8日", "2025-03-30"])
def test_a_print_date_days_or_weeks_after_is_not_said(tmp_path: Path, printed: str) -> None:
    result = _draft(tmp_path, printed)
    assert result.exit_code == 0, result.output
    assert "印发日期" not in result.stderr, result.stderr


MINUTES = Path(__file__).resolve().parents[2] / "samples" / "会议纪要.yaml"


@pytest.mark.parametrize(
    ("held", "said"),
    [
        ("2025-04-10", "印发日期（2025年3月13日）早于会议日期（2025年4月10日）"),
        ("2024-03-12", "印发日期（2025年3月13日）在会议日期（2024年3月12日）之后半年多"),
    ],
)
def test_a_minutes_print_date_away_from_its_meeting_is_said(tmp_path: Path, held: str, said: str) -> None:
    # A 纪要 copied from the last one with its 会议日期 changed kept the old 印发日期 (2025-03-13): printed a month
    # before the meeting it records, with no word.
    text = MINUTES.read_text(encoding="utf-8")
    assert "会议日期: 2025-03-12" in text and "印发日期: 2025-03-13" in text
    facts = tmp_path / "纪要.yaml"
    facts.write_text(text.replace("会议日期: 2025-03-12", f"会议日期: {held}"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert f"印发日期: {said}" in result.stderr, result.stderr
    facts.write_text(text, encoding="utf-8")
    assert "印发日期" not in CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"]).stderr
