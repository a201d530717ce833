"""信函格式 (GB/T 9704 §10.1): the letter form of a 函.

On its first page the issuer's name stands in red with its glyph top 30 mm from the paper's top,
over a red thick-over-thin double rule 4 mm below it; a thin-over-thick one runs 20 mm above the
paper's bottom; both are 170 mm long and centred; page 1 has no page number. Name and rules are
paragraphs in frames fixed to the page (``w:framePr``); the text flows on below them (never beside a
frame, in Word as in LibreOffice). Under the upper rule the 份号, 密级 and 紧急程度 go flush left and
the 发文字号 flush right, 7/8 of a 3号 character below it; the title follows two lines lower. The
版记 has no 印发 line and no rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from msgspec.structs import replace

from ..model import Imprint, LetterMark
from . import xml
from .layout import issuer_mark_size
from .sheet import LETTER, MARK_GLYPH_OFFSET, RED, Blank, LetterFormat, StyleSheet
from .xml import Border, Frame, ParagraphFormat, RunFormat

if TYPE_CHECKING:
    from .writer import Writer


def letter_sheet(sheet: StyleSheet) -> StyleSheet:
    """The sheet for a letter: page 1 without a page number."""
    furnishing = replace(sheet.furnishing, first_footer=Blank(), distinct_first_page=True)
    return replace(sheet, furnishing=furnishing)


def write_marks(writer: Writer, block: LetterMark, letter: LetterFormat = LETTER) -> None:
    """The framed name and rules, then 份号 (密级, 紧急程度) flush left and the 发文字号 flush right."""
    sheet = writer.sheet
    page = sheet.page
    mark = issuer_mark_size(block.issuer, sheet)
    frame_x = round((page.width - letter.rule_length) / 2)
    mark_top = letter.mark_top - MARK_GLYPH_OFFSET
    name = xml.run(block.issuer, RunFormat(size=mark.size, scale=mark.run_scale))
    framed = Frame(width=letter.rule_length, height=0, x=frame_x, y=mark_top)
    writer.add(xml.paragraph("IssuerMark", name, ParagraphFormat(line=mark.size.twips, align="center", frame=framed)))
    # Each rule is the top border of an empty framed paragraph at its own place: the frame's top is
    # where renderers agree to draw it (a border's distance from its text they do not agree on).
    # As a top border the first-named line of a pair is the one nearer the text, i.e. the lower one.
    # The body flows on below the upper rule's frame (text is never beside a frame), so that frame
    # reaches down to where the first line must start: its characters 7/8 of a 3号 character below.
    rule = letter.mark_top + mark.size.twips + letter.rule_gap  # from the paper's top
    pair = letter.rule * 20 // 8 + letter.pair_gap
    below = round(letter.below_rule_chars * sheet.body.size.twips) - letter.text_top
    frames = (
        (rule, pair + below, "thinThickSmallGap"),
        (page.height - letter.lower_rule, 120, "thickThinSmallGap"),
    )
    for top, height, kind in frames:
        fmt = ParagraphFormat(
            line=20,
            top_border=Border(letter.rule, RED, 0, kind),
            frame=Frame(width=letter.rule_length, height=height, x=frame_x, y=top),
        )
        writer.add(xml.paragraph("Footer", "", fmt))
    left = [text for text in (block.copy_number, block.secrecy, block.urgency) if text]
    rows = max(len(left), 1)
    # The last of these lines is stretched so that the text below starts on a grid line again.
    used = rule + pair + below - page.top + rows * sheet.line_pitch
    trail = -used % sheet.line_pitch
    for row in range(rows):
        text = left[row] if row < len(left) else ""
        style = "CopyNumber" if row == 0 and block.copy_number else "Marking"
        content = xml.run(text) if text else ""
        # Off the grid, so that LibreOffice does not move the line down to the next grid row.
        fmt = ParagraphFormat(
            align="left", line=sheet.line_pitch, snap=False, space_after=trail if row == rows - 1 else 0
        )
        if row == 0 and block.doc_number:
            content += xml.TAB_RUN + xml.run(block.doc_number, writer.body_run)
            fmt = replace(fmt, right_tab=page.text_width)
        writer.add(xml.paragraph(style, content, fmt))
    writer.add(xml.BLANK * letter.after_marks)


def write_imprint(writer: Writer, block: Imprint) -> None:
    """A letter's 版记: only 抄送, without rules, at the foot of the last page (§10.1)."""
    if not block.copy_to:
        return
    sheet = writer.sheet
    row = writer.list_paragraph("抄送", block.copy_to_line)
    writer.add(xml.bottom_block([row], width=sheet.page.text_width, left=sheet.page.left, outer=0, inner=0))
