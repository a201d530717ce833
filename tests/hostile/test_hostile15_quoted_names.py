"""A 抄送 (or another list of names) quoted with the Chinese input method's marks is drafted without them.

Round 13 took the quotation marks off a whole 主送机关 or 事由; the lists of names kept theirs: 抄送: “县委办公室，
县政府办公室” (or each name quoted, 抄送: [“县委办公室”, 『县政府办公室』]) printed 抄送：“县委办公室，县政府办公室”。
in the 版记, exit 0 and no word. Now each name is unquoted and a 提醒 names the line and column of the item.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n"
)


def _draft(tmp_path: Path, extra: str):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + extra, encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("抄送: “县委办公室，县政府办公室”\n", "抄送：县委办公室，县政府办公室。"),
        ("抄送: [“县委办公室”, 『县政府办公室』]\n", "抄送：县委办公室，县政府办公室。"),
        ("抄送:\n  - 「县委办公室」\n  - 县政府办公室\n", "抄送：县委办公室，县政府办公室。"),
    ],
)
def test_quoted_names_are_printed_without_the_quotes(tmp_path: Path, written: str, printed: str) -> None:
    result = _draft(tmp_path, written)
    assert result.exit_code == 0, result.output
    assert printed in result.stdout
    assert "整个写在引号" in result.stderr
    assert "通知.yaml:9:" in result.stderr or "通知.yaml:10:5:" in result.stderr


def test_an_item_is_named_by_its_own_column(tmp_path: Path) -> None:
    result = _draft(tmp_path, "抄送: [县委办公室, “县政府办公室”]\n")
    assert result.exit_code == 0, result.output
    assert "通知.yaml:9:13: 抄送:" in result.stderr, result.stderr


def test_quotes_inside_a_name_are_kept(tmp_path: Path) -> None:
    result = _draft(tmp_path, "抄送: [县“三农”工作领导小组办公室]\n")
    assert result.exit_code == 0, result.output
    assert "抄送：县“三农”工作领导小组办公室。" in result.stdout


def test_the_minutes_attendance_is_unquoted(tmp_path: Path) -> None:
    facts = tmp_path / "纪要.yaml"
    facts.write_text(
        "文种: 会议纪要\n单位: 青禾县教育局\n会议名称: 局长办公会议\n会议日期: 2025-06-02\n会议地点: 局三楼会议室\n主持人: 王明\n"
        "议定事项:\n- 做好防汛值班。\n出席: [“王明”, “李华”]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "“王明”" not in result.stdout and "王明、李华" in result.stdout
