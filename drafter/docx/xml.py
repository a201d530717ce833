"""The one module that writes raw WordprocessingML.

Everything above it speaks in style ids and typed lengths; here those become XML. Parts are built
as strings because the vocabulary is small and fixed, and string building is several times faster
than an element tree for the sizes involved (batch drafting writes thousands of documents).

Word rejects a file whose property elements are out of schema order, so the orders are data
(``PPR_ORDER`` …) and every property element is built through ``properties()``, which sorts by them:
an out-of-order ``w:pPr`` cannot be built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from msgspec import Struct

if TYPE_CHECKING:
    from .sheet import Page, StyleSheet, TextStyle

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Child order of the property elements (ECMA-376 Part 1, CT_PPrBase, CT_RPr, CT_TblPr, CT_TcPr, CT_SectPr).
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
    "em", "lang", "eastAsianLayout", "specVanish", "oMath",
)  # fmt: skip
TBLPR_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
    "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
)  # fmt: skip
TCPR_ORDER = (
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
    "tcFitText", "vAlign", "hideMark",
)  # fmt: skip
SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
    "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
    "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
)  # fmt: skip
_ORDERS = {"pPr": PPR_ORDER, "rPr": RPR_ORDER, "tblPr": TBLPR_ORDER, "tcPr": TCPR_ORDER, "sectPr": SECTPR_ORDER}
_RANKS = {tag: {name: rank for rank, name in enumerate(order)} for tag, order in _ORDERS.items()}
_NAME = re.compile(r"<w:([A-Za-z]+)")

# Everything outside XML 1.0's Char (control codes other than tab and newline, lone surrogates,
# U+FFFE and U+FFFF) would make Word refuse the file; carriage returns are dropped as well. Written
# as the few excluded ranges: the complement (all of Unicode but these) takes 6 ms to compile.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
# XML parsers refuse a single text node past about 10 MB (lxml's default, so python-docx's); a
# paragraph longer than this is written as several w:t in one run, which reads as the same text.
MAX_TEXT_NODE = 1_000_000
MAX_PROPERTY_CHARS = 1_000  # the title in the document properties


# One search answers "nothing to do" for almost all text; str.translate with a dict walks CJK text
# character by character in Python objects and cost 13 µs a sentence, replace chains cost 0.6 µs.
_SPECIAL = re.compile('[&<>"\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]')


def esc(text: str) -> str:
    if _SPECIAL.search(text) is None:
        return text
    text = _FORBIDDEN.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def el(name: str, **attrs: object) -> str:
    """An empty w: element with attributes in the order given (``None`` values are left out)."""
    body = "".join(f' w:{key}="{esc(str(value))}"' for key, value in attrs.items() if value is not None)
    return f"<w:{name}{body}/>"


def properties(tag: str, children: Iterable[str]) -> str:
    """A property element (pPr, rPr, tblPr, tcPr, sectPr) with its children put in schema order.

    A child the schema does not allow there, or the same child twice (other than header and footer
    references), is a programming error and raises ValueError.
    """
    ranks = _RANKS[tag]
    keyed = []
    for child in children:
        match = _NAME.match(child)
        name = match.group(1) if match else ""
        if name not in ranks:
            raise ValueError(f"<w:{name}> is not allowed in <w:{tag}>")
        keyed.append((ranks[name], name, child))
    keyed.sort(key=lambda item: item[0])  # stable: header/footer references keep their given order
    names = [name for _, name, _ in keyed]
    repeated = {n for n in names if names.count(n) > 1} - {"headerReference", "footerReference"}
    if repeated:
        raise ValueError(f"<w:{tag}> repeats {sorted(repeated)}")
    return f"<w:{tag}>{''.join(child for _, _, child in keyed)}</w:{tag}>"


def fonts(east_asia: str, latin: str) -> str:
    # No *Theme attributes: they override the named fonts in Word and LibreOffice.
    return el("rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin)


def indent(left: int | None, right: int | None, first_line: int | None, hanging: int | None) -> str:
    """w:ind with the given sides (None leaves a side to the style); hanging wins over first_line."""
    return el(
        "ind",
        left=left,
        right=right,
        hanging=hanging or None,
        firstLine=first_line if not hanging else None,
    )


# --- runs ------------------------------------------------------------------------------------------


class RunFormat(Struct, frozen=True):
    """Direct run formatting that differs from the paragraph style."""

    east_asia: str = ""
    latin: str = ""
    size: int = 0
    color: str = ""
    scale: int = 0  # horizontal character scale in percent

    def xml(self) -> str:
        return _run_properties(self)


@lru_cache(maxsize=256)
def _run_properties(fmt: RunFormat) -> str:
    children = []
    if fmt.east_asia:
        children.append(fonts(fmt.east_asia, fmt.latin or fmt.east_asia))
    if fmt.color:
        children.append(el("color", val=fmt.color))
    if fmt.scale:
        children.append(el("w", val=fmt.scale))
    if fmt.size:
        children += [el("sz", val=fmt.size), el("szCs", val=fmt.size)]
    return properties("rPr", children) if children else ""


PLAIN = RunFormat()


def run(text: str, fmt: RunFormat = PLAIN) -> str:
    if len(text) > MAX_TEXT_NODE:
        pieces = (text[i : i + MAX_TEXT_NODE] for i in range(0, len(text), MAX_TEXT_NODE))
        body = "".join(f'<w:t xml:space="preserve">{esc(piece)}</w:t>' for piece in pieces)
        return f"<w:r>{fmt.xml()}{body}</w:r>"
    return f'<w:r>{fmt.xml()}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


TAB_RUN = "<w:r><w:tab/></w:r>"
PAGE_BREAK_RUN = '<w:r><w:br w:type="page"/></w:r>'


# --- paragraphs ------------------------------------------------------------------------------------


class Border(Struct, frozen=True):
    size: int  # eighths of a point
    color: str
    space: int  # gap to the text in points
    kind: str = "single"  # ST_Border: single, thickThinSmallGap (thick above thin), thinThickSmallGap …

    def xml(self, side: str) -> str:
        return el(side, val=self.kind, sz=self.size, space=self.space, color=self.color)


class Frame(Struct, frozen=True):
    """A paragraph placed at a fixed place on the page (w:framePr), out of the text flow's way."""

    width: int  # twips
    height: int  # twips, exact; 0 lets the frame be as tall as its text
    x: int  # from the page's left edge
    y: int  # from the page's top edge
    wrap: str = "notBeside"  # text continues below the frame, never beside it


class ParagraphFormat(Struct, frozen=True):
    """Direct paragraph formatting that differs from the paragraph style."""

    align: str = ""
    left: int | None = None
    right: int | None = None
    first_line: int | None = None
    hanging: int | None = None
    space_before: int = 0
    space_after: int = 0
    line: int = 0
    snap: bool = True  # False: off the line grid (an exact line keeps its own height in LibreOffice too)
    bottom_border: Border | None = None
    top_border: Border | None = None
    frame: Frame | None = None
    right_tab: int = 0
    left_tab: int = 0
    page_break_before: bool = False
    keep_next: bool = False

    def xml(self, style_id: str) -> str:
        return _paragraph_properties(style_id, self)


@lru_cache(maxsize=1024)
def _paragraph_properties(style_id: str, fmt: ParagraphFormat) -> str:
    children = [el("pStyle", val=style_id)]
    if fmt.keep_next:
        children.append("<w:keepNext/>")
    if fmt.page_break_before:
        children.append("<w:pageBreakBefore/>")
    if fmt.frame:
        frame = fmt.frame
        children.append(
            el(
                "framePr",
                w=frame.width,
                h=frame.height or None,
                hRule="exact" if frame.height else None,
                wrap=frame.wrap,
                vAnchor="page",
                hAnchor="page",
                x=frame.x,
                y=frame.y,
            )
        )
    if fmt.bottom_border or fmt.top_border:
        sides = (fmt.top_border.xml("top") if fmt.top_border else "") + (
            fmt.bottom_border.xml("bottom") if fmt.bottom_border else ""
        )
        children.append(f"<w:pBdr>{sides}</w:pBdr>")
    if fmt.right_tab or fmt.left_tab:
        stops = (el("tab", val="left", pos=fmt.left_tab) if fmt.left_tab else "") + (
            el("tab", val="right", pos=fmt.right_tab) if fmt.right_tab else ""
        )
        children.append(f"<w:tabs>{stops}</w:tabs>")
    if not fmt.snap:
        children.append(el("snapToGrid", val=0))
    if fmt.space_before or fmt.space_after or fmt.line:
        exact = {"line": fmt.line, "lineRule": "exact"} if fmt.line else {}
        children.append(el("spacing", before=fmt.space_before, after=fmt.space_after or None, **exact))
    side = indent(fmt.left, fmt.right, fmt.first_line, fmt.hanging)
    if side != "<w:ind/>":
        children.append(side)
    if fmt.align:
        children.append(el("jc", val=fmt.align))
    return properties("pPr", children)


NO_FORMAT = ParagraphFormat()


def paragraph(style_id: str, content: str = "", fmt: ParagraphFormat = NO_FORMAT) -> str:
    return f"<w:p>{fmt.xml(style_id)}{content}</w:p>"


BLANK = "<w:p/>"

_PPR = re.compile(r"<w:pPr>(.*?)</w:pPr>", re.S)
_CHILD = re.compile(r"<w:(\w+)\b[^>]*?(?:/>|>.*?</w:\1>)", re.S)


def add_paragraph_properties(paragraph_xml: str, *children: str) -> str:
    """The same paragraph with more pPr children (``<w:keepNext/>`` …), kept in schema order.

    Used to tie paragraphs together after the block handlers have written them (the last lines of
    the body with the signature block); a child the paragraph already has is not repeated.
    """
    match = _PPR.search(paragraph_xml)
    existing = [m.group(0) for m in _CHILD.finditer(match.group(1))] if match else []
    names = {_NAME.match(child).group(1) for child in existing}  # type: ignore[union-attr]
    added = [child for child in children if _NAME.match(child).group(1) not in names]  # type: ignore[union-attr]
    ppr = properties("pPr", [*existing, *added])
    if match:
        return paragraph_xml[: match.start()] + ppr + paragraph_xml[match.end() :]
    if paragraph_xml == BLANK:
        return f"<w:p>{ppr}</w:p>"
    assert paragraph_xml.startswith("<w:p>"), paragraph_xml[:20]
    return "<w:p>" + ppr + paragraph_xml[len("<w:p>") :]


KEEP_NEXT = "<w:keepNext/>"
WIDOW_CONTROL = "<w:widowControl/>"  # on: at least two lines of a paragraph on either side of a page break


# --- tables ----------------------------------------------------------------------------------------


def _rule(side: str, size: int, color: str = "000000") -> str:
    return el(side, val="single", sz=size, space=0, color=color)


@lru_cache(maxsize=64)
def _cell_properties(width: int) -> str:
    return properties("tcPr", [el("tcW", w=width, type="dxa"), el("vAlign", val="center")])


TABLE_CELL_MARGIN = 57  # twips (1 mm) left and right inside every cell of ``table``


def table(
    rows: Sequence[Sequence[str]],
    *,
    widths: Sequence[int],
    style_id: str,
    row_height: int,
    rule: int,
    header_format: RunFormat = PLAIN,
    header: bool = True,
    aligns: Sequence[str] = (),
) -> str:
    """A grid table with single rules; with ``header`` the first row is the header and repeats on every page.

    ``aligns`` sets the alignment of each column's body cells (the style's, centred, by default).
    """
    grid = "".join(el("gridCol", w=w) for w in widths)
    borders = "".join(_rule(side, rule) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    body = []
    for index, cells in enumerate(rows):
        heading = header and index == 0
        fmt = header_format if heading else PLAIN
        tcs = "".join(
            f"<w:tc>{_cell_properties(w)}"
            f"{paragraph(style_id, run(text, fmt) if text else '', _cell_format('' if heading else align))}</w:tc>"
            for text, w, align in zip(cells, widths, (*aligns, *[""] * len(widths)), strict=False)
        )
        repeat = "<w:tblHeader/>" if heading else ""
        height = el("trHeight", val=row_height, hRule="atLeast")
        body.append(f"<w:tr><w:trPr><w:cantSplit/>{repeat}{height}</w:trPr>{tcs}</w:tr>")
    margin = TABLE_CELL_MARGIN
    margins = f"<w:tblCellMar>{el('left', w=margin, type='dxa')}{el('right', w=margin, type='dxa')}</w:tblCellMar>"
    table_properties = properties(
        "tblPr",
        [
            el("tblW", w=sum(widths), type="dxa"),
            el("jc", val="center"),
            f"<w:tblBorders>{borders}</w:tblBorders>",
            el("tblLayout", type="fixed"),
            margins,
        ],
    )
    return f"<w:tbl>{table_properties}<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"


TABLE_CELL_PADDING = 2 * TABLE_CELL_MARGIN  # left and right cell margins of ``table``


@lru_cache(maxsize=8)
def _cell_format(align: str) -> ParagraphFormat:
    return ParagraphFormat(align=align) if align else NO_FORMAT


def layout_table(
    rows: Sequence[Sequence[str]],
    *,
    widths: Sequence[int],
    align: str = "center",
    row_height: int = 0,
    vertical: str = "center",
) -> str:
    """A table without rules that places ready-made paragraphs side by side (joint marks, signatures).

    ``rows`` hold each cell's paragraph XML; ``row_height`` (exact) 0 lets rows size themselves.
    """
    grid = "".join(el("gridCol", w=w) for w in widths)
    trs = []
    for cells in rows:
        tcs = []
        for content, width in zip(cells, widths, strict=True):
            props = properties("tcPr", [el("tcW", w=width, type="dxa"), el("vAlign", val=vertical)])
            tcs.append(f"<w:tc>{props}{content}</w:tc>")
        height = f"<w:trPr>{el('trHeight', val=row_height, hRule='exact')}</w:trPr>" if row_height else ""
        trs.append(f"<w:tr>{height}{''.join(tcs)}</w:tr>")
    nil = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = "".join(el(side, w=0, type="dxa") for side in ("top", "left", "bottom", "right"))
    table_properties = properties(
        "tblPr",
        [
            el("tblW", w=sum(widths), type="dxa"),
            el("jc", val=align),
            f"<w:tblBorders>{nil}</w:tblBorders>",
            el("tblLayout", type="fixed"),
            f"<w:tblCellMar>{margins}</w:tblCellMar>",
        ],
    )
    return f"<w:tbl>{table_properties}<w:tblGrid>{grid}</w:tblGrid>{''.join(trs)}</w:tbl>"


def bottom_block(rows: Sequence[str], *, width: int, left: int, outer: int, inner: int) -> str:
    """A one-column table without side borders, pinned to the bottom of the 版心 of its page.

    Used for the 版记: rules above, between and below its rows, the last one on the 版心's
    bottom edge (§7.4.1). Each row holds ready-made paragraph XML.

    It is placed ``left`` twips from the page edge rather than centred on the margins:
    LibreOffice turns a floating table into a frame only when text could flow beside it, which
    it judges against the page width for page-anchored tables; a full-width table anchored to
    the margins is imported inline and ends up under the last paragraph instead.
    """

    def line(side: str, size: int) -> str:
        # A size of 0 is no rule at all (a 信函's 版记 has none, §10.1).
        return el(side, val="single", space=0, color="000000", sz=size) if size else f'<w:{side} w:val="nil"/>'

    borders = (
        f'{line("top", outer)}<w:left w:val="nil"/>{line("bottom", outer)}'
        f'<w:right w:val="nil"/>{line("insideH", inner)}<w:insideV w:val="nil"/>'
    )
    cell = properties("tcPr", [el("tcW", w=width, type="dxa")])
    trs = "".join(f"<w:tr><w:tc>{cell}{content}</w:tc></w:tr>" for content in rows)
    anchor = el(
        "tblpPr",
        leftFromText=0,
        rightFromText=0,
        vertAnchor="margin",
        horzAnchor="page",
        tblpX=left,
        tblpYSpec="bottom",
    )
    margins = f"<w:tblCellMar>{el('left', w=0, type='dxa')}{el('right', w=0, type='dxa')}</w:tblCellMar>"
    table_properties = properties(
        "tblPr",
        [
            anchor,
            el("tblW", w=width, type="dxa"),
            f"<w:tblBorders>{borders}</w:tblBorders>",
            el("tblLayout", type="fixed"),
            margins,
        ],
    )
    return f"<w:tbl>{table_properties}<w:tblGrid>{el('gridCol', w=width)}</w:tblGrid>{trs}</w:tbl>"


# --- fields ----------------------------------------------------------------------------------------

PAGE_FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    "<w:r><w:t>1</w:t></w:r>"
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)


def page_number_paragraph(style_id: str, *, align: str, left: int = 0, right: int = 0) -> str:
    """— N — with a PAGE field, em dashes U+2014 on both sides (§7.5)."""
    fmt = ParagraphFormat(align=align, left=left, right=right, first_line=0)
    return paragraph(style_id, run("\u2014 ") + PAGE_FIELD + run(" \u2014"), fmt)


# --- part roots ------------------------------------------------------------------------------------


def document(body: str, section: str) -> str:
    return f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}{section}</w:body></w:document>'


def footer(content: str) -> str:
    return f'{XML_HEAD}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{content}</w:ftr>'


def header(content: str) -> str:
    return f'{XML_HEAD}<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{content}</w:hdr>'


# --- the parts a style sheet determines ------------------------------------------------------------

_LANG = el("lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA")
_CJK_SPACING = (el("widowControl", val=0), el("autoSpaceDE", val=0), el("autoSpaceDN", val=0))


def _style(style: TextStyle, *, default: bool, line_pitch: int, char_spacing: int) -> str:
    ppr = ["<w:keepNext/>"] if style.keep_next else []
    if default:
        ppr += _CJK_SPACING
    if not style.snap_to_grid:
        ppr.append(el("snapToGrid", val=0))
    ppr.append(el("spacing", before=0, after=0, line=style.line or line_pitch, lineRule="exact"))
    ppr.append(indent(style.left, style.right, style.first_line, style.hanging))
    ppr.append(el("jc", val=style.align))
    if style.outline_level is not None:
        ppr.append(el("outlineLvl", val=style.outline_level))
    rpr = [fonts(style.east_asia, style.latin), el("b", val=0), el("bCs", val=0)]
    if style.color:
        rpr.append(el("color", val=style.color))
    rpr += [el("spacing", val=char_spacing), el("sz", val=style.size), el("szCs", val=style.size), _LANG]
    based = "" if default else el("basedOn", val="Normal")
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="paragraph"{flag} w:styleId="{esc(style.style_id)}">{el("name", val=style.name)}'
        f"{based}<w:qFormat/>{properties('pPr', ppr)}{properties('rPr', rpr)}</w:style>"
    )


_TABLE_STYLE = (
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    "</w:tblCellMar></w:tblPr></w:style>"
)


def styles_part(sheet: StyleSheet) -> str:
    normal = sheet.body
    defaults = (
        "<w:docDefaults><w:rPrDefault>"
        + properties(
            "rPr",
            [fonts(normal.east_asia, normal.latin), el("sz", val=normal.size), el("szCs", val=normal.size), _LANG],
        )
        + "</w:rPrDefault><w:pPrDefault>"
        + properties("pPr", _CJK_SPACING)
        + "</w:pPrDefault></w:docDefaults>"
    )
    pitch, spacing = sheet.line_pitch, sheet.char_spacing
    body = "".join(
        _style(s, default=s.style_id == "Normal", line_pitch=pitch, char_spacing=spacing) for s in sheet.styles
    )
    extra = sheet.furnishing.styles_xml.decode("utf-8")
    return f'{XML_HEAD}<w:styles xmlns:w="{W_NS}">{defaults}{body}{_TABLE_STYLE}{extra}</w:styles>'


def settings_part(*, even_and_odd: bool) -> str:
    return (
        f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
        f'<w:defaultTabStop w:val="420"/>{"<w:evenAndOddHeaders/>" if even_and_odd else ""}'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>'
    )


def font_table_part(names: Iterable[str]) -> str:
    entries = "".join(f'<w:font w:name="{esc(name)}"><w:charset w:val="86"/></w:font>' for name in names)
    return f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}">{entries}</w:fonts>'


def section_properties(
    page: Page, *, line_pitch: int, references: Sequence[tuple[str, str, str]], title_page: bool
) -> str:
    """w:sectPr: header and footer references given as (element, type, relationship id), page, grid."""
    children = [f'<w:{kind} w:type="{which}" r:id="{rid}"/>' for kind, which, rid in references]
    children.append(el("pgSz", w=page.width, h=page.height))
    children.append(
        el(
            "pgMar",
            top=page.top,
            right=page.right,
            bottom=page.bottom,
            left=page.left,
            header=page.header,
            footer=page.footer_distance,
            gutter=0,
        )
    )
    if title_page:
        children.append("<w:titlePg/>")
    children.append(el("docGrid", type="lines", linePitch=line_pitch))
    return properties("sectPr", children)


A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_LINE = '<a:ln w="{w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'


def theme_part(*, latin: str, body_east_asia: str, heading_east_asia: str) -> str:
    """A plain theme whose font scheme names the fonts the styles name.

    Word expects a document to carry a theme (without one a validator reports a missing required
    relationship and Word may repair the file). Its fonts are used only through *Theme attributes,
    which drafter never writes; naming the same fonts keeps even a client that falls back on the theme
    on 仿宋_GB2312 and Times New Roman.
    """
    colours = {
        "dk1": '<a:sysClr val="windowText" lastClr="000000"/>', "lt1": '<a:sysClr val="window" lastClr="FFFFFF"/>',
        "dk2": '<a:srgbClr val="44546A"/>', "lt2": '<a:srgbClr val="E7E6E6"/>', "accent1": '<a:srgbClr val="4472C4"/>',
        "accent2": '<a:srgbClr val="ED7D31"/>', "accent3": '<a:srgbClr val="A5A5A5"/>', "accent4": '<a:srgbClr val="FFC000"/>',
        "accent5": '<a:srgbClr val="5B9BD5"/>', "accent6": '<a:srgbClr val="70AD47"/>', "hlink": '<a:srgbClr val="0563C1"/>',
        "folHlink": '<a:srgbClr val="954F72"/>',
    }  # fmt: skip
    scheme = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in colours.items())

    def font(kind: str, east_asia: str) -> str:
        return (
            f'<a:{kind}><a:latin typeface="{esc(latin)}"/><a:ea typeface="{esc(east_asia)}"/>'
            f'<a:cs typeface="{esc(latin)}"/><a:font script="Hans" typeface="{esc(east_asia)}"/></a:{kind}>'
        )

    fills = _SOLID * 3
    lines = "".join(_LINE.format(w=w) for w in (6350, 12700, 19050))
    effects = "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    return (
        f'{XML_HEAD}<a:theme xmlns:a="{A_NS}" name="GB/T 9704">'
        f'<a:themeElements><a:clrScheme name="GB/T 9704">{scheme}</a:clrScheme>'
        f'<a:fontScheme name="GB/T 9704">{font("majorFont", heading_east_asia)}{font("minorFont", body_east_asia)}</a:fontScheme>'
        f'<a:fmtScheme name="GB/T 9704"><a:fillStyleLst>{fills}</a:fillStyleLst><a:lnStyleLst>{lines}</a:lnStyleLst>'
        f"<a:effectStyleLst>{effects}</a:effectStyleLst><a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme>"
        "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )


_PKG_CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


def core_part(title: str, creator: str, created_iso: str) -> str:
    return (
        f'{XML_HEAD}<cp:coreProperties xmlns:cp="{_PKG_CORE}" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{esc(title[:MAX_PROPERTY_CHARS])}</dc:title><dc:creator>{esc(creator)}</dc:creator><dc:language>zh-CN</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created_iso}</dcterms:created></cp:coreProperties>'
    )
