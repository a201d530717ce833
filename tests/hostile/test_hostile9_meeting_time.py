"""Hostile inputs, round 9: a meeting's time of day that no clock shows (25:00, 9:60, 3时70分).

The date of a 会议时间 is checked (its day, its weekday, a range's end), but the time after it was kept as
written: a typed 25:00 was drafted as 2025年2月20日（星期四）25:00.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.gongwen import parse_meeting_time

MEETING = """文种: 会议通知
发文机关: 青禾县教育局
会议名称: 全县防汛工作会议
主送机关: 各学校
会议目的: 部署防汛工作
会议时间: {time}
会期: 半天
会议地点: 县教育局三楼会议室
参会人员:
  - 各学校校长
成文日期: 2025-02-14
"""


def _draft(tmp_path: Path, time: str) -> tuple[int, str]:
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(MEETING.format(time=time), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize("time", ["2025-02-20 25:00", "2025年2月20日上午9:60", "2025年2月20日下午3时70分"])
def test_a_time_of_day_no_clock_shows_is_refused(tmp_path: Path, time: str) -> None:
    code, output = _draft(tmp_path, time)
    assert code == 1, output
    assert "会议时间" in output and "时刻不对" in output


@pytest.mark.parametrize(
    ("time", "kept"),
    [
        ("2025-02-20 上午9:00", "上午9:00"),
        ("2025年2月20日下午3时30分", "下午3时30分"),
        ("2025年2月20日 9:00—11:30", "9:00—11:30"),
        ("2025年2月20日15点", "15点"),
        ("2025年2月20日 24:00", "24:00"),
    ],
)
def test_times_of_day_as_offices_write_them_are_kept(time: str, kept: str) -> None:
    assert parse_meeting_time(time, 2025).time == kept


@pytest.mark.parametrize(
    ("time", "said"),
    [
        ("2025年2月 上午9:00", "缺少日"),
        ("2025-02 9:00", "缺少日"),
        ("25-2-20 上午9:00", "年份要写四位，如 2025年2月20日"),
        ("25年2月20日上午9:00", "年份要写四位，如 2025年2月20日"),
    ],
)
def test_a_meeting_date_without_its_day_or_with_a_short_year_says_so(tmp_path: Path, time: str, said: str) -> None:
    # Said of a 成文日期 so written; a 会议时间 was told only 没有找到日期.
    code, output = _draft(tmp_path, time)
    assert code == 1, output
    assert "会议时间" in output and said in output
