"""Hostile inputs, session 18 (second round): a Windows path written in double quotes in a facts file.

``文件: "C:\\Users\\张三\\方案.yaml"``: in double quotes ``\\U`` asks for eight hexadecimal digits, and the line was
said as YAML 格式错误：格式不对（请检查缩进是否和同一级的行对齐、引号是否成对）, none of which is the cause.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sample_facts import LETTER

from drafter.cli import main

FACTS = (
    LETTER
    + """附件:
  - 文件: "C:\\Users\\张三\\方案.yaml"
"""
)


def test_a_windows_path_in_double_quotes_is_said_as_such(tmp_path: Path) -> None:
    path = tmp_path / "函.yaml"
    path.write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(path), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "函.yaml:10:" in result.output and "反斜杠" in result.output and "单引号" in result.output, result.output
    assert "缩进" not in result.output
