"""Hostile inputs, round 11: a 会期 that is not the span of the meeting's dates draws a 提醒.

A clerk turns the sample (会期: 半天) into a class of two days (会议时间: 3月14日至15日) and leaves the 会期: the
notice read 2025年3月14日（星期五）至15日（星期六）上午9:00，会期半天, with no word. Drafted anyway: a 提醒.
A 会期 a day shorter than the span (下午 of the first day to 上午 of the last) is as offices write it.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "会议通知.yaml"


def _draft(tmp_path: Path, when: str, length: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert "会议时间: 2025-02-20 上午9:00\n会期: 半天\n" in text
    text = text.replace("会议时间: 2025-02-20 上午9:00\n会期: 半天\n", f"会议时间: {when}\n会期: {length}\n")
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("when", "length", "said"),
    [
        ("2025-02-20至21日 上午9:00", "半天", "会期写的是“半天”，会议时间却是2025年2月20日至21日，共2天"),
        ("2025-02-20至22日 上午9:00", "一天", "会期写的是“一天”，会议时间却是2025年2月20日至22日，共3天"),
        ("2025-02-20至21日 上午9:00", "3天", "会期写的是“3天”，会议时间却是2025年2月20日至21日，共2天"),
    ],
)
def test_a_length_that_is_not_the_span_draws_a_word(tmp_path: Path, when: str, length: str, said: str) -> None:
    result = _draft(tmp_path, when, length)
    assert result.exit_code == 0, result.output
    assert "会议通知.yaml:11:" in result.stderr and f"会期: {said}" in result.stderr, result.stderr
    assert f"会期{length}" in result.stdout


@pytest.mark.parametrize(
    ("when", "length"),
    [
        ("2025-02-20至21日 上午9:00", "两天"),
        ("2025-02-20至21日 下午2:00", "1天"),
        ("2025-02-20至22日 上午9:00", "2天半"),
        ("2025-02-20 上午9:00", "半天"),
        ("2025-02-20 上午9:00", "3天"),
        ("2025-02-20至21日 上午9:00", "一天半左右"),
    ],
)
def test_a_length_that_fits_or_is_not_read_is_not_said(tmp_path: Path, when: str, length: str) -> None:
    result = _draft(tmp_path, when, length)
    assert result.exit_code == 0, result.output
    assert "会期:" not in result.stderr, result.stderr
