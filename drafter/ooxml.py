"""The one module that writes raw WordprocessingML.

Everything above it speaks in style ids, twips and half-points; here those become XML. Parts are
built as strings because the vocabulary is small and fixed, and string building is several times
faster than an element tree for the sizes involved (batch drafting writes thousands of documents).
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .style import GRID, PAGE, RULES, STYLES, TextStyle

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


# Characters XML 1.0 forbids (control codes other than tab/newline) would make Word refuse the file.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f]")


def esc(text: str) -> str:
    return _FORBIDDEN.sub("", text).translate(_ESCAPES)


def fonts(east_asia: str, latin: str) -> str:
    # No *Theme attributes: they override the named fonts in Word and LibreOffice.
    return (
        f'<w:rFonts w:ascii="{esc(latin)}" w:hAnsi="{esc(latin)}" w:eastAsia="{esc(east_asia)}" w:cs="{esc(latin)}"/>'
    )


@dataclass(frozen=True)
class RunFormat:
    """Direct run formatting that differs from the paragraph style."""

    east_asia: str = ""
    latin: str = ""
    size: int = 0
    color: str = ""
    scale: int = 0  # horizontal character scale in percent

    def xml(self) -> str:
        parts = []
        if self.east_asia:
            parts.append(fonts(self.east_asia, self.latin or self.east_asia))
        if self.color:
            parts.append(f'<w:color w:val="{self.color}"/>')
        if self.scale:
            parts.append(f'<w:w w:val="{self.scale}"/>')
        if self.size:
            parts.append(f'<w:sz w:val="{self.size}"/><w:szCs w:val="{self.size}"/>')
        return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


PLAIN = RunFormat()


def run(text: str, fmt: RunFormat = PLAIN) -> str:
    return f'<w:r>{fmt.xml()}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def runs_with_breaks(lines: Sequence[str], fmt: RunFormat = PLAIN) -> str:
    """One run per line, separated by line breaks inside the same paragraph."""
    return "<w:r><w:br/></w:r>".join(run(line, fmt) for line in lines)


TAB_RUN = "<w:r><w:tab/></w:r>"
PAGE_BREAK_RUN = '<w:r><w:br w:type="page"/></w:r>'


@dataclass(frozen=True)
class ParagraphFormat:
    """Direct paragraph formatting that differs from the paragraph style."""

    align: str = ""
    left: int | None = None
    right: int | None = None
    first_line: int | None = None
    hanging: int | None = None
    space_before: int = 0
    line: int = 0
    bottom_border: tuple[int, str, int] | None = None  # (eighths of a point, colour, gap in pt)
    right_tab: int = 0
    page_break_before: bool = False
    keep_next: bool = False

    def xml(self, style_id: str) -> str:
        parts = [f'<w:pStyle w:val="{style_id}"/>']
        if self.keep_next:
            parts.append("<w:keepNext/>")
        if self.page_break_before:
            parts.append("<w:pageBreakBefore/>")
        if self.bottom_border:
            size, color, gap = self.bottom_border
            parts.append(f'<w:pBdr><w:bottom w:val="single" w:sz="{size}" w:space="{gap}" w:color="{color}"/></w:pBdr>')
        if self.right_tab:
            parts.append(f'<w:tabs><w:tab w:val="right" w:pos="{self.right_tab}"/></w:tabs>')
        if self.space_before or self.line:
            spacing = f'<w:spacing w:before="{self.space_before}"'
            if self.line:
                spacing += f' w:line="{self.line}" w:lineRule="exact"'
            parts.append(spacing + "/>")
        indent = _indent(self.left, self.right, self.first_line, self.hanging)
        if indent:
            parts.append(indent)
        if self.align:
            parts.append(f'<w:jc w:val="{self.align}"/>')
        return f"<w:pPr>{''.join(parts)}</w:pPr>"


def _indent(left: int | None, right: int | None, first_line: int | None, hanging: int | None) -> str:
    attrs = []
    if left is not None:
        attrs.append(f'w:left="{left}"')
    if right is not None:
        attrs.append(f'w:right="{right}"')
    if hanging:
        attrs.append(f'w:hanging="{hanging}"')
    elif first_line is not None:
        attrs.append(f'w:firstLine="{first_line}"')
    return f"<w:ind {' '.join(attrs)}/>" if attrs else ""


NO_FORMAT = ParagraphFormat()


def paragraph(style_id: str, content: str = "", fmt: ParagraphFormat = NO_FORMAT) -> str:
    return f"<w:p>{fmt.xml(style_id)}{content}</w:p>"


def table(
    rows: Sequence[Sequence[str]],
    *,
    widths: Sequence[int],
    style_id: str,
    row_height: int,
    header_format: RunFormat = PLAIN,
) -> str:
    """A grid table with single rules; the first row is the header."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="{RULES.table}" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    body = []
    for index, cells in enumerate(rows):
        fmt = header_format if index == 0 else PLAIN
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f"{paragraph(style_id, run(text, fmt) if text else '')}</w:tc>"
            for text, w in zip(cells, widths, strict=False)
        )
        header = "<w:tblHeader/>" if index == 0 else ""
        height = f'<w:trHeight w:val="{row_height}" w:hRule="atLeast"/>'
        body.append(f"<w:tr><w:trPr><w:cantSplit/>{header}{height}</w:trPr>{tcs}</w:tr>")
    total = sum(widths)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
    )


def bottom_block(rows: Sequence[str], *, width: int, left: int, outer: int, inner: int) -> str:
    """A one-column table without side borders, pinned to the bottom of the 版心 of its page.

    Used for the 版记: rules above, between and below its rows, the last one on the 版心's
    bottom edge (§7.4.1). Each row holds ready-made paragraph XML.

    It is placed ``left`` twips from the page edge rather than centred on the margins:
    LibreOffice turns a floating table into a frame only when text could flow beside it, which
    it judges against the page width for page-anchored tables; a full-width table anchored to
    the margins is imported inline and ends up under the last paragraph instead.
    """
    rule = 'w:val="single" w:space="0" w:color="000000"'
    borders = (
        f'<w:top {rule} w:sz="{outer}"/><w:left w:val="nil"/><w:bottom {rule} w:sz="{outer}"/>'
        f'<w:right w:val="nil"/><w:insideH {rule} w:sz="{inner}"/><w:insideV w:val="nil"/>'
    )
    trs = "".join(
        f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc></w:tr>' for content in rows
    )
    return (
        '<w:tbl><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" w:vertAnchor="margin" '
        f'w:horzAnchor="page" w:tblpX="{left}" w:tblpYSpec="bottom"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>{trs}</w:tbl>'
    )


def page_number_paragraph(style_id: str, *, align: str, left: int = 0, right: int = 0) -> str:
    """— N — with a PAGE field, em dashes U+2014 on both sides (§7.5)."""
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    fmt = ParagraphFormat(align=align, left=left, right=right, first_line=0)
    return paragraph(style_id, run("\u2014 ") + field + run(" \u2014"), fmt)


def _style_xml(style: TextStyle, default: bool) -> str:
    # Children in schema order (CT_PPrBase); Word rejects a file whose pPr is out of order.
    ppr = []
    if style.keep_next:
        ppr.append("<w:keepNext/>")
    if default:
        ppr.append('<w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>')
    if not style.snap_to_grid:
        ppr.append('<w:snapToGrid w:val="0"/>')
    line = style.line or GRID.line_pitch
    ppr.append(f'<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>')
    ppr.append(_indent(style.left, style.right, style.first_line, style.hanging))
    ppr.append(f'<w:jc w:val="{style.align}"/>')
    if style.outline_level is not None:
        ppr.append(f'<w:outlineLvl w:val="{style.outline_level}"/>')
    rpr = [fonts(style.east_asia, style.latin), '<w:b w:val="0"/><w:bCs w:val="0"/>']
    if style.color:
        rpr.append(f'<w:color w:val="{style.color}"/>')
    rpr.append(f'<w:spacing w:val="{GRID.char_spacing}"/>')
    rpr.append(f'<w:sz w:val="{style.size}"/><w:szCs w:val="{style.size}"/>')
    rpr.append('<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>')
    based = "" if default else '<w:basedOn w:val="Normal"/>'
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="paragraph"{flag} w:styleId="{style.style_id}"><w:name w:val="{esc(style.name)}"/>'
        f"{based}<w:qFormat/><w:pPr>{''.join(ppr)}</w:pPr><w:rPr>{''.join(rpr)}</w:rPr></w:style>"
    )


def styles_part(styles: Iterable[TextStyle] = STYLES) -> str:
    normal = next(s for s in styles if s.style_id == "Normal")
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f"{fonts(normal.east_asia, normal.latin)}"
        f'<w:sz w:val="{normal.size}"/><w:szCs w:val="{normal.size}"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    table_style = (
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
    )
    body = "".join(_style_xml(s, s.style_id == "Normal") for s in styles)
    return f'{_XML_HEAD}<w:styles xmlns:w="{W_NS}">{defaults}{body}{table_style}</w:styles>'


def settings_part() -> str:
    return (
        f'{_XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>'
    )


def font_table_part(names: Iterable[str]) -> str:
    entries = "".join(f'<w:font w:name="{esc(name)}"><w:charset w:val="86"/></w:font>' for name in names)
    return f'{_XML_HEAD}<w:fonts xmlns:w="{W_NS}">{entries}</w:fonts>'


def footer_part(content: str) -> str:
    return f'{_XML_HEAD}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{content}</w:ftr>'


def section_properties() -> str:
    return (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
        '<w:footerReference w:type="even" r:id="rIdFooterEven"/>'
        f'<w:pgSz w:w="{PAGE.width}" w:h="{PAGE.height}"/>'
        f'<w:pgMar w:top="{PAGE.top}" w:right="{PAGE.right}" w:bottom="{PAGE.bottom}" w:left="{PAGE.left}" '
        f'w:header="{PAGE.header}" w:footer="{PAGE.footer}" w:gutter="0"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{GRID.line_pitch}"/></w:sectPr>'
    )


def document_part(body: str) -> str:
    return (
        f'{_XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}'
        f"{section_properties()}</w:body></w:document>"
    )


_PKG_CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


def core_part(title: str, creator: str, created_iso: str) -> str:
    return (
        f'{_XML_HEAD}<cp:coreProperties xmlns:cp="{_PKG_CORE}" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator><dc:language>zh-CN</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created_iso}</dcterms:created></cp:coreProperties>'
    )


_PKG = "http://schemas.openxmlformats.org/package/2006"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_OVERRIDES = (
    ("/word/document.xml", f"{_WML}.document.main+xml"),
    ("/word/styles.xml", f"{_WML}.styles+xml"),
    ("/word/settings.xml", f"{_WML}.settings+xml"),
    ("/word/fontTable.xml", f"{_WML}.fontTable+xml"),
    ("/word/footer1.xml", f"{_WML}.footer+xml"),
    ("/word/footer2.xml", f"{_WML}.footer+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
)
_CONTENT_TYPES = (
    f'{_XML_HEAD}<Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in _OVERRIDES)
    + "</Types>"
)


def _relationships(entries: Iterable[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in entries)
    return f'{_XML_HEAD}<Relationships xmlns="{_PKG}/relationships">{body}</Relationships>'


_PACKAGE_RELS = _relationships(
    (
        ("rId1", f"{R_NS}/officeDocument", "word/document.xml"),
        ("rId2", f"{_PKG}/relationships/metadata/core-properties", "docProps/core.xml"),
    )
)
_DOCUMENT_RELS = _relationships(
    (
        ("rIdStyles", f"{R_NS}/styles", "styles.xml"),
        ("rIdSettings", f"{R_NS}/settings", "settings.xml"),
        ("rIdFonts", f"{R_NS}/fontTable", "fontTable.xml"),
        ("rIdFooterOdd", f"{R_NS}/footer", "footer1.xml"),
        ("rIdFooterEven", f"{R_NS}/footer", "footer2.xml"),
    )
)

# A fixed timestamp inside the zip keeps the same input producing the same bytes (DOS date 2000-01-01).
_DOS_TIME, _DOS_DATE = 0, (2000 - 1980) << 9 | 1 << 5 | 1


@dataclass(frozen=True)
class ZipPart:
    """One compressed part, ready to be copied into any number of packages."""

    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream


def compress_part(name: str, text: str, level: int = 6) -> ZipPart:
    raw = text.encode("utf-8")
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    return ZipPart(name.encode("ascii"), zlib.crc32(raw), len(raw), packer.compress(raw) + packer.flush())


@lru_cache(maxsize=4)
def static_parts(odd_footer: str, even_footer: str, font_names: tuple[str, ...]) -> tuple[ZipPart, ...]:
    """The parts every document shares, built and compressed once per process."""
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _PACKAGE_RELS,
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/styles.xml": styles_part(),
        "word/settings.xml": settings_part(),
        "word/fontTable.xml": font_table_part(font_names),
        "word/footer1.xml": footer_part(odd_footer),
        "word/footer2.xml": footer_part(even_footer),
    }
    return tuple(compress_part(name, text, level=9) for name, text in parts.items())


def package(static: Iterable[ZipPart], dynamic: dict[str, str]) -> bytes:
    """Write the .docx zip directly: [Content_Types].xml first, as some readers expect.

    Static parts arrive already compressed, so a document costs only the compression of its own
    parts; zipfile would recompress everything every time.
    """
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for part in (*static, *(compress_part(name, text, level=1) for name, text in dynamic.items())):
        # version needed, flags, method (deflate), time, date, crc, sizes, name length: same in both headers
        shared = (20, 0, 8, _DOS_TIME, _DOS_DATE, part.crc, len(part.data), part.size, len(part.name))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, *shared, 0)
        local += (header, part.name, part.data)
        entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, *shared, 0, 0, 0, 0, 0o100644 << 16, offset)
        central.append(entry + part.name)
        offset += len(header) + len(part.name) + len(part.data)
    directory = b"".join(central)
    count = len(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), offset, 0)
    return b"".join(local) + directory + end
