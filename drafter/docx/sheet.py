"""The style sheet as a value: every number of GB/T 9704-2012 the writer uses, in one reviewed table.

A ``StyleSheet`` is frozen and hashable. ``GBT9704`` holds the standard's numbers; a unit's own
Word file (``reference.py``) or a genre's page set-up makes another sheet with ``msgspec.structs.replace``
instead of editing the writer. Lengths are ``Twips`` (1/20 pt), font sizes ``HalfPoints`` (OOXML
``w:sz``), rule widths ``EighthPoints``; indents of a style are counted in characters of its own size,
so 左空二字 stays two characters whatever the size. Sources: ../shared/gbt9704.md.
"""

from __future__ import annotations

import math
from functools import cached_property
from typing import Literal

from msgspec import Struct
from msgspec.structs import replace

TWIPS_PER_MM = 1440 / 25.4


class Twips(int):
    """A length in twentieths of a point (OOXML's dxa)."""

    __slots__ = ()

    @classmethod
    def from_mm(cls, value: float) -> Twips:
        return cls(round(value * TWIPS_PER_MM))

    @classmethod
    def from_pt(cls, value: float) -> Twips:
        return cls(round(value * 20))

    @property
    def pt(self) -> float:
        return self / 20

    @property
    def mm(self) -> float:
        return self / TWIPS_PER_MM

    def __repr__(self) -> str:
        return f"Twips({int(self)})"

    __str__ = int.__repr__  # the number as OOXML writes it (int's own __str__ would call __repr__)


class HalfPoints(int):
    """A font size in half-points (OOXML ``w:sz``)."""

    __slots__ = ()

    @property
    def pt(self) -> float:
        return self / 2

    @property
    def twips(self) -> Twips:
        """The width of one Chinese character of this size."""
        return Twips(self * 10)

    def __repr__(self) -> str:
        return f"HalfPoints({int(self)})"

    __str__ = int.__repr__  # the number as OOXML writes it (int's own __str__ would call __repr__)


class EighthPoints(int):
    """A border width in eighths of a point (OOXML ``w:sz`` of a border)."""

    __slots__ = ()

    @property
    def pt(self) -> float:
        return self / 8

    def __repr__(self) -> str:
        return f"EighthPoints({int(self)})"

    __str__ = int.__repr__  # the number as OOXML writes it (int's own __str__ would call __repr__)


def mm(value: float) -> Twips:
    return Twips.from_mm(value)


# 号 → size (Word's mapping, the de facto one).
SIZE = {
    "初号": HalfPoints(84),
    "小初": HalfPoints(72),
    "一号": HalfPoints(52),
    "二号": HalfPoints(44),
    "三号": HalfPoints(32),
    "四号": HalfPoints(28),
    "小四": HalfPoints(24),
}
RED = "FF0000"


class Faces(Struct, frozen=True):
    """The font names offices expect; free stand-ins are mapped to them by fontconfig (gbt9704.md §4)."""

    fangsong: str = "仿宋_GB2312"
    kaiti: str = "楷体_GB2312"
    heiti: str = "黑体"
    songti: str = "宋体"
    xiaobiaosong: str = "方正小标宋简体"
    latin: str = "Times New Roman"  # digits and Latin letters (house practice)


FACES = Faces()

Align = Literal["left", "center", "right", "both"]


class TextStyle(Struct, frozen=True):
    """A paragraph style: the writer refers to it by ``style_id`` and never restates its numbers.

    Indents are in characters of the style's own size (``first_line_chars=2`` is 首行缩进二字).
    """

    style_id: str
    name: str
    east_asia: str = FACES.fangsong
    latin: str = FACES.latin
    size: HalfPoints = SIZE["三号"]
    align: Align = "both"
    first_line_chars: float = 0
    left_chars: float = 0
    right_chars: float = 0
    hanging_chars: float = 0
    color: str = ""
    snap_to_grid: bool = True
    outline_level: int | None = None
    keep_next: bool = False
    line: Twips | None = None  # exact line height; None → the grid's line pitch

    @property
    def char(self) -> Twips:
        """One character of this style's size: the unit of 左空一字 and the like."""
        return self.size.twips

    def chars(self, count: float) -> Twips:
        return Twips(round(count * self.char))

    @property
    def first_line(self) -> Twips:
        return self.chars(self.first_line_chars)

    @property
    def left(self) -> Twips:
        return self.chars(self.left_chars)

    @property
    def right(self) -> Twips:
        return self.chars(self.right_chars)

    @property
    def hanging(self) -> Twips:
        return self.chars(self.hanging_chars)


class Page(Struct, frozen=True):
    width: Twips = Twips(11906)  # A4 210 mm (§5.1)
    height: Twips = Twips(16838)  # 297 mm
    top: Twips = mm(37)  # 天头 (§5.2.1)
    bottom: Twips = mm(35)
    left: Twips = Twips(1588)  # 订口 28 mm
    right: Twips = mm(26)
    header: Twips = mm(15)
    # The page-number dash 7 mm below the 版心 (§7.5): the footer's distance from the paper's edge
    # is this much less than the bottom margin (calibrated on a LibreOffice render).
    footer_above_margin: Twips = Twips(mm(35) - mm(25.2))
    footer: Twips | None = None  # a reference file's own footer distance; None → from the rule above

    @property
    def text_width(self) -> Twips:
        return Twips(self.width - self.left - self.right)

    @property
    def text_height(self) -> Twips:
        return Twips(self.height - self.top - self.bottom)

    @property
    def footer_distance(self) -> Twips:
        return self.footer if self.footer is not None else Twips(self.bottom - self.footer_above_margin)


class Grid(Struct, frozen=True):
    """22 lines × 28 characters of 三号 filling the 版心 (§5.2.4).

    A line grid whose pitch is the 版心 height over the lines, plus a character spacing that makes the
    characters fill the 版心 width, gives 22 × 28 in LibreOffice and Word: with the standard page that
    is a pitch of 579 and −0.25 pt (gbt9704.md §2; the charSpace −849 character grid collapses to 14
    characters a line in LibreOffice 7.4). A body of another size keeps the same proportions.
    """

    lines: int = 22
    chars: int = 28
    at_size: HalfPoints = SIZE["三号"]

    def counts(self, body: HalfPoints) -> tuple[int, int]:
        """(lines, characters) per page for a body of this size."""
        if body == self.at_size:
            return self.lines, self.chars
        return math.floor(self.lines * self.at_size / body), math.floor(self.chars * self.at_size / body)


class Rules(Struct, frozen=True):
    """Rule widths (§7.2.7, §7.4.1)."""

    red_rule: EighthPoints = EighthPoints(12)  # 1.5 pt; the standard leaves the thickness open
    red_rule_gap_pt: int = 11  # about 4 mm below the 发文字号
    imprint_outer: EighthPoints = EighthPoints(8)  # 0.35 mm
    imprint_inner: EighthPoints = EighthPoints(6)  # 0.25 mm
    briefing_rule: EighthPoints = EighthPoints(6)  # a 简报's 报尾 lies between two thin rules, not the 版记's 0.35 mm
    table: EighthPoints = EighthPoints(4)


# The glyphs of a red mark (发文机关标志, 纪要标志, a letter's name) start about 1.4 pt below the top of their
# exact-height line (measured on a LibreOffice render): where a glyph top is placed, the line starts this higher.
MARK_GLYPH_OFFSET = Twips(28)


class Spacing(Struct, frozen=True):
    """Blank lines between elements, counted in grid lines, and offsets in characters (§7.2–7.3)."""

    # Glyph top 35 mm below the 版心 top (§7.2.4), so the space before is MARK_GLYPH_OFFSET shorter.
    issuer_mark_top: Twips = Twips(mm(35) - MARK_GLYPH_OFFSET)
    after_issuer_mark: int = 2
    after_red_rule: int = 2
    after_minutes_mark: int = 2  # 纪要标志 (and its 期号) to the title or body
    after_briefing_name: int = 1  # a 简报's name to its 期号, and the 期号 to the 编印单位 line
    between_briefing_items: int = 1  # one item of a 简报 to the next one's title
    before_attendance: int = 1  # 出席 one blank line below the body (§10.3)
    after_title: int = 1
    after_byline: int = 1  # a speech's 讲话人 and date to its 称呼
    before_attachment_note: int = 1
    before_signoff: int = 1  # unsealed (§7.3.5.2)
    before_sealed_signoff: int = 3  # leaves room for the seal over 署名 and 日期 (§7.3.5.1)
    seals_per_row: int = 3  # §7.3.5.1: each row of seals within the 版心, at most three
    seal_chars: int = 8  # a 42 mm seal is about 7.5 characters of 三号 wide
    signoff_right_chars: int = 2  # 右空二字 (§7.3.5.2)
    sealed_date_right_chars: int = 4  # 右空四字 (§7.3.5.1)
    signoff_date_offset_chars: int = 2  # the date starts two characters right of the issuer
    attachment_title_gap: int = 1
    issuer_mark_max_size: HalfPoints = SIZE["初号"]
    issuer_mark_min_size: HalfPoints = SIZE["二号"]
    issuer_mark_min_scale: int = 50  # a long 发文机关标志 is condensed to this width (percent) before it shrinks
    issuer_mark_margin_pt: float = 2  # kept free at each end of the 版心 width


class LetterFormat(Struct, frozen=True):
    """信函格式 (§10.1): where its mark and red double rules go, measured from the paper's edges."""

    mark_top: Twips = mm(30)  # glyph top of the 发文机关标志 from the paper's top
    rule_gap: Twips = mm(4)  # the upper double rule 4 mm below the mark
    rule_length: Twips = mm(170)  # both double rules, centred on the page
    lower_rule: Twips = mm(20)  # the lower double rule, above the paper's bottom
    rule: EighthPoints = EighthPoints(18)  # 2.25 pt for the pair; the standard leaves it open
    below_rule_chars: float = 7 / 8  # 份号 and 发文字号 sit 7/8 of a 3号 character below the upper rule
    after_marks: int = 2  # blank lines between the last of them and the title
    # Measured on a LibreOffice render, not given by the standard:
    text_top: Twips = Twips(148)  # 3号 characters start this far below the top of their grid line
    pair_gap: Twips = Twips(30)  # the gap between the two lines of a double rule (about 1.5 pt)


LETTER = LetterFormat()


# --- headers and footers ---------------------------------------------------------------------------


class PageNumber(Struct, frozen=True):
    """— N — in 4号宋体, on the outer side: right on odd pages, left on even pages (§7.5)."""

    side: Literal["right", "left"]


class ReferencePart(Struct, frozen=True):
    """A header or footer taken verbatim from a reference file, with what it points to (images, …).

    ``rels`` are (relationship id, type, target part name or URL, external) of the part itself.
    """

    xml: bytes
    rels: tuple[tuple[str, str, str, bool], ...] = ()
    page_number: bool = False  # whether it holds a PAGE field


class Blank(Struct, frozen=True):
    """A header or footer with nothing in it (a 信函's first page carries no page number, §10.1)."""


Furniture = PageNumber | ReferencePart | Blank


class Carried(Struct, frozen=True):
    """Any other part a reference header or footer needs (an image, a theme), copied as it is.

    ``rid`` and ``rel_type`` are set for a part the main document itself must point to (a theme).
    """

    name: str
    content_type: str
    data: bytes
    rels: tuple[tuple[str, str, str, bool], ...] = ()
    rid: str = ""
    rel_type: str = ""


class Furnishing(Struct, frozen=True):
    """What the page carries outside the 版心: headers and footers, by kind.

    ``None`` means none of that kind. A first-page kind turns on a distinct first page (``w:titlePg``);
    a first page without its own footer keeps the odd-page footer, so its page number stays.
    """

    default_header: Furniture | None = None
    even_header: Furniture | None = None
    first_header: Furniture | None = None
    default_footer: Furniture | None = PageNumber("right")
    even_footer: Furniture | None = PageNumber("left")
    first_footer: Furniture | None = None
    distinct_first_page: bool = False
    carried: tuple[Carried, ...] = ()  # images and other parts the reference parts point to
    styles_xml: bytes = b""  # w:style elements the reference parts use, appended to ours


# --- the sheet ---------------------------------------------------------------------------------------


def _styles(faces: Faces) -> tuple[TextStyle, ...]:
    three, four = SIZE["三号"], SIZE["四号"]
    return (
        TextStyle("Normal", "Normal", faces.fangsong, faces.latin, three, first_line_chars=2),
        TextStyle("Title", "Title", faces.xiaobiaosong, faces.latin, SIZE["二号"], "center", snap_to_grid=False),
        TextStyle("Heading1", "heading 1", faces.heiti, first_line_chars=2, outline_level=0, keep_next=True),
        TextStyle("Heading2", "heading 2", faces.kaiti, first_line_chars=2, outline_level=1, keep_next=True),
        TextStyle("Heading3", "heading 3", faces.fangsong, first_line_chars=2, outline_level=2),
        TextStyle("Heading4", "heading 4", faces.fangsong, first_line_chars=2, outline_level=3),
        TextStyle("Addressee", "主送机关", align="left"),
        TextStyle("BodyFlush", "正文无缩进", align="left"),
        TextStyle("AttachmentNote", "附件说明", align="left", left_chars=5, hanging_chars=3),
        TextStyle("Signoff", "署名和成文日期", align="right"),
        TextStyle("Annotation", "附注", first_line_chars=2),
        TextStyle("AttachmentLabel", "附件标识", faces.heiti, align="left"),
        TextStyle("CopyNumber", "份号", align="left"),
        TextStyle("Marking", "密级和紧急程度", faces.heiti, align="left"),
        TextStyle(
            "IssuerMark",
            "发文机关标志",
            faces.xiaobiaosong,
            size=SIZE["初号"],
            align="center",
            color=RED,
            snap_to_grid=False,
        ),
        TextStyle("DocNumber", "发文字号", align="center"),
        TextStyle("Byline", "讲话人和日期", faces.kaiti, align="center"),
        TextStyle("TableText", "表格文字", size=four, align="center", snap_to_grid=False, line=Twips(400)),
        TextStyle("Imprint", "版记", size=four, align="left", snap_to_grid=False),
        TextStyle("Footer", "页码", faces.songti, faces.songti, four, snap_to_grid=False, line=Twips(360)),
    )


HEADING_STYLE = {1: "Heading1", 2: "Heading2", 3: "Heading3", 4: "Heading4"}


class StyleSheet(Struct, frozen=True, dict=True):
    """Everything the writer needs to know about how a document looks."""

    name: str = "GB/T 9704-2012"
    page: Page = Page()
    grid: Grid = Grid()
    faces: Faces = FACES
    styles: tuple[TextStyle, ...] = _styles(FACES)
    rules: Rules = Rules()
    spacing: Spacing = Spacing()
    furnishing: Furnishing = Furnishing()
    extra_fonts: tuple[str, ...] = ()  # font names a reference's parts use, for the font table

    def __post_init__(self) -> None:
        if "Normal" not in self._index:
            raise ValueError("a style sheet needs a Normal style")

    @cached_property
    def _index(self) -> dict[str, TextStyle]:
        return {s.style_id: s for s in self.styles}

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        # Hashed once: a sheet keys the cache of compressed static parts for every document.
        return hash((self.name, self.page, self.grid, self.faces, self.styles, self.rules, self.spacing,
                     self.furnishing, self.extra_fonts))  # fmt: skip

    def style(self, style_id: str) -> TextStyle:
        return self._index[style_id]

    def char(self, style_id: str = "Normal") -> Twips:
        """One character of a style's size (左空一字)."""
        return self._index[style_id].char

    @property
    def body(self) -> TextStyle:
        return self._index["Normal"]

    @cached_property
    def line_pitch(self) -> Twips:
        """Grid line pitch: the 版心 height over the lines, rounded down so they all fit (12756 / 22 → 579)."""
        lines, _ = self.grid.counts(self.body.size)
        return Twips(self.page.text_height // lines)

    @cached_property
    def char_spacing(self) -> int:
        """Run spacing in twentieths of a point that fits the characters into the 版心 width (−0.25 pt)."""
        _, chars = self.grid.counts(self.body.size)
        return math.floor((self.page.text_width.pt / chars - self.body.size.pt) * 20)

    @cached_property
    def title_max_chars(self) -> float:
        """How many characters of the title's size fit one line, in half characters (442.2 pt / 22 pt → 20)."""
        return math.floor(self.page.text_width.pt / self.style("Title").size.pt * 2) / 2

    @cached_property
    def font_names(self) -> tuple[str, ...]:
        faces = self.faces
        names = [faces.fangsong, faces.kaiti, faces.heiti, faces.songti, faces.xiaobiaosong, faces.latin]
        names += [name for s in self.styles for name in (s.east_asia, s.latin)]
        return tuple(dict.fromkeys([*names, *self.extra_fonts]))

    def with_styles(self, changed: dict[str, TextStyle]) -> StyleSheet:
        return replace(self, styles=tuple(changed.get(s.style_id, s) for s in self.styles))


GBT9704 = StyleSheet()
