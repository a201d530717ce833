"""A meeting notice for a training class says 举办 (关于举办……培训班的通知, 决定举办……培训班), not 召开: a
county 组织部's clerk drafting its class for new village party secretaries got 关于召开……培训班的通知."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_facts

from drafter.drafting import build_draft
from drafter.preview import to_lines

FACTS = """文种: 会议通知
发文机关: 中共云岭县委组织部
会议名称: {name}
主送机关: 各乡镇党委
会议时间: 2025-03-18 上午9:00
会议地点: 县委党校报告厅
参会人员: 各村党组织书记
成文日期: 2025-03-03
"""


def _lines(tmp_path: Path, name: str) -> list[str]:
    facts = write_facts(tmp_path, FACTS.format(name=name))
    return [line.strip("　") for line in to_lines(build_draft(facts)[1])]


@pytest.mark.parametrize(
    ("name", "verb"),
    [
        ("全县村党组织书记示范培训班", "举办"),
        ("全县党务干部轮训班", "举办"),
        ("全县组织工作会议", "召开"),
        ("年轻干部座谈会", "召开"),
    ],
)
def test_a_class_is_held_and_a_meeting_convened(tmp_path: Path, name: str, verb: str) -> None:
    lines = _lines(tmp_path, name)
    assert f"关于{verb}{name}的通知" in lines, lines
    assert any(f"决定{verb}{name}。" in line for line in lines), lines


@pytest.mark.parametrize(
    ("name", "headings"),
    [
        ("全县党务干部轮训班", ["一、培训时间", "二、培训地点", "三、参训人员"]),
        ("全县组织工作会议", ["一、会议时间", "二、会议地点", "三、参会人员"]),
    ],
)
def test_a_class_is_headed_as_training(tmp_path: Path, name: str, headings: list[str]) -> None:
    # The ux14 walk's 组织部 heads its classes 培训时间, 培训地点, 参训人员; 会议时间 read oddly there.
    lines = _lines(tmp_path, name)
    assert [line for line in lines if line in headings] == headings, lines
