"""A genre's name that says its kind (复函, 批评通报, 实施意见) drafts and starts that kind.

These names find their built-in as aliases; the kind they name was dropped, and the field's default
(类别: 去函, 类别: 情况, 文种名: 意见) drafted another kind of document without a word.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

REPLY = """文种: 复函
发文机关: 梧川镇人民政府
事由: 对县统计局商请提供统计数据
主送机关: 县统计局
来函:
  标题: 关于商请提供统计数据的函
  文号: 县统函〔2025〕4号
正文:
  - 同意按来函所列口径提供上年度统计数据。
成文日期: 2025-10-09
"""


def _draft(tmp_path: Path, text: str) -> str:
    facts = tmp_path / "函.yaml"
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_reply_named_so_is_drafted_as_a_reply(tmp_path: Path) -> None:
    # It was a 去函: titled ……的函, closing 特此函告。, and the 来函 written in it left out.
    lines = _draft(tmp_path, REPLY).splitlines()
    assert "关于对县统计局商请提供统计数据的复函" in lines
    assert any("《关于商请提供统计数据的函》（县统函〔2025〕4号）收悉" in line for line in lines)
    assert "　　此复。" in lines and "　　特此函告。" not in lines


def test_a_kind_written_out_is_kept(tmp_path: Path) -> None:
    text = _draft(tmp_path, REPLY.replace("文种: 复函\n", "文种: 复函\n类别: 去函\n"))
    assert "的复函" not in text and "　　特此函告。" in text.splitlines()


@pytest.mark.parametrize(
    ("genre", "line"),
    [("复函", "类别: 复函"), ("批评通报", "类别: 批评"), ("转发通知", "类别: 转发"), ("答复报告", "类别: 答复报告")],
)
def test_a_starter_asked_for_by_its_kind_is_of_that_kind(genre: str, line: str) -> None:
    # drafter new 复函 wrote 类别: 去函, drafter new 批评通报 类别: 表扬 (the fields' examples).
    result = CliRunner().invoke(main, ["new", genre, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert line in result.output.splitlines()


def test_a_starter_of_the_genre_itself_keeps_its_example() -> None:
    result = CliRunner().invoke(main, ["new", "函", "-o", "-"])
    assert "类别: 去函" in result.output.splitlines()


def test_a_sheet_asked_for_by_its_kind_is_of_that_kind(tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "复函.xlsx"
    result = CliRunner().invoke(main, ["new", "复函", "--xlsx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(target)["名单"]
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert row["类别"] == "复函"
