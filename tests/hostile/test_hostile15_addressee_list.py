"""A 主送机关 written as a list (as 抄送 is), or naming an office twice.

主送机关:\\n- 各中小学\\n- 县直各单位 was refused (应当是一段文字，这里写成了列表) though the offices were plain: they are
named apart with a comma now, as offices written with spaces between them are. An office named twice (a list pasted
from two old notices) addressed the draft to 各中小学，县直各单位，各中小学：, exit 0 and no word: it is printed
once now, with a 提醒 at the line.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n正文:\n- 各校要做好防汛值班。\n"
    "成文日期: 2025-06-02\n主送机关: {addressees}\n"
)


def _draft(tmp_path: Path, addressees: str):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(addressees=addressees), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize("written", ["\n- 各中小学\n- 县直各单位", "[各中小学, 县直各单位]"])
def test_a_list_of_addressees_is_drafted(tmp_path: Path, written: str) -> None:
    result = _draft(tmp_path, written)
    assert result.exit_code == 0, result.output
    assert "\n各中小学，县直各单位：\n" in result.stdout


@pytest.mark.parametrize(
    "written", ["[各中小学, 县直各单位, 各中小学]", "各中小学，县直各单位，各中小学", "各中小学、县直各单位、各中小学"]
)
def test_an_addressee_named_twice_is_printed_once(tmp_path: Path, written: str) -> None:
    result = _draft(tmp_path, written)
    assert result.exit_code == 0, result.output
    assert "\n各中小学" in result.stdout and result.stdout.count("各中小学") == 1, result.stdout
    assert "通知.yaml:8:" in result.stderr and "第3个机关“各中小学”与第1个重复" in result.stderr


def test_a_list_holding_a_list_is_still_refused(tmp_path: Path) -> None:
    result = _draft(tmp_path, "[各中小学, [县直各单位]]")
    assert result.exit_code == 1
    assert "通知.yaml:8:" in result.output and "主送机关" in result.output
