"""Hostile inputs, round 9: a key with a full-width colon on a line followed by keys written right.

The first line written with the input method's colon (文种：通知, the README's 第一行写文种) was read by YAML
as text going on over the next line, and the clerk was told of every key below it instead (发文机关、事由、
主送机关……: 这里不能出现“键: 值”（值里有英文冒号加空格时，请给整段文字加引号）), five problems and none at
the line to mend. The same line in the middle of the file was said as it should be.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

REST = "发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好。\n成文日期: 2025-02-20\n"


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("文种：通知\n" + REST, 1, "文种"),
        ("# 说明\n\n文种：通知\n" + REST, 3, "文种"),
        ("文种: 通知\n" + REST.replace("事由: ", "事由：").replace("主送机关: ", "主送机关："), 3, "事由"),
    ],
)
def test_a_full_width_colon_is_said_at_its_own_line(tmp_path: Path, text: str, line: int, key: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    first = result.output.splitlines()[0]
    assert first.startswith(f"{facts}:{line}:1: ") and f"例如“{key}: ……”，不能用中文冒号" in first, first
    assert "这里不能出现“键: 值”" not in result.output
