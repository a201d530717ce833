"""Per genre: which sections appear, in what order, how often, and under which headings."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .labels import section_name
from .parse import ParsedDocument


@dataclass(frozen=True)
class SectionStat:
    kind: str
    documents: int
    share: float
    position: float  # mean relative position (0 = first, 1 = last)
    heading: str  # the usual heading text when documents share one (存在问题), else ""
    examples: tuple[str, ...]  # heading texts seen for this section type

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "name": section_name(self.kind),
            "documents": self.documents,
            "share": round(self.share, 3),
            "position": round(self.position, 3),
            "heading": self.heading,
            "examples": list(self.examples),
        }


@dataclass(frozen=True)
class GenreStructure:
    genre: str
    documents: int
    sections: tuple[SectionStat, ...]
    variants: tuple[tuple[tuple[str, ...], int], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "sections": [s.to_json() for s in self.sections],
            "variants": [{"order": [section_name(k) for k in order], "documents": n} for order, n in self.variants],
        }


def section_sequence(document: ParsedDocument) -> tuple[str, ...]:
    """The section types of a document's top-level headings, in order, repeats merged."""
    sequence: list[str] = []
    if document.headings and document.headings[0].index > 0:
        sequence.append("intro")
    top = min((h.level for h in document.headings), default=1)
    for heading in document.headings:
        if heading.level == top and (not sequence or sequence[-1] != heading.section):
            sequence.append(heading.section)
    return tuple(sequence)


def _normal(text: str) -> str:
    """A heading's text for counting: no spaces or punctuation (提高站位，落实责任 = 提高站位落实责任)."""
    return re.sub(r"[\s，,。：:；;、.]", "", text)


def _shown(text: str) -> str:
    """A heading's text as an example: as written, without closing punctuation and stray spaces."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text).strip().rstrip("，,。：:；;、.")


# Section types whose heading is a fixed phrase (存在问题) rather than a statement of content.
_GENERIC = {
    "overview",
    "experience",
    "problems",
    "next_steps",
    "guiding_ideology",
    "objectives",
    "steps",
    "safeguards",
    "meeting_info",
    "contact",
}


def _usual_heading(kind: str, texts: Counter[str], documents: int) -> str:
    """The heading documents give this section, when they share one (or it is a generic phrase)."""
    from .classify import keyword_section

    for text, seen in texts.most_common():
        if len(text) > 12:
            continue
        if seen >= 2 and seen >= 0.3 * documents:
            return text
        if kind in _GENERIC and len(text) <= 8 and keyword_section(text) == kind:
            return text
    return ""


def genre_structures(documents: Sequence[ParsedDocument]) -> dict[str, GenreStructure]:
    by_genre: dict[str, list[ParsedDocument]] = defaultdict(list)
    for document in documents:
        by_genre[document.genre].append(document)
    result = {}
    for genre, docs in by_genre.items():
        presence: Counter[str] = Counter()
        positions: dict[str, list[float]] = defaultdict(list)
        before: Counter[tuple[str, str]] = Counter()
        headings: dict[str, Counter[str]] = defaultdict(Counter)
        written: dict[str, str] = {}  # counting form → the first way a document wrote it
        items: Counter[str] = Counter()  # top-level headings of each section type, over all documents
        variants: Counter[tuple[str, ...]] = Counter()
        for document in docs:
            sequence = section_sequence(document)
            variants[sequence] += 1
            order = list(dict.fromkeys(sequence))
            for index, kind in enumerate(order):
                presence[kind] += 1
                positions[kind].append(index / max(len(order) - 1, 1))
                for later in order[index + 1 :]:
                    before[kind, later] += 1
            top = min((h.level for h in document.headings), default=1)
            for heading in document.headings:
                if heading.level == top:
                    key = _normal(heading.text)
                    headings[heading.section][key] += 1
                    written.setdefault(key, _shown(heading.text))
                    items[heading.section] += 1
        stats = []
        for kind, count in presence.items():
            # A section that documents write as several top-level headings (会议时间, 会议地点, 参会人员)
            # is a list of items, each its own heading, not one section under one heading.
            listed = items[kind] >= 1.5 * count
            usual = "" if listed else written.get(_usual_heading(kind, headings[kind], count), "")
            stats.append(
                SectionStat(
                    kind=kind,
                    documents=count,
                    share=count / len(docs),
                    position=sum(positions[kind]) / len(positions[kind]),
                    heading=usual,
                    examples=tuple(written[text] for text, _ in headings[kind].most_common(5)),
                )
            )
        ordered = _majority_order(stats, before)
        result[genre] = GenreStructure(genre, len(docs), ordered, tuple(variants.most_common(8)))
    return result


def _majority_order(stats: list[SectionStat], before: Counter[tuple[str, str]]) -> tuple[SectionStat, ...]:
    """Sections in majority order: one goes before another when more documents put it first.

    Every pair that documents order is respected (a topological order of the majority graph); sections
    never seen together fall in by their mean position. A cycle (A before B before C before A) is
    broken by mean position too.
    """
    remaining = sorted(stats, key=lambda s: (s.position, -s.documents))
    ordered: list[SectionStat] = []
    while remaining:
        free = [
            s
            for s in remaining
            if not any(before[o.kind, s.kind] > before[s.kind, o.kind] for o in remaining if o is not s)
        ]
        chosen = (free or remaining)[0]
        ordered.append(chosen)
        remaining.remove(chosen)
    return tuple(ordered)
