"""A 报告's 来文 is drafted only in an 答复报告: written in another kind, or missing from one, it is said."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

REPORT = """文种: 报告
发文机关: 梧川镇人民政府
{kind}事由: 春季森林防火工作情况
主送机关: 县人民政府
{asked}正文:
  - 全镇未发生森林火灾。
成文日期: 2025-04-09
"""
ASKED = "来文:\n  标题: 关于报送春季森林防火工作情况的通知\n  文号: 县政办〔2025〕3号\n"


def _draft(tmp_path: Path, kind: str, asked: str) -> str:
    facts = tmp_path / "报告.yaml"
    facts.write_text(REPORT.format(kind=kind, asked=asked), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "报告.docx")])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("kind", ["", "类别: 工作报告\n", "类别: 情况报告\n"])
def test_a_letter_of_inquiry_in_a_report_of_another_kind_is_told(tmp_path: Path, kind: str) -> None:
    # The 来文 was left out of the draft without a word.
    output = _draft(tmp_path, kind, ASKED)
    assert "来文: " in output and "不引述来文" in output and "类别: 答复报告" in output


def test_an_answer_without_the_letter_it_answers_is_told(tmp_path: Path) -> None:
    output = _draft(tmp_path, "类别: 答复报告\n", "")
    assert "答复报告没有写“来文”" in output


def test_an_answer_with_its_letter_is_not_told(tmp_path: Path) -> None:
    assert "提醒" not in _draft(tmp_path, "类别: 答复报告\n", ASKED)
