"""Hostile inputs, round 13: a title, a name or a 版记 line ended as a sentence.

A clerk ending the 事由 with a full stop had the title read 关于做好防汛工作。的通知 (no word at all), a 标题 kept its
full stop, 抄送: [县委办公室。, 县政府办公室；] read 抄送：县委办公室。，县政府办公室。 and 附注: 此件公开发布。 read
（此件公开发布。）. Titles and names take no end mark (GB/T 9704 §7.3.1), and the 版记 puts its own: the clerk's is
left out now.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 通知
发文机关: 青禾县教育局
类别: 布置
主送机关: 各中小学
正文:
- 各校要做好防汛工作。
成文日期: 2025-06-02
印发机关: 青禾县教育局办公室
"""


def _lines(tmp_path: Path, extra: str) -> list[str]:
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS + extra, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize(
    "extra", ["事由: 做好防汛工作。\n", "事由: 做好防汛工作；\n", "标题: 关于做好防汛工作的通知。\n"]
)
def test_a_title_ended_as_a_sentence_takes_no_mark(tmp_path: Path, extra: str) -> None:
    assert "关于做好防汛工作的通知" in _lines(tmp_path, extra)


def test_copies_ended_as_sentences_take_the_lines_own_mark(tmp_path: Path) -> None:
    lines = _lines(tmp_path, "事由: 做好防汛工作\n抄送: [县委办公室。, 县政府办公室；]\n")
    assert "抄送：县委办公室，县政府办公室。" in lines


def test_a_note_ended_as_a_sentence_takes_no_mark_inside_its_brackets(tmp_path: Path) -> None:
    assert "　　（此件公开发布）" in _lines(tmp_path, "事由: 做好防汛工作\n附注: 此件公开发布。\n")


@pytest.mark.parametrize("number", ["青教〔2025〕5号。", "青教〔2025〕5号，"])
def test_a_document_number_ended_as_a_sentence_is_read(tmp_path: Path, number: str) -> None:
    lines = _lines(tmp_path, f"事由: 做好防汛工作\n发文机关标志: 青禾县教育局文件\n发文字号: {number}\n")
    assert "青教〔2025〕5号" in lines


def test_a_document_number_without_its_hao_is_still_refused(tmp_path: Path) -> None:
    facts = tmp_path / "通知.yaml"
    facts.write_text(
        FACTS + "事由: 做好防汛工作\n发文机关标志: 青禾县教育局文件\n发文字号: 青教〔2025〕5\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 1 and "发文字号: " in result.output, result.output
