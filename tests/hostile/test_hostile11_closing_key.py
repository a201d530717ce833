"""Hostile inputs, round 11: README's 结尾: 无 written in a notice is pointed to 特此通知.

README says a mined template's closing is left out with 结尾: 无. A mined (or built-in) notice closes with
特此通知, a 是/否 item: a clerk writing 结尾: 无 there was told 结尾: 不认识这个键（可用的键：发文机关、类别、事由……）,
twelve names and none of them said to be the closing.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n结尾: 无\n"
)


def test_a_closing_key_in_a_notice_is_pointed_to_its_closing(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "通知.yaml:9:1: 结尾: 不认识这个键（通知的结尾是“特此通知。”" in result.stderr, result.stderr
    assert "不要时写“特此通知: 否”" in result.stderr


def test_a_closing_key_in_a_speech_is_pointed_to_its_closing(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "samples" / "讲话稿.yaml"
    facts = tmp_path / "讲话.yaml"
    facts.write_text(sample.read_text(encoding="utf-8") + "\n结尾: 无\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1, result.output
    assert "结尾: 不认识这个键（是否想写“结束语”？）" in result.stderr, result.stderr
