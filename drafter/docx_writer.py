"""Draft → .docx bytes laid out per GB/T 9704-2012.

This module decides which style, indent and spacing each block gets; the numbers come from
``style`` and the XML from ``ooxml``.
"""

from __future__ import annotations

import datetime as dt

from . import ooxml
from .chinese import display_width
from .layout import issuer_mark_size, signoff_layout, split_title
from .model import (
    Addressee,
    Annotation,
    AttachmentNote,
    AttachmentStart,
    Attendance,
    Block,
    Byline,
    Draft,
    Heading,
    Imprint,
    Letterhead,
    MinutesMark,
    Paragraph,
    Preamble,
    Signoff,
    Table,
    Title,
)
from .ooxml import ParagraphFormat, RunFormat
from .style import (
    CHAR,
    FANGSONG,
    GRID,
    HEADING_STYLE,
    HEITI,
    KAITI,
    LATIN,
    PAGE,
    RED,
    RULES,
    SMALL_CHAR,
    SONGTI,
    SPACING,
    XIAOBIAOSONG,
)

BLANK = "<w:p/>"
_BODY_RUN = RunFormat(east_asia=FANGSONG, latin=LATIN)
_FONT_NAMES = (FANGSONG, KAITI, HEITI, SONGTI, XIAOBIAOSONG, LATIN)


def _blank(count: int) -> str:
    return BLANK * count


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.lines_above_mark = 0  # grid lines used by 份号/密级/紧急程度 before the 红头
        self.attendance_started = False  # the blank line above 出席 is written once

    def add(self, xml: str) -> None:
        self.parts.append(xml)

    def preamble(self, block: Preamble) -> None:
        for text, style in ((block.copy_number, "CopyNumber"), (block.secrecy, "Marking"), (block.urgency, "Marking")):
            if text:
                self.add(ooxml.paragraph(style, ooxml.run(text)))
                self.lines_above_mark += 1

    def letterhead(self, block: Letterhead) -> None:
        self._mark(block.issuer_mark)
        self.add(_blank(SPACING.after_issuer_mark))
        rule = (RULES.red_rule, RED, RULES.red_rule_gap_pt)
        if block.signers:
            # 上行文: 发文字号 左空一字, 签发人 右空一字 on the same line (§7.2.5–7.2.6).
            signer = ooxml.run("签发人：") + ooxml.run(
                "、".join(block.signers), RunFormat(east_asia=KAITI, latin=LATIN)
            )
            content = ooxml.run(block.doc_number) + ooxml.TAB_RUN + signer
            fmt_p = ParagraphFormat(
                align="left", left=CHAR, right=CHAR, bottom_border=rule, right_tab=PAGE.text_width - CHAR
            )
        else:
            content = ooxml.run(block.doc_number)
            fmt_p = ParagraphFormat(bottom_border=rule)
        self.add(ooxml.paragraph("DocNumber", content, fmt_p))
        self.add(_blank(SPACING.after_red_rule))

    def _mark(self, text: str) -> None:
        """A red mark (发文机关标志, 纪要标志) whose glyph top sits 35 mm below the 版心 top (§7.2.4, §10.3)."""
        mark = issuer_mark_size(text)
        line = mark.size * 10  # exact line as tall as the glyphs, so the 35 mm offset lands on their top
        before = max(SPACING.issuer_mark_top - self.lines_above_mark * GRID.line_pitch, 0)
        fmt = RunFormat(size=mark.size, scale=mark.scale if mark.scale != 100 else 0)
        self.add(ooxml.paragraph("IssuerMark", ooxml.run(text, fmt), ParagraphFormat(space_before=before, line=line)))

    def minutes_mark(self, block: MinutesMark) -> None:
        self._mark(block.text)
        if block.number:
            self.add(_blank(1))
            self.add(ooxml.paragraph("DocNumber", ooxml.run(block.number)))
        self.add(_blank(SPACING.after_minutes_mark))

    def attendance(self, block: Attendance) -> None:
        if not self.attendance_started:
            self.add(_blank(SPACING.before_attendance))
            self.attendance_started = True
        label = f"{block.label}："
        label_w = round(display_width(label) * CHAR)
        # 左空二字; wrapped lines continue under the names, after the colon.
        fmt = ParagraphFormat(left=2 * CHAR + label_w, hanging=label_w)
        content = ooxml.run(block.label, RunFormat(east_asia=HEITI, latin=LATIN)) + ooxml.run("：" + block.names)
        self.add(ooxml.paragraph("BodyFlush", content, fmt))

    def title(self, block: Title, following: Block | None) -> None:
        self.add(ooxml.paragraph("Title", ooxml.runs_with_breaks(split_title(block.text))))
        if not isinstance(following, Byline):  # a speech's byline sits right under its title
            self.add(_blank(SPACING.after_title))

    def heading(self, block: Heading) -> None:
        content = ooxml.run(block.marker + block.text)
        if block.body:
            content += ooxml.run(block.body, _BODY_RUN)
        self.add(ooxml.paragraph(HEADING_STYLE[block.level], content))

    def attachment_note(self, block: AttachmentNote) -> None:
        self.add(_blank(SPACING.before_attachment_note))
        label = "附件："
        label_w = round(display_width(label) * CHAR)
        if len(block.names) == 1:
            self.add(ooxml.paragraph("AttachmentNote", ooxml.run(label + block.names[0])))
            return
        for number, name in enumerate(block.names, 1):
            prefix = f"{number}."
            prefix_w = round(display_width(prefix) * CHAR)
            if number == 1:
                text = label + prefix + name
                fmt = ParagraphFormat(left=2 * CHAR + label_w + prefix_w, hanging=label_w + prefix_w)
            else:
                text = prefix + name
                fmt = ParagraphFormat(left=2 * CHAR + label_w + prefix_w, hanging=prefix_w)
            self.add(ooxml.paragraph("AttachmentNote", ooxml.run(text), fmt))

    def signoff(self, block: Signoff) -> None:
        place = signoff_layout(block.issuer, block.date, block.sealed)
        self.add(_blank(SPACING.before_sealed_signoff if block.sealed else SPACING.before_signoff))
        if block.issuer:
            self.add(ooxml.paragraph("Signoff", ooxml.run(block.issuer), ParagraphFormat(right=place.issuer_right)))
        if block.date:
            self.add(ooxml.paragraph("Signoff", ooxml.run(block.date), ParagraphFormat(right=place.date_right)))

    def attachment(self, block: AttachmentStart) -> None:
        self.add(ooxml.paragraph("AttachmentLabel", ooxml.run(block.label), ParagraphFormat(page_break_before=True)))
        self.add(_blank(SPACING.attachment_title_gap))
        if block.title:
            self.add(ooxml.paragraph("Title", ooxml.runs_with_breaks(split_title(block.title))))
            self.add(_blank(SPACING.after_title))

    def table(self, block: Table) -> None:
        rows = ([block.header] if block.header else []) + list(block.rows)
        columns = max((len(r) for r in rows), default=0)
        if not columns:
            return
        width = PAGE.text_width // columns
        padded = [tuple(r) + ("",) * (columns - len(r)) for r in rows]
        header_fmt = RunFormat(east_asia=HEITI, latin=LATIN) if block.header else ooxml.PLAIN
        self.add(
            ooxml.table(
                padded,
                widths=[width] * columns,
                style_id="TableText",
                row_height=2 * GRID.line_pitch,
                header_format=header_fmt,
            )
        )
        self.add(BLANK)

    def imprint(self, block: Imprint) -> None:
        rows = []
        if block.copy_to:
            label_w = round(display_width("抄送：") * SMALL_CHAR)
            fmt = ParagraphFormat(left=SMALL_CHAR + label_w, right=SMALL_CHAR, hanging=label_w)
            rows.append(ooxml.paragraph("Imprint", ooxml.run(block.copy_to_line), fmt))
        if block.printer or block.print_date:
            date = f"{block.print_date}印发" if block.print_date else ""
            content = ooxml.run(block.printer) + ooxml.TAB_RUN + ooxml.run(date)
            fmt = ParagraphFormat(
                left=SMALL_CHAR, right=SMALL_CHAR, first_line=0, right_tab=PAGE.text_width - SMALL_CHAR
            )
            rows.append(ooxml.paragraph("Imprint", content, fmt))
        if rows:
            self.add(
                ooxml.bottom_block(
                    rows, width=PAGE.text_width, left=PAGE.left, outer=RULES.imprint_outer, inner=RULES.imprint_inner
                )
            )

    def write(self, block: Block, following: Block | None = None) -> None:
        if isinstance(block, Paragraph):
            self.add(ooxml.paragraph("Normal" if block.indent else "BodyFlush", ooxml.run(block.text)))
        elif isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Title):
            self.title(block, following)
        elif isinstance(block, Byline):
            for line in block.lines:
                self.add(ooxml.paragraph("Byline", ooxml.run(line)))
            self.add(_blank(SPACING.after_byline))
        elif isinstance(block, Addressee):
            self.add(ooxml.paragraph("Addressee", ooxml.run(block.text)))
        elif isinstance(block, Preamble):
            self.preamble(block)
        elif isinstance(block, Letterhead):
            self.letterhead(block)
        elif isinstance(block, MinutesMark):
            self.minutes_mark(block)
        elif isinstance(block, Attendance):
            self.attendance(block)
        elif isinstance(block, AttachmentNote):
            self.attachment_note(block)
        elif isinstance(block, Signoff):
            self.signoff(block)
        elif isinstance(block, Annotation):
            self.add(ooxml.paragraph("Annotation", ooxml.run(block.text)))
        elif isinstance(block, AttachmentStart):
            self.attachment(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Imprint):
            self.imprint(block)
        else:  # pragma: no cover - the model is closed
            raise AssertionError(f"unknown block {block!r}")


def _footers() -> tuple[str, str]:
    odd = ooxml.page_number_paragraph("Footer", align="right", right=SMALL_CHAR)
    even = ooxml.page_number_paragraph("Footer", align="left", left=SMALL_CHAR)
    return odd, even


def render_docx(draft: Draft, *, created: dt.datetime | None = None) -> bytes:
    """Lay out a Draft as a complete .docx package."""
    writer = _Writer()
    for block, following in zip(draft.blocks, (*draft.blocks[1:], None), strict=True):
        writer.write(block, following)
    # The body must end with a paragraph; it also anchors a bottom-pinned 版记.
    writer.add(ooxml.paragraph("Footer", "", ParagraphFormat(line=20, first_line=0)))
    stamp = (created or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    odd, even = _footers()
    static = ooxml.static_parts(odd, even, _FONT_NAMES)
    return ooxml.package(
        static,
        {
            "word/document.xml": ooxml.document_part("".join(writer.parts)),
            "docProps/core.xml": ooxml.core_part(draft.title, draft.issuer, stamp),
        },
    )
