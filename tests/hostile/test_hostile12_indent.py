"""Hostile inputs, round 12: a key indented by a space or two under a key that holds text is said to be so.

A space typed (or pasted) at the start of a line (事由: 做好防汛工作 | ␣主送机关: 各中小学) makes YAML read the line as
more of the text above: the clerk was told 这里不能出现“键: 值”（值里有英文冒号加空格时，请给整段文字加引号）, and
quoted a value that needed no quotes.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n{line}\n正文:\n"
    "  - 标题: 加强值班\n{item}\n成文日期: 2025-06-02\n"
)


def _draft(tmp_path: Path, line: str = "主送机关: 各中小学", item: str = "    内容: 各校要做好值班。"):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(line=line, item=item), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(("line", "spaces"), [(" 主送机关: 各中小学", 1), ("  主送机关: 各中小学", 2)])
def test_a_key_indented_under_a_text_is_said_to_be(tmp_path: Path, line: str, spaces: int) -> None:
    result = _draft(tmp_path, line=line)
    assert result.exit_code == 1, result.output
    assert "通知.yaml:5:" in result.stderr and "这一行开头多了空格" in result.stderr, result.stderr
    assert f"“主送机关”比上一个键“事由”多缩进了 {spaces} 个空格" in result.stderr, result.stderr
    assert "加引号" not in result.stderr


def test_an_item_key_indented_one_more_is_said_to_be(tmp_path: Path) -> None:
    result = _draft(tmp_path, item="     内容: 各校要做好值班。")
    assert result.exit_code == 1, result.output
    assert "通知.yaml:8:" in result.stderr and "“内容”比上一个键“标题”多缩进了 1 个空格" in result.stderr, result.stderr


def test_a_colon_inside_a_value_is_still_told_to_be_quoted(tmp_path: Path) -> None:
    result = _draft(tmp_path, line="主送机关: 各中小学，时间: 今天")
    assert result.exit_code == 1, result.output
    assert "加引号" in result.stderr and "多缩进" not in result.stderr, result.stderr


def test_keys_in_line_draft_as_before(tmp_path: Path) -> None:
    result = _draft(tmp_path)
    assert result.exit_code == 0 and "各中小学：" in result.stdout, result.output
