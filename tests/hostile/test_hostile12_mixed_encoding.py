"""Hostile inputs, round 12: a text file in one encoding up to a line and in another after it.

Two past documents joined into one file (one saved as UTF-8, one as GBK), or a GBK part pasted into a UTF-8 file:
the reader said 无法识别文件编码（……从这里起无法解码） at the place GB18030 gave up, which for a UTF-8 file first is
its second line, whole to the clerk's eye, not the line where the encoding changes.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

FIRST = "关于做好防汛工作的通知\n\n各中小学：\n各校要做好防汛工作，落实值班制度。\n\n青禾县教育局\n2025年6月2日\n"
SECOND = "关于做好防火工作的通知\n\n各中小学：\n各校要做好防火工作，排查消防隐患。\n\n青禾县教育局\n2025年6月3日\n"


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [("utf-8", "gbk", "8:1: 文件前面是 UTF-8 编码"), ("gbk", "utf-8", "8:1: 文件前面是 GBK 编码")],
)
def test_the_line_where_the_encoding_changes_is_said(tmp_path: Path, first: str, second: str, said: str) -> None:
    page = tmp_path / "两篇.txt"
    page.write_bytes(FIRST.encode(first) + SECOND.encode(second))
    result = CliRunner().invoke(main, ["parse", str(page)])
    assert result.exit_code == 1, result.output
    assert f"两篇.txt:{said}，从这里起换成了别的编码" in result.stderr, result.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_file_in_one_encoding_reads_as_before(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "一篇.txt"
    page.write_bytes((FIRST + SECOND).encode(encoding))
    result = CliRunner().invoke(main, ["parse", str(page)])
    assert result.exit_code == 0 and "关于做好防火工作的通知" in result.stdout, result.output
