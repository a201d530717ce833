"""Hostile inputs, round 12: a meeting's time typed in full-width mode, or its end copied with its date.

A clerk typing in full-width mode wrote 会议时间: ２０２５年２月２０日上午９:００: the date was read and printed as
2025年2月20日, its clock as typed, 上午９:００, beside it. A system's export of a booking gives the start and the end
each with its date (2025-02-20 09:00:00—2025-02-20 11:30:00): printed 9:00—2025-02-20 11:30. An end on another
day (9:00—2月21日11:30) was printed as written, that day without its weekday and a 会期 of 半天 unchecked.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "会议通知.yaml"


def _draft(tmp_path: Path, when: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert "会议时间: 2025-02-20 上午9:00\n" in text
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text.replace("会议时间: 2025-02-20 上午9:00\n", f'会议时间: "{when}"\n'), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("when", "printed"),
    [
        ("２０２５年２月２０日上午９:００", "2025年2月20日（星期四）上午9:00，会期半天"),
        ("2025-02-20 上午９:００—１１:３０", "2025年2月20日（星期四）上午9:00—11:30，会期半天"),
        ("2025-02-20 09:00:00—2025-02-20 11:30:00", "2025年2月20日（星期四）9:00—11:30，会期半天"),
        ("2025-02-20T09:00:00—2025-02-20T11:30:00", "2025年2月20日（星期四）9:00—11:30，会期半天"),
        ("2025年2月20日上午9:00—2月20日11:30", "2025年2月20日（星期四）上午9:00—11:30，会期半天"),
    ],
)
def test_a_clock_typed_full_width_or_an_end_on_the_same_day_reads_as_typed_plainly(
    tmp_path: Path, when: str, printed: str
) -> None:
    result = _draft(tmp_path, when)
    assert result.exit_code == 0, result.output
    assert printed in result.stdout, result.stdout


@pytest.mark.parametrize("when", ["2025-02-20 09:00—2025-02-21 11:30", "2025年2月20日9:00—2月21日11:30"])
def test_an_end_on_another_day_is_refused_with_how_to_write_it(tmp_path: Path, when: str) -> None:
    result = _draft(tmp_path, when)
    assert result.exit_code == 1, result.output
    assert "会议通知.yaml:10:7: 会议时间: 时刻不对" in result.stderr, result.stderr
    # the example is written with the clerk's own start (ux32: it was always 上午9:00), the end's clock kept in 会期
    assert "结束时刻前写的是另一天 2025年2月21日" in result.stderr and "2025年2月20日至2月21日9:00" in result.stderr
    assert "会期: 2天（21日11:30结束）" in result.stderr


@pytest.mark.parametrize(
    ("when", "printed"),
    [
        ("2025-02-20 上午9:00—11:30", "上午9:00—11:30"),
        ("2025年3月14日至15日上午9:00", "2025年3月14日（星期五）至15日（星期六）上午9:00"),
        ("2025-02-20 下午2:30", "下午2:30"),
    ],
)
def test_times_as_before_draft_as_before(tmp_path: Path, when: str, printed: str) -> None:
    result = _draft(tmp_path, when)
    assert result.exit_code == 0, result.output
    assert printed in result.stdout, result.stdout


NOTICE = "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n正文:\n- 各校要做好防汛工作。\n成文日期: {date}\n"


@pytest.mark.parametrize("date", ["２０２５－０６－０２", "2025－06－02", "2025／6／2"])
def test_a_date_typed_with_full_width_dashes_or_slashes_is_read(tmp_path: Path, date: str) -> None:
    """Typed in full-width mode, the digits of ２０２５－０６－０２ were read and its dashes were not: 无法识别的日期."""
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE.format(date=date), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("2025年6月2日")


def test_a_meeting_date_typed_with_full_width_dashes_is_read(tmp_path: Path) -> None:
    result = _draft(tmp_path, "２０２５－０２－２０ 上午９:００")
    assert result.exit_code == 0, result.output
    assert "2025年2月20日（星期四）上午9:00，会期半天" in result.stdout
