"""Hostile inputs, round 11: a 报到时间 that does not fit the meeting draws a 提醒.

A clerk copies last month's notice and changes the 会议时间 only. The 报到时间 kept the old day: 报到 the day
after the meeting (会议时间 2025-02-20, 报到时间 2月21日上午8:30前) or three weeks before it, and the notice was
drafted with no word, where a 回执 due after the meeting draws one. Drafted anyway: a 提醒, not an error.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "会议通知.yaml"


def _draft(tmp_path: Path, meeting: str, arrival: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert "会议时间: 2025-02-20 上午9:00" in text and "报到时间: 2月20日上午8:30前" in text
    text = text.replace("会议时间: 2025-02-20 上午9:00", f"会议时间: {meeting}")
    text = "\n".join(f"报到时间: {arrival}" if line.startswith("报到时间:") else line for line in text.splitlines())
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text + "\n", encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("meeting", "arrival", "said"),
    [
        ("2025-02-20 上午9:00", "2月21日上午8:30前，在会场门口签到", "2025年2月21日晚于会议时间2025年2月20日"),
        ("2025-03-14 上午9:00", "2月20日上午8:30前", "2025年2月20日比会议时间2025年3月14日早22天"),
    ],
)
def test_an_arrival_day_left_from_an_older_notice_draws_a_word(
    tmp_path: Path, meeting: str, arrival: str, said: str
) -> None:
    result = _draft(tmp_path, meeting, arrival)
    assert result.exit_code == 0, result.output
    assert f"提醒：{tmp_path / '会议通知.yaml'}:12:" in result.stderr, result.stderr
    assert f"报到时间: {said}" in result.stderr, result.stderr
    assert f"报到时间：{arrival}" in result.stdout


@pytest.mark.parametrize("arrival", ["2月20日上午8:30前", "2月19日下午", "会前30分钟到会场签到"])
def test_an_arrival_on_the_day_or_just_before_is_not_said(tmp_path: Path, arrival: str) -> None:
    result = _draft(tmp_path, "2025-02-20 上午9:00", arrival)
    assert result.exit_code == 0, result.output
    assert "报到时间:" not in result.stderr, result.stderr
