"""Hostile inputs, round 12: a 函 told 结语: 无 has no closing.

A letter's 结语 is free text (a 商洽函 closes as the matter asks), and README teaches 无 for what is not wanted.
A clerk who wanted no closing wrote 结语: 无 (or “无”, （无）, / in a sheet row): the 函 ended on a paragraph 无,
with no word. A 批复 read the bare 无 but printed “无” and （无） as its closing.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

LETTER = """文种: 函
发文机关: 青禾县教育局
类别: {kind}
事由: 商请支持研学实践活动
主送机关: 青禾县文化和旅游局
来函:
  标题: 关于商请支持研学实践活动的函
正文:
  - 恳请贵局协调有关场馆为参观学生免费开放。
成文日期: 2025-03-18
{closing}
"""

REPLY = """文种: 批复
发文机关: 梧川镇人民政府
事由: 同意石门村硬化村道
主送机关: 石门村村民委员会
来文:
  标题: 关于硬化村道的请示
批复意见:
  - 同意你村硬化一组至三组村道。
成文日期: 2026-03-02
{closing}
"""


def _draft(tmp_path: Path, text: str) -> str:
    facts = tmp_path / "函.yaml"
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("said", ["结语: 无", "结语: “无”", "结语: （无）", "结语: /", "结语: 不要。"])
@pytest.mark.parametrize("kind", ["去函", "复函"])
def test_a_letter_told_no_closing_has_none(tmp_path: Path, said: str, kind: str) -> None:
    text = _draft(tmp_path, LETTER.format(kind=kind, closing=said))
    body = text.split("青禾县教育局\n2025年3月18日")[0]
    assert body.rstrip().endswith("免费开放。"), text


@pytest.mark.parametrize("said", ["结语: “无”", "结语: （无）", "结语: /"])
def test_a_reply_told_no_closing_in_quotes_has_none(tmp_path: Path, said: str) -> None:
    text = _draft(tmp_path, REPLY.format(closing=said))
    assert "无" not in text and "/" not in text and "此复" not in text, text


@pytest.mark.parametrize(
    ("kind", "said", "closing"),
    [("去函", "", "特此函告。"), ("复函", "", "此复。"), ("去函", "结语: 请予支持为盼。", "请予支持为盼。")],
)
def test_a_letters_own_or_default_closing_is_printed(tmp_path: Path, kind: str, said: str, closing: str) -> None:
    text = _draft(tmp_path, LETTER.format(kind=kind, closing=said))
    assert f"\u3000\u3000{closing}\n青禾县教育局" in text, text
