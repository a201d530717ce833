"""Who issues a document, where layout needs more than one line: 签发人 lines, joint marks and signatures.

- 签发人 (§7.2.6): ``签发人：`` in 仿宋 and the names in 楷体, 右空一字, two names a line; the
  names of later lines stand under those of the first; the 发文字号 (左空一字) shares the last line.
- Joint 红头 (§7.2.4): the issuers' names one under another, the lead issuer first, each spread to
  the same width, with 文件 to their right, centred on the block of names.
- Joint signatures (§7.3.5.1–2): sealed, the issuers side by side, at most three a row, the last
  centred over the date (右空四字) so that its seal presses both; unsealed, one under another, their
  first characters aligned, the date two characters to the right of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..chinese import display_width
from ..model import Letterhead, Signoff
from . import xml
from .layout import issuer_mark_size, signoff_layout
from .xml import BLANK, Border, ParagraphFormat, RunFormat

if TYPE_CHECKING:
    from .writer import Writer

SIGNER_LABEL = "签发人："
NAMES_PER_LINE = 2


def signer_rows(signers: tuple[str, ...]) -> list[str]:
    """The 签发人 names as printed, two a line, a full-width space between them."""
    return ["　".join(signers[i : i + NAMES_PER_LINE]) for i in range(0, len(signers), NAMES_PER_LINE)]


def write_signed_number(writer: Writer, block: Letterhead, rule: Border) -> None:
    """The 签发人 lines of a 上行文, the last one carrying the 发文字号 and the red rule under it."""
    char = writer.char
    width = writer.sheet.page.text_width
    rows = signer_rows(block.signers)
    label_w = round(display_width(SIGNER_LABEL) * char)
    names_x = width - char - round(max(display_width(row) for row in rows) * char)
    label_x = names_x - label_w
    for index, row in enumerate(rows):
        names = xml.run(row, writer.kai_run)
        head = xml.run(SIGNER_LABEL) if index == 0 else ""
        if index < len(rows) - 1:
            fmt = ParagraphFormat(align="left", left=label_x if index == 0 else names_x)
            writer.add(xml.paragraph("DocNumber", head + names, fmt))
            continue
        content = xml.run(block.doc_number) + xml.TAB_RUN + head + names
        fmt = ParagraphFormat(align="left", left=char, bottom_border=rule, left_tab=label_x if index == 0 else names_x)
        writer.add(xml.paragraph("DocNumber", content, fmt))


def write_joint_mark(writer: Writer, block: Letterhead, space_before: int) -> None:
    """Several issuers' names stacked and spread to one width, with 文件 to their right."""
    sheet = writer.sheet
    longest = max(display_width(name) for name in block.joint)
    mark = issuer_mark_size("国" * round(longest) + block.suffix, sheet)
    size = mark.size
    run_format = RunFormat(size=size, scale=mark.run_scale)
    line = size.twips
    char = round(size.twips * (mark.scale / 100))
    names_width = round(longest * char) + char // 4
    # The space before the table is a paragraph of that height (a table has no space before of its own).
    if space_before:
        writer.add(xml.paragraph("IssuerMark", "", ParagraphFormat(line=space_before, snap=False)))
    names = "".join(
        xml.paragraph("IssuerMark", xml.run(name, run_format), ParagraphFormat(line=line, align="distribute"))
        for name in block.joint
    )
    cells = [names]
    widths = [names_width]
    if block.suffix:
        gap = char // 2
        cells.append(
            xml.paragraph(
                "IssuerMark", xml.run(block.suffix, run_format), ParagraphFormat(line=line, align="left", left=gap)
            )
        )
        widths.append(round(display_width(block.suffix) * char) + gap + char // 4)
    writer.add(xml.layout_table([cells], widths=widths, align="center"))


def write_joint_signoff(writer: Writer, block: Signoff) -> None:
    """Several issuers over one date: side by side when sealed, one under another when not."""
    sheet = writer.sheet
    spacing = sheet.spacing
    issuers = block.issuers
    if not block.sealed:
        longest = max(issuers, key=display_width)
        place = signoff_layout(longest, block.date, False, sheet)
        writer.add(BLANK * spacing.before_signoff)
        longest_w = display_width(longest) * writer.char
        for name in issuers:
            right = place.issuer_right + round(longest_w - display_width(name) * writer.char)
            writer.add(xml.paragraph("Signoff", xml.run(name), ParagraphFormat(right=right)))
        if block.date:
            writer.add(xml.paragraph("Signoff", xml.run(block.date), ParagraphFormat(right=place.date_right)))
        return
    total = sheet.page.text_width
    date_right = sheet.style("Signoff").chars(spacing.sealed_date_right_chars)
    centre = date_right + display_width(block.date) * writer.char / 2  # of the date, from the right edge
    # Each issuer gets a cell as wide as its name (and a seal), at most three a row within the 版心.
    seal = round(spacing.seal_chars * writer.char)
    widths = [max(round((display_width(name) + 1) * writer.char), seal) for name in issuers]
    rows: list[list[int]] = [[]]
    for index, width in enumerate(widths):
        row = rows[-1]
        if row and (len(row) == spacing.seals_per_row or sum(widths[i] for i in row) + width > total):
            rows.append([])
        rows[-1].append(index)
    tables = []
    for row in rows:
        cells = [widths[i] for i in row]
        # The last issuer of a row centred over the date, so that its seal presses both.
        offset = min(max(round(centre - cells[-1] / 2), 0), total - sum(cells))
        content = [xml.paragraph("Signoff", xml.run(issuers[i]), ParagraphFormat(align="center", right=0)) for i in row]
        if offset > 0:
            content.append(xml.paragraph("Signoff", "", ParagraphFormat(align="center", right=0)))
            cells.append(offset)
        tables.append(xml.layout_table([content], widths=cells, align="right"))
    # Room for the seals above each row (and a paragraph between tables, which would otherwise merge).
    for table in tables:
        writer.add(BLANK * spacing.before_sealed_signoff)
        writer.add(table)
    if block.date:
        writer.add(xml.paragraph("Signoff", xml.run(block.date), ParagraphFormat(right=date_right)))
