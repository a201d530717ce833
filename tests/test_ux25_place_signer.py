"""ux25 walk: a city-wide 实施方案 whose 单位 is the city (澜州市, for its title 澜州市……实施方案) was signed 澜州市,
a place, not the organ that issues the plan. Clerks expect the 署名 to be the issuing organ (澜州市教育局): the draft
still goes out, with a 提醒 that names the 署名 to write."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

PLAN = """文种: 实施方案
单位: {unit}
事项: 中小学安全教育月活动
目的: 增强师生安全意识
主要任务:
- 标题: 开展主题班会
  内容: 各校每班开展一次安全主题班会。
成文日期: 2026-02-26
"""


def _draft(tmp_path: Path, unit: str, extra: str = "") -> tuple[str, str]:
    facts = tmp_path / "方案.yaml"
    facts.write_text(PLAN.format(unit=unit) + extra, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def test_a_place_as_the_signature_gets_a_word(tmp_path: Path) -> None:
    text, said = _draft(tmp_path, "澜州市")
    assert text.splitlines()[0] == "澜州市中小学安全教育月活动实施方案"
    assert "提醒：" in said and "署名" in said and "“澜州市”是地名" in said


@pytest.mark.parametrize(
    ("unit", "extra"), [("澜州市", "署名: 澜州市教育局\n"), ("澜州市第三中学", ""), ("华联超市", "")]
)
def test_an_organ_signing_gets_none(tmp_path: Path, unit: str, extra: str) -> None:
    _, said = _draft(tmp_path, unit, extra)
    assert "地名" not in said
