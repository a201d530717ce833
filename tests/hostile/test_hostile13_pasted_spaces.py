"""Hostile inputs, round 13: spaces and invisible characters pasted from a web page, Word or a chat.

会议名称:\\u00a0全县…… (a no-break space after the colon, copied with the value) was told 缺少键后面的冒号 about a line
that has its colon; it is said as the space it is now, with the line as it should read. A zero-width space before
or inside a key (\\u200b会议名称) was refused as 不认识这个键（是否想写“会议名称”？）, the two looking the same, and one
inside a value went into the document unseen: such characters are no part of a facts file now.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 通知
发文机关: 青禾县教育局
类别: 布置
{matter_line}
主送机关: 各中小学
正文:
- 各校要做好防汛工作。
成文日期: 2025-06-02
"""


def _draft(tmp_path: Path, matter_line: str) -> tuple[int, str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(matter_line=matter_line), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2002"])
def test_a_pasted_space_after_the_colon_is_said_as_such(tmp_path: Path, space: str) -> None:
    code, output = _draft(tmp_path, f"事由:{space}做好防汛工作")
    assert code == 1, output
    assert "通知.yaml:4:" in output and "特殊空格" in output and "“事由: 做好防汛工作”" in output, output
    assert "缺少键后面的冒号" not in output, output


@pytest.mark.parametrize("line", ["\u200b事由: 做好防汛工作", "事\u200b由: 做好防汛工作", "事由: 做好\u2060防汛工作"])
def test_an_invisible_character_is_no_part_of_the_facts(tmp_path: Path, line: str) -> None:
    code, output = _draft(tmp_path, line)
    assert code == 0, output
    assert "关于做好防汛工作的通知" in output.splitlines(), output
    assert "\u200b" not in output and "\u2060" not in output
