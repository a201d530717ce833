"""A 报告's 导语 is a paragraph of its own before 现将……报告如下：, and ends as a sentence even when typed
without its 。 (ux14 walk)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_facts

from drafter.cli import main
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


@pytest.mark.parametrize("genre", ["通知", "会议通知", "工作总结", "实施方案", "意见", "通报"])
def test_an_intro_typed_without_its_final_full_stop_ends_as_a_sentence(tmp_path: Path, genre: str) -> None:
    # The ux15 walk's batch row: 导语 为防范危化品事故 and no 正文 drafted a paragraph with no end.
    starter = tmp_path / "事实.yaml"
    made = CliRunner().invoke(main, ["new", genre, "-o", str(starter)])
    assert made.exit_code == 0, made.output
    lines = starter.read_text(encoding="utf-8").splitlines()
    at = next((n for n, line in enumerate(lines) if line.startswith("导语:")), None)
    if at is None:
        lines += ["导语:", "- 为防范危化品事故"]
    else:
        lines[at + 1] = "- 为防范危化品事故"
    starter.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(starter), "-f", "txt", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "为防范危化品事故。" in result.output, result.output


@pytest.mark.parametrize("lead", ["现将上半年发展党员工作情况报告如下", "现将上半年发展党员工作情况报告如下。"])
def test_a_report_lead_that_is_its_own_transition_is_not_followed_by_another(tmp_path: Path, lead: str) -> None:
    # ux20 walk: the clerk wrote the 导语 as the unit writes it (根据……，现将……报告如下), and the draft went on
    # with the built-in's own 现将……报告如下： below it, the same sentence twice.
    facts = REPORT.replace("- 上半年，县委组织部严格落实发展党员工作规定", f"- {lead}")
    lines = [line.strip("　") for line in to_lines(build_draft(write_facts(tmp_path, facts))[1])]
    assert lines.count("现将上半年发展党员工作情况报告如下：") == 1, lines
    assert not any(line.startswith("现将上半年发展党员工作情况报告如下。") for line in lines), lines
