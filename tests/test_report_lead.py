"""A 报告's 导语 is a paragraph of its own before 现将……报告如下：, and ends as a sentence even when typed
without its 。 (ux14 walk)."""

from __future__ import annotations

from pathlib import Path

from conftest import write_facts

from drafter.drafting import build_draft
from drafter.preview import to_lines

REPORT = """文种: 报告
发文机关: 中共云岭县委组织部
事由: 上半年发展党员工作情况
主送机关: 中共云岭县委
导语:
- 上半年，县委组织部严格落实发展党员工作规定
正文:
- 坚持发展计划审批，实行全程纪实。
成文日期: 2025-07-10
"""


def test_a_report_lead_written_without_its_full_stop_gets_one(tmp_path: Path) -> None:
    # The transition 现将……报告如下： is a paragraph of its own after the 导语; a 导语 typed without its
    # final 。 (as the mined notice takes it, joined to its transition) was left a paragraph without an end.
    lines = [line.strip("　") for line in to_lines(build_draft(write_facts(tmp_path, REPORT))[1])]
    assert "上半年，县委组织部严格落实发展党员工作规定。" in lines, lines
    assert "现将上半年发展党员工作情况报告如下：" in lines, lines
