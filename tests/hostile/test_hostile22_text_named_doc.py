"""A plain text file under a .doc name (Notepad's 另存为 通知.doc, an OA system's plain export) among past documents:
skipped as 不是 Word 文件 with advice to open it in Word and save it as .docx. It is read as the text it is; an empty
one is said to be empty. A real Word 97-2003 file, RTF and text that is not Chinese are as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = "关于做好防汛值守工作的通知\n各乡镇人民政府：\n一、落实值班\n各乡镇要落实二十四小时值班。\n青禾县水利局\n2025年6月2日\n"


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_text_file_named_doc_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "通知.doc").write_bytes(NOTICE.encode(encoding))
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.doc")])
    assert result.exit_code == 0, result.output
    assert "关于做好防汛值守工作的通知" in result.output and "跳过" not in result.output


@pytest.mark.parametrize(
    ("content", "told"),
    [
        (b"", "文件是空的"),
        (b"{\\rtf1\\ansi \\par }", "RTF 文档"),
        (b"plain English text, no Chinese at all\n", "不是 Word 文件"),
    ],
)
def test_other_files_named_doc_are_said_as_before(tmp_path: Path, content: bytes, told: str) -> None:
    (tmp_path / "通知.doc").write_bytes(content)
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "通知.doc")])
    assert result.exit_code != 0
    assert "通知.doc: " in result.output and told in result.output, result.output
