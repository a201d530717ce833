"""Hostile inputs, session 18 (second round): a required field written in the wrong shape.

``发文机关: {名称: 青禾县教育局}`` or ``正文: [[……]]`` was said twice on the same field: once as written wrong
(应当是一段文字，这里写成了一组“键: 值”), once as 必填项没有填写, which it is not: it is filled, the wrong way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

FACTS = LETTER


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        ("发文机关: 桐岭县文化和旅游局", "发文机关: {名称: 桐岭县文化和旅游局}", "这里写成了一组“键: 值”"),
        ("  - 恳请贵局给予支持。", "  - [恳请贵局给予支持。]", "列表里不能直接再套列表"),
    ],
)
def test_a_required_field_written_wrong_is_said_once(tmp_path: Path, before: str, after: str, said: str) -> None:
    path = tmp_path / "函.yaml"
    path.write_text(FACTS.replace(before, after), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", str(tmp_path / "函.docx")])
    assert result.exit_code == 1, result.output
    assert said in result.output and "共 1 处问题" in result.output, result.output
    assert "必填项没有填写" not in result.output
