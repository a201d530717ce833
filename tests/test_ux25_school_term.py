"""ux25 walk: a school's term written with a hyphen, as typed on a keyboard (2025-2026学年第一学期), is printed so in the
summary's title; school documents write the span with a dash (2025—2026学年)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.gongwen.dates import year_span


def test_a_school_year_typed_with_a_hyphen_is_titled_with_a_dash(tmp_path) -> None:
    facts = tmp_path / "总结.yaml"
    facts.write_text(
        "文种: 工作总结\n单位: 澜州市第三中学\n期间: 2025-2026学年第一学期\n主要做法:\n- 标题: 抓实常规\n"
        "  内容: 每月检查一次教案。\n成文日期: 2026-01-30\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "澜州市第三中学2025—2026学年第一学期工作总结"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("2025-2026学年第一学期", "2025—2026学年第一学期"),
        ("2025~2026学年度", "2025—2026学年度"),
        ("2025－2026年", "2025—2026年"),
        ("2025—2026学年", "2025—2026学年"),
        ("2025年1-6月", "2025年1-6月"),  # months, not a span of years
    ],
)
def test_year_span(typed: str, shown: str) -> None:
    assert year_span(typed) == shown
