"""Per genre: which sections appear, in what order and how surely, and under which headings.

Headings of one section type are clustered (texts that read alike, 存在问题 / 存在的问题) and each
cluster counts the source groups that use it; a heading is canonical only when at least two groups
write it. Sections whose headings name their own content (主要做法 as a list of pieces of work, the
points of a speech) are described by the shape of those headings instead of by one document's words.
"""

from __future__ import annotations

import difflib
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from ..gongwen import OWN_TEMPLATES
from ..gongwen.dates import HALF_YEAR, QUARTER, YEAR_PERIOD
from .labels import section_name
from .parse import ParsedDocument
from .spread import Groups

# Section types whose heading is a fixed phrase (存在问题) rather than a statement of content.
GENERIC = frozenset(
    {
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
)


@dataclass(frozen=True)
class HeadingVariant:
    text: str  # as most documents write it
    documents: int
    groups: int
    share: float  # of the documents that have this section
    forms: tuple[str, ...] = ()  # other ways of writing it that were clustered in

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "documents": self.documents,
            "groups": self.groups,
            "share": round(self.share, 3),
            "forms": list(self.forms),
        }


@dataclass(frozen=True)
class HeadingShape:
    """How the headings of a content section are written (for the starter's guidance, not its text)."""

    items: int  # headings seen
    median_length: int
    low: int  # lower and upper quartile of the length in characters
    high: int
    two_part: float  # share written as two halves joined by ，
    verb_first: float  # share opening with a verb (抓实……, 加强……)
    staged: float = 0.0  # share naming a stage and its time (准备阶段（8月20日至9月5日）)

    def describe(self) -> str:
        span = f"{self.low}–{self.high}" if self.high != self.low else str(self.low)  # not “12–12 字”
        if self.staged >= 0.5:
            # A plan's steps are named as stages with their dates: their 准备, 启动, 推进 open them as verbs,
            # and the starter asked for steps like 加强…… / 推进…… (a task's heading, not a stage's).
            return f"多为 {span} 字，写成阶段名和起止时间（如“准备阶段（3月1日至3月15日）”）"
        parts = [f"多为 {span} 字的短语"]
        if self.two_part >= 0.4:
            parts.append("常用“，”分成前后两半")
        if self.verb_first >= 0.5:
            parts.append("以动词开头（如“加强……”“推进……”）")
        return "，".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "median_length": self.median_length,
            "length_range": [self.low, self.high],
            "two_part": round(self.two_part, 3),
            "verb_first": round(self.verb_first, 3),
            "staged": round(self.staged, 3),
            "description": self.describe(),
        }


@dataclass(frozen=True)
class SectionStat:
    kind: str
    documents: int
    share: float
    position: float  # mean relative position (0 = first, 1 = last)
    heading: str  # the canonical heading (held by at least two groups), else ""
    examples: tuple[str, ...]  # heading texts seen for this section type
    groups: int = 0
    variants: tuple[HeadingVariant, ...] = ()
    listed: bool = False  # written as several headings of its own (会议时间, 会议地点 …) or as content items
    shape: HeadingShape | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "name": section_name(self.kind),
            "documents": self.documents,
            "groups": self.groups,
            "share": round(self.share, 3),
            "position": round(self.position, 3),
            "heading": self.heading,
            "variants": [v.to_json() for v in self.variants],
            "shape": self.shape.to_json() if self.shape else None,
        }


@dataclass(frozen=True)
class OrderPair:
    first: str
    second: str
    before: int  # documents with first before second
    after: int  # documents with second before first

    @property
    def confidence(self) -> float:
        total = self.before + self.after
        return self.before / total if total else 0.5

    def to_json(self) -> dict[str, Any]:
        return {
            "first": self.first,
            "second": self.second,
            "documents": self.before + self.after,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class GenreStructure:
    genre: str
    documents: int
    sections: tuple[SectionStat, ...]
    variants: tuple[tuple[tuple[str, ...], int], ...]
    groups: int = 0
    pairs: tuple[OrderPair, ...] = ()  # consecutive sections of the majority order

    def majority(self, share: float = 0.3) -> tuple[str, ...]:
        """The majority order of the sections at least ``share`` of the documents have."""
        return tuple(s.kind for s in self.sections if s.share >= share)

    def to_json(self) -> dict[str, Any]:
        return {
            "groups": self.groups,
            "sections": [s.to_json() for s in self.sections],
            "order": [p.to_json() for p in self.pairs],
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
    return re.sub(r"[\s，,。：:；;、.【】\[\]]", "", text)


def _shown(text: str) -> str:
    """A heading's text as an example: as written, without closing punctuation and stray spaces."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text).strip().rstrip("，,。：:；;、.")


def _cluster(texts: Counter[str], ratio: float = 0.7, limit: int = 200) -> list[list[str]]:
    """Headings that read alike, most frequent first (a greedy single pass over the commonest texts;
    the rest are written once each and stay clusters of their own)."""
    clusters: list[list[str]] = []
    common = texts.most_common()
    for text, _ in common[:limit]:
        matcher = difflib.SequenceMatcher(None, "", text)
        for cluster in clusters:
            matcher.set_seq1(cluster[0])
            if matcher.real_quick_ratio() >= ratio and matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio:
                cluster.append(text)
                break
        else:
            clusters.append([text])
    clusters.extend([text] for text, _ in common[limit:])
    return clusters


def _variants(
    kind: str, uses: dict[str, list[int]], written: dict[str, str], documents: int, groups: Groups
) -> tuple[HeadingVariant, ...]:
    counts = Counter({text: len(set(docs)) for text, docs in uses.items()})
    out = []
    for cluster in _cluster(counts):
        docs = sorted({d for text in cluster for d in uses[text]})
        out.append(
            HeadingVariant(
                text=written[cluster[0]],
                documents=len(docs),
                groups=groups.count(docs),
                share=len(docs) / max(documents, 1),
                forms=tuple(written[t] for t in cluster[1:5]),
            )
        )
    out.sort(key=lambda v: (-v.groups, -v.documents, v.text))
    return tuple(out[:8])


# A period a heading names: a year, a half or a quarter of one, the next year.
_PERIOD = re.compile(rf"{YEAR_PERIOD}|{HALF_YEAR}|{QUARTER}|明年|今年|下一?年度?")


def _period(text: str) -> str:
    """The period a heading names, "" when none."""
    found = _PERIOD.search(text)
    return found.group() if found else ""


def _titled_otherwise(document: ParsedDocument, genre: str) -> bool:
    """Whether a document counted in ``genre`` is titled as another 文种 that has a template of its own."""
    return document.doc_type in OWN_TEMPLATES and document.doc_type != genre


def _held_by_plain(
    variants: Sequence[HeadingVariant], uses: dict[str, list[int]], plain: Collection[int]
) -> Sequence[HeadingVariant]:
    """The variants some document titled as the genre itself writes (``plain``; all when it is empty). A
    heading only the genre's documents titled as another 文种 write is theirs: a county congress committee's
    two 执法检查报告, labelled summaries, made 法律实施的基本情况 the heading of every summary's 基本情况,
    though neither of its 工作总结 wrote one (ux16 walk); they still teach the 报告 template."""
    if not plain:
        return variants
    held = []
    for variant in variants:
        written = [t for t in (variant.text, *variant.forms) if any(n in plain for n in uses.get(_normal(t), ()))]
        if not written:
            continue
        # Held through one of its forms only, the variant is written as the genre's own documents write it: its
        # most common text may be the other 文种's (ux17 walk: two 预算执行情况的报告' 下一步工作措施 headed the
        # summaries, which write 下一步工作打算).
        shown = written[0]
        held.append(
            variant
            if shown == variant.text
            else replace(variant, text=shown, forms=tuple(t for t in (variant.text, *variant.forms) if t != shown))
        )
    return held


def _canonical(kind: str, variants: Sequence[HeadingVariant], present: Collection[str] = ()) -> str:
    """The heading to write: the most widely held variant, when two groups or more hold it. A fixed heading
    whose words name another section the genre's documents have (``present``) is not this one's; words that
    name a section the genre has none of only sound alike: a plan's 活动时间 is its steps, not a meeting's
    time (会议时间), and passed over, the unit's plans were drafted under 实施步骤."""
    from ..catalog import section_title_problem
    from .classify import keyword_section

    written = [text for variant in variants for text in (variant.text, *variant.forms)]
    for variant in variants:
        if variant.groups < 2 or len(variant.text) > 14:
            continue
        # A heading the unit's documents carry a mark of markup or of a template in (# 存在问题 from a Markdown copy,
        # {{年度}}主要做法 from a mail merge left unfilled) is no heading of theirs: as the template's it headed every
        # draft 一、{{年度}}主要做法 and 二、#存在问题, and as a manifest title it is refused.
        if section_title_problem(variant.text):
            continue
        named = keyword_section(variant.text)
        if kind in GENERIC and named not in ("", kind) and (not present or named in present):
            continue
        # A heading naming a period (下半年工作打算) is the unit's only for that period: where it heads the
        # section for another period too (2025年工作打算 in the yearly summary), no one of them is (the ux11
        # walk's yearly summary was drafted with 三、下半年工作打算).
        period = _period(variant.text)
        if period and any(_period(text) != period for text in written):
            continue
        return variant.text
    return ""


# A heading naming a stage of the work, with or without its time: 准备阶段（8月20日至9月5日）, 第一阶段：动员部署.
_STAGE = re.compile(r"阶段\s*([（(][^（）()]{2,30}[）)])?[。.]?$|^第[一二三四五六七八九十]+阶段")


def heading_shape(texts: Sequence[str], verb: Any = None) -> HeadingShape | None:
    """Lengths and forms of content headings; ``verb`` tells whether a heading opens with a verb."""
    texts = [t for t in texts if t]
    if len(texts) < 3:
        return None
    lengths = sorted(len(_normal(t)) for t in texts)
    quartiles = statistics.quantiles(lengths, n=4) if len(lengths) >= 4 else [lengths[0], 0, lengths[-1]]
    two_part = sum(1 for t in texts if re.search(r"[，,；;]", t)) / len(texts)
    verb_first = sum(1 for t in texts if verb(t)) / len(texts) if verb else 0.0
    staged = sum(1 for t in texts if _STAGE.search(t)) / len(texts)
    return HeadingShape(
        items=len(texts),
        median_length=int(statistics.median(lengths)),
        low=int(quartiles[0]),
        high=round(quartiles[-1]),
        two_part=two_part,
        verb_first=verb_first,
        staged=staged,
    )


def genre_structures(
    documents: Sequence[ParsedDocument],
    groups: Groups | None = None,
    verb: Any = None,
    genres: Sequence[tuple[str, ...]] | None = None,
) -> dict[str, GenreStructure]:
    """Sections of every genre; ``verb`` (a word → bool test) describes content headings when given;
    ``genres`` gives every genre a document counts in (by default its own)."""
    if groups is None:
        groups = Groups(tuple(range(len(documents))), {}, {})
    by_genre: dict[str, list[int]] = defaultdict(list)
    for number, document in enumerate(documents):
        for genre in genres[number] if genres is not None else (document.genre,):
            by_genre[genre].append(number)
    result = {}
    for genre, numbers in by_genre.items():
        presence: dict[str, list[int]] = defaultdict(list)
        positions: dict[str, list[float]] = defaultdict(list)
        before: Counter[tuple[str, str]] = Counter()
        uses: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        written: dict[str, str] = {}  # counting form → the first way a document wrote it
        items: Counter[str] = Counter()  # top-level headings of each section type, over all documents
        content: dict[str, list[str]] = defaultdict(list)  # headings naming their own content
        variants: Counter[tuple[str, ...]] = Counter()
        for number in numbers:
            document = documents[number]
            sequence = section_sequence(document)
            variants[sequence] += 1
            order = list(dict.fromkeys(sequence))
            # A document votes that one section goes before another only where all of it does: a 实施方案 whose
            # 活动主题 (read as its tasks) opened it and whose 主要任务 followed its 工作目标 put the tasks both
            # before and after the aims, and its first heading alone outvoted the 方案 writing 工作目标 first
            # (ux24 walk: the mined plan drafted 主要任务 before 工作目标).
            last = {kind: index for index, kind in enumerate(sequence)}
            first = {kind: sequence.index(kind) for kind in order}
            for index, kind in enumerate(order):
                presence[kind].append(number)
                positions[kind].append(index / max(len(order) - 1, 1))
                for later in order[index + 1 :]:
                    if last[kind] < first[later]:
                        before[kind, later] += 1
            top = min((h.level for h in document.headings), default=1)
            for heading in document.headings:
                if heading.level == top:
                    key = _normal(heading.text)
                    uses[heading.section][key].append(number)
                    written.setdefault(key, _shown(heading.text))
                    items[heading.section] += 1
                if heading.level == top + 1 or (heading.level == top and heading.section not in GENERIC):
                    content[heading.section].append(_shown(heading.text))
        # The documents titled as the genre itself, where its others name another 文种 with a template of its
        # own (a unit's 报告 labelled summaries): see ``_held_by_plain``.
        plain = {n for n in numbers if not _titled_otherwise(documents[n], genre)}
        plain = plain if 2 <= len(plain) < len(numbers) else set()
        stats = []
        for kind, holders in presence.items():
            count = len(holders)
            # A section that documents write as several top-level headings (会议时间, 会议地点, 参会人员)
            # is a list of items, each its own heading, not one section under one heading.
            listed = items[kind] >= 1.5 * count
            found = _variants(kind, uses[kind], written, count, groups) if kind != "intro" else ()
            stats.append(
                SectionStat(
                    kind=kind,
                    documents=count,
                    share=count / len(numbers),
                    position=sum(positions[kind]) / len(positions[kind]),
                    heading="" if listed else _canonical(kind, _held_by_plain(found, uses[kind], plain), presence),
                    examples=tuple(v.text for v in found[:5]),
                    groups=groups.count(holders),
                    variants=found,
                    listed=listed,
                    shape=heading_shape(content[kind], verb),
                )
            )
        ordered = _majority_order(stats, before)
        pairs = tuple(
            OrderPair(a.kind, b.kind, before[a.kind, b.kind], before[b.kind, a.kind]) for a, b in pairwise(ordered)
        )
        result[genre] = GenreStructure(
            genre, len(numbers), ordered, tuple(variants.most_common(8)), groups.count(numbers), pairs
        )
    return result


def _majority_order(stats: list[SectionStat], before: Counter[tuple[str, str]]) -> tuple[SectionStat, ...]:
    """Sections in majority order: one goes before another when more documents put it first.

    Every pair that documents order is respected (a topological order of the majority graph); sections
    never seen together fall in by their mean position. A cycle (A before B before C before A) is
    broken by mean position too.
    """
    remaining = sorted(stats, key=lambda s: (s.position, -s.documents, s.kind))
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
