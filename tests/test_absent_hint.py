"""A 纪要's 缺席 line written as a unit writes it is pointed to 请假, not to 列席 (those who sat in): ux23 walk."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

MINUTES = """文种: 会议纪要
单位: 中共柏岭街道工作委员会
会议名称: 党工委会议
会议日期: 2025-08-18
会议地点: 街道办事处三楼会议室
主持人: 街道党工委书记杜云舟
议定事项:
- 标题: 关于社区换届工作
  内容: 会议同意社区换届工作方案。
出席: [杜云舟, 许安澜]
缺席: [钟一鸣（外出学习）]
"""


def test_absent_line_is_pointed_to_leave(tmp_path: Path) -> None:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(MINUTES, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "纪要.docx")])
    assert result.exit_code == 1
    assert "纪要.yaml:11:1: 缺席:" in result.output
    assert "请假" in result.output and "列席" not in result.output
