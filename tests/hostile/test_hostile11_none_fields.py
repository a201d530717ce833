"""Hostile inputs, round 11: 无 where an optional field's value cannot be a word (a date, a 密级, an attachment)
means none.

README has 无 leave a list of names or a line out (抄送: 无, 附注: 无). Written for a 密级, a 紧急程度, a 份号, an
印发日期 or 附件, it was refused (密级应当是 绝密、机密 或 秘密……, 附件应当写成一组“键: 值”……), and a sheet whose
密级 and 紧急程度 columns a clerk filled with 无 (or /) for the ordinary rows failed every such row.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛工作。\n成文日期: 2025-06-02\n"
)


@pytest.mark.parametrize(
    "said", ["密级: 无", "紧急程度: 无", "份号: 无", "印发日期: 无", "附件: 无", "附件: /", "发文字号: “无”"]
)
def test_none_in_a_field_that_is_no_word_leaves_it_out(tmp_path: Path, said: str) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + said + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "无" not in result.stdout and "附件" not in result.stdout
    assert result.stdout.rstrip().endswith("2025年6月2日")


def test_none_in_a_required_date_is_still_refused(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.replace("成文日期: 2025-06-02", "成文日期: 无"), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1
    assert "通知.yaml:8:7: 成文日期: 无法识别的日期" in result.stderr, result.stderr


def test_a_sheet_with_none_in_its_marks_columns_drafts_every_row(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text(
        "文种,发文机关,类别,事由,主送机关,正文,成文日期,密级,紧急程度\n"
        "通知,青禾县教育局,布置,做好防汛工作,各中小学,各校要做好防汛工作。,2025-06-02,无,无\n"
        "通知,青禾县教育局,布置,做好防火工作,各中小学,各校要做好防火工作。,2025-06-02,秘密,加急\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(sheet), "-o", str(out), "-f", "txt", "-j", "1"])
    assert result.exit_code == 0, result.output
    first, second = (out / "名单-2.txt").read_text("utf-8"), (out / "名单-3.txt").read_text("utf-8")
    assert "无" not in first and first.startswith("关于做好防汛工作的通知")
    assert second.startswith("秘密\n加急\n")
