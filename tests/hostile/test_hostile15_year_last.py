"""A date written with its year last (3/5/2026, 05.03.2026, from an English or European system) or with no year
and a slash (3/5) is refused with the way to write it, not with 无法识别的日期 alone.

Which of 3/5/2026's numbers is the month cannot be told, so both readings are offered; where one is over 12 the
one reading is. The date itself stays refused: a guess would put the wrong day on the document.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: {date}\n"
)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("3/5/2026", "3月5日写成 2026-03-05，5月3日写成 2026-05-03"),
        ("05.03.2026", "5月3日写成 2026-05-03，3月5日写成 2026-03-05"),
        ("25/12/2026", "年份要写在前面，如 2026年12月25日"),
        ("12/25/2026", "年份要写在前面，如 2026年12月25日"),
        ("3/5", "请写成 3月5日，或写上年份"),
    ],
)
def test_a_date_with_its_year_last_is_said_how_to_write(tmp_path: Path, written: str, said: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(date=written), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "通知.yaml:8:7: 成文日期:" in result.output and said in result.output, result.output
