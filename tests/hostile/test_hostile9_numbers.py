"""Hostile inputs, round 9: 文号格式 written in a facts file of a built-in template.

The README tells of 文号格式 and 文号序号 (a mined template's); a clerk writing both for a built-in 通知 was
told 文号格式: 不认识这个键（是否想写“来文字号”？）, a forwarded document's number, beside 文号序号's
note that the template has no 文号格式.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

NOTICE = (
    "文种: 通知\n发文机关: 青禾县教育局\n发文机关标志: 青禾县教育局文件\n事由: 做好防汛工作\n主送机关: 各学校\n"
    "正文:\n  - 请做好。\n成文日期: 2025-02-20\n文号格式: 青教〔{年}〕{号}号\n文号序号: 5\n"
)


def test_a_number_format_for_a_built_in_template_points_to_the_whole_number(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    line = next(line for line in result.output.splitlines() if "文号格式: 不认识这个键" in line)
    assert "来文字号" not in line and "请写完整的“发文字号”" in line
    assert "文号序号: 不认识这个键" in result.output
