"""Hostile inputs, round 12: a starter's 〔请填写：……〕 filled in rather than replaced is refused on its line.

A clerk double-clicks the words inside the brackets and types over them, keeping the brackets (事由:
〔做好汛期值班工作〕), deletes the brackets alone (请填写：做好汛期值班工作), or types before the starter's instruction
(做好汛期值班工作；不要时删去这一项). Each was drafted as it stood: 关于〔做好汛期值班工作〕的通知.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

_FACTS = (
    "文种: 通知\n发文机关: 某县水利局\n主送机关: 各乡镇水利站\n事由: {matter}\n正文:\n- {body}\n成文日期: 2025-06-20\n"
)


def _draft(tmp_path: Path, matter: str, body: str = "汛期实行二十四小时值班。") -> tuple[int, str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(_FACTS.format(matter=matter, body=body), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "matter",
    [
        "〔做好汛期值班工作〕",
        "请填写：做好汛期值班工作",
        "做好汛期值班工作；不要时删去这一项",
        "〔做好汛期值班工作；不要时删去这一项〕",
    ],
)
def test_a_placeholder_filled_in_is_said_on_its_line(tmp_path: Path, matter: str) -> None:
    code, output = _draft(tmp_path, matter)
    assert code == 1 and "通知.yaml:4:5: 事由: 起草模板的标记没有删干净" in output, output
    assert "的通知" not in output


def test_a_paragraph_filled_in_is_said_on_its_line(tmp_path: Path) -> None:
    code, output = _draft(tmp_path, "做好汛期值班工作", body="〔汛期实行二十四小时值班，各站要安排专人值守。〕")
    assert code == 1 and "通知.yaml:6:3: 正文第1项: 起草模板的标记没有删干净" in output, output


@pytest.mark.parametrize("matter", ["落实青政〔2025〕3号文件", "〔2025〕", "请各站填写回执"])
def test_brackets_of_a_number_and_the_words_in_a_sentence_still_draft(tmp_path: Path, matter: str) -> None:
    code, output = _draft(tmp_path, matter)
    assert code == 0 and f"关于{matter}的通知" in output, output
