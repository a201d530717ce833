"""The bottom layer: property children in schema order, escaping, the package's derived parts."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from drafter.docx import package, xml
from drafter.docx.package import Part, Rel


def test_properties_are_put_in_schema_order() -> None:
    built = xml.properties("pPr", [xml.el("jc", val="center"), "<w:keepNext/>", xml.el("pStyle", val="Title")])
    assert built == '<w:pPr><w:pStyle w:val="Title"/><w:keepNext/><w:jc w:val="center"/></w:pPr>'
    run = xml.properties(
        "rPr", [xml.el("sz", val=32), xml.fonts("黑体", "Times New Roman"), xml.el("color", val="FF0000")]
    )
    assert run.index("rFonts") < run.index("color") < run.index("sz")


@pytest.mark.parametrize(
    ("tag", "children", "message"),
    [
        ("pPr", ["<w:sz/>"], "not allowed"),
        ("rPr", ["<w:jc/>"], "not allowed"),
        ("pPr", ["<w:jc/>", "<w:jc/>"], "repeats"),
    ],
)
def test_properties_refuse_what_the_schema_refuses(tag: str, children: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        xml.properties(tag, children)


def test_paragraph_format_children_follow_the_schema() -> None:
    fmt = xml.ParagraphFormat(
        align="left", left=320, bottom_border=xml.Border(12, "FF0000", 11), right_tab=8524, keep_next=True
    )
    (ppr,) = etree.fromstring(_wrap(fmt.xml("DocNumber")))
    order = [etree.QName(child).localname for child in ppr]
    assert order == ["pStyle", "keepNext", "pBdr", "tabs", "ind", "jc"]


def test_escaping_drops_characters_xml_forbids() -> None:
    assert xml.esc('a<b>&"\x01\tc') == "a&lt;b&gt;&amp;&quot;\tc"


def _wrap(fragment: str) -> str:
    return f'<w:root xmlns:w="{xml.W_NS}">{fragment}</w:root>'


def test_content_types_and_relationships_derive_from_the_parts() -> None:
    image_rel = Rel("rIdLogo", package.REL + "image", "word/media/logo.png")
    parts = [
        Part(
            "word/header1.xml",
            f"{package.WML}.header+xml",
            b"<hdr/>",
            rid="rIdHeader",
            rel_type=package.REL + "header",
            rels=(image_rel,),
        ),
        Part("word/media/logo.png", "image/png", b"PNG"),
        Part(
            "word/document.xml",
            package.DOCUMENT_TYPE,
            b"<doc/>",
            owner="",
            rid="rId1",
            rel_type=package.REL + "officeDocument",
        ),
    ]
    files = dict(package.complete(parts))
    types = files["[Content_Types].xml"].decode()
    assert types.index("/word/document.xml") < types.index("/word/header1.xml")
    assert 'PartName="/word/media/logo.png" ContentType="image/png"' in types
    assert b'Target="header1.xml"' in files["word/_rels/document.xml.rels"]
    assert b'Target="media/logo.png"' in files["word/_rels/header1.xml.rels"]
    assert b'Target="word/document.xml"' in files["_rels/.rels"]
    data = package.zip_entries(package.compress(name, body) for name, body in package.complete(parts))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.namelist()[0] == "[Content_Types].xml"
        assert archive.read("word/media/logo.png") == b"PNG"


@pytest.mark.parametrize(
    "paragraph",
    [
        xml.BLANK,
        "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
        xml.paragraph("Normal", xml.run("x")),
        xml.paragraph(
            "DocNumber",
            xml.run("x"),
            xml.ParagraphFormat(bottom_border=xml.Border(12, "FF0000", 11), right_tab=100, page_break_before=True),
        ),
    ],
)
def test_added_paragraph_properties_keep_schema_order(paragraph: str) -> None:
    tied = xml.add_paragraph_properties(paragraph, xml.WIDOW_CONTROL, xml.KEEP_NEXT)
    p = etree.fromstring(_wrap(tied))
    (ppr,) = p.findall(f"{{{xml.W_NS}}}p/{{{xml.W_NS}}}pPr")
    order = [etree.QName(child).localname for child in ppr]
    expected = [name for name in xml.PPR_ORDER if name in order]
    assert order == expected and "keepNext" in order and "widowControl" in order
    assert xml.add_paragraph_properties(tied, xml.KEEP_NEXT) == tied  # nothing repeated
    assert "".join(p.itertext()) == "".join(etree.fromstring(_wrap(paragraph)).itertext())
