"""A .docx whose text is a part imported whole (``w:altChunk``) is read, not called a scan.

Some OA systems write their "Word" exports as an empty body that imports a web page (or a single-file web
page, or plain text): Word shows the notice, but parse and mine read only the body's paragraphs and said
文件里没有文字（可能是扫描件，字在图片里）, telling the clerk to run OCR on a file that holds its text.
"""

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import main
from drafter.mining.reader import read_source

TITLE = "梧川镇人民政府关于做好冬季森林防火工作的通知"
LINES = [
    TITLE,
    "各村（社区）：",
    "为做好今冬明春森林防火工作，现将有关事项通知如下：",
    "一、落实巡山责任",
    "各村要落实护林员巡山责任。",
    "二、严格火源管理",
    "进山路口要设卡登记。",
    "特此通知。",
    "梧川镇人民政府",
    "2025年12月1日",
]
PAGE = (
    "<html><head><meta charset='utf-8'></head><body>" + "".join(f"<p>{line}</p>" for line in LINES) + "</body></html>"
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _docx(chunks: list[tuple[str, bytes]], *, paragraphs: tuple[str, ...] = (), refs: list[str] | None = None) -> bytes:
    """A package whose body holds ``paragraphs`` then one altChunk per entry of ``refs`` (default: each chunk)."""
    refs = refs if refs is not None else [f"chunk{n}" for n in range(len(chunks))]
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    body += "".join(f'<w:altChunk r:id="{rid}"/>' for rid in refs)
    rels = "".join(
        f'<Relationship Id="chunk{n}" Type="{R}/aFChunk" Target="{name}"/>' for n, (name, _) in enumerate(chunks)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}<w:sectPr/></w:body></w:document>',
        )
        package.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        for name, data in chunks:
            package.writestr(f"word/{name}", data)
    return out.getvalue()


def _single_file_page() -> bytes:
    import base64

    body = base64.encodebytes(PAGE.encode("utf-8")).decode("ascii")
    return (
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n'
        'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
        f"{body}\n--b--\n"
    ).encode("ascii")


@pytest.mark.parametrize(
    "chunk",
    [
        ("afchunk.htm", PAGE.encode("utf-8")),
        ("afchunk.htm", PAGE.encode("gb18030").replace(b"charset='utf-8'", b"charset='gb2312'")),
        ("afchunk.mht", _single_file_page()),
        ("afchunk.txt", "\n".join(LINES).encode("utf-8")),
        ("afchunk.docx", _docx([], paragraphs=tuple(LINES))),
    ],
    ids=["html", "html-gbk", "mht", "text", "docx"],
)
def test_an_export_of_one_imported_part_is_read(tmp_path: Path, chunk: tuple[str, bytes]) -> None:
    folder = tmp_path / "档案"
    folder.mkdir()
    (folder / "导出.docx").write_bytes(_docx([chunk]))
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 0, result.output
    assert "扫描件" not in result.output and "跳过" not in result.output
    assert f"[通知] {TITLE}" in result.output
    assert "一、落实巡山责任" in result.output


def test_the_bodys_own_paragraphs_come_first(tmp_path: Path) -> None:
    path = tmp_path / "导出.docx"
    path.write_bytes(_docx([("afchunk.htm", PAGE.encode("utf-8"))], paragraphs=("附件1",)))
    lines = [line.text for line in read_source(path).lines if line.text.strip()]
    assert lines[0] == "附件1" and lines[1:] == LINES
    assert [line.number for line in read_source(path).lines][:3] == [1, 2, 3]


def test_a_part_named_many_times_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "导出.docx"
    path.write_bytes(_docx([("afchunk.htm", PAGE.encode("utf-8"))], refs=["chunk0"] * 2000))
    lines = [line.text for line in read_source(path).lines if line.text.strip()]
    assert lines == LINES


def test_an_imported_docx_does_not_import_again(tmp_path: Path) -> None:
    # A .docx imported whole that imports a page of its own is read for its paragraphs only: no nesting.
    inner = _docx([("deeper.htm", PAGE.encode("utf-8"))], paragraphs=("内层正文",))
    path = tmp_path / "导出.docx"
    path.write_bytes(_docx([("afchunk.docx", inner)]))
    lines = [line.text for line in read_source(path).lines if line.text.strip()]
    assert lines == ["内层正文"]


def test_an_unreadable_imported_part_leaves_the_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "导出.docx"
    path.write_bytes(_docx([("afchunk.bin", b"\x00\x01\x02\xff" * 64)], paragraphs=tuple(LINES)))
    lines = [line.text for line in read_source(path).lines if line.text.strip()]
    assert lines == LINES


def test_a_word_file_of_no_text_is_still_said_to_be_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "扫描.docx"
    path.write_bytes(_docx([]))
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 1 and "可能是扫描件" in result.output


def test_the_imported_parts_together_stay_within_one_parts_size() -> None:
    from drafter.docx.read import docx_paragraphs
    from drafter.errors import InputError

    data = _docx([("a.htm", PAGE.encode("utf-8")), ("b.htm", PAGE.encode("utf-8") + b" ")])
    parts: list[bytes] = []
    with pytest.raises(InputError, match="导入的内容（altChunk）太多"):
        list(docx_paragraphs(data, "导出.docx", max_part_bytes=len(PAGE.encode("utf-8")) + 100, imported=parts))
