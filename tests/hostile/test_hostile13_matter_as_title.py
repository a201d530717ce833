"""Hostile inputs, round 13: a 事由 written as the whole title it makes.

A clerk writing 事由: 关于做好防汛工作的通知 (or 做好防汛工作的通知, 关于做好防汛工作) had the notice titled
关于关于做好防汛工作的通知的通知, with only a 提醒 that a word was written twice. The title's own words are taken
off now, as a 会议名称 written as its title already was, and said.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: {genre}
发文机关: 青禾县教育局
主送机关: 县人民政府
事由: {matter}
成文日期: 2025-06-02
"""
BODIES = {"通知": "正文:\n- 各校要做好防汛工作。\n", "请示": "缘由:\n- 汛期将至。\n请示事项:\n- 恳请拨付防汛经费。\n"}


@pytest.mark.parametrize(
    ("genre", "matter", "title"),
    [
        ("通知", "关于做好防汛工作的通知", "关于做好防汛工作的通知"),
        ("通知", "做好防汛工作的通知", "关于做好防汛工作的通知"),
        ("通知", "关于做好防汛工作", "关于做好防汛工作的通知"),
        ("请示", "关于拨付防汛经费的请示", "关于拨付防汛经费的请示"),
    ],
)
def test_a_matter_written_as_its_title_makes_the_title_once(
    tmp_path: Path, genre: str, matter: str, title: str
) -> None:
    facts = tmp_path / "稿.yaml"
    facts.write_text(FACTS.format(genre=genre, matter=matter) + BODIES[genre], encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert title in result.output.splitlines(), result.output
    assert "稿.yaml:4:5: 事由: " in result.output and "是整个标题" in result.output, result.output


def test_about_inside_a_matter_is_the_clerks(tmp_path: Path) -> None:
    facts = tmp_path / "稿.yaml"
    facts.write_text(FACTS.format(genre="通知", matter="做好关于防汛工作的宣传") + BODIES["通知"], encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert "关于做好关于防汛工作的宣传的通知" in result.output.splitlines() and "提醒" not in result.output
