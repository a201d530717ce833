"""Broken or hostile Word files are skipped with a reason; they never stop a parse or mine run."""

from __future__ import annotations

import io
import struct
import time
import zipfile
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.mining import reader
from drafter.mining.parse import parse_paths
from drafter.mining.reader import read_docx_lines

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
GOOD_TEXT = "关于做好安全工作的通知\n\n各学校：\n\n一、提高认识\n各校要高度重视。\n\n特此通知。\n"


def _docx(body: str, numbering: str = "", *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        if numbering:
            archive.writestr("word/numbering.xml", f"<w:numbering {W}>{numbering}</w:numbering>")
    return buffer.getvalue()


def _numbered(start: str, ilvl: str, fmt: str = "upperRoman") -> bytes:
    numbering = (
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
    )
    body = f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>条目</w:t></w:r></w:p>'
    return _docx(body, numbering)


@pytest.mark.parametrize(("start", "ilvl"), [("abc", "0"), ("1", "x"), ("-5", "99"), ("1000000000000", "0")])
def test_numbering_values_that_are_not_sane_numbers_are_clamped(start: str, ilvl: str) -> None:
    lines = read_docx_lines(_numbered(start, ilvl), "x.docx")
    assert len(lines) == 1
    assert len(lines[0].text) < 100


def _patch_member(data: bytes, *, flag: int | None = None, method: int | None = None) -> bytes:
    """Rewrite the first member's flag bits or compression method in both zip headers."""
    patched = bytearray(data)
    local = patched.find(b"PK\x03\x04")
    central = patched.find(b"PK\x01\x02")
    if flag is not None:
        struct.pack_into("<H", patched, local + 6, flag)
        struct.pack_into("<H", patched, central + 8, flag)
    if method is not None:
        struct.pack_into("<H", patched, local + 8, method)
        struct.pack_into("<H", patched, central + 10, method)
    return bytes(patched)


def _corrupt_deflate(data: bytes) -> bytes:
    patched = bytearray(data)
    start = patched.find(b"PK\x03\x04") + 30 + len("word/document.xml")
    for offset in range(start, start + 20):
        patched[offset] ^= 0xFF
    return bytes(patched)


HOSTILE = {
    "encrypted": lambda: _patch_member(_docx("<w:p/>"), flag=0x1),
    "unknown-compression": lambda: _patch_member(_docx("<w:p/>"), method=99),
    "corrupt-deflate": lambda: _corrupt_deflate(_docx("<w:p><w:r><w:t>" + "正文" * 200 + "</w:t></w:r></w:p>")),
    "not-a-zip": lambda: b"PK\x03\x04 broken",
    "bad-xml": lambda: _docx("<w:p>"),
    "no-document": lambda: _docx("").replace(b"word/document.xml", b"word/other000.xml"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_broken_docx_is_an_input_error(kind: str) -> None:
    with pytest.raises(InputError, match=r"x\.docx"):
        read_docx_lines(HOSTILE[kind](), "x.docx")


def test_a_part_that_inflates_too_far_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "_MAX_PART_BYTES", 10_000)
    data = _docx("<w:p><w:r><w:t>" + "a" * 50_000 + "</w:t></w:r></w:p>")
    with pytest.raises(InputError, match="太大"):
        read_docx_lines(data, "x.docx")


def test_a_parse_run_goes_on_past_every_broken_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for kind, build in HOSTILE.items():
        (tmp_path / f"{kind}.docx").write_bytes(build())
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "huge-roman.docx").write_bytes(_numbered("1000000000000", "0"))

    def explode(*args: object, **kwargs: object) -> None:
        raise ValueError("a bug")

    (tmp_path / "bug.html").write_text("<p>正文</p>", encoding="utf-8")
    original = reader.html_lines
    monkeypatch.setattr(reader, "html_lines", lambda text: explode() if "正文" in text else original(text))
    parsed, skipped = parse_paths([tmp_path])
    assert {Path(f.path).name for f in parsed} == {"good.txt", "huge-roman.docx"}
    assert {Path(s.path).name for s in skipped} == {f"{kind}.docx" for kind in HOSTILE} | {"bug.html"}
    assert all(s.reason for s in skipped)


def test_a_device_or_pipe_is_not_read(tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    parsed, skipped = parse_paths([pipe, Path("/dev/zero")])
    assert parsed == [] and len(skipped) == 2
    assert all("不是普通文件" in s.reason or "不支持" in s.reason for s in skipped)


def test_a_wide_text_without_its_mark_is_named_in_plain_chinese() -> None:
    # “UTF-16（小端）编码，但……”, not “UTF-16（小端） 编码但……” (a stray space after the bracket).
    from drafter.textio import decode_text

    with pytest.raises(InputError) as caught:
        decode_text("关于召开会议的通知\n各部门：\n".encode("utf-16-le"), "旧文件.txt")
    assert str(caught.value).startswith("旧文件.txt: 文件像是 UTF-16（小端）编码，但开头没有 BOM 标记")


def test_nested_and_stray_container_tags_take_time_in_proportion_to_the_page() -> None:
    # Thousands of unclosed <div>s then end tags of an element never opened (or of the outermost one): the
    # reader follows chrome elements through the nesting, and must not search the whole stack at every tag.
    from drafter.mining.reader import html_lines

    def page(n: int) -> str:
        return "<div><ul>" * n + "正文" + "</section>" * n + "</div>" * n

    def cost(n: int) -> float:
        best = float("inf")
        for _ in range(2):
            began = time.process_time()
            lines = html_lines(page(n))
            best = min(best, time.process_time() - began)
        assert [line.text for line in lines] == ["正文"]
        return best

    assert cost(20_000) < 30 * cost(2_000) + 0.05  # ten times the tags: about ten times the time, not a hundred
