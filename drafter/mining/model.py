"""The values passed between mining stages: small frozen dataclasses carrying source locations.

read → RawText (reader.py) → clean → CleanText of Lines → split → Spans → outline → Headings
→ classify (genre, section) → ParsedDocument / ParsedFile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from msgspec import Struct


class Line(Struct, frozen=True):
    """A cleaned line, with the number of the source line (or .docx paragraph) it starts on.

    A msgspec Struct, not a dataclass: parsing makes one for every sentence of the corpus, and a frozen
    dataclass's __init__ (object.__setattr__ per field) was a tenth of cleaning's time.
    """

    text: str
    number: int
    style_level: int = 0
    blank_before: bool = False  # an empty line separated it from the previous content line
    inline: bool = False  # a sentence split out of a run-together line, not the start of a source line
    in_table: bool = False  # from a table cell
    last: int = 0  # the last source line of a wrapped paragraph joined into this one (0: ``number``)
    after_furniture: bool = False  # page furniture was dropped between the previous content line and this one

    @property
    def end(self) -> int:
        return self.last or self.number


@dataclass(frozen=True)
class CleanText:
    path: str
    kind: str
    lines: tuple[Line, ...]
    dropped: int  # furniture lines removed
    flattened: bool = False  # the file lost its line breaks (a document a line): its lines were cut into sentences


@dataclass(frozen=True)
class Span:
    """A document: indexes into the file's clean lines (end exclusive) and its title lines."""

    start: int
    end: int
    title: str = ""
    title_lines: tuple[int, ...] = ()  # the head: 版头, title and byline lines
    separator: bool = False  # the first line is an explicit separator (第一篇：……)

    @property
    def title_count(self) -> int:
        """How many lines at the start of the span are separator and title."""
        return int(self.separator) + len(self.title_lines)


class Heading(Struct, frozen=True):
    index: int  # position in the document's lines
    line: int  # source line number
    marker: str
    family: str
    ordinal: int
    text: str
    level: int = 0
    section: str = ""


@dataclass(frozen=True)
class ParsedDocument:
    path: str
    start_line: int
    end_line: int
    genre: str
    title: str
    headings: tuple[Heading, ...]
    lines: tuple[Line, ...]  # the document's clean lines (title included)
    title_count: int = 0  # how many of ``lines`` form the title
    duplicate_of: tuple[str, int] | None = None

    @property
    def body(self) -> tuple[Line, ...]:
        return self.lines[self.title_count :]

    @property
    def doc_type(self) -> str:
        """The statutory 文种 the title ends with; failing that, one of the first lines (a 信函's title
        stands under its issuer's name and 发文字号, which a reader of the head may take for the title)."""
        from ..gongwen import doc_type

        # A sentence is never that title, though it may end with a 文种's word (下面，我讲几点意见。).
        return doc_type(self.title) or next(
            (
                found
                for line in self.lines[:6]
                if len(line.text.strip()) <= 60
                and not any(mark in line.text for mark in "，。；！？")
                and (found := doc_type(line.text))
            ),
            "",
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start_line": self.start_line,
            "end_line": self.end_line,
            "genre": self.genre,
            "title": self.title,
            "headings": [
                {"line": h.line, "level": h.level, "marker": h.marker, "text": h.text, "section": h.section}
                for h in self.headings
            ],
        }
        named = self.doc_type
        if named:
            data["doc_type"] = named  # the 文种 the title ends with; ``genre`` keeps the labels of LABELS.md
        if self.duplicate_of:
            data["duplicate_of"] = {"path": self.duplicate_of[0], "start_line": self.duplicate_of[1]}
        return data


@dataclass(frozen=True)
class ParsedFile:
    path: str
    kind: str
    documents: tuple[ParsedDocument, ...]
    dropped_lines: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "documents": [d.to_json() for d in self.documents]}


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str
