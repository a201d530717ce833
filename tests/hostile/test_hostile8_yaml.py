"""A full-width colon written after a space (成文日期 ：2025-02-20) is named as what it is."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

BASE = "文种: 通知\n发文机关: 青禾县教育局\n事由: 做好防汛工作\n主送机关: 各学校\n正文:\n  - 请做好。\n"


@pytest.mark.parametrize(
    ("line", "example"),
    [
        ("成文日期 ：2025-02-20", "“成文日期: 2025-02-20”"),
        ("成文日期　：　2025-02-20", "“成文日期: 2025-02-20”"),
        ("成文日期 ：", "“成文日期: ……”"),
    ],
)
def test_a_full_width_colon_after_a_space_is_said_to_be_one(tmp_path: Path, line: str, example: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(BASE + line + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert example in result.output and "不能用中文冒号" in result.output
    assert ": ：" not in result.output
