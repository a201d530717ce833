"""Hostile inputs, round 12: a past document that holds no text is skipped as one, said by its name.

An empty file was skipped as 文件是空的; one holding only a byte-order mark (Notepad saves an empty file so),
spaces or blank lines, a web page without a word, or a Word file whose page is a scan pasted as pictures was read
as no document with no word. A folder of them mined to an empty result with exit 0 (读取 3 个文件，0 篇文档).
"""

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main

NOTICE = "关于做好防汛工作的通知\n\n各中小学：\n各校要做好防汛工作。\n\n青禾县教育局\n2025年6月2日\n"

_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
# A page holding a picture and a paragraph of spaces: a scan pasted into Word.
_SCAN = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/>'
    '<w:p><w:r><w:drawing/></w:r></w:p><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p></w:body></w:document>'
)


def _scan(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", _TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", _SCAN)


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("空.txt", b"\xef\xbb\xbf", "文件是空的"),
        ("空白.txt", "\ufeff\r\n\u3000\u3000\r\n".encode(), "文件是空的"),
        ("空16.txt", b"\xff\xfe", "文件是空的"),
        ("页.html", b"<html><body><p> </p></body></html>", "网页里没有文字"),
    ],
)
def test_a_file_without_text_is_skipped_by_its_name(tmp_path: Path, name: str, data: bytes, said: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "通知.txt").write_text(NOTICE, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"跳过 {tmp_path / name}: {said}" in result.stderr, result.stderr
    assert "关于做好防汛工作的通知" in result.stdout


def test_a_scan_saved_as_a_word_file_is_said_to_hold_no_text(tmp_path: Path) -> None:
    _scan(tmp_path / "扫描件.docx")
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "扫描件.docx")])
    assert result.exit_code == 1, result.output
    assert "扫描件.docx: 文件里没有文字" in result.stderr and "文字识别" in result.stderr, result.stderr


def test_mining_only_files_without_text_fails_and_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"\xef\xbb\xbf")
    _scan(folder / "b.docx")
    result = CliRunner().invoke(main, ["mine", str(folder), "-o", str(tmp_path / "结果")])
    assert result.exit_code == 1, result.output
    assert "没有可以读取的文件" in result.stderr and "文件是空的" in result.stderr, result.stderr
