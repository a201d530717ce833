"""The shared OOXML reading: packages, relationships, content types, numbering, paragraphs."""

from __future__ import annotations

import io
import zipfile

import pytest

from drafter.docx.read import docx_paragraphs, format_number, open_docx
from drafter.errors import InputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"


def package(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def minimal(body: str, *, main: str = "word/document.xml", extra: dict[str, str] | None = None) -> bytes:
    return package(
        {
            "[Content_Types].xml": f'<Types xmlns="{PKG}/content-types"><Default Extension="xml" '
            'ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
            f'<Override PartName="/{main}" ContentType="main+xml"/></Types>',
            "_rels/.rels": f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="r1" '
            f'Type="{R}/officeDocument" Target="/{main}"/></Relationships>',
            main: f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
            **(extra or {}),
        }
    )


def test_the_main_part_is_found_through_the_package_relationships() -> None:
    data = minimal("<w:p><w:r><w:t>正文</w:t></w:r></w:p>", main="word/main.xml")
    assert [p.text for p in docx_paragraphs(data, "x.docx")] == ["正文"]
    opened = open_docx(data, "x.docx")
    assert opened.main_part == "word/main.xml"
    assert opened.content_types["word/main.xml"] == "main+xml"


def test_relationship_targets_resolve_to_part_names() -> None:
    rels = (
        f'<Relationships xmlns="{PKG}/relationships">'
        f'<Relationship Id="a" Type="{R}/image" Target="../media/logo.png"/>'
        f'<Relationship Id="b" Type="{R}/hyperlink" Target="https://example.org/" TargetMode="External"/>'
        "</Relationships>"
    )
    data = minimal("", extra={"word/_rels/header1.xml.rels": rels, "media/logo.png": "png"})
    found = open_docx(data, "x.docx").rels("word/header1.xml")
    assert [(r.kind, r.target, r.external) for r in found] == [
        ("image", "media/logo.png", False),
        ("hyperlink", "https://example.org/", True),
    ]
    assert open_docx(data, "x.docx").content_types["media/logo.png"] == "image/png"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "旧版 Word"),
        (b"PK\x03\x04 broken", "不是有效的 .docx"),
        (package({"hello.txt": "x"}), "不是有效的 .docx"),
    ],
)
def test_files_that_are_not_docx_are_named_in_chinese(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        list(docx_paragraphs(data, "x.docx"))


def test_odd_numbers_in_numbering_do_not_crash() -> None:
    numbering = (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="zero">'
        '<w:start w:val="x"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    body = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>'
    )
    data = minimal(body, extra={"word/numbering.xml": numbering})
    assert [p.text for p in docx_paragraphs(data, "x.docx")] == ["一、甲"]


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (3, "chineseCounting", "三"),
        (12, "decimalEnclosedCircle", "⑫"),
        (4, "upperRoman", "IV"),
        (2, "lowerLetter", "b"),
    ],
)
def test_format_number(value: int, fmt: str, shown: str) -> None:
    assert format_number(value, fmt) == shown
