"""XPath assertions on the parts drafter writes: the properties GB/T 9704 fixes."""

import pytest
from conftest import NS, Docx, wq
from lxml import etree

from drafter.docx.writer import render_docx
from drafter.markup import parse_markup


def attr(element: etree._Element, path: str, name: str) -> str | None:
    found = element.xpath(path, namespaces=NS)
    return found[0].get(wq(name)) if found else None


def test_package_parts(summary_docx: Docx) -> None:
    for part in (
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/footer1.xml",
        "word/footer2.xml",
        "word/fontTable.xml",
        "docProps/core.xml",
    ):
        assert part in summary_docx.names
    assert summary_docx.names[0] == "[Content_Types].xml"


def test_page_size_margins_and_grid(summary_docx: Docx) -> None:
    sect = summary_docx.document.xpath("//w:body/w:sectPr", namespaces=NS)[0]
    assert (attr(sect, "w:pgSz", "w"), attr(sect, "w:pgSz", "h")) == ("11906", "16838")
    margins = {k: int(attr(sect, "w:pgMar", k)) for k in ("top", "bottom", "left", "right")}
    assert margins == {"top": 2098, "bottom": 1984, "left": 1588, "right": 1474}
    assert attr(sect, "w:docGrid", "type") == "lines"
    assert attr(sect, "w:docGrid", "linePitch") == "579"
    refs = {r.get(wq("type")) for r in sect.xpath("w:footerReference", namespaces=NS)}
    assert refs == {"default", "even"}


def test_normal_style_body_text(summary_docx: Docx) -> None:
    normal = summary_docx.style("Normal")
    assert normal.get(wq("default")) == "1"
    fonts = normal.xpath("w:rPr/w:rFonts", namespaces=NS)[0]
    assert fonts.get(wq("eastAsia")) == "仿宋_GB2312"
    assert fonts.get(wq("ascii")) == fonts.get(wq("hAnsi")) == "Times New Roman"
    assert attr(normal, "w:rPr/w:sz", "val") == "32"
    assert attr(normal, "w:rPr/w:spacing", "val") == "-5"
    assert attr(normal, "w:rPr/w:lang", "eastAsia") == "zh-CN"
    assert attr(normal, "w:pPr/w:spacing", "line") == "579"
    assert attr(normal, "w:pPr/w:spacing", "lineRule") == "exact"
    assert attr(normal, "w:pPr/w:ind", "firstLine") == "640"
    assert attr(normal, "w:pPr/w:jc", "val") == "both"


def test_no_theme_fonts_and_no_bold(summary_docx: Docx) -> None:
    for name in summary_docx.names:
        if name.endswith(".xml"):
            data = summary_docx.zip.read(name)
            assert b"Theme" not in data, name
    bold = summary_docx.styles.xpath("//w:b[not(@w:val='0')]", namespaces=NS)
    assert bold == []
    assert summary_docx.document.xpath("//w:b", namespaces=NS) == []


@pytest.mark.parametrize(
    ("style_id", "font", "outline"),
    [
        ("Heading1", "黑体", "0"),
        ("Heading2", "楷体_GB2312", "1"),
        ("Heading3", "仿宋_GB2312", "2"),
        ("Heading4", "仿宋_GB2312", "3"),
    ],
)
def test_heading_fonts_per_level(summary_docx: Docx, style_id: str, font: str, outline: str) -> None:
    style = summary_docx.style(style_id)
    assert attr(style, "w:rPr/w:rFonts", "eastAsia") == font
    assert attr(style, "w:rPr/w:sz", "val") == "32"
    assert attr(style, "w:pPr/w:outlineLvl", "val") == outline
    assert attr(style, "w:pPr/w:ind", "firstLine") == "640"


def test_headings_in_document_use_the_level_styles(summary_docx: Docx) -> None:
    levels = {}
    for p in summary_docx.paragraphs():
        style = summary_docx.style_of(p)
        if style.startswith("Heading"):
            levels.setdefault(style, summary_docx.text_of(p))
    assert levels["Heading1"].startswith("一、")
    assert levels["Heading2"].startswith("（一）")
    assert levels["Heading3"].startswith("1.")


def test_run_in_heading_body_is_in_fangsong(summary_docx: Docx) -> None:
    p = summary_docx.paragraph_with("落实集体备课。")
    runs = p.xpath("w:r", namespaces=NS)
    assert len(runs) == 2
    assert attr(runs[1], "w:rPr/w:rFonts", "eastAsia") == "仿宋_GB2312"


def test_title_style(summary_docx: Docx) -> None:
    title = summary_docx.style("Title")
    assert attr(title, "w:rPr/w:rFonts", "eastAsia") == "方正小标宋简体"
    assert attr(title, "w:rPr/w:sz", "val") == "44"
    assert attr(title, "w:pPr/w:jc", "val") == "center"
    assert attr(title, "w:pPr/w:snapToGrid", "val") == "0"
    first = summary_docx.paragraphs()[0]
    assert summary_docx.style_of(first) == "Title"
    assert summary_docx.text_of(first) == "青禾县实验小学2024年教育教学工作总结"


def test_addressee_is_flush_left_and_ends_with_colon(summary_docx: Docx) -> None:
    p = summary_docx.paragraph_with("县教育局：")
    assert summary_docx.style_of(p) == "Addressee"
    style = summary_docx.style("Addressee")
    assert attr(style, "w:pPr/w:ind", "firstLine") == "0"
    assert attr(style, "w:pPr/w:jc", "val") == "left"


def test_dates_have_no_leading_zeros(summary_docx: Docx) -> None:
    p = summary_docx.paragraph_with("2025年1月10日")
    assert summary_docx.style_of(p) == "Signoff"


def test_footers_hold_page_fields_with_em_dashes(summary_docx: Docx) -> None:
    settings = summary_docx.xml("word/settings.xml")
    assert settings.xpath("w:evenAndOddHeaders", namespaces=NS)
    for part, align, side in (("word/footer1.xml", "right", "right"), ("word/footer2.xml", "left", "left")):
        footer = summary_docx.xml(part)
        text = "".join(footer.xpath("//w:t/text()", namespaces=NS))
        assert text.startswith("\u2014 ") and text.endswith(" \u2014")
        assert "PAGE" in "".join(footer.xpath("//w:instrText/text()", namespaces=NS))
        assert attr(footer, "//w:pPr/w:jc", "val") == align
        assert attr(footer, "//w:pPr/w:ind", side) == "280"
    footer_style = summary_docx.style("Footer")
    assert attr(footer_style, "w:rPr/w:rFonts", "eastAsia") == "宋体"
    assert attr(footer_style, "w:rPr/w:rFonts", "ascii") == "宋体"
    assert attr(footer_style, "w:rPr/w:sz", "val") == "28"


def test_redhead_colour_rule_and_placement(redhead_docx: Docx) -> None:
    mark = redhead_docx.paragraph_with("青禾县教育局文件")
    assert redhead_docx.style_of(mark) == "IssuerMark"
    style = redhead_docx.style("IssuerMark")
    assert attr(style, "w:rPr/w:color", "val") == "FF0000"
    assert attr(style, "w:rPr/w:rFonts", "eastAsia") == "方正小标宋简体"
    # 35 mm below the 版心 top, less the one line the 紧急程度 already uses.
    before = int(attr(mark, "w:pPr/w:spacing", "before"))
    assert 1984 - 579 - 60 <= before <= 1984 - 579
    number = redhead_docx.paragraph_with("青教〔2025〕5号")
    border = number.xpath("w:pPr/w:pBdr/w:bottom", namespaces=NS)[0]
    assert border.get(wq("color")) == "FF0000" and border.get(wq("val")) == "single"
    assert redhead_docx.style_of(redhead_docx.paragraph_with("加急")) == "Marking"
    assert attr(redhead_docx.style("Marking"), "w:rPr/w:rFonts", "eastAsia") == "黑体"


def test_minutes_mark_and_attendance_lines(minutes_docx: Docx) -> None:
    mark = minutes_docx.paragraph_with("青禾县教育局局务会议纪要")
    assert minutes_docx.style_of(mark) == "IssuerMark"  # red 小标宋
    assert 1984 - 60 <= int(attr(mark, "w:pPr/w:spacing", "before")) <= 1984  # 35 mm below the 版心 top
    number = minutes_docx.paragraph_with("第3期")
    assert not number.xpath("w:pPr/w:pBdr", namespaces=NS)  # a 纪要 has no red rule (§10.3)
    present = minutes_docx.paragraph_with("出席：王明、李华")
    runs = present.xpath("w:r", namespaces=NS)
    assert "".join(runs[0].itertext()) == "出席"
    assert attr(runs[0], "w:rPr/w:rFonts", "eastAsia") == "黑体"
    assert "".join(runs[1].itertext()).startswith("：王明") and not runs[1].xpath("w:rPr/w:rFonts", namespaces=NS)
    # 左空二字, and wrapped lines continue under the names: left 2 + 3 characters, hanging the 3 of “出席：”.
    char = 320
    assert abs(int(attr(present, "w:pPr/w:ind", "left")) - 5 * char) <= 15
    assert abs(int(attr(present, "w:pPr/w:ind", "hanging")) - 3 * char) <= 10
    texts = [minutes_docx.text_of(p) for p in minutes_docx.paragraphs()]
    first = texts.index(minutes_docx.text_of(present))
    assert texts[first - 1] == ""  # one blank line below the body
    assert texts[first + 1].startswith("请假：") and texts[first + 2].startswith("列席：")


def test_speech_byline_sits_under_the_title_in_kaiti(speech_docx: Docx) -> None:
    texts = [speech_docx.text_of(p) for p in speech_docx.paragraphs()]
    title = texts.index("在全县2025年教育工作会议上的讲话")
    assert texts[title + 1 : title + 4] == ["县人民政府副县长　李明", "（2025年2月20日）", ""]
    assert texts[title + 4] == "同志们："
    assert speech_docx.style_of(speech_docx.paragraph_with("（2025年2月20日）")) == "Byline"
    style = speech_docx.style("Byline")
    assert attr(style, "w:rPr/w:rFonts", "eastAsia") == "楷体_GB2312"
    assert attr(style, "w:pPr/w:jc", "val") == "center"
    assert speech_docx.style_of(speech_docx.paragraph_with("同志们：")) == "Addressee"


def test_imprint_is_a_bottom_pinned_table_with_gbt_rules(notice_docx: Docx) -> None:
    tables = notice_docx.document.xpath("//w:tbl[w:tblPr/w:tblpPr]", namespaces=NS)
    assert len(tables) == 1
    table = tables[0]
    pos = table.xpath("w:tblPr/w:tblpPr", namespaces=NS)[0]
    assert pos.get(wq("vertAnchor")) == "margin" and pos.get(wq("tblpYSpec")) == "bottom"
    assert attr(table, "w:tblPr/w:tblW", "w") == "8844"
    borders = table.xpath("w:tblPr/w:tblBorders", namespaces=NS)[0]
    sizes = {side: attr(borders, f"w:{side}", "sz") for side in ("top", "insideH", "bottom")}
    assert sizes == {"top": "8", "insideH": "6", "bottom": "8"}
    assert attr(borders, "w:left", "val") == "nil"
    texts = [notice_docx.text_of(p) for p in table.xpath(".//w:p", namespaces=NS)]
    assert texts == ["抄送：县委办公室，县人民政府办公室。", "青禾县教育局办公室2025年2月14日印发"]
    assert attr(notice_docx.style("Imprint"), "w:rPr/w:sz", "val") == "28"


def test_attachment_starts_on_a_new_page_with_heiti_label(notice_docx: Docx) -> None:
    label = notice_docx.paragraph_with("附件")
    labels = [p for p in notice_docx.paragraphs() if notice_docx.style_of(p) == "AttachmentLabel"]
    assert len(labels) == 1 and notice_docx.text_of(labels[0]) == "附件"
    assert labels[0].xpath("w:pPr/w:pageBreakBefore", namespaces=NS)
    assert label is not None
    assert attr(notice_docx.style("AttachmentLabel"), "w:rPr/w:rFonts", "eastAsia") == "黑体"
    receipt = notice_docx.document.xpath("//w:tbl[not(w:tblPr/w:tblpPr)]", namespaces=NS)[0]
    header = ["".join(tc.xpath(".//w:t/text()", namespaces=NS)) for tc in receipt.xpath("w:tr[1]/w:tc", namespaces=NS)]
    assert header == ["单位", "姓名", "职务", "联系电话"]
    assert len(receipt.xpath("w:tr", namespaces=NS)) == 5


def test_sealed_signoff_is_right_indented_four_characters(notice_docx: Docx) -> None:
    date = next(p for p in notice_docx.paragraphs() if notice_docx.text_of(p) == "2025年2月14日")
    assert attr(date, "w:pPr/w:ind", "right") == "1280"


def test_attachment_note(notice_docx: Docx) -> None:
    note = notice_docx.paragraph_with("附件：参会回执")
    assert notice_docx.style_of(note) == "AttachmentNote"
    assert attr(notice_docx.style("AttachmentNote"), "w:pPr/w:ind", "hanging") == "960"


def test_special_characters_are_escaped() -> None:
    draft = parse_markup([("t", '::标题 A&B<C>\n正文 "引号" & <尖括号>\x07\n')])
    doc = Docx(render_docx(draft))
    assert doc.text_of(doc.paragraph_with("正文")) == '正文 "引号" & <尖括号>'
    from drafter.docx.xml import esc

    assert esc("a\x00b\x0bc\x1fd\te\nf\rg") == "abcd\te\nfg"  # XML 1.0 allows only tab and newline below space


# Children of these elements must appear in the schema's order or Word refuses the file.
SCHEMA_ORDER = {
    "pPr": [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "pBdr",
        "shd",
        "tabs",
        "autoSpaceDE",
        "autoSpaceDN",
        "snapToGrid",
        "spacing",
        "ind",
        "jc",
        "outlineLvl",
        "rPr",
    ],
    "rPr": ["rStyle", "rFonts", "b", "bCs", "i", "color", "spacing", "w", "kern", "sz", "szCs", "u", "lang"],
    "tblPr": [
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "tblW",
        "jc",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
    ],
    "sectPr": ["headerReference", "footerReference", "pgSz", "pgMar", "cols", "titlePg", "docGrid"],
    "settings": ["zoom", "defaultTabStop", "evenAndOddHeaders", "characterSpacingControl", "compat", "themeFontLang"],
    "tcPr": ["tcW", "gridSpan", "vMerge", "tcBorders", "shd", "vAlign"],
    "style": ["name", "basedOn", "next", "qFormat", "pPr", "rPr", "tblPr"],
}


@pytest.mark.parametrize("sample", ["summary_docx", "notice_docx", "redhead_docx", "minutes_docx", "speech_docx"])
def test_children_follow_schema_order(sample: str, request: pytest.FixtureRequest) -> None:
    doc: Docx = request.getfixturevalue(sample)
    for part in ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/footer1.xml"):
        root = doc.xml(part)
        for element in root.iter():
            local = etree.QName(element).localname
            order = SCHEMA_ORDER.get(local)
            if not order:
                continue
            children = [etree.QName(c).localname for c in element]
            known = [order.index(c) for c in children if c in order]
            assert known == sorted(known), f"{part}: {local} children out of order: {children}"
            unknown = [c for c in children if c not in order]
            assert not unknown, f"{part}: {local} has children the order table does not know: {unknown}"


def test_python_docx_reads_the_package(summary_docx: Docx) -> None:
    """A second, independent reader opens the file and sees the same structure."""
    import io

    import docx

    document = docx.Document(io.BytesIO(summary_docx.data))
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts[0] == "青禾县实验小学2024年教育教学工作总结"
    assert document.paragraphs[0].style.name == "Title"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["一、基本情况", "二、主要做法及成效"]
    section = document.sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.1)
    assert section.page_height.mm == pytest.approx(297, abs=0.1)
    assert document.settings.odd_and_even_pages_header_footer


def _kept(doc: Docx) -> list[tuple[str, bool, bool]]:
    """(text, keep with next, widow control on) of every paragraph of the body."""
    return [
        (
            doc.text_of(p),
            bool(p.xpath("w:pPr/w:keepNext", namespaces=NS)),
            bool(p.xpath("w:pPr/w:widowControl[not(@w:val='0')]", namespaces=NS)),
        )
        for p in doc.document.xpath("//w:body/w:p", namespaces=NS)
    ]


def test_the_signature_block_keeps_with_the_last_body_lines() -> None:
    long = "各单位要高度重视，" * 8 + "认真抓好落实。"
    markup = f"::标题 关于做好工作的通知\n::主送 各单位\n{long}\n特此通知。\n::附件说明 名单\n::署名 青禾县教育局\n::成文日期 2025年2月14日\n"
    paragraphs = _kept(Docx(render_docx(parse_markup([("t", markup)]))))
    texts = [text for text, _, _ in paragraphs]
    start = texts.index(long)
    # From the last body lines (two lines at least: the long paragraph before 特此通知。) to the date.
    assert [keep for _, keep, _ in paragraphs[start:-1]] == [True] * (len(paragraphs) - 1 - start)
    assert paragraphs[start][2] and not any(widow for _, _, widow in paragraphs[start + 1 :])
    assert texts[-1] == "2025年2月14日" and not paragraphs[-1][1]  # nothing after the date to spill onto a page
    assert not any(keep for _, keep, _ in paragraphs[:start])


def test_a_note_after_the_date_stays_with_it() -> None:
    markup = "::标题 通知\n正文第一段，写得足够长，至少占满两行的位置才行，这样就只需要保留这一段。\n::署名 某局\n::成文日期 2025年2月14日\n::附注 此件公开发布\n"
    paragraphs = _kept(Docx(render_docx(parse_markup([("t", markup)]))))
    assert paragraphs[-1][0] == "（此件公开发布）" and not paragraphs[-1][1]
    assert paragraphs[-2] == ("2025年2月14日", True, False)


def test_a_document_ends_with_its_last_block_unless_a_table_needs_an_anchor(notice_docx: Docx) -> None:
    summary = Docx(render_docx(parse_markup([("t", "::标题 总结\n正文。\n::署名 某校\n::成文日期 2025年1月10日\n")])))
    body = summary.document.xpath("//w:body/*", namespaces=NS)
    assert summary.text_of(body[-2]) == "2025年1月10日"  # then only the section properties
    last = notice_docx.document.xpath("//w:body/*[not(self::w:sectPr)]", namespaces=NS)
    assert etree.QName(last[-1]).localname == "p" and etree.QName(last[-2]).localname == "tbl"


@pytest.mark.parametrize("size", [0, 1, 500, 4096, 4097, 12_000, 40_000, 200_000])
def test_deflate_with_a_window_sized_to_the_part_round_trips(size: int) -> None:
    import random
    import zlib

    from drafter.docx.package import deflate

    words = [f'<w:r><w:t xml:space="preserve">第{n}段</w:t></w:r>'.encode() for n in range(40)]
    chooser = random.Random(size)
    raw = b"".join(chooser.choice(words) for _ in range(size // 20 + 1))[:size]
    packed = deflate(raw, 1)
    assert zlib.decompress(packed, -15) == raw
    usual = zlib.compressobj(1, zlib.DEFLATED, -15)
    assert len(packed) <= len(usual.compress(raw) + usual.flush()) * 1.02 + 8


def test_a_long_last_paragraph_is_not_kept_whole_with_the_signature() -> None:
    # LibreOffice moves a paragraph kept with the next whole to the next page when it fits there: a notice whose
    # last section ran 11 lines left 6 lines of its first page empty (ux19 walk). Such a paragraph keeps its widow
    # control (two of its lines go over with the signature when the page breaks inside it), not keep-with-next.
    long = "各乡镇要组织自然资源所对照卫片图斑逐宗实地核查，" * 10
    markup = f"::标题 关于做好工作的通知\n::主送 各单位\n{long}\n::署名 青禾县教育局\n::成文日期 2025年2月14日\n"
    paragraphs = _kept(Docx(render_docx(parse_markup([("t", markup)]))))
    texts = [text for text, _, _ in paragraphs]
    start = texts.index(long)
    assert paragraphs[start][1:] == (False, True)
    assert [keep for _, keep, _ in paragraphs[start + 1 : -1]] == [True] * (len(paragraphs) - 2 - start)
