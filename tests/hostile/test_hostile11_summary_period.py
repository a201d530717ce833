"""Hostile inputs, round 11: a 工作总结 dated before its 期间 is over draws a 提醒.

A clerk starts from last year's summary (期间: 2024年, 成文日期: 2025-01-10), changes the 期间 to 2025年 and keeps
the date: 青禾县实验小学2025年教育教学工作总结 was dated 2025年1月10日, a year's summary signed ten days into it,
with no word. Drafted anyway: a 提醒, not an error.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "工作总结.yaml"


def _draft(tmp_path: Path, period: str, dated: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert "期间: 2024年\n" in text and "成文日期: 2025-01-10\n" in text
    text = text.replace("期间: 2024年\n", f"期间: {period}\n").replace("成文日期: 2025-01-10\n", f"成文日期: {dated}\n")
    facts = tmp_path / "总结.yaml"
    facts.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("period", "dated", "said"),
    [
        ("2025年", "2025-01-10", "期间是“2025年”，成文日期却是2025年1月10日，这一期间还没有过完"),
        ("2025年上半年", "2024-12-20", "期间是“2025年上半年”，成文日期却是2024年12月20日，这一期间还没有开始"),
    ],
)
def test_a_summary_dated_before_its_period_is_over_is_said(tmp_path: Path, period: str, dated: str, said: str) -> None:
    result = _draft(tmp_path, period, dated)
    assert result.exit_code == 0, result.output
    assert f"提醒：{tmp_path / '总结.yaml'}:" in result.stderr and f"期间: {said}" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("period", "dated"),
    [
        ("2024年", "2025-01-10"),
        ("2025年", "2025-12-20"),
        ("2025年上半年", "2025-06-28"),
        ("2024—2025学年", "2025-07-10"),
    ],
)
def test_a_summary_dated_after_its_period_is_not_said(tmp_path: Path, period: str, dated: str) -> None:
    result = _draft(tmp_path, period, dated)
    assert result.exit_code == 0, result.output
    assert "期间:" not in result.stderr, result.stderr
