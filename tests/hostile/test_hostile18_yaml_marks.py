"""Hostile inputs, session 18 (second round): two lines YAML reads as its own marks.

- A line of ``...`` (an ellipsis typed in English) at the start of a line ends the YAML document; the next line was
  said as 格式不对（请检查缩进是否和同一级的行对齐、引号是否成对）. It is said at the ``...`` line.
- A first line starting with ``%`` is a YAML directive; it was said as 以“&”或“*”开头的文字会被当作 YAML 的引用.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

FACTS = LETTER


def _draft(tmp_path: Path, facts: str) -> str:
    path = tmp_path / "函.yaml"
    path.write_text(facts, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", "-"])
    assert result.exit_code == 1, result.output
    return result.output


def test_a_line_of_three_dots_is_said_at_its_line(tmp_path: Path) -> None:
    said = _draft(tmp_path, FACTS.replace("联系人: 无\n", "联系人: 无\n...\n"))
    assert "函.yaml:8:1: YAML 格式错误：这一行的“...”表示文件结束" in said and "……" in said, said


def test_a_first_line_starting_with_percent_is_said_as_a_directive(tmp_path: Path) -> None:
    said = _draft(tmp_path, "%本函为草稿\n" + FACTS)
    assert "函.yaml:1:" in said and "以“%”开头的一行" in said, said
    assert "引用" not in said
