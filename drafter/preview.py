"""Plain-text and Markdown previews of a Draft (same content and numbering as the .docx)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

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

# A facts value is the clerk's text, not Markdown: “**重要**”, “<script>”, “[链接](javascript:…)”, “# 号楼” or
# “1. ” opening a paragraph were shown bold, run as HTML, made a link, a heading or a list in the .md preview.
# Every character Markdown (CommonMark with GFM tables) reads as markup is escaped where it could be read so: the
# inline marks anywhere, the block marks where a line opens; a backslash only where it would escape what follows.
_INLINE_MARKS = re.compile(r"[*_`~\[\]<>|#]|\\(?=[!-/:-@\[-`{-~]|$)|&(?=#?\w+;)")
_LINE_START = re.compile(r"^([ \t]*)(?:([+\-=])|(\d+)([.)]))")


def escape_markdown(text: str) -> str:
    """``text`` written so that a Markdown viewer shows it as it is (each of its lines as a line of a paragraph)."""
    lines = []
    for line in text.split("\n"):
        line = _INLINE_MARKS.sub(lambda mark: "\\" + mark.group(0), line)
        start = _LINE_START.match(line)
        if start:
            # four spaces would open a code block: the line's own leading spaces are kept as spaces that are no markup
            spaces = start.group(1).replace(" ", "&#32;").replace("\t", "&#9;")
            if start.group(2):
                line = spaces + "\\" + line[start.end(1) :]
            else:
                line = spaces + start.group(3) + "\\" + line[start.end(3) :]
        elif line[:1] in (" ", "\t"):
            stripped = line.lstrip(" \t")
            line = line[: len(line) - len(stripped)].replace(" ", "&#32;").replace("\t", "&#9;") + stripped
        lines.append(line)
    return "\n".join(lines)


def _plain(text: str) -> str:
    return text


def _note_lines(block: AttachmentNote, e: Callable[[str], str]) -> list[str]:
    if len(block.names) == 1:
        return [f"附件：{e(block.names[0])}"]
    return [("附件：" if i == 1 else "　　　") + f"{i}.{e(name)}" for i, name in enumerate(block.names, 1)]


def _imprint_lines(block: Imprint, e: Callable[[str], str]) -> list[str]:
    lines: list[str] = []
    lines.extend(e(line) for _, line in block.list_lines)
    if block.printer or block.print_date:
        lines.append(f"{e(block.printer)}　　{e(block.print_date)}印发" if block.print_date else e(block.printer))
    if block.copies:
        lines.append(e(block.copies))
    return lines


def _block_lines(block: Block, markdown: bool) -> list[str]:
    indent = "" if markdown else "　　"
    e = escape_markdown if markdown else _plain
    if isinstance(block, Preamble):
        return [e(t) for t in (block.copy_number, block.secrecy, block.urgency) if t]
    if isinstance(block, Letterhead):
        marks = [name + block.suffix for name in block.joint] if block.joint else [block.issuer_mark]
        number = block.doc_number
        if block.signers:
            number = f"{number}　　签发人：{'、'.join(block.signers)}".strip("　")
        return [e(t) for t in (*marks, number) if t] + (["―" * 20] if not markdown else ["---"])
    if isinstance(block, LetterMark):
        marks = [t for t in (block.copy_number, block.secrecy, block.urgency) if t]
        first = f"{marks[0] if marks else ''}　　{block.doc_number}".strip("　")
        rule = "―" * 20 if not markdown else "---"
        return [
            f"# {e(block.issuer)}" if markdown else block.issuer,
            rule,
            *[e(t) for t in ([first] if first else [])],
            *map(e, marks[1:]),
        ]
    if isinstance(block, EmbedMark):
        return []
    if isinstance(block, MinutesMark):
        return [f"# {e(block.text)}" if markdown else block.text] + ([e(block.number)] if block.number else [])
    if isinstance(block, BriefingHead):
        issued = f"{block.editor}　　{block.date}".strip("　")
        rule = "---" if markdown else "―" * 20
        return [f"# {e(block.name)}" if markdown else block.name, *[e(t) for t in (block.number, issued) if t], rule]
    if isinstance(block, Headline):
        text = e(block.text.replace("|", ""))
        return [f"## {text}" if markdown else text]
    if isinstance(block, EditorNote):
        return [
            f"{indent}**{e(block.label)}**：{e(block.text)}" if markdown else f"{indent}{block.label}：{block.text}"
        ]
    if isinstance(block, Attendance):
        return [
            f"{indent}**{e(block.label)}**：{e(block.names)}" if markdown else f"{indent}{block.label}：{block.names}"
        ]
    if isinstance(block, Title):
        text = e(block.text.replace("|", ""))
        return [f"# {text}" if markdown else text]
    if isinstance(block, Byline):
        return [e(line) for line in block.lines]
    if isinstance(block, Addressee):
        return [e(block.text)]
    if isinstance(block, Paragraph):
        return [(indent if block.indent else "") + e(block.text)]
    if isinstance(block, Heading):
        text = block.marker + e(block.text)
        if markdown and not block.body:
            return [f"{'#' * (block.level + 1)} {text}"]
        return [indent + text + e(block.body)]
    if isinstance(block, AttachmentNote):
        return [indent + line for line in _note_lines(block, e)]
    if isinstance(block, Signoff):
        # (the Markdown preview sets these right in HTML, where a backslash escapes nothing: escaped by the caller)
        return [t for t in (*block.issuers, block.date) if t]
    if isinstance(block, Annotation):
        return [indent + e(block.text)]
    if isinstance(block, AttachmentStart):
        head = ["\\pagebreak" if markdown else "\f"] + ([e(block.label)] if block.label else [])
        return head + ([f"# {e(block.title)}" if markdown else block.title] if block.title else [])
    if isinstance(block, Table):
        rows = ([block.header] if block.header else []) + list(block.rows)
        if not markdown:
            return [" | ".join(row) for row in rows]
        # a cell is one line of the table: a line break in it would end the table
        lines = ["| " + " | ".join(e(c).replace("\n", "<br>") or " " for c in row) + " |" for row in rows]
        if block.header:
            lines.insert(1, "|" + "---|" * len(block.header))
        return lines
    if isinstance(block, Imprint):
        return ["---", *_imprint_lines(block, e)] if markdown else _imprint_lines(block, e)
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
            lines = [f'<p align="right">{html.escape(line, quote=False)}</p>' for line in lines]
        parts.append("\n".join(lines) if isinstance(block, Table) else "\n\n".join(lines))
    return "\n\n".join(parts) + "\n"
