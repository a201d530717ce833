"""Lines indented with full-width spaces (U+3000, a Chinese input method's space) are said to be so."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.errors import FactsError
from drafter.facts import load_facts

_HEAD = "文种: 通知\n发文机关: 某县水利局\n主送机关: 各乡镇水利站\n成文日期: 2025-06-20\n事由: 做好值班\n"


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("正文:\n\u3000\u3000- 汛期值班。\n", 7),
        ("正文:\n\u3000\u3000汛期值班。\n", 7),
        ("正文: >\n\u3000\u3000汛期值班。\n", 7),
        ("正文:\n  - 标题: 值班\n  \u3000内容: 汛期值班。\n", 8),
    ],
)
def test_a_full_width_indent_is_named_as_the_cause(tmp_path: Path, body: str, line: int) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(_HEAD + body, encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(facts, "通知.yaml")
    said = str(caught.value)
    # it was '缺少键后面的冒号（键和值之间要有英文冒号加空格）' or '缩进不一致：……没有对齐'
    assert f"通知.yaml:{line}:" in said and "这一行用全角空格缩进" in said and "全角空格“　”" in said, said
    assert said.count("通知.yaml:") == 1, said  # mended as two spaces each: nothing else is said of the file


def test_a_full_width_space_inside_a_value_is_text(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(_HEAD + "正文:\n  - 汛期值班\u3000\u3000二十四小时。\n", encoding="utf-8")
    load_facts(facts, "通知.yaml")


def test_a_key_indented_with_full_width_spaces_is_said_to_be_so(tmp_path: Path) -> None:
    """Under a list item, 　　内容: read as a key at the top: '内容: 不认识这个键（是否想写“正文”？）'."""
    facts = tmp_path / "通知.yaml"
    facts.write_text(_HEAD + "正文:\n- 标题: 值班\n\u3000\u3000内容: 汛期值班。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1 and "通知.yaml:8:1: 内容: 不认识这个键" in result.output, result.output
    assert "全角空格“　”" in result.output and "正文" not in result.output, result.output
    # a key that YAML reads where it was meant still drafts
    facts.write_text(_HEAD + "\u3000\u3000正文: [汛期值班。]\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"]).exit_code == 0
