"""A clock typed with the input method's colon (15：30, ８：３０) is printed as the document's other clocks: 15:30.

The 会议时间 had its full-width digits made half-width but kept the colon: 上午9：00—11:30 carried two kinds of
colon in one line, and the 报到时间 (free text) kept ８：３０ in full-width digits beside it, with no word.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 会议通知\n发文机关: 青禾县教育局\n会议名称: 防汛工作会议\n主送机关: 各中小学\n会议地点: 局三楼会议室\n"
    "参会人员: 各校校长\n成文日期: 2026-03-01\n联系人: 无\n会议时间: {when}\n报到时间: {arrival}\n"
)


@pytest.mark.parametrize(
    ("when", "printed"),
    [
        ("2026年3月5日上午9：00—11:30", "2026年3月5日（星期四）上午9:00—11:30"),
        ("2026年3月5日上午９：００", "2026年3月5日（星期四）上午9:00"),
        ("2026-03-05 15：30", "2026年3月5日（星期四）15:30"),
    ],
)
def test_a_wide_colon_in_a_clock_is_made_plain(tmp_path: Path, when: str, printed: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(when=when, arrival="3月5日上午８：３０前"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert printed in result.stdout, result.stdout
    assert "3月5日上午8:30前" in result.stdout, result.stdout
    assert "：00" not in result.stdout and "８" not in result.stdout
