"""A content field's paragraphs keep the numbers the clerk typed (ux17 walk: 一、本次下达资金共计……。 lost its 一、,
and the 提醒 said drafter would number it, which it never does for paragraphs); items joined as 一是……；二是……
take the join's numbers in place of the typed ones."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import main


def _draft(tmp_path: Path, genre: str, field: str, items: list[str]) -> str:
    starter = tmp_path / "事实.yaml"
    made = CliRunner().invoke(main, ["new", genre, "-o", str(starter)])
    assert made.exit_code == 0, made.output
    block = f"{field}:\n" + "".join(f"- {item}\n" for item in items)
    text = re.sub(rf"^{field}:\n(?:[- ] .*\n)+", block, starter.read_text(encoding="utf-8"), flags=re.M)
    assert block in text
    starter.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(starter), "-f", "txt", "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.output


def test_numbered_paragraphs_of_a_notice_keep_their_numbers(tmp_path: Path) -> None:
    text = _draft(
        tmp_path, "通知", "正文", ["一、本次下达资金共计1200万元，主要用于农村道路建设。", "二、各乡镇要专款专用。"]
    )
    assert "一、本次下达资金共计1200万元" in text and "二、各乡镇要专款专用。" in text
    assert "手写的序号" not in text


def test_problems_joined_take_the_joins_numbers(tmp_path: Path) -> None:
    text = _draft(tmp_path, "工作总结", "存在问题", ["1.教研活动不够深入", "2.信息化水平不高"])
    assert "一是教研活动不够深入；二是信息化水平不高。" in text
