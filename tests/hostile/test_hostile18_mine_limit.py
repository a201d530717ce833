"""Hostile inputs, session 18 (second round): mine with DRAFTER_MINE_MAX_CHARS set low by hand.

The refusal said the limit was the machine's (这台机器一次大约只能挖掘 0 万字): the clerk looked for memory to free,
and 0 万字 for a limit of 10 characters said nothing. A limit set by the variable is said as set by it, and a
count below ten thousand in characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = "关于做好防汛工作的通知\n各中小学：\n　　各校要做好防汛工作。\n　　特此通知。\n青禾县教育局\n2025年6月2日\n"


def test_a_limit_set_by_hand_is_said_as_set_by_hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "档案").mkdir()
    (tmp_path / "档案" / "通知.txt").write_text(NOTICE, encoding="utf-8")
    monkeypatch.setenv("DRAFTER_MINE_MAX_CHARS", "10")
    result = CliRunner().invoke(main, ["mine", "档案", "-o", "结果"])
    assert result.exit_code == 1, result.output
    assert "环境变量 DRAFTER_MINE_MAX_CHARS 设定的 10 个字" in result.output, result.output
    assert "这台机器" not in result.output and "0 万字" not in result.output
    assert not (tmp_path / "结果").exists()
