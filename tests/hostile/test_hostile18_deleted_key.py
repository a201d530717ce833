"""Hostile inputs, session 18 (second round): a facts line whose field name was deleted.

``: 青禾县教育局`` (the name deleted along with a word before it) was said as 缩进不一致：这里出现了意外的内容……
（请检查缩进是否和同一级的行对齐、引号是否成对）, none of which is the cause; ``"": 青禾县教育局`` and ``~: …`` were
said as 不认识这个键（是否想写“发文机关”？） with no name before the colon and one field suggested out of the blue.
Both now say that the colon has no field name before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

FACTS = LETTER


def _draft(tmp_path: Path, facts: str) -> tuple[int, str]:
    path = tmp_path / "函.yaml"
    path.write_text(facts, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", str(tmp_path / "函.docx")])
    assert not (tmp_path / "函.docx").exists()
    return result.exit_code, result.output


@pytest.mark.parametrize("line", [": 桐岭县文化和旅游局", ":", "：桐岭县文化和旅游局"])
def test_a_line_of_a_colon_and_a_value_is_said_to_have_no_name(tmp_path: Path, line: str) -> None:
    code, said = _draft(tmp_path, FACTS.replace("发文机关: 桐岭县文化和旅游局", line))
    assert code == 1, said
    assert "函.yaml:2:" in said and "冒号前面没有字段名" in said, said
    assert "缩进" not in said


def test_a_value_under_an_item_without_its_name(tmp_path: Path) -> None:
    code, said = _draft(tmp_path, FACTS.replace("  - 恳请贵局给予支持。", "  - 恳请贵局给予支持。\n  : 此复。"))
    assert code == 1 and "函.yaml:7:" in said and "冒号前面没有字段名" in said, said


@pytest.mark.parametrize("key", ['""', "~", "''"])
def test_an_empty_name_is_said_as_such(tmp_path: Path, key: str) -> None:
    code, said = _draft(tmp_path, FACTS.replace("联系人: 无", f"{key}: 无"))
    assert code == 1, said
    assert "函.yaml:7:1: 冒号前面没有字段名" in said, said
    assert "是否想写" not in said
