"""Draft → .docx bytes laid out per a style sheet (GB/T 9704-2012 unless told otherwise).

One method per block type, found through a table; each decides which style, indent and spacing its
block gets. The numbers come from the ``StyleSheet``, the XML from ``xml``, the zip from ``package``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, ClassVar

from msgspec import Struct

from ..chinese import display_width
from ..model import (
    Addressee,
    Annotation,
    AttachmentNote,
    AttachmentStart,
    Attendance,
    Block,
    BriefingHead,
    Byline,
    Draft,
    EditorNote,
    EmbedMark,
    Heading,
    Headline,
    Imprint,
    Letterhead,
    LetterMark,
    MinutesMark,
    Paragraph,
    Preamble,
    Signoff,
    Table,
    Title,
)
from . import issuers, letter, package, xml
from .layout import issuer_mark_size, signoff_layout, split_title
from .package import REL, WML, Part, Rel, ZipEntry
from .sheet import GBT9704, HEADING_STYLE, RED, Blank, Furniture, PageNumber, ReferencePart, StyleSheet
from .tables import plan_columns
from .xml import BLANK, Border, ParagraphFormat, RunFormat


def _title(lines: Sequence[str], fmt: ParagraphFormat = xml.NO_FORMAT, *, keep_last: bool = False) -> str:
    """A title, each of its lines a paragraph of its own, held together on one page. (Its lines broken inside one
    paragraph made a long title one paragraph of more than 40 characters, which a reader of the format, and the
    shared check, took for body text not set in 仿宋.)"""
    paragraphs = []
    for number, line in enumerate(lines):
        paragraph = xml.paragraph("Title", xml.run(line), fmt if number == 0 else xml.NO_FORMAT)
        if keep_last or number < len(lines) - 1:
            paragraph = xml.add_paragraph_properties(paragraph, xml.KEEP_NEXT)
        paragraphs.append(paragraph)
    return "".join(paragraphs)


def _blank(count: int) -> str:
    return BLANK * count


def _split_blanks(part: str) -> list[str]:
    """A part of several blank lines as one paragraph each (they are written as one part)."""
    count = len(part) // len(BLANK)
    return [BLANK] * count if count > 1 and part == BLANK * count else [part]


# Lines of the last body paragraph still kept with the signature block: a longer one, moved whole by LibreOffice,
# would leave that many lines of its page empty.
_KEPT_WHOLE = 3


class Writer:
    """Writes the blocks of one Draft as the body of document.xml."""

    def __init__(self, sheet: StyleSheet = GBT9704) -> None:
        self.sheet = sheet
        self.parts: list[str] = []
        self.lines_above_mark = 0  # grid lines used by 份号/密级/紧急程度 before the 红头
        self.attendance_started = False  # the blank line above 出席 is written once
        self.letter = False  # a 信函 (§10.1): its 版记 has no 印发 line and no rules
        self.briefing = False  # a 简报: its 报尾 (报、送、发) sits between two thin rules
        self.headlines = 0  # items of a 简报 written so far: a blank line parts each from the one before
        faces = sheet.faces
        self.body_run = RunFormat(east_asia=faces.fangsong, latin=faces.latin)
        self.kai_run = RunFormat(east_asia=faces.kaiti, latin=faces.latin)
        self.hei_run = RunFormat(east_asia=faces.heiti, latin=faces.latin)
        self.char = sheet.char()

    def add(self, content: str) -> None:
        self.parts.append(content)

    def write(self, blocks: tuple[Block, ...]) -> str:
        spans = []
        for block, following in zip(blocks, (*blocks[1:], None), strict=True):
            start = len(self.parts)
            self.HANDLERS[type(block)](self, block, following)
            spans.append((start, len(self.parts)))
        self._keep_signoff_with_body(blocks, spans)
        if blocks and isinstance(blocks[-1], Imprint | Table):
            # A table cannot end the body, and a bottom-pinned 版记 needs a paragraph to anchor it. A
            # paragraph after anything else could only spill onto a page of its own.
            self.add(xml.paragraph("Footer", "", ParagraphFormat(line=20, first_line=0)))
        return "".join(self.parts)

    def _keep_signoff_with_body(self, blocks: tuple[Block, ...], spans: list[tuple[int, int]]) -> None:
        """Tie the signature block to the last lines of the body, so the page with the date carries text.

        GB/T 9704 §7.3.5.5 asks for the layout to be adjusted rather than leave 署名 or 成文日期 alone
        (and never 此页无正文). Every paragraph from the last body lines to the date (or the 附注 after
        it) keeps with the next; the first of them allows a page break only with two lines on each side.
        """
        signoff = next((i for i, b in enumerate(blocks) if isinstance(b, Signoff)), None)
        if signoff is not None:
            end = signoff + 1 if signoff + 1 < len(blocks) and isinstance(blocks[signoff + 1], Annotation) else signoff
        else:
            # A 纪要 is not signed: its 出席, 请假 and 列席 lines end it as a 署名 does, and are kept together with
            # the last lines of its text (a teachers' meeting's 请假 line was left alone on page 2; ux31 walk).
            signoff = next((i for i, b in enumerate(blocks) if isinstance(b, Attendance)), None)
            if signoff is None:
                return
            end = signoff
            while end + 1 < len(blocks) and isinstance(blocks[end + 1], Attendance):
                end += 1
        start, lines, long = signoff, 0, False
        for index in range(signoff - 1, -1, -1):
            block = blocks[index]
            if isinstance(block, AttachmentNote):
                start = index
                continue
            if not isinstance(block, Paragraph | Heading):
                break
            start = index
            estimated = self._estimated_lines(block)
            lines += estimated
            if lines >= 2:
                long = estimated > _KEPT_WHOLE
                break
        if start == signoff:
            return
        first, last = spans[start][0], spans[end][1]
        paragraphs = [paragraph for part in self.parts[first:last] for paragraph in _split_blanks(part)]
        for position, paragraph in enumerate(paragraphs):
            # A long paragraph is not kept with the next: LibreOffice moves a kept paragraph whole to the next page
            # when it fits there (Word keeps only its last line), and a notice whose last section ran 11 lines
            # left 6 lines of its first page empty (ux19 walk). Its widow control still carries two of its lines
            # over when the page breaks inside it.
            extra = [xml.KEEP_NEXT] if position < len(paragraphs) - 1 and not (position == 0 and long) else []
            if position == 0:
                extra.append(xml.WIDOW_CONTROL)
            if extra:
                paragraphs[position] = xml.add_paragraph_properties(paragraph, *extra)
        self.parts[first:last] = paragraphs

    def _estimated_lines(self, block: Paragraph | Heading) -> int:
        """Lines a body paragraph takes: its width with the 首行缩进 over the characters a line holds."""
        text = block.text if isinstance(block, Paragraph) else block.marker + block.text + block.body
        _, per_line = self.sheet.grid.counts(self.sheet.body.size)
        return max(1, math.ceil((display_width(text) + 2) / per_line))

    # --- one method per block type ------------------------------------------------------------------

    def paragraph(self, block: Paragraph, following: Block | None) -> None:
        self.add(xml.paragraph("Normal" if block.indent else "BodyFlush", xml.run(block.text)))

    def preamble(self, block: Preamble, following: Block | None) -> None:
        for text, style in ((block.copy_number, "CopyNumber"), (block.secrecy, "Marking"), (block.urgency, "Marking")):
            if text:
                self.add(xml.paragraph(style, xml.run(text)))
                self.lines_above_mark += 1

    def letterhead(self, block: Letterhead, following: Block | None) -> None:
        sheet = self.sheet
        if block.joint:
            issuers.write_joint_mark(self, block, self._mark_space())
        else:
            self._mark(block.issuer_mark)
        self.add(_blank(sheet.spacing.after_issuer_mark))
        rule = Border(sheet.rules.red_rule, RED, sheet.rules.red_rule_gap_pt)
        if block.signers:
            # 上行文: 发文字号 左空一字, 签发人 右空一字 on the same line (§7.2.5–7.2.6).
            issuers.write_signed_number(self, block, rule)
        else:
            self.add(xml.paragraph("DocNumber", xml.run(block.doc_number), ParagraphFormat(bottom_border=rule)))
        self.add(_blank(sheet.spacing.after_red_rule))

    def _mark_space(self) -> int:
        """Space above a red mark so that its glyph top sits 35 mm below the 版心 top."""
        return max(self.sheet.spacing.issuer_mark_top - self.lines_above_mark * self.sheet.line_pitch, 0)

    def _mark(self, text: str) -> None:
        """A red mark (发文机关标志, 纪要标志) whose glyph top sits 35 mm below the 版心 top (§7.2.4, §10.3)."""
        mark = issuer_mark_size(text, self.sheet)
        line = mark.size.twips  # exact line as tall as the glyphs, so the 35 mm offset lands on their top
        before = self._mark_space()
        fmt = RunFormat(size=mark.size, scale=mark.run_scale)
        self.add(xml.paragraph("IssuerMark", xml.run(text, fmt), ParagraphFormat(space_before=before, line=line)))

    def letter_mark(self, block: LetterMark, following: Block | None) -> None:
        self.letter = True
        letter.write_marks(self, block)

    def minutes_mark(self, block: MinutesMark, following: Block | None) -> None:
        self._mark(block.text)
        if block.number:
            self.add(_blank(1))
            self.add(xml.paragraph("DocNumber", xml.run(block.number)))
        self.add(_blank(self.sheet.spacing.after_minutes_mark))

    def briefing_head(self, block: BriefingHead, following: Block | None) -> None:
        """报头: the name in red centred where a 纪要标志 goes, 第×期 centred, then 编印单位 flush left and the
        date flush right on the line the red rule underlines."""
        self.briefing = True
        sheet = self.sheet
        self._mark(block.name)
        if block.number:
            self.add(_blank(sheet.spacing.after_briefing_name))
            self.add(xml.paragraph("DocNumber", xml.run(block.number)))
        self.add(_blank(sheet.spacing.after_briefing_name))
        rule = Border(sheet.rules.red_rule, RED, sheet.rules.red_rule_gap_pt)
        content = xml.run(block.editor) + xml.TAB_RUN + xml.run(block.date)
        fmt = ParagraphFormat(first_line=0, right_tab=sheet.page.text_width, bottom_border=rule)
        self.add(xml.paragraph("BodyFlush", content, fmt))
        self.add(_blank(sheet.spacing.after_red_rule))

    def headline(self, block: Headline, following: Block | None) -> None:
        if self.headlines:
            self.add(_blank(self.sheet.spacing.between_briefing_items))
        self.headlines += 1
        # An item's title (and its 按语) never ends a page apart from the item's text.
        self.add(_title(split_title(block.text, self.sheet.title_max_chars), keep_last=True))
        self.add(xml.add_paragraph_properties(BLANK, xml.KEEP_NEXT) * self.sheet.spacing.after_title)

    def editor_note(self, block: EditorNote, following: Block | None) -> None:
        # The label in the body's 仿宋 (no bold, §7.3.3), the 按语 itself in 楷体 to set it off from the item's text.
        content = xml.run(f"{block.label}：") + xml.run(block.text, self.kai_run)
        self.add(xml.add_paragraph_properties(xml.paragraph("Normal", content), xml.KEEP_NEXT))

    def attendance(self, block: Attendance, following: Block | None) -> None:
        if not self.attendance_started:
            self.add(_blank(self.sheet.spacing.before_attendance))
            self.attendance_started = True
        label_w = round(display_width(f"{block.label}：") * self.char)
        # 左空二字; wrapped lines continue under the names, after the colon.
        fmt = ParagraphFormat(left=2 * self.char + label_w, hanging=label_w)
        content = xml.run(block.label, self.hei_run) + xml.run("：" + block.names)
        self.add(xml.paragraph("BodyFlush", content, fmt))

    def title(self, block: Title, following: Block | None) -> None:
        self.add(_title(split_title(block.text, self.sheet.title_max_chars)))
        if not isinstance(following, Byline):  # a speech's byline sits right under its title
            self.add(_blank(self.sheet.spacing.after_title))

    def byline(self, block: Byline, following: Block | None) -> None:
        for line in block.lines:
            self.add(xml.paragraph("Byline", xml.run(line)))
        self.add(_blank(self.sheet.spacing.after_byline))

    def addressee(self, block: Addressee, following: Block | None) -> None:
        self.add(xml.paragraph("Addressee", xml.run(block.text)))

    def heading(self, block: Heading, following: Block | None) -> None:
        if not block.text:
            # A numbered sentence (::条目, a 通告's 一、……。): a body paragraph whose number is in 黑体. Not a
            # heading's paragraph: kept with the next, a 通告's items moved to page 2 together, leaving page 1 bare.
            self.add(xml.paragraph("Normal", xml.run(block.marker, self.hei_run) + xml.run(block.body)))
            return
        content = xml.run(block.marker + block.text)
        if block.body:
            content += xml.run(block.body, self.body_run)
        self.add(xml.paragraph(HEADING_STYLE[block.level], content))

    def attachment_note(self, block: AttachmentNote, following: Block | None) -> None:
        self.add(_blank(self.sheet.spacing.before_attachment_note))
        label = "附件："
        label_w = round(display_width(label) * self.char)
        if len(block.names) == 1:
            self.add(xml.paragraph("AttachmentNote", xml.run(label + block.names[0])))
            return
        for number, name in enumerate(block.names, 1):
            prefix = f"{number}."
            prefix_w = round(display_width(prefix) * self.char)
            if number == 1:
                text = label + prefix + name
                fmt = ParagraphFormat(left=2 * self.char + label_w + prefix_w, hanging=label_w + prefix_w)
            else:
                text = prefix + name
                fmt = ParagraphFormat(left=2 * self.char + label_w + prefix_w, hanging=prefix_w)
            self.add(xml.paragraph("AttachmentNote", xml.run(text), fmt))

    def signoff(self, block: Signoff, following: Block | None) -> None:
        if block.others:
            issuers.write_joint_signoff(self, block)
            return
        place = signoff_layout(block.issuer, block.date, block.sealed, self.sheet)
        spacing = self.sheet.spacing
        self.add(_blank(spacing.before_sealed_signoff if block.sealed else spacing.before_signoff))
        if block.issuer:
            self.add(xml.paragraph("Signoff", xml.run(block.issuer), ParagraphFormat(right=place.issuer_right)))
        if block.date:
            self.add(xml.paragraph("Signoff", xml.run(block.date), ParagraphFormat(right=place.date_right)))

    def annotation(self, block: Annotation, following: Block | None) -> None:
        self.add(xml.paragraph("Annotation", xml.run(block.text)))

    def attachment(self, block: AttachmentStart, following: Block | None) -> None:
        spacing = self.sheet.spacing
        if not block.label:
            # The document a 印发/转发 notice carries: a new page headed by its own title.
            lines = split_title(block.title, self.sheet.title_max_chars)
            fmt = ParagraphFormat(page_break_before=True)
            self.add(_title(lines, fmt))
            self.add(_blank(spacing.after_title))
            return
        self.add(xml.paragraph("AttachmentLabel", xml.run(block.label), ParagraphFormat(page_break_before=True)))
        self.add(_blank(spacing.attachment_title_gap))
        if block.title:
            lines = split_title(block.title, self.sheet.title_max_chars)
            self.add(_title(lines))
            self.add(_blank(spacing.after_title))

    def table(self, block: Table, following: Block | None) -> None:
        rows = ([block.header] if block.header else []) + list(block.rows)
        columns = max((len(r) for r in rows), default=0)
        if not columns:
            return
        padded = [tuple(r) + ("",) * (columns - len(r)) for r in rows]
        plan = plan_columns(
            padded, total=self.sheet.page.text_width, char=self.sheet.char("TableText"), padding=xml.TABLE_CELL_PADDING
        )
        self.add(
            xml.table(
                padded,
                widths=plan.widths,
                style_id="TableText",
                # A form to fill in by hand gets rows two lines high; a table of data, one line.
                row_height=(1 if any(any(row) for row in block.rows) else 2) * self.sheet.line_pitch,
                rule=self.sheet.rules.table,
                header_format=self.hei_run if block.header else xml.PLAIN,
                header=bool(block.header),
                aligns=plan.aligns,
            )
        )
        self.add(BLANK)

    def embed_mark(self, block: EmbedMark, following: Block | None) -> None:
        """Replaced by the embedded draft before writing (embed.splice); nothing is left to write."""

    def list_paragraph(self, label: str, line: str) -> str:
        """One 版记 line of receivers (抄送：…。, 分送：…。): 4号, 左右各空一字, wrapped lines aligned after the
        colon (§7.4.2). The one place every 版记 list is shaped, a 信函's too."""
        small = self.sheet.char("Imprint")
        label_w = round(display_width(label + "：") * small)
        fmt = ParagraphFormat(left=small + label_w, right=small, hanging=label_w)
        return xml.paragraph("Imprint", xml.run(line), fmt)

    def imprint(self, block: Imprint, following: Block | None) -> None:
        if self.letter:
            letter.write_imprint(self, block)
            return
        sheet = self.sheet
        small = sheet.char("Imprint")
        width = sheet.page.text_width
        rows = []
        if block.list_lines or block.copies:
            # 分送 / 报, 送, 发 sit above the 抄送 with no rule between, as a 主送机关 moved to the 版记 does (§7.4.2);
            # a 简报's 份数 closes its 报尾 flush right.
            lines = [self.list_paragraph(label, line) for label, line in block.list_lines]
            if block.copies:
                fmt = ParagraphFormat(left=small, right=small, first_line=0, align="right")
                lines.append(xml.paragraph("Imprint", xml.run(block.copies), fmt))
            rows.append("".join(lines))
        if block.printer or block.print_date:
            date = f"{block.print_date}印发" if block.print_date else ""
            content = xml.run(block.printer) + xml.TAB_RUN + xml.run(date)
            fmt = ParagraphFormat(left=small, right=small, first_line=0, right_tab=width - small)
            rows.append(xml.paragraph("Imprint", content, fmt))
        if rows:
            rules = sheet.rules
            # A 简报's 报尾 lies between two thin rules; a 公文's 版记 has thicker first and last ones (§7.4.1).
            outer = rules.briefing_rule if self.briefing else rules.imprint_outer
            self.add(xml.bottom_block(rows, width=width, left=sheet.page.left, outer=outer, inner=rules.imprint_inner))

    HANDLERS: ClassVar[dict[type, Callable[[Writer, Any, Block | None], None]]] = {
        Paragraph: paragraph,
        Preamble: preamble,
        Letterhead: letterhead,
        LetterMark: letter_mark,
        MinutesMark: minutes_mark,
        BriefingHead: briefing_head,
        Headline: headline,
        EditorNote: editor_note,
        Attendance: attendance,
        Title: title,
        Byline: byline,
        Addressee: addressee,
        Heading: heading,
        AttachmentNote: attachment_note,
        Signoff: signoff,
        Annotation: annotation,
        AttachmentStart: attachment,
        Table: table,
        Imprint: imprint,
        EmbedMark: embed_mark,
    }


# --- the package -------------------------------------------------------------------------------------

_KINDS = ("default", "even", "first")


class _Slot(Struct, frozen=True):
    element: str  # headerReference / footerReference
    which: str  # default / even / first
    name: str  # part name
    rid: str
    furniture: Furniture


def _slots(sheet: StyleSheet) -> list[_Slot]:
    furnishing = sheet.furnishing
    headers = (furnishing.default_header, furnishing.even_header, furnishing.first_header)
    first_footer = furnishing.first_footer
    if furnishing.distinct_first_page and first_footer is None:
        first_footer = furnishing.default_footer  # the first page keeps its page number
    footers = (furnishing.default_footer, furnishing.even_footer, first_footer)
    slots = []
    # Footer names and ids as the writer has always used them (footer1 odd, footer2 even).
    footer_ids = {"default": "rIdFooterOdd", "even": "rIdFooterEven", "first": "rIdFooterFirst"}
    for index, (which, furniture) in enumerate(zip(_KINDS, headers, strict=True), 1):
        if furniture is not None:
            slots.append(
                _Slot("headerReference", which, f"word/header{index}.xml", f"rIdHeader{which.title()}", furniture)
            )
    for index, (which, furniture) in enumerate(zip(_KINDS, footers, strict=True), 1):
        if furniture is not None:
            slots.append(_Slot("footerReference", which, f"word/footer{index}.xml", footer_ids[which], furniture))
    return slots


def _furniture_xml(furniture: Furniture, kind: str, sheet: StyleSheet) -> tuple[bytes, tuple[Rel, ...]]:
    if isinstance(furniture, ReferencePart):
        return furniture.xml, tuple(Rel(*rel) for rel in furniture.rels)
    if isinstance(furniture, PageNumber):
        small = sheet.char("Footer")
        if furniture.side == "right":
            content = xml.page_number_paragraph("Footer", align="right", right=small)
        else:
            content = xml.page_number_paragraph("Footer", align="left", left=small)
    else:
        assert isinstance(furniture, Blank)
        content = xml.paragraph("Footer")
    root = xml.header(content) if kind == "header" else xml.footer(content)
    return root.encode("utf-8"), ()


class _Static(Struct, frozen=True):
    entries: tuple[ZipEntry, ...]  # every file but document.xml and core.xml, compressed
    section: str  # the body's w:sectPr


@lru_cache(maxsize=8)
def static_parts(sheet: StyleSheet) -> _Static:
    """The parts every document of a style sheet shares, built and compressed once per process."""
    slots = _slots(sheet)
    furnishing = sheet.furnishing
    even_and_odd = furnishing.even_header is not None or furnishing.even_footer is not None
    parts = [
        Part(
            "word/styles.xml",
            f"{WML}.styles+xml",
            xml.styles_part(sheet).encode(),
            rid="rIdStyles",
            rel_type=REL + "styles",
        ),
        Part(
            "word/settings.xml",
            f"{WML}.settings+xml",
            xml.settings_part(even_and_odd=even_and_odd).encode(),
            rid="rIdSettings",
            rel_type=REL + "settings",
        ),
        Part(
            "word/fontTable.xml",
            f"{WML}.fontTable+xml",
            xml.font_table_part(sheet.font_names).encode(),
            rid="rIdFonts",
            rel_type=REL + "fontTable",
        ),
    ]
    if not any(carried.rel_type == REL + "theme" for carried in furnishing.carried):
        # A reference file's own theme travels with its headers; otherwise ours.
        faces = sheet.faces
        theme = xml.theme_part(latin=faces.latin, body_east_asia=faces.fangsong, heading_east_asia=faces.xiaobiaosong)
        parts.append(Part("word/theme/theme1.xml", THEME_TYPE, theme.encode(), rid="rIdTheme", rel_type=REL + "theme"))
    for slot in slots:
        kind = "header" if slot.element == "headerReference" else "footer"
        data, rels = _furniture_xml(slot.furniture, kind, sheet)
        parts.append(Part(slot.name, f"{WML}.{kind}+xml", data, rid=slot.rid, rel_type=REL + kind, rels=rels))
    for carried in furnishing.carried:
        rels = tuple(Rel(*rel) for rel in carried.rels)
        parts.append(
            Part(
                carried.name, carried.content_type, carried.data, rid=carried.rid, rel_type=carried.rel_type, rels=rels
            )
        )
    # The two parts every document writes for itself; listed here so that content types and
    # relationships include them.
    parts.append(
        Part("word/document.xml", package.DOCUMENT_TYPE, b"", owner="", rid="rId1", rel_type=REL + "officeDocument")
    )
    parts.append(Part("docProps/core.xml", package.CORE_TYPE, b"", owner="", rid="rId2", rel_type=package.CORE_REL))
    files = package.complete(parts)
    entries = tuple(package.compress(name, data, level=9) for name, data in files if name not in _DYNAMIC)
    section = xml.section_properties(
        sheet.page,
        line_pitch=sheet.line_pitch,
        references=[(slot.element, slot.which, slot.rid) for slot in slots],
        title_page=furnishing.distinct_first_page,
    )
    return _Static(entries, section)


_DYNAMIC = ("word/document.xml", "docProps/core.xml")
THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml"


def render_docx(draft: Draft, *, sheet: StyleSheet = GBT9704, created: dt.datetime | None = None) -> bytes:
    """Lay out a Draft as a complete .docx package."""
    mark = next((block for block in draft.blocks if isinstance(block, LetterMark)), None)
    if mark is not None:
        sheet = letter.letter_sheet(sheet)
    static = static_parts(sheet)
    body = Writer(sheet).write(draft.blocks)
    stamp = (created or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    own = (
        package.compress("word/document.xml", xml.document(body, static.section).encode(), level=1),
        package.compress("docProps/core.xml", xml.core_part(draft.title, draft.issuer, stamp).encode(), level=1),
    )
    return package.zip_entries((*static.entries, *own))
