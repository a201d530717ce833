"""Source groups: documents that are one voice count once.

A yearly series of one organisation, or two drafts by one author, repeat each other's paragraphs;
counting their documents one by one lets one writer outvote five unrelated offices. Documents are
joined into a group when

* they share near-duplicate paragraphs — two or more, or ones making up a fair part of the smaller
  document (MinHash: a bottom-k sketch of each paragraph's shingles, candidates found through the
  sketch values), or
* they hold the same passage, three sentences in a row word for word, or
* their titles are the same once dates, numbers and genre words are taken out (a series:
  “某某开发组2004年工作总结”, “某某开发组2006年工作总结”), unless most documents of the corpus name that
  organisation: then the corpus is the unit's own archive, and its yearly documents are its own voices.

Shingles are the 8 characters after each punctuation mark and common function character, hashed with
crc32 (the same in every process and run, unlike ``hash()``).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ..gongwen import ISSUE_NUMBER_LINE
from .parse import ParsedDocument
from .zones import is_tail_line

_SPACE = re.compile(r"\s+")
# Shingles start after punctuation and after the commonest function characters: positions chosen by
# content, so a word inserted earlier in the paragraph does not shift the shingles after it.
_ANCHOR = re.compile(r"[，。；：！？,;:!?、的和在了是为对与及并将要]")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_SKETCH = 8  # bottom-k size
_MIN_PARAGRAPH = 40  # characters; shorter lines (署名, 版记, formulae) say nothing about a series
_SHARED = 0.2  # share of the smaller document's paragraph text that makes two documents one voice

# The share of a corpus's documents that name a series' organisation for the corpus to be that unit's archive.
_OWN_ARCHIVE = 0.6

# Periods and numbers come out as whole expressions (2024年度, 第二季度, 上半年, 第3期), never as single characters
# anywhere: 安全生产 and 学院 keep their 全 and 学, so the key is still a name the documents' text holds. A number
# in Chinese numerals is a period only with its unit: 第三中学, 第一人民医院 are names (the key 澜州市中学 named
# nothing a school's documents hold, and its own term summaries were joined as one series, ux25 walk).
_PERIOD_UNIT = r"(?:学年度|学年|学期|年度|年|个月|月份|月|日|季度|期|届|次|批|轮)"
_TITLE_NOISE = re.compile(
    rf"第?\s*\d+\s*{_PERIOD_UNIT}?|第?\s*[〇○零一二三四五六七八九十百]+\s*{_PERIOD_UNIT}|"
    r"[上下]半年度?|全年|年度|季度|学年度|学年|学期|关于|的|印发|召开|"
    r"工作总结|总结|通知|通报|报告|汇报|方案|计划|要点|纪要|讲话|发言|致辞|[\s\W_]+|in|the|of|report|working",
    re.I,
)


def _anchors(text: str) -> list[int]:
    return [m.end() for m in _ANCHOR.finditer(text)]


def paragraph_sketch(text: str, size: int = 8) -> tuple[int, ...]:
    """The ``_SKETCH`` smallest shingle hashes of a paragraph (its MinHash bottom-k sketch)."""
    data = text.encode("utf-32-le")
    width = 4 * size
    hashes = {
        zlib.crc32(data[4 * start : 4 * start + width]) for start in [0, *_anchors(text)] if start + size <= len(text)
    }
    return tuple(sorted(hashes)[:_SKETCH])


def similarity(one: tuple[int, ...], two: tuple[int, ...]) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    if not one or not two:
        return 0.0
    first, second = set(one), set(two)
    union = sorted(first | second)[:_SKETCH]
    return len((first & second).intersection(union)) / len(union)


# A series is one organisation's: its key names one (Latin letters, or an organisation word).
_NAMED = re.compile(
    r"[A-Za-z]{3,}|局|委员会|办公室|办公厅|政府|公司|集团|学校|中学|小学|学院|大学|中心|医院|开发组|小组|协会|支部|党委|"
    r"^[\u4e00-\u9fff]{2,6}?街道"  # a 街道 by its name (松台街道主任办公会), not the word (街道工作例会)
)


def _organisation(key: str) -> str:
    """The organisation a series key opens with (澜州市第三中学 of 澜州市第三中学校务会议): the key up to its first
    organisation word, where that is a name of four characters or more; else the key."""
    for match in _NAMED.finditer(key):
        if match.end() >= 4:
            return key[: match.end()]
    return key


def _named_elsewhere(key: str, members: Sequence[int], texts: Sequence[str], alone: Sequence[bool]) -> bool:
    """Whether most of the corpus's documents outside a series name the organisation its key opens with: the
    unit's own standing meeting (澜州市第三中学校务会议纪要, 第N期), whose whole key only its own 纪要 hold. Joined,
    however many the school kept they were one source and no 纪要 template was mined (ux25 walk, fixed in ux26).
    ``alone``: whether each document is its file's only one (a page of other units' 范文 not naming it is not
    counted, as for the whole key)."""
    organisation = _organisation(key)
    if organisation == key:
        return False  # asked of the whole key already
    inside = set(members)
    named = counted = 0
    for number, text in enumerate(texts):
        if number in inside:
            continue
        naming = organisation in text
        named += naming
        counted += naming or alone[number]
    return counted > 0 and named >= _OWN_ARCHIVE * counted


def series_key(title: str) -> str:
    """A title without dates, numbers, genre words and punctuation, when it still names an organisation."""
    key = _TITLE_NOISE.sub("", title)
    return key if len(key) >= 4 and _NAMED.search(key) else ""


@dataclass(frozen=True)
class Groups:
    """Which documents speak with one voice.

    ``links`` holds the direct evidence (two documents copy each other, or are one series). The votes
    of a phrase are the groups its own documents form through these links: chains through documents
    that do not hold the phrase do not merge it (in an archive where every document shares something
    with the next, a closure over all links would make the whole archive one voice).
    """

    of_document: tuple[int, ...]  # group id per document over all links (for the report)
    links: dict[int, frozenset[int]]  # document → documents it is directly joined to
    reasons: dict[int, str]  # group id → why its documents were joined (for the report)
    _known: dict[frozenset[int], int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def count(self, documents: Sequence[int]) -> int:
        """The number of voices among these documents.

        Linked documents always share a group of ``of_document``, so only the documents that share one
        need joining; a set of documents seen before (the same few documents hold many phrases) is
        looked up: mining asks this for every candidate phrase.
        """
        if not self.links:
            return len(set(documents))
        members = frozenset(documents)
        known = self._known.get(members)
        if known is not None:
            return known
        of_document = self.of_document
        shared: dict[int, list[int]] = {}
        for document in members:
            shared.setdefault(of_document[document], []).append(document)
        voices = len(members)
        if len(shared) < len(members):
            voices = sum(1 if len(held) == 1 else self._voices(frozenset(held)) for held in shared.values())
        self._known[members] = voices
        return voices

    def _voices(self, held: frozenset[int]) -> int:
        known = self._known.get(held)
        if known is None:
            union = _Union(0, held)
            for document in held:
                for other in self.links.get(document, ()):
                    if other in held:
                        union.join(document, other)
            known = len({union.find(d) for d in held})
            self._known[held] = known
        return known

    def group_of(self, document: int) -> int:
        return self.of_document[document]


class _Union:
    def __init__(self, size: int, items: Collection[int] = ()) -> None:
        self.parent: dict[int, int] = {item: item for item in (items or range(size))}

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, one: int, two: int) -> None:
        a, b = self.find(one), self.find(two)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def joined_reasons(groups: Groups, numbers: Sequence[int]) -> str:
    """Why these documents are fewer voices than documents, for a report that says "1 组来源" (a unit's own
    纪要 series titled by its 纪要标志 alone is one series): "" when none of them were joined."""
    members: dict[int, int] = {}
    for number in numbers:
        members[groups.of_document[number]] = members.get(groups.of_document[number], 0) + 1
    said = [
        f"其中 {count} 篇算作一组来源：{groups.reasons[group]}"
        for group, count in members.items()
        if count > 1 and group in groups.reasons
    ]
    return "；" + "；".join(said) if said else ""


def source_groups(documents: Sequence[ParsedDocument]) -> Groups:
    """Group documents by near-duplicate paragraphs and by series titles."""
    union = _Union(len(documents))
    reasons: dict[tuple[int, int], str] = {}
    by_series, own_series = _series(documents)
    issued = [numbered_issue(document) for document in documents]
    opening: dict[int, int] = {}  # document → the position of its first paragraph sketched
    # Paragraph sketches, indexed by their values.
    sketches: list[tuple[int, tuple[int, ...], int]] = []  # (document, sketch, length)
    sizes = [0] * len(documents)
    by_value: dict[int, list[int]] = defaultdict(list)
    for number, document in enumerate(documents):
        for line in document.body:
            text = _SPACE.sub("", line.text)
            # A 版记 line (抄送：…… copied to the same six bodies, ……印发) or another line of the tail (a contact line,
            # a 附注) is the unit's constant, long as it may be: shared by every document a unit sends, it would make
            # its whole archive one voice (ux21 walk).
            if len(text) < _MIN_PARAGRAPH or is_tail_line(text):
                continue
            sizes[number] += len(text)
            sketch = paragraph_sketch(text)
            if len(sketch) < 6:
                continue
            position = len(sketches)
            opening.setdefault(number, position)
            sketches.append((number, sketch, len(text)))
            for value in sketch[:4]:
                by_value[value].append(position)
    shared: Counter[tuple[int, int]] = Counter()  # characters of near-duplicate paragraphs per pair
    pieces: Counter[tuple[int, int]] = Counter()  # and their number: two shared paragraphs make one voice
    for position, (holder, sketch, length) in enumerate(sketches):
        candidates = {other for value in sketch[:4] for other in by_value[value] if other < position}
        matched: set[int] = set()
        for other in candidates:
            other_document, other_sketch, _ = sketches[other]
            if other_document == holder or other_document in matched:
                continue
            series = own_series.get(holder)
            if (
                series is not None
                and series == own_series.get(other_document)
                and opening[holder] == position
                and opening[other_document] == other
                and issued[holder]
                and issued[other_document]
            ):
                # The opening of an issue (第N期) of the unit's own standing series (its 主任办公会纪要: X月X日上午，
                # 主任××在……主持召开主任办公会，……现将会议议定事项纪要如下：) is the series' formula, written anew
                # each time: joined by it, a 街道's three 纪要 were one voice and no 纪要 template was mined (ux27
                # walk). Two yearly summaries opening alike are still one voice (test_walk_notices).
                continue
            if similarity(sketch, other_sketch) >= 0.6:
                matched.add(other_document)
                pair = min(holder, other_document), max(holder, other_document)
                shared[pair] += length
                pieces[pair] += 1
    links: dict[int, set[int]] = defaultdict(set)
    for (one, two), length in shared.items():
        smaller = min(sizes[one], sizes[two]) or 1
        if length / smaller >= _SHARED or pieces[one, two] >= 2:
            union.join(one, two)
            links[one].add(two)
            links[two].add(one)
            reasons[one, two] = "段落大量重复"
    # A passage copied from one document into another: three sentences in a row, word for word.
    passages: dict[int, set[int]] = defaultdict(set)
    for number, document in enumerate(documents):
        # (the tail aside: two 请示 of one clerk share their 署名, contact line and 抄送, three sentences in a row once
        # a short date between them is dropped, and were joined as one passage copied, ux20 walk)
        sentences = [
            t
            for line in document.body
            if not is_tail_line(line.text)
            for t in _SENTENCE_END.split(_SPACE.sub("", line.text))
            if len(t) >= 10
        ]
        for at in range(len(sentences) - 2):
            passages[zlib.crc32("\x00".join(sentences[at : at + 3]).encode("utf-8"))].add(number)
    for holders in passages.values():
        if 1 < len(holders) <= 8:
            first, *rest = sorted(holders)
            for other in rest:
                union.join(first, other)
                links[first].add(other)
                links[other].add(first)
                reasons.setdefault((first, other), "整段照抄")
    owned = set(own_series.values())
    for key, members in by_series.items():
        if key in owned:
            continue
        for other in members[1:]:
            union.join(members[0], other)
            reasons[members[0], other] = f"同一系列（{key}）"
        for one in members:
            links[one].update(m for m in members if m != one)
    of_document = tuple(union.find(number) for number in range(len(documents)))
    group_reasons: dict[int, str] = {}
    for (one, _), reason in reasons.items():
        group = union.find(one)
        group_reasons.setdefault(group, reason)
    return Groups(of_document, {d: frozenset(o) for d, o in links.items()}, group_reasons)


def _series(documents: Sequence[ParsedDocument]) -> tuple[dict[str, list[int]], dict[int, str]]:
    """The documents of each series (two or more under one ``series_key``), and of those the unit's own (a
    document → its key): most documents of the corpus name the series' organisation (in their 署名, 版头 or
    text), so the corpus is the unit's own archive, where every document is the unit's and its yearly summaries
    are how it writes, not one voice among other offices' (joined, five years of them could never teach a
    template)."""
    by_series: dict[str, list[int]] = defaultdict(list)
    for number, document in enumerate(documents):
        key = series_key(document.title)
        if key:
            by_series[key].append(number)
    series = {key: members for key, members in by_series.items() if len(members) >= 2}
    own: dict[int, str] = {}
    texts: list[str] = []
    # A file holding several documents is a page of 范文 saved from the web (or a compilation): its documents
    # not naming the organisation are other units' and do not make the archive less the unit's own (a company's
    # archive beside two saved pages of seven other companies' documents, ux9 walk).
    per_file = Counter(document.path for document in documents)
    alone = [per_file[document.path] == 1 for document in documents]
    for key, members in series.items():
        if not texts:
            texts = [document.title + "".join(line.text for line in document.lines) for document in documents]
        naming = [key in text for text in texts]
        counted = sum(1 for named, lone in zip(naming, alone, strict=True) if named or lone)
        if sum(naming) >= _OWN_ARCHIVE * counted or _named_elsewhere(key, members, texts, alone):
            own.update((member, key) for member in members)
    return series, own


_ISSUE_HEAD = 3  # a periodical's name, its 期号 and its issuing line open it


def numbered_issue(document: ParsedDocument) -> bool:
    """Whether a document is a numbered issue (第N期 among its first lines): a 纪要 or 简报 of a standing series."""
    return any(ISSUE_NUMBER_LINE.match(line.text.strip()) for line in document.lines[:_ISSUE_HEAD])
