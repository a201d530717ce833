"""Hostile inputs, round 13: a name or title quoted with the Chinese input method's quotation marks.

The error messages ask for a value to be quoted (请给整个值加引号，如 事由: "……"); a clerk typing with the Chinese
input method types “……”, which YAML keeps as text: the notice was titled 关于“做好防汛工作”的通知 and addressed
“各中小学”：, with no word. Quotation marks round the whole of a name or title are left out now, and said; quotes
inside one (开展“书香校园”活动) are the clerk's. (A 抄送 quoted so is printed as written, as round 11 keeps it.)
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = """文种: 通知
发文机关: 青禾县教育局
类别: 布置
事由: {matter}
主送机关: {addressee}
正文:
- 各校要做好防汛工作。
成文日期: 2025-06-02
"""


def _text(tmp_path: Path, matter: str, addressee: str = "各中小学", issuer: str = "") -> str:
    facts = tmp_path / "通知.yaml"
    text = FACTS.format(matter=matter, addressee=addressee)
    if issuer:
        text = text.replace("发文机关: 青禾县教育局\n", f"发文机关: [{issuer}, 青禾县财政局]\n印章: 是\n")
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("quoted", ["“做好防汛工作”", "‘做好防汛工作’", "「做好防汛工作」", '“做好防汛工作"'])
def test_a_title_quoted_whole_is_drafted_without_the_quotes(tmp_path: Path, quoted: str) -> None:
    text = _text(tmp_path, quoted)
    assert "关于做好防汛工作的通知" in text.splitlines(), text
    assert "通知.yaml:4:5: 事由: " in text and "英文引号" in text, text


def test_an_addressee_and_an_issuer_quoted_whole_are_printed_without_the_quotes(tmp_path: Path) -> None:
    text = _text(tmp_path, "做好防汛工作", addressee="“各中小学”", issuer="“青禾县教育局”")
    lines = text.splitlines()
    assert "各中小学：" in lines and "青禾县教育局" in lines and "青禾县财政局" in lines, text
    assert "主送机关: " in text and "发文机关: " in text, text


@pytest.mark.parametrize(
    ("matter", "title"),
    [
        ("开展“书香校园”活动", "关于开展“书香校园”活动的通知"),
        ("“书香校园”和“平安校园”建设", "关于“书香校园”和“平安校园”建设的通知"),
    ],
)
def test_quotes_inside_a_title_are_kept(tmp_path: Path, matter: str, title: str) -> None:
    text = _text(tmp_path, matter)
    assert title in text.splitlines() and "提醒" not in text, text
