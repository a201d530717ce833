"""A unit's own Word file as the base: page set-up, named styles, headers and footers with their images.

Reference files are built here with python-docx and with LibreOffice; the output keeps what they
give, opens in LibreOffice and keeps the GB/T grid (22 × 28 of 三号 filling the 版心) unless the
reference changes the body size.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import NS, SAMPLES, Docx, Rendered, requires_render, to_pdf, write_facts

from drafter.catalog import find_template
from drafter.cli import main
from drafter.docx.reference import apply_reference, load_reference
from drafter.docx.sheet import GBT9704, StyleSheet
from drafter.docx.writer import render_docx
from drafter.drafting import build_draft, encode, sheet_for
from drafter.errors import InputError, TemplateError
from drafter.model import Draft, Paragraph

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_ID = f"{{{R_NS}}}id"


def png(width: int = 60, height: int = 30, rgb: tuple[int, int, int] = (200, 0, 0)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


LOGO = png()


@pytest.fixture(scope="module")
def logo_reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """python-docx: GB/T margins, a logo and the unit's name in the first-page header, a plain default header."""
    import docx
    from docx.shared import Mm

    folder = tmp_path_factory.mktemp("logo")
    (folder / "logo.png").write_bytes(LOGO)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (
        Mm(37),
        Mm(35),
        Mm(28),
        Mm(26),
    )
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.add_run().add_picture(str(folder / "logo.png"), width=Mm(30))
    first.add_run("青禾县教育局")
    section.header.paragraphs[0].text = "青禾县教育局（内部）"
    document.add_paragraph("参考文件的标题样张", style="Title")  # the unit applies Title: it is taken
    document.add_paragraph("参考文件自己的正文不会被用到。")
    path = folder / "红头模板.docx"
    document.save(str(path))
    return path


def _fodt(logo: bytes) -> str:
    data = base64.b64encode(logo).decode()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="楷体_GB2312" svg:font-family="楷体_GB2312"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt"
    style:font-name-asian="楷体_GB2312" style:font-size-asian="14pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:color="#c00000" fo:font-size="10pt" style:font-size-asian="10pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="30mm"
    fo:margin-bottom="30mm" fo:margin-left="25mm" fo:margin-right="25mm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="5mm"/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header"><draw:frame draw:name="logo" text:anchor-type="as-char"
    svg:width="20mm" svg:height="10mm"><draw:image><office:binary-data>{data}</office:binary-data></draw:image>
    </draw:frame>青禾县教育局办公室</text:p></style:header>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text><text:p text:style-name="Standard">参考文件自己的正文。</text:p></office:text></office:body>
</office:document>
"""


@pytest.fixture(scope="module")
def odd_reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """LibreOffice: 25/30 mm margins, a 14 pt 楷体 body, a red header with a logo on every page."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("odd")
    source = folder / "单位模板.fodt"
    source.write_text(_fodt(png(rgb=(0, 90, 160))), encoding="utf-8")
    profile = folder / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx:MS Word 2007 XML",
         "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    path = folder / "单位模板.docx"
    assert path.is_file(), "LibreOffice made no .docx"
    return path


def drafted(sample: str, reference: Path) -> Docx:
    spec, draft = build_draft(SAMPLES / f"{sample}.yaml")
    return Docx(encode(draft, "docx", sheet=sheet_for(spec, reference)))


def related(doc: Docx, owner: str, rid: str) -> str:
    folder, base = owner.rsplit("/", 1)
    rels = doc.xml(f"{folder}/_rels/{base}.rels")
    (target,) = [r.get("Target") for r in rels if r.get("Id") == rid]
    return f"{folder}/{target}"


def section(doc: Docx) -> object:
    return doc.document.xpath("//w:body/w:sectPr", namespaces=NS)[0]


# --- python-docx reference: a logo in the first-page header ---------------------------------------------


def test_first_page_header_keeps_its_logo(logo_reference: Path) -> None:
    doc = drafted("工作总结", logo_reference)
    sect = section(doc)
    assert sect.xpath("w:titlePg", namespaces=NS)
    refs = {r.get(f"{{{NS['w']}}}type"): r.get(R_ID) for r in sect.xpath("w:headerReference", namespaces=NS)}
    assert set(refs) == {"default", "first", "even"}
    first = related(doc, "word/document.xml", refs["first"])
    (embed,) = doc.xml(first).xpath("//@r:embed", namespaces={"r": R_NS})
    image = related(doc, first, embed)
    assert doc.zip.read(image) == LOGO
    assert 'ContentType="image/png"' in doc.zip.read("[Content_Types].xml").decode()
    assert "青禾县教育局" in "".join(doc.xml(first).itertext())
    # The default header shows on odd and even pages alike, as it did in the reference.
    assert "（内部）" in "".join(doc.xml(related(doc, "word/document.xml", refs["even"])).itertext())


def test_the_first_page_keeps_its_page_number(logo_reference: Path) -> None:
    doc = drafted("工作总结", logo_reference)
    sect = section(doc)
    refs = {r.get(f"{{{NS['w']}}}type"): r.get(R_ID) for r in sect.xpath("w:footerReference", namespaces=NS)}
    first_footer = doc.xml(related(doc, "word/document.xml", refs["first"]))
    assert "PAGE" in "".join(first_footer.itertext()) and "\u2014" in "".join(first_footer.itertext())


def test_named_styles_take_the_references_fonts_and_sizes(logo_reference: Path) -> None:
    doc = drafted("工作总结", logo_reference)
    title = doc.style("Title")
    # python-docx's own Title style: 26 pt in the theme's heading fonts. Not bold: GB/T has no bold.
    assert title.xpath("w:rPr/w:sz/@w:val", namespaces=NS) == ["52"]
    assert title.xpath("w:rPr/w:b/@w:val", namespaces=NS) == ["0"]
    normal = doc.style("Normal")  # the reference's Normal states no font or size: GB/T's stay
    assert normal.xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS) == ["仿宋_GB2312"]
    assert normal.xpath("w:rPr/w:sz/@w:val", namespaces=NS) == ["32"]


def test_styles_the_reference_defines_but_never_applies_change_nothing(logo_reference: Path) -> None:
    # python-docx's template defines Heading 1 (14 pt, theme fonts) in every file; this one never uses it.
    doc = drafted("工作总结", logo_reference)
    heading = doc.style("Heading1")
    assert heading.xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS) == ["黑体"]
    assert heading.xpath("w:rPr/w:sz/@w:val", namespaces=NS) == ["32"]
    assert not any("heading 1" in line for line in load_reference(logo_reference).summary())


def test_the_references_body_is_not_used(logo_reference: Path) -> None:
    doc = drafted("工作总结", logo_reference)
    assert "参考文件自己的正文" not in "".join(doc.document.itertext())


def test_reference_styles_cannot_clash_with_ours(logo_reference: Path) -> None:
    doc = drafted("工作总结", logo_reference)
    ids = doc.styles.xpath("//w:style/@w:styleId", namespaces=NS)
    assert len(ids) == len(set(ids))
    used = set(re.findall(r'w:pStyle w:val="([^"]+)"', doc.zip.read("word/header1.xml").decode()))
    assert used and used <= set(ids)


def test_the_summary_says_what_was_taken(logo_reference: Path) -> None:
    taken = load_reference(logo_reference).summary()
    assert "首页页眉" in taken and "页眉" in taken
    assert any(item.startswith("页面 210×297 毫米") for item in taken)


@requires_render
@pytest.mark.render
def test_logo_reference_opens_in_libreoffice_with_the_logo_on_page_one(logo_reference: Path, tmp_path: Path) -> None:
    docx = tmp_path / "out.docx"
    docx.write_bytes(drafted("工作总结", logo_reference).data)
    rendered = Rendered(docx, to_pdf(docx, tmp_path))
    assert rendered.pages >= 3
    images = rendered.run("pdfimages", "-list", str(rendered.pdf)).splitlines()[2:]
    assert [row.split()[0] for row in images] == ["1"]  # the logo, on page 1 only
    assert rendered.page_lines(1)[0].startswith("青禾县教育局") and "（内部）" in rendered.page_lines(2)[0]


@requires_render
@pytest.mark.render
def test_logo_reference_keeps_22_lines_of_28_characters(logo_reference: Path, tmp_path: Path) -> None:
    sheet = sheet_for(find_template("工作总结"), logo_reference)
    assert _rendered_grid(sheet, tmp_path) == (22, 28)


# --- LibreOffice reference: odd fonts and margins ---------------------------------------------------


@requires_render
@pytest.mark.render
def test_odd_margins_and_body_font_are_kept(odd_reference: Path) -> None:
    doc = drafted("工作总结", odd_reference)
    margins = section(doc).xpath("w:pgMar", namespaces=NS)[0]
    got = {k.split("}")[1]: int(v) for k, v in margins.attrib.items()}
    assert (got["left"], got["right"], got["bottom"]) == (1417, 1417, 1701)  # 25, 25, 30 mm
    normal = doc.style("Normal")
    assert normal.xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS) == ["楷体_GB2312"]
    assert normal.xpath("w:rPr/w:sz/@w:val", namespaces=NS) == ["28"]
    assert normal.xpath("w:pPr/w:ind/@w:firstLine", namespaces=NS) == ["560"]  # still 首行缩进二字
    header = doc.zip.read("word/header1.xml").decode()
    assert "青禾县教育局办公室" in header and "r:embed" in header


@requires_render
@pytest.mark.render
def test_odd_reference_renders_in_libreoffice(odd_reference: Path, tmp_path: Path) -> None:
    docx = tmp_path / "out.docx"
    docx.write_bytes(drafted("工作总结", odd_reference).data)
    rendered = Rendered(docx, to_pdf(docx, tmp_path))
    assert rendered.pages >= 2
    assert "FandolKai-Regular" in rendered.fonts
    images = rendered.run("pdfimages", "-list", str(rendered.pdf)).splitlines()[2:]
    assert {row.split()[0] for row in images} == {str(p) for p in range(1, rendered.pages + 1)}


@requires_render
@pytest.mark.render
def test_a_14pt_body_keeps_the_proportions_of_the_grid(odd_reference: Path, tmp_path: Path) -> None:
    sheet = sheet_for(find_template("工作总结"), odd_reference)
    assert sheet.grid.counts(sheet.body.size) == (25, 32)
    assert _rendered_grid(sheet, tmp_path) == (25, 32)


def _rendered_grid(sheet: StyleSheet, folder: Path) -> tuple[int, int]:
    """(lines on a full page, characters on a full line) of plain body text rendered by LibreOffice."""
    text = "".join(chr(0x4E00 + (i * 37) % 2000) for i in range(1500))
    draft = Draft(tuple(Paragraph(text[i : i + 300]) for i in range(0, len(text), 300)))
    docx = folder / "grid.docx"
    docx.write_bytes(render_docx(draft, sheet=sheet))
    rendered = Rendered(docx, to_pdf(docx, folder))
    page = sheet.page
    top, bottom = page.top.pt - 3, page.height.pt - page.bottom.pt
    left, right = page.left.pt, page.width.pt - page.right.pt
    lines_per_page: Counter[int] = Counter()
    lengths: Counter[int] = Counter()
    for number in range(1, rendered.pages):  # the last page is not full
        lines = [line for line in rendered.lines_with_boxes(number) if top < line.y0 < bottom]
        lines_per_page[len(lines)] += 1
        lengths.update(len(line.text) for line in lines if line.x0 < left + 3 and line.x1 > right - 14)
    return lines_per_page.most_common(1)[0][0], lengths.most_common(1)[0][0]


# --- where the reference comes from, and what cannot be used -----------------------------------------


def test_a_template_can_name_its_reference(tmp_path: Path, logo_reference: Path) -> None:
    folder = tmp_path / "带红头的总结"
    shutil.copytree(find_template("工作总结").path, folder)
    shutil.copy(logo_reference, folder / "红头.docx")
    manifest = folder / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "reference: 红头.docx\n", encoding="utf-8")
    spec = find_template(str(folder))
    assert spec.reference == folder / "红头.docx"
    assert sheet_for(spec).furnishing.distinct_first_page
    facts = write_facts(tmp_path, f"模板: {folder.name}\n" + _without_genre(SAMPLES / "工作总结.yaml"), "总结.yaml")
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["draft", str(facts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "word/reference/image1.png" in Docx(out.read_bytes()).names
    shown = CliRunner().invoke(main, ["templates", "show", str(folder)])
    assert "参考文件：" in shown.output and "红头.docx" in shown.output


def _without_genre(path: Path) -> str:
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("文种"))


def test_a_missing_template_reference_is_named(tmp_path: Path) -> None:
    (tmp_path / "body.j2").write_text("正文\n", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("sections: [body]\nreference: 不存在.docx\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"参考文件 .*不存在\.docx 不存在"):
        find_template(str(tmp_path))


def _package(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


W_NS = NS["w"]
PKG = "http://schemas.openxmlformats.org/package/2006"


def _reference_with(header_rels: str, extra: dict[str, bytes | str] | None = None, margins: str = "") -> bytes:
    return _package(
        {
            "[Content_Types].xml": f'<Types xmlns="{PKG}/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
            "_rels/.rels": f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="r1" '
            f'Type="{R_NS}/officeDocument" Target="word/document.xml"/></Relationships>',
            "word/_rels/document.xml.rels": f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="h1" '
            f'Type="{R_NS}/header" Target="header1.xml"/></Relationships>',
            "word/document.xml": f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body><w:p/><w:sectPr>'
            f'<w:headerReference w:type="default" r:id="h1"/>{margins}</w:sectPr></w:body></w:document>',
            "word/header1.xml": f'<w:hdr xmlns:w="{W_NS}"><w:p><w:r><w:t>头</w:t></w:r></w:p></w:hdr>',
            "word/_rels/header1.xml.rels": header_rels,
            **(extra or {}),
        }
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("模板.doc", b"\xd0\xcf\x11\xe0", "参考文件应当是 Word 的 .docx 文件"),
        ("模板.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "旧版 Word（.doc）或加了密码"),
        ("模板.docx", b"not a zip", "不是有效的 .docx"),
        (
            "缺图.docx",
            _reference_with(
                f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="i1" Type="{R_NS}/image" '
                'Target="media/logo.png"/></Relationships>'
            ),
            r"页眉（word/header1.xml）用到的 word/media/logo.png 在文件里找不到",
        ),
        (
            "怪图.docx",
            _reference_with(
                f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="i1" Type="{R_NS}/image" '
                'Target="media/logo.xyz"/></Relationships>',
                {"word/media/logo.xyz": b"?"},
            ),
            "不知道是什么类型的内容",
        ),
        (
            "小纸.docx",
            _reference_with(
                f'<Relationships xmlns="{PKG}/relationships"/>',
                margins='<w:pgSz w:w="5000" w:h="5000"/><w:pgMar w:top="1000" w:bottom="1000" w:left="1000" w:right="1000"/>',
            ),
            "页面设置无法使用：纸张 88×88 毫米",
        ),
    ],
)
def test_what_cannot_be_used_is_named_in_chinese(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        apply_reference(GBT9704, load_reference(path))
    assert name in str(info.value)


def test_cli_reference_errors_leave_no_file(tmp_path: Path) -> None:
    bad = tmp_path / "红头.docx"
    bad.write_bytes(b"not a zip")
    out = tmp_path / "out.docx"
    result = CliRunner().invoke(
        main, ["draft", str(SAMPLES / "工作总结.yaml"), "-o", str(out), "--reference", str(bad)]
    )
    assert result.exit_code == 1
    assert "红头.docx" in result.output and "不是有效的 .docx" in result.output
    assert not out.exists()


def test_cli_draft_and_batch_use_the_reference(tmp_path: Path, logo_reference: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "一份.docx"
    result = runner.invoke(main, ["draft", str(SAMPLES / "工作总结.yaml"), "-o", str(out), "-r", str(logo_reference)])
    assert result.exit_code == 0, result.output
    assert "沿用参考文件" in result.output and "首页页眉" in result.output
    assert "word/header3.xml" in Docx(out.read_bytes()).names
    facts = write_facts(tmp_path, (SAMPLES / "工作总结.yaml").read_text(encoding="utf-8"), "总结.yaml")
    result = runner.invoke(
        main, ["batch", str(facts), "-o", str(tmp_path / "批量"), "--reference", str(logo_reference)]
    )
    assert result.exit_code == 0, result.output
    (made,) = (tmp_path / "批量").glob("*.docx")
    assert Docx(made.read_bytes()).zip.read("word/reference/image1.png") == LOGO


def test_batch_refuses_a_bad_reference_before_drafting(tmp_path: Path) -> None:
    bad = tmp_path / "红头.docx"
    bad.write_bytes(b"not a zip")
    result = CliRunner().invoke(
        main, ["batch", str(SAMPLES / "工作总结.yaml"), "-o", str(tmp_path / "out"), "-r", str(bad)]
    )
    assert result.exit_code == 1 and "不是有效的 .docx" in result.output
    assert not list((tmp_path / "out").glob("*.docx"))


def test_previews_ignore_the_reference(tmp_path: Path, logo_reference: Path) -> None:
    out = tmp_path / "预览.txt"
    result = CliRunner().invoke(
        main, ["draft", str(SAMPLES / "工作总结.yaml"), "-o", str(out), "-r", str(logo_reference)]
    )
    assert result.exit_code == 0 and "沿用参考文件" not in result.output


def test_the_reference_is_never_written_over(tmp_path: Path, logo_reference: Path) -> None:
    reference = tmp_path / "红头.docx"
    shutil.copy(logo_reference, reference)
    before = reference.read_bytes()
    args = ["draft", str(SAMPLES / "工作总结.yaml"), "-o", str(reference), "-r", str(reference), "--force"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert reference.read_bytes() == before
