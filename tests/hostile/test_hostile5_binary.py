"""A short or cut binary file with no zero byte in it is still said to be binary, not read as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.errors import InputError
from drafter.textio import decode_text


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"PK\x03\x04", "这是一个不完整或已损坏的压缩包（Word、Excel 文件也是这种格式），只是扩展名是“.html”"),
        (b"PK\x03\x04\x14\x00word/document.xml", "这是一个 Word 文件（.docx），只是扩展名是“.html”"),
        (b"PK\x05\x06" + bytes(18), "这是一个空的压缩包，只是扩展名是“.html”"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "这是一个 PDF 文件，只是扩展名是“.html”"),
        (b"\x1f\x8b\x08\x08\xaa\xbb", "含有二进制内容"),
    ],
)
def test_a_binary_start_without_a_zero_byte_is_not_text(data: bytes, said: str) -> None:
    with pytest.raises(InputError) as info:
        decode_text(data, "通知.html")  # each was read as one line of text (control characters and all)
    assert str(info.value).startswith(f"通知.html: 不是文本文件（{said}"), str(info.value)


@pytest.mark.parametrize("text", ["PK赛结果通报\n", "%PDF 文件的说明\n", "PK\n"])
def test_text_that_starts_with_the_same_letters_is_still_text(text: str) -> None:
    assert decode_text(text.encode("utf-8"), "说明.txt")[0] == text


def test_parse_skips_a_cut_package_named_html_and_reads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "坏.html").write_bytes(b"PK\x03\x04")
    notice = (
        "青禾县文旅局\n关于开展档案整理的通知\n各中小学：\n请于本月底前完成档案整理。\n青禾县文旅局\n2025年4月8日\n"
    )
    (folder / "1.txt").write_text(notice, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["parse", "材料"])
    assert result.exit_code == 0, result.output
    assert "坏.html: 不是文本文件（这是一个不完整或已损坏的压缩包" in result.output
    assert "1.txt" in result.output


def test_a_zero_byte_in_a_text_file_is_said_where_it_is() -> None:
    data = "文种: 通知\n事由: 整理档案\n附注: 甲\x00乙\n".encode()
    with pytest.raises(InputError) as info:
        decode_text(data, "通知.yaml")
    # it was '不是文本文件（含有二进制内容）' for a file of text with one bad byte
    assert str(info.value).startswith("通知.yaml:3:6: 这里有一个空字符（\\x00），文件其余部分是文字"), str(info.value)
    gbk = "文种: 通知\n事由: 整理档案\n附注: 甲\x00乙\x00\n".encode("gbk")
    with pytest.raises(InputError, match="全文共 2 处"):
        decode_text(gbk, "通知.yaml")


def test_a_word_part_declaring_an_unknown_encoding_is_a_damaged_file(tmp_path: Path) -> None:
    import io
    import zipfile

    from conftest import SAMPLES, draft_bytes

    from drafter.docx.reference import load_reference

    source = zipfile.ZipFile(io.BytesIO(draft_bytes(SAMPLES / "通知.yaml")))
    path = tmp_path / "红头.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = data.replace(b'encoding="UTF-8"', b'encoding="UqF-8"', 1)
            archive.writestr(name, data)
    with pytest.raises(InputError) as caught:  # LookupError: unknown encoding came out of the reader
        load_reference(path)
    assert "红头.docx" in str(caught.value)
