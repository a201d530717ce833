"""--allow-placeholders holds for a facts file the drafted one names (附件: 文件:, 印发文件: 文件:) too."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

PLAN = """文种: 实施方案
单位: 〔示例〕青禾县教育局
事项: 读书活动
目的: 营造读书氛围
依据: 上级要求
主要任务:
  - 标题: 〔请填写：主要任务的第一条标题〕
    内容: 〔请填写：这一条的具体内容〕
成文日期: 2025-02-26
"""

NOTICE = """文种: 通知
发文机关: 青禾县教育局
类别: 印发
主送机关: 各学校
印发文件:
  文件: 方案.yaml
成文日期: 2025-03-01
"""


@pytest.fixture
def notice(tmp_path: Path) -> Path:
    (tmp_path / "方案.yaml").write_text(PLAN, encoding="utf-8")
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE, encoding="utf-8")
    return facts


def test_placeholders_allowed_are_allowed_in_the_file_named_too(notice: Path) -> None:
    result = CliRunner().invoke(main, ["draft", str(notice), "--allow-placeholders", "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "青禾县教育局读书活动实施方案" in result.output and "〔示例〕" not in result.output


def test_placeholders_of_the_file_named_are_still_refused_without_the_option(notice: Path) -> None:
    result = CliRunner().invoke(main, ["draft", str(notice), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1
    assert "方案.yaml:2:5: 单位: 还是起草模板里的示例值" in result.output
