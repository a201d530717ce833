"""Hostile inputs, round 13: a name written twice in one list.

A 抄送 pasted together from two old notices printed 抄送：县委办公室，县委办公室。, and 发文机关: [青禾县教育局,
青禾县教育局] signed the document twice, with no word. An office named again is printed once and said; a person
named again (two 王明 may sit in one meeting) is said only.
"""

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main
from tests.conftest import SAMPLES

NOTICE = """文种: 通知
类别: 布置
事由: 做好防汛工作
主送机关: 各中小学
正文:
- 各校要做好防汛工作。
成文日期: 2025-06-02
印章: 是
发文机关: [青禾县教育局, 青禾县教育局]
抄送: 县委办公室 县政府办公室 县委办公室
印发机关: 青禾县教育局办公室
"""


def test_an_office_named_twice_is_printed_once_and_said(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(NOTICE, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "抄送：县委办公室，县政府办公室。" in result.output, result.output
    lines = result.output.splitlines()
    assert lines.count("青禾县教育局") == 1, result.output
    assert "通知.yaml:9:" in result.output and "发文机关: 第2项“青禾县教育局”与第1项重复" in result.output
    assert "抄送: 第3项“县委办公室”与第1项重复" in result.output, result.output


def test_a_person_named_twice_is_said_and_kept(tmp_path: Path) -> None:
    text = (SAMPLES / "会议纪要.yaml").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("出席:"))
    facts = tmp_path / "纪要.yaml"
    facts.write_text(kept + "\n出席: [王明, 李华, 王明]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "出席: 第3项“王明”与第1项重复" in result.output and "出席：王明、李华、王明" in result.output


def test_the_samples_name_no_one_twice() -> None:
    for sample in sorted(SAMPLES.glob("*.yaml")):
        result = CliRunner().invoke(main, ["draft", str(sample), "-o", "-", "-f", "txt"])
        assert result.exit_code == 0 and "重复" not in result.output, (sample, result.output)
