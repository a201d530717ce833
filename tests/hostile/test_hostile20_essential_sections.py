"""A template extending a built-in whose manifest.yaml lists no signoff (or no head) section.

A keeper tidying the section list deleted - {name: signoff}: every notice drafted from the template went out with
neither 署名 nor 成文日期 (GB/T 9704 §7.3.5), exit 0 and no word; without - {name: head} it had no title either. The
draft is still made (the keeper may mean it) and the 提醒 says what is missing and which line to put back; a file of
the keeper's own that prints the 署名 and date in its place draws no 提醒. Made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_facts import extending_template

from drafter.drafting import build_draft, encode
from drafter.errors import Problem

FACTS = """模板: 模板
发文机关: 青禾县农机服务中心
事由: 开展农机安全检查
主送机关: 各乡镇农机站
正文:
  - 辖区内在用农机逐台检查。
成文日期: 2025-03-06
"""

ALL = ["head", "intro", "body", "closing", "signoff", "imprint"]


def _draft(tmp_path: Path, sections: list[str], own: dict[str, str] | None = None) -> tuple[str, list[str]]:
    extending_template(tmp_path, "notice", sections, title="通知（本单位）", own=own)
    path = tmp_path / "通知.yaml"
    path.write_text(FACTS, encoding="utf-8")
    found: list[Problem] = []
    draft = build_draft(path, warnings=found)[1]
    return encode(draft, "txt").decode("utf-8"), [str(problem) for problem in found]


@pytest.mark.parametrize(
    ("left_out", "missing"), [("signoff", "这份公文没有署名和成文日期"), ("head", "这份公文没有标题")]
)
def test_a_template_without_the_built_ins_signoff_or_head_draws_a_reminder(
    tmp_path: Path, left_out: str, missing: str
) -> None:
    text, warnings = _draft(tmp_path, [name for name in ALL if name != left_out])
    assert "逐台检查" in text
    told = [line for line in warnings if missing in line]
    assert told and f"sections 里加回 - {{name: {left_out}}}" in told[0], warnings
    assert told[0].startswith(f"{tmp_path / '通知.yaml'}:1:5: 模板: "), told


def test_the_whole_list_draws_none(tmp_path: Path) -> None:
    text, warnings = _draft(tmp_path, ALL)
    assert "2025年3月6日" in text
    assert not [line for line in warnings if "sections 里没有" in line], warnings


def test_a_file_of_the_keepers_own_that_signs_draws_none(tmp_path: Path) -> None:
    own = {"落款": "{% import '_gongwen.j2' as g with context %}\n{{ g.signoff_with_contacts(发文机关) }}\n"}
    text, warnings = _draft(tmp_path, [*ALL[:4], "落款", "imprint"], own=own)
    assert "2025年3月6日" in text
    assert not [line for line in warnings if "sections 里没有" in line], warnings
