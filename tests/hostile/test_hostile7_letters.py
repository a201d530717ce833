"""A 去函 with a 来函 written in it: the 来函 is not drafted, and the clerk is told so."""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

LETTER = """文种: 函
发文机关: 梧川镇人民政府
事由: 对县统计局商请提供统计数据
主送机关: 县统计局
来函:
  标题: 关于商请提供统计数据的函
  文号: 县统函〔2025〕4号
正文:
  - 同意按来函所列口径提供上年度统计数据。
成文日期: 2025-10-09
"""


def test_a_letter_answering_one_without_its_kind_is_told(tmp_path: Path) -> None:
    # 类别 defaults to 去函: the 来函 was left out of the draft without a word.
    facts = tmp_path / "函.yaml"
    facts.write_text(LETTER, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "函.docx")])
    assert result.exit_code == 0, result.output
    assert "来函: 去函不引述来函" in result.output and "类别: 复函" in result.output


def test_a_reply_with_its_letter_is_not_told(tmp_path: Path) -> None:
    facts = tmp_path / "函.yaml"
    facts.write_text(LETTER.replace("文种: 函\n", "文种: 函\n类别: 复函\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(tmp_path / "函.docx")])
    assert result.exit_code == 0, result.output
    assert "提醒" not in result.output
