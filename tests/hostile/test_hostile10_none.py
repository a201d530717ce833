"""Hostile inputs, round 10: 无 written among the names of a list is said, not printed as a name.

抄送: 无 (or a list of 无 alone) leaves the 版记's 抄送 line out. A clerk uncommenting a mined starter's
# 抄送: list and adding - 无 under its offices, or writing 抄送: [市委宣传部, 无], had 抄送：市委宣传部，无。
printed, an office called 无, with no word; whether none or those offices are meant cannot be told.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
)


def _draft(tmp_path: Path, copies: str):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + copies, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("copies", "where"),
    [("抄送: [县委办公室, 无]\n", "9:13"), ("抄送:\n- 县委办公室\n- 无。\n", "11:3")],
)
def test_none_among_names_is_refused_at_its_item(tmp_path: Path, copies: str, where: str) -> None:
    result = _draft(tmp_path, copies)
    assert result.exit_code == 1, result.output
    assert f"通知.yaml:{where}: 抄送: 第2项写的是“无" in result.stderr, result.stderr
    assert "抄送：" not in result.stdout


@pytest.mark.parametrize("copies", ["抄送: 无\n", "抄送: [无]\n", "抄送: [县委办公室, 县政府办公室]\n"])
def test_none_alone_or_names_alone_draft_as_before(tmp_path: Path, copies: str) -> None:
    result = _draft(tmp_path, copies)
    assert result.exit_code == 0, result.output
    assert "无。" not in result.stdout
