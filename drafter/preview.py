"""Plain-text and Markdown previews of a Draft (same content and numbering as the .docx)."""

from __future__ import annotations

from .model import (
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


def _note_lines(block: AttachmentNote) -> list[str]:
    if len(block.names) == 1:
        return [f"附件：{block.names[0]}"]
    return [("附件：" if i == 1 else "　　　") + f"{i}.{name}" for i, name in enumerate(block.names, 1)]


def _imprint_lines(block: Imprint) -> list[str]:
    lines: list[str] = []
    lines.extend(line for _, line in block.list_lines)
    if block.printer or block.print_date:
        lines.append(f"{block.printer}　　{block.print_date}印发" if block.print_date else block.printer)
    if block.copies:
        lines.append(block.copies)
    return lines


def _block_lines(block: Block, markdown: bool) -> list[str]:
    indent = "" if markdown else "　　"
    if isinstance(block, Preamble):
        return [t for t in (block.copy_number, block.secrecy, block.urgency) if t]
    if isinstance(block, Letterhead):
        marks = [name + block.suffix for name in block.joint] if block.joint else [block.issuer_mark]
        number = block.doc_number
        if block.signers:
            number = f"{number}　　签发人：{'、'.join(block.signers)}".strip("　")
        return [t for t in (*marks, number) if t] + (["―" * 20] if not markdown else ["---"])
    if isinstance(block, LetterMark):
        marks = [t for t in (block.copy_number, block.secrecy, block.urgency) if t]
        first = f"{marks[0] if marks else ''}　　{block.doc_number}".strip("　")
        rule = "―" * 20 if not markdown else "---"
        return [f"# {block.issuer}" if markdown else block.issuer, rule, *([first] if first else []), *marks[1:]]
    if isinstance(block, EmbedMark):
        return []
    if isinstance(block, MinutesMark):
        return [f"# {block.text}" if markdown else block.text] + ([block.number] if block.number else [])
    if isinstance(block, BriefingHead):
        issued = f"{block.editor}　　{block.date}".strip("　")
        rule = "---" if markdown else "―" * 20
        return [f"# {block.name}" if markdown else block.name, *[t for t in (block.number, issued) if t], rule]
    if isinstance(block, Headline):
        text = block.text.replace("|", "")
        return [f"## {text}" if markdown else text]
    if isinstance(block, EditorNote):
        return [f"{indent}**{block.label}**：{block.text}" if markdown else f"{indent}{block.label}：{block.text}"]
    if isinstance(block, Attendance):
        return [f"{indent}**{block.label}**：{block.names}" if markdown else f"{indent}{block.label}：{block.names}"]
    if isinstance(block, Title):
        text = block.text.replace("|", "")
        return [f"# {text}" if markdown else text]
    if isinstance(block, Byline):
        return list(block.lines)
    if isinstance(block, Addressee):
        return [block.text]
    if isinstance(block, Paragraph):
        return [(indent if block.indent else "") + block.text]
    if isinstance(block, Heading):
        text = block.marker + block.text
        if markdown and not block.body:
            return [f"{'#' * (block.level + 1)} {text}"]
        return [indent + text + block.body]
    if isinstance(block, AttachmentNote):
        return [indent + line for line in _note_lines(block)]
    if isinstance(block, Signoff):
        return [t for t in (*block.issuers, block.date) if t]
    if isinstance(block, Annotation):
        return [indent + block.text]
    if isinstance(block, AttachmentStart):
        head = ["\\pagebreak" if markdown else "\f"] + ([block.label] if block.label else [])
        return head + ([f"# {block.title}" if markdown else block.title] if block.title else [])
    if isinstance(block, Table):
        rows = ([block.header] if block.header else []) + list(block.rows)
        if not markdown:
            return [" | ".join(row) for row in rows]
        lines = ["| " + " | ".join(c or " " for c in row) + " |" for row in rows]
        if block.header:
            lines.insert(1, "|" + "---|" * len(block.header))
        return lines
    if isinstance(block, Imprint):
        return ["---", *_imprint_lines(block)] if markdown else _imprint_lines(block)
    raise AssertionError(f"unknown block {block!r}")


def to_lines(draft: Draft) -> list[str]:
    """Every visible line of the draft in reading order."""
    return [line for block in draft.blocks for line in _block_lines(block, markdown=False)]


def render_text(draft: Draft) -> str:
    return "\n".join(to_lines(draft)) + "\n"


def render_markdown(draft: Draft) -> str:
    parts = []
    for block in draft.blocks:
        lines = _block_lines(block, markdown=True)
        if isinstance(block, Signoff):
            lines = [f'<p align="right">{line}</p>' for line in lines]
        parts.append("\n".join(lines) if isinstance(block, Table) else "\n\n".join(lines))
    return "\n\n".join(parts) + "\n"
