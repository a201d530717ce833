"""Hostile inputs, round 13: a meeting's time copied from a system's export with its seconds' fraction or its
time zone.

A booking system or a database export writes 2025-02-20 09:00:00.000 or 2025-02-20T09:00:00+08:00: the notice read
2025年2月20日（星期四）9:00.000 and 9:00+8:00. The fraction and the Beijing zone are dropped now; a clock in another
zone (09:00:00Z, which is 17:00 in Beijing) is refused rather than printed at the wrong hour. The same for a
报到时间.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 会议通知
发文机关: 青禾县教育局
会议名称: 全县防汛工作会议
主送机关: 各中小学
会议时间: "{held}"
报到时间: "{arrival}"
会议地点: 县教育局三楼会议室
参会人员: 各校校长
联系人: 无
成文日期: 2025-02-14
"""


def _text(tmp_path: Path, held: str, arrival: str = "2月20日上午8:30前") -> tuple[int, str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(held=held, arrival=arrival), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("held", "printed"),
    [
        ("2025-02-20 09:00:00.000", "2025年2月20日（星期四）9:00。"),
        ("2025-02-20T09:00:00+08:00", "2025年2月20日（星期四）9:00。"),
        ("2025-02-20T09:00+0800", "2025年2月20日（星期四）9:00。"),
        ("2025-02-20 09:00:00.000—2025-02-20 11:30:00.000", "2025年2月20日（星期四）9:00—11:30。"),
        ("2025-02-20 9:00-11:30", "2025年2月20日（星期四）9:00—11:30。"),  # the span's 一字线 (ux31)
    ],
)
def test_an_exported_clock_is_printed_as_a_notice_writes_it(tmp_path: Path, held: str, printed: str) -> None:
    code, output = _text(tmp_path, held)
    assert code == 0, output
    assert f"　　{printed}" in output, output


@pytest.mark.parametrize("held", ["2025-02-20T09:00:00Z", "2025-02-20 09:00:00+09:00"])
def test_a_clock_in_another_zone_is_refused(tmp_path: Path, held: str) -> None:
    code, output = _text(tmp_path, held)
    assert code == 1, output
    assert "通知.yaml:5:" in output and "会议时间: 时刻不对" in output and "北京时间" in output, output


def test_an_exported_arrival_is_printed_as_a_notice_writes_it(tmp_path: Path) -> None:
    code, output = _text(tmp_path, "2025年2月20日上午9:00", arrival="2025-02-20T08:30:00.000+08:00")
    assert code == 0, output
    assert "报到时间：2025年2月20日8:30。" in output, output
