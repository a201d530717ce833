"""Hostile inputs, round 11: a built-in's opening paragraph written as 无 is not printed.

README has a mined template's 导语 and 结尾 say 无 for none. A clerk writing 导语: 无 in a built-in notice had the
notice open on a paragraph that said 无 (各中小学： / 　　无 / 　　各校要……), with no word. Drafted as if not written.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n导语: {0}\n"
    "正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize("lead", ["无", "无。", "不要", "“无”"])
def test_a_lead_that_says_none_is_not_printed(tmp_path: Path, lead: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(lead), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert lines[lines.index("各中小学：") + 1] == "各校要做好防汛工作。", lines


def test_a_lead_of_the_clerks_own_is_printed(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format("无论晴雨，各校都要值守。"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "　　无论晴雨，各校都要值守。" in result.stdout
