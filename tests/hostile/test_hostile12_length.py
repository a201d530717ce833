"""Hostile inputs, round 12: a 会期 written as a number alone draws a 提醒.

Excel keeps a 会期 cell typed 1 as a number, and a clerk writes 会期: 2 in YAML: the notice read
……上午9:00，会期1。 with no word. Days or hours is not guessed; the notice is drafted as written, with a 提醒.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "会议通知.yaml"


def _draft(tmp_path: Path, length: str):
    text = SAMPLE.read_text(encoding="utf-8")
    assert "\n会期: 半天\n" in text
    facts = tmp_path / "会议通知.yaml"
    facts.write_text(text.replace("\n会期: 半天\n", f"\n会期: {length}\n"), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(("length", "printed"), [("2", "2"), ("1.5", "1.5"), ('"1"', "1"), ("1。", "1")])
def test_a_length_without_its_unit_draws_a_word(tmp_path: Path, length: str, printed: str) -> None:
    result = _draft(tmp_path, length)
    assert result.exit_code == 0, result.output
    assert f"会议通知.yaml:11:5: 会期: 会期只写了数字“{printed}”" in result.stderr, result.stderr
    assert f"会期{printed}。" in result.stdout


@pytest.mark.parametrize("length", ["半天", "1天", "2天半", "3小时", "一天"])
def test_a_length_with_its_unit_is_not_said(tmp_path: Path, length: str) -> None:
    result = _draft(tmp_path, length)
    assert result.exit_code == 0, result.output
    assert "会期:" not in result.stderr, result.stderr


def test_a_sheet_cell_excel_keeps_as_a_number_draws_a_word(tmp_path: Path) -> None:
    sheet = tmp_path / "会议.csv"
    sheet.write_text(
        "文种,发文机关,会议名称,主送机关,会议时间,会期,会议地点,参会人员,成文日期\n"
        "会议通知,青禾县教育局,全县教育工作会议,各中小学,2025-02-20 上午9:00,1,县教育局三楼会议室,各校校长,2025-02-14\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(tmp_path / "out"), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "F列: 会期: 会期只写了数字“1”" in result.output, result.output
