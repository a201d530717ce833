"""Every number of GB/T 9704-2012 that the writer uses, in one reviewed table.

Units: lengths in twips (1/20 pt) unless a name says otherwise; font sizes in half-points
(OOXML ``w:sz``); border widths in eighths of a point. Sources are in ../shared/gbt9704.md.
"""

from __future__ import annotations

from dataclasses import dataclass

TWIPS_PER_MM = 1440 / 25.4


def mm(value: float) -> int:
    return round(value * TWIPS_PER_MM)


# 号 → half-points (Word's mapping).
SIZE = {"初号": 84, "小初": 72, "一号": 52, "二号": 44, "三号": 32, "四号": 28, "小四": 24}

# Font names offices expect; free stand-ins are mapped to them by fontconfig (gbt9704.md §4).
FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
SONGTI = "宋体"
XIAOBIAOSONG = "方正小标宋简体"
LATIN = "Times New Roman"
RED = "FF0000"


@dataclass(frozen=True)
class Page:
    width: int = 11906  # A4 210 mm (§5.1)
    height: int = 16838  # 297 mm
    top: int = mm(37)  # 天头 (§5.2.1)
    bottom: int = mm(35)
    left: int = 1588  # 订口 28 mm
    right: int = mm(26)
    header: int = mm(15)
    footer: int = mm(25.2)  # places the page-number dash 7 mm below the 版心 (§7.5); calibrated on a render

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right


@dataclass(frozen=True)
class Grid:
    """22 lines × 28 characters (§5.2.4).

    A line grid with pitch 579 plus −0.25 pt character spacing gives 22 × 28 in LibreOffice and Word;
    the charSpace −849 character grid collapses to 14 characters a line in LibreOffice 7.4.
    """

    lines: int = 22
    chars: int = 28
    line_pitch: int = 579  # 12756 / 22 = 579.8, rounded down so 22 lines fit
    char_spacing: int = -5  # twentieths of a point: −0.25 pt, so 28 × 15.75 pt ≤ 442.2 pt


@dataclass(frozen=True)
class TextStyle:
    """A paragraph style: the writer refers to it by ``style_id`` and never restates its numbers."""

    style_id: str
    name: str
    east_asia: str = FANGSONG
    latin: str = LATIN
    size: int = SIZE["三号"]
    align: str = "both"
    first_line: int = 0
    left: int = 0
    right: int = 0
    hanging: int = 0
    color: str = ""
    snap_to_grid: bool = True
    outline_level: int | None = None
    keep_next: bool = False
    line: int | None = None  # exact line height; None → the grid pitch


PAGE = Page()
GRID = Grid()
CHAR = 320  # one 三号 character (16 pt) in twips: 左空一字 etc. (§7.3)
SMALL_CHAR = 280  # one 四号 character (14 pt), for 版记 and 页码
INDENT = 2 * CHAR  # paragraphs 左空二字 (§7.3.3)

STYLES: tuple[TextStyle, ...] = (
    TextStyle("Normal", "Normal", first_line=INDENT),
    TextStyle("Title", "Title", east_asia=XIAOBIAOSONG, size=SIZE["二号"], align="center", snap_to_grid=False),
    TextStyle("Heading1", "heading 1", east_asia=HEITI, first_line=INDENT, outline_level=0, keep_next=True),
    TextStyle("Heading2", "heading 2", east_asia=KAITI, first_line=INDENT, outline_level=1, keep_next=True),
    TextStyle("Heading3", "heading 3", east_asia=FANGSONG, first_line=INDENT, outline_level=2),
    TextStyle("Heading4", "heading 4", east_asia=FANGSONG, first_line=INDENT, outline_level=3),
    TextStyle("Addressee", "主送机关", align="left"),
    TextStyle("BodyFlush", "正文无缩进", align="left"),
    TextStyle("AttachmentNote", "附件说明", align="left", left=INDENT + 3 * CHAR, hanging=3 * CHAR),
    TextStyle("Signoff", "署名和成文日期", align="right"),
    TextStyle("Annotation", "附注", first_line=INDENT),
    TextStyle("AttachmentLabel", "附件标识", east_asia=HEITI, align="left"),
    TextStyle("CopyNumber", "份号", align="left"),
    TextStyle("Marking", "密级和紧急程度", east_asia=HEITI, align="left"),
    TextStyle(
        "IssuerMark",
        "发文机关标志",
        east_asia=XIAOBIAOSONG,
        size=SIZE["初号"],
        align="center",
        color=RED,
        snap_to_grid=False,
    ),
    TextStyle("DocNumber", "发文字号", align="center"),
    TextStyle("Byline", "讲话人和日期", east_asia=KAITI, align="center"),
    TextStyle("TableText", "表格文字", size=SIZE["四号"], align="center", snap_to_grid=False, line=400),
    TextStyle("Imprint", "版记", size=SIZE["四号"], align="left", snap_to_grid=False),
    TextStyle("Footer", "页码", east_asia=SONGTI, latin=SONGTI, size=SIZE["四号"], snap_to_grid=False, line=360),
)

STYLE_BY_ID = {style.style_id: style for style in STYLES}
HEADING_STYLE = {1: "Heading1", 2: "Heading2", 3: "Heading3", 4: "Heading4"}


@dataclass(frozen=True)
class Rules:
    """Rule widths in eighths of a point (§7.2.7, §7.4.1)."""

    red_rule: int = 12  # 1.5 pt; the standard leaves the thickness open
    red_rule_gap_pt: int = 11  # about 4 mm below the 发文字号
    imprint_outer: int = 8  # 0.35 mm
    imprint_inner: int = 6  # 0.25 mm
    table: int = 4


RULES = Rules()


@dataclass(frozen=True)
class Spacing:
    """Blank lines between elements, counted in grid lines (§7.2–7.3)."""

    # Glyph top 35 mm below the 版心 top (§7.2.4); the glyphs start about 1.4 pt below their exact-height
    # line's top (measured on a LibreOffice render), so the space before is that much shorter.
    issuer_mark_top: int = mm(35) - 28
    after_issuer_mark: int = 2
    after_red_rule: int = 2
    after_minutes_mark: int = 2  # 纪要标志 (and its 期号) to the title or body
    before_attendance: int = 1  # 出席 one blank line below the body (§10.3)
    after_title: int = 1
    after_byline: int = 1  # a speech's 讲话人 and date to its 称呼
    before_attachment_note: int = 1
    before_signoff: int = 1  # unsealed (§7.3.5.2)
    before_sealed_signoff: int = 3  # leaves room for the seal over 署名 and 日期 (§7.3.5.1)
    signoff_right: int = 2 * CHAR  # 右空二字 (§7.3.5.2)
    sealed_date_right: int = 4 * CHAR  # 右空四字 (§7.3.5.1)
    signoff_date_offset: int = 2 * CHAR  # the date starts two characters right of the issuer
    attachment_title_gap: int = 1
    issuer_mark_max_size: int = SIZE["初号"]
    issuer_mark_min_size: int = SIZE["二号"]
    title_max_chars: float = 20  # 442 pt / 22 pt


SPACING = Spacing()
