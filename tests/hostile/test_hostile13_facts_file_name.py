"""Hostile inputs, round 13: a facts file named without its extension (文件: 实施方案).

Windows hides extensions by default: a clerk issuing a plan wrote the name the folder shows, 印发文件: {文件: 实施方案},
and was told 找不到文件“实施方案” beside 实施方案.yaml. The one facts file of that name is read; where none is
there (or both .yaml and .yml are) the name is still refused. drafter draft 通知 (通知.yaml there) is told the
file it may mean.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

PLAN = """文种: 实施方案
单位: 青禾县教育局
事项: 书香校园读书活动
目的: 培养学生阅读习惯
主要任务:
  - 每周开设一节阅读课。
"""
NOTICE = """文种: 通知
发文机关: 青禾县教育局
类别: 印发
主送机关: 各中小学
印发文件:
  文件: {named}
成文日期: 2025-03-01
"""


def _draft(tmp_path: Path, named: str) -> tuple[int, str]:
    (tmp_path / "通知.yaml").write_text(NOTICE.format(named=named), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


def test_a_facts_file_named_without_its_extension_is_read(tmp_path: Path) -> None:
    (tmp_path / "实施方案.yaml").write_text(PLAN, encoding="utf-8")
    code, output = _draft(tmp_path, "实施方案")
    assert code == 0, output
    assert "关于印发《青禾县教育局书香校园读书活动实施方案》的通知" in output, output


def test_a_yml_file_named_without_its_extension_is_read(tmp_path: Path) -> None:
    (tmp_path / "实施方案.yml").write_text(PLAN, encoding="utf-8")
    code, output = _draft(tmp_path, "实施方案")
    assert code == 0 and "书香校园读书活动实施方案" in output, output


def test_two_files_of_the_name_are_still_refused(tmp_path: Path) -> None:
    (tmp_path / "实施方案.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "实施方案.yml").write_text(PLAN, encoding="utf-8")
    code, output = _draft(tmp_path, "实施方案")
    assert code == 1 and "通知.yaml:6:" in output and "找不到文件“实施方案”" in output, output


def test_a_name_of_no_file_is_still_refused(tmp_path: Path) -> None:
    (tmp_path / "实施方案.yaml").write_text(PLAN, encoding="utf-8")
    code, output = _draft(tmp_path, "读书方案")
    assert code == 1 and "找不到文件“读书方案”" in output, output


def test_the_command_line_name_without_its_extension_is_told_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("通知.yaml").write_text(NOTICE.format(named="实施方案.yaml"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "通知", "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "通知: 文件不存在" in result.output and "“通知.yaml”" in result.output, result.output
