"""An attachment titled as a sentence quotes it (《防汛值班表》) or as its file is named (校舍检查表.xlsx).

The 附件说明 read 附件：《防汛值班表》 and 附件：校舍检查表.xlsx, and the attachment's page the same, exit 0 and no
word; GB/T 9704 §7.3.4 writes the name bare. Both are taken off now, with a 提醒 at the title's line; 书名号 inside
a title (《青禾县防汛预案》解读) are the clerk's.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FACTS = (
    "文种: 通知\n发文机关: 青禾县教育局\n类别: 布置\n事由: 做好防汛工作\n主送机关: 各中小学\n"
    "正文:\n- 各校要做好防汛值班。\n成文日期: 2025-06-02\n附件:\n- 标题: {title}\n  内容:\n  - 值班表另发。\n"
)


def _draft(tmp_path: Path, title: str):
    facts = tmp_path / "通知.yaml"
    facts.write_text(FACTS.format(title=title), encoding="utf-8")
    return CliRunner().invoke(main, ["draft", str(facts), "-o", "-", "-f", "txt"])


@pytest.mark.parametrize("title", ["《防汛值班表》", "防汛值班表.docx", "《防汛值班表》.XLSX", "防汛值班表.pdf "])
def test_marks_round_an_attachment_title_are_taken_off(tmp_path: Path, title: str) -> None:
    result = _draft(tmp_path, title)
    assert result.exit_code == 0, result.output
    assert "附件：防汛值班表\n" in result.stdout and "\n防汛值班表\n" in result.stdout, result.stdout
    assert "通知.yaml:10:7: 附件第1项的标题:" in result.stderr and "已按“防汛值班表”起草" in result.stderr


@pytest.mark.parametrize("title", ["《青禾县防汛预案》解读", "《预案》与《细则》", "防汛值班表"])
def test_a_title_with_marks_of_its_own_is_kept(tmp_path: Path, title: str) -> None:
    result = _draft(tmp_path, title)
    assert result.exit_code == 0, result.output
    assert f"附件：{title}\n" in result.stdout and "附件第1项的标题" not in result.stderr
