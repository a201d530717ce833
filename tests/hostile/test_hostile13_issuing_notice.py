"""Hostile inputs, round 13: a notice that issues a document, its 类别 forgotten or left as the starter's 布置.

A clerk issuing a plan wrote 印发文件 and 贯彻要求 but no 类别 (or kept the starter's 类别: 布置): the notice was
titled 通知, said nothing but 特此通知。, and its 贯彻要求 was left out, the plan following it, with no word but
the title's. A notice writing 印发文件 and no 类别 issues it now (转发 where it names the office it came from); one
whose 类别 says otherwise is told so, and the issuing fields it would leave out are named.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

PLAN = "文种: 实施方案\n单位: 青禾县教育局\n事项: 书香校园读书活动\n目的: 培养学生阅读习惯\n主要任务:\n  - 每周开设一节阅读课。\n"
NOTICE = """文种: 通知
发文机关: 青禾县教育局
主送机关: 各中小学
印发文件:
  文件: 实施方案.yaml
贯彻要求: 请于3月20日前报送本校方案。
成文日期: 2025-03-01
"""


def _draft(tmp_path: Path, extra: str = "") -> tuple[int, str]:
    (tmp_path / "实施方案.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "通知.yaml").write_text(NOTICE + extra, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(tmp_path / "通知.yaml"), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


def test_a_notice_issuing_a_document_without_its_kind_issues_it(tmp_path: Path) -> None:
    code, output = _draft(tmp_path)
    assert code == 0, output
    assert "关于印发《青禾县教育局书香校园读书活动实施方案》的通知" in output, output
    assert "现将《青禾县教育局书香校园读书活动实施方案》印发给你们，请于3月20日前报送本校方案。" in output, output
    assert "提醒" not in output, output


def test_one_naming_the_office_it_came_from_forwards_it(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, "来文机关: 市教育局\n")
    assert code == 0, output
    assert "关于转发市教育局《青禾县教育局书香校园读书活动实施方案》的通知" in output, output


@pytest.mark.parametrize("kind", ["布置", "周知"])
def test_a_kind_that_does_not_issue_it_is_told(tmp_path: Path, kind: str) -> None:
    code, output = _draft(tmp_path, f"类别: {kind}\n")
    assert code == 0, output
    assert f"通知.yaml:8:5: 类别: 写了“印发文件”，类别却是“{kind}”" in output, output
    assert "通知.yaml:6:7: 贯彻要求: “贯彻要求”只在印发、转发时排进公文" in output, output


def test_an_office_named_for_a_document_of_ones_own_is_told(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, "类别: 印发\n来文字号: 市教发〔2025〕3号\n")
    assert code == 0, output
    assert "来文字号: “来文字号”只在转发时排进公文" in output and "贯彻要求:" not in output, output
