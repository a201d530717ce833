"""One 存在问题 written as a short phrase ends as a sentence, as two or more do (一是……；二是……。): the ux14
walk's summary drafted 村级后备力量不足 as a paragraph with no end mark."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_facts

from drafter.drafting import build_draft
from drafter.preview import to_lines

SUMMARY = """文种: 工作总结
单位: 中共云岭县委组织部
期间: 2025年
主要做法:
  - 标题: 抓实基层组织建设
    内容: 整顿后进村党组织三个。
存在问题:
  - {problem}
成文日期: 2025-07-05
"""

BULLETIN = """文种: 通报
发文机关: 中共云岭县委组织部
类别: {kind}
事由: 上半年党费收缴情况
主送机关: 各乡镇党委
基本情况:
  - 上半年党费收缴工作总体平稳。
存在问题:
  - {problem}
要求:
  - 抓紧整改。
成文日期: 2025-07-05
"""


def _lines(tmp_path: Path, text: str) -> list[str]:
    return [line.strip("　") for line in to_lines(build_draft(write_facts(tmp_path, text))[1])]


@pytest.mark.parametrize(
    "facts",
    [SUMMARY, BULLETIN.replace("{kind}", "情况"), BULLETIN.replace("{kind}", "批评")],
    ids=["summary", "bulletin-situation", "bulletin-criticism"],
)
def test_one_short_problem_ends_with_a_full_stop(tmp_path: Path, facts: str) -> None:
    lines = _lines(tmp_path, facts.replace("{problem}", "个别支部收缴不及时"))
    assert "个别支部收缴不及时。" in lines, lines
    kept = _lines(tmp_path, facts.replace("{problem}", "个别支部收缴不及时！"))
    assert "个别支部收缴不及时！" in kept, kept
