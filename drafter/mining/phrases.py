"""Stock phrases: sentences and clauses that recur across documents, with typed slots.

Text is segmented with jieba (imported here only, lazily, with its own Tokenizer and cache folder),
slots are masked by type — dates, periods, numbers and amounts, 文号, document names, organisations,
places, person names — using patterns and part-of-speech tags, and the masked sentences are
clustered into skeletons in the manner of Drain: same length and ending, most tokens equal.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..cachedir import user_cache_dir
from ..chinese import han_share
from ..numbering import read_marker
from .parse import ParsedDocument

SLOTS = {
    "日期": "\ue001",
    "期间": "\ue002",
    "数量": "\ue003",
    "单位": "\ue004",
    "地点": "\ue005",
    "人名": "\ue006",
    "文号": "\ue007",
    "文件名": "\ue008",
}
SLOT_OF = {char: name for name, char in SLOTS.items()}
WILDCARD = "<*>"

# Masked before segmentation, in this order (longer and more specific forms first).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("文号", re.compile(r"[\u4e00-\u9fa5]{1,10}[〔\[［【(（]\d{4}[〕\]］】)）]\s*\d+\s*号")),
    ("文件名", re.compile(r"《[^《》]{1,60}》")),
    (
        "日期",
        re.compile(
            r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*[日号]"
            r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
            r"|[上下]午\s*\d{1,2}\s*[:：时点]\s*(?:\d{2}\s*分?)?"
        ),
    ),
    (
        "期间",
        re.compile(
            r"\d{4}\s*[—–-]\s*\d{4}\s*学年(?:第[一二]学期)?|\d{4}\s*年(?:度|上半年|下半年|第[一二三四]季度|\d{1,2}\s*月)?"
            r"|[上下]半年|第[一二三四]季度"
        ),
    ),
    (
        "数量",
        re.compile(
            r"\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|元|万|亿|人次|余人|多人|人|次|个|所|名|项|篇|场|件|户|家|台|套|平方米|"
            r"亩|公里|小时|天|条|份|期|批|类|门|节|课时|余)?"
        ),
    ),
)
_ORG_WORDS = re.compile(
    r"(局|委|委员会|办公室|办|政府|人民政府|党委|党组|支部|总支|公司|集团|学校|中学|小学|幼儿园|学院|大学|中心|医院|"
    r"工会|团委|妇联|厅|处|科|所|站|院|部|镇|乡|村|社区|街道)$"
)
_ADMIN_PREFIX = {"省", "市", "县", "区", "镇", "乡", "村", "州", "盟", "旗"}
_TITLES = re.compile(
    r"^(书记|副书记|镇长|乡长|县长|市长|局长|副局长|主任|副主任|校长|副校长|同志|部长|处长|科长|院长|所长|委员|主席|经理)$"
)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# Tagged as places but part of fixed expressions: 中国特色社会主义, 十九届三中、四中全会.
_NOT_PLACES = re.compile(r"^(中国|中华|[一二三四五六七八九十]+中)$")
_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")


@dataclass(frozen=True)
class Unit:
    """A sentence or clause found in a document, before segmentation."""

    text: str
    source: str  # path:line
    document: int  # index of the document in the corpus
    genre: str
    section: str  # section type of the heading above, or intro / closing
    place: str  # intro, lead (first sentence under a heading), body, closing
    clause: bool = False  # a clause cut out of a sentence, not a whole sentence


@dataclass
class Skeleton:
    tokens: list[str]
    genre: str
    units: list[Unit] = field(default_factory=list)
    rows: list[tuple[list[str], dict[int, str]]] = field(default_factory=list)  # each member's tokens and slot texts

    @property
    def documents(self) -> int:
        return len({unit.document for unit in self.units})

    def text(self, fill_wildcards: bool = False) -> str:
        """The skeleton as text: typed slots as {类型}, other varying parts as …… (or their usual filler)."""
        out = []
        for position, token in enumerate(self.tokens):
            if token in SLOT_OF:
                out.append("{" + SLOT_OF[token] + "}")
            elif token == WILDCARD:
                if fill_wildcards:
                    out.append(self.usual_filler(position))
                elif not out or out[-1] != "……":
                    out.append("……")
            else:
                out.append(token)
        return "".join(out)

    def usual_filler(self, position: int) -> str:
        """The most frequent original text at a varying position (a slot's value or a wildcard's words)."""
        values = Counter(fillers.get(position, tokens[position]) for tokens, fillers in self.rows)
        return values.most_common(1)[0][0] if values else ""

    def slot_examples(self) -> dict[int, str]:
        """For each typed slot position, its most frequent original value (used as a field example)."""
        return {position: self.usual_filler(position) for position, token in enumerate(self.tokens) if token in SLOT_OF}


# --- units -------------------------------------------------------------------------------------


def document_units(document: ParsedDocument, index: int) -> list[Unit]:
    """Sentences of one document with the section and place they occur in."""
    headings = {heading.index: heading for heading in document.headings}
    body = document.body
    units: list[Unit] = []
    section, place = "intro", "intro"
    last_content = max((i for i in range(len(body)) if i not in headings), default=-1)
    for position, line in enumerate(body):
        text = line.text
        heading = headings.get(position)
        if heading is not None:
            section, place = heading.section, "lead"
            remainder = text.split(heading.text, 1)[1].lstrip("。：:；;，, ") if heading.text in text else ""
            if not remainder:
                continue
            text = remainder
        closing = position >= last_content - 1 and position > 0 and len(body) > 3
        for sentence in _SENTENCE.findall(text):
            marker = read_marker(sentence)
            sentence = (marker.rest if marker else sentence).strip()
            if len(sentence) < 4:
                continue
            where = "closing" if closing else place
            units.append(
                Unit(
                    sentence,
                    f"{document.path}:{line.number}",
                    index,
                    document.genre,
                    "closing" if closing else section,
                    where,
                )
            )
            if place == "lead":
                place = "body"
    return units


# --- segmentation ----------------------------------------------------------------------------


def _cache_dir() -> str:
    folder = user_cache_dir("jieba")
    if folder is None:
        import tempfile

        return tempfile.gettempdir()
    return str(folder)


@lru_cache(maxsize=1)
def _segmenter() -> tuple[Any, dict[str, str]]:
    """A private jieba Tokenizer (initialised once per process, quietly) and its word → POS table."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = _cache_dir()
    tokenizer.initialize()
    tags = jieba.posseg.POSTokenizer(tokenizer)
    tags.load_word_tag(tokenizer.get_dict_file())
    return tokenizer, tags.word_tag_tab


_MASK = re.compile("|".join(f"(?P<s{index}>{pattern.pattern})" for index, (_, pattern) in enumerate(_PATTERNS)))
_MASK_NAMES = [name for name, _ in _PATTERNS]


def mask_patterns(text: str) -> tuple[str, list[str]]:
    """Replace pattern slots by private-use characters; return the masked text and the originals in order."""
    originals: list[str] = []

    def keep(match: re.Match[str]) -> str:
        originals.append(match.group(0))
        return SLOTS[_MASK_NAMES[int(match.lastgroup[1:])]]

    return _MASK.sub(keep, text), originals


def segment(units: Sequence[Unit]) -> list[tuple[list[str], dict[int, str]]]:
    """Masked tokens of each unit and, per slot position, the original text it replaced.

    The masked units are joined by newlines and cut in one call: jieba never joins words across a
    line break, so this gives the same words as cutting each unit alone, without the per-call cost.
    """
    tokenizer, tags = _segmenter()
    masked_units = [mask_patterns(unit.text.replace("\n", " ")) for unit in units]
    words = tokenizer.lcut("\n".join(masked for masked, _ in masked_units))
    results = []
    current: list[str] = []
    pieces: list[list[str]] = []
    for word in words:
        if word == "\n":
            pieces.append(current)
            current = []
        else:
            current.append(word)
    pieces.append(current)
    for (_, originals), piece in zip(masked_units, pieces, strict=True):
        results.append(_tag_slots(_drop_spaces(piece), tags, originals))
    return results


def _drop_spaces(words: list[str]) -> list[str]:
    """Words without the spaces between them, except one space between two Latin words (Let's do it)."""
    kept: list[str] = []
    for position, word in enumerate(words):
        if not word.isspace():
            kept.append(word)
            continue
        following = words[position + 1] if position + 1 < len(words) else ""
        if kept and following and kept[-1][-1].isascii() and kept[-1][-1].isalnum() and following[0].isascii():
            kept.append(" ")
    return kept


def _tag_slots(words: list[str], tags: dict[str, str], originals: list[str]) -> tuple[list[str], dict[int, str]]:
    """Turn names, places and organisations into slots, using POS tags and a few shape rules."""
    tokens: list[str] = []
    fillers: dict[int, str] = {}
    pending = iter(originals)
    index = 0
    while index < len(words):
        word = words[index]
        tag = tags.get(word, "")
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in SLOT_OF:
            fillers[len(tokens)] = next(pending, "")
            tokens.append(word)
        elif (
            (tag == "ns" or word in _ADMIN_PREFIX or (not tag and len(word) >= 2))
            and following
            and _ORG_WORDS.search(following)
            and len(following) >= 2
        ):
            fillers[len(tokens)] = word + following
            tokens.append(SLOTS["单位"])
            index += 1
        elif tag == "nt":
            fillers[len(tokens)] = word
            tokens.append(SLOTS["单位"])
        elif (tag == "nr" and len(word) >= 2) or (
            not tag
            and 2 <= len(word) <= 3
            and word[0] in _SURNAMES
            and (_TITLES.match(following) or following in ("说", "指出", "强调", "主持", "同志"))
        ):
            fillers[len(tokens)] = word
            tokens.append(SLOTS["人名"])
        elif tag == "ns" and len(word) >= 2 and not _NOT_PLACES.match(word):
            fillers[len(tokens)] = word
            tokens.append(SLOTS["地点"])
        else:
            tokens.append(word)
        index += 1
    return tokens, fillers


# --- clustering --------------------------------------------------------------------------------


_CLAUSE_ENDS = frozenset("，,：:")


def _clauses(tokens: list[str]) -> list[tuple[int, int]]:
    """Start and end of each clause (split at ， and ：) within a sentence's tokens."""
    ends = [position + 1 for position, token in enumerate(tokens) if token in _CLAUSE_ENDS]
    if not ends:
        return []
    if ends[-1] < len(tokens):
        ends.append(len(tokens))
    return list(zip([0, *ends[:-1]], ends, strict=True))


class _Drain:
    """Clusters token sequences: same length, first token and last two tokens, most positions equal."""

    def __init__(self, similarity: float = 0.7, group_limit: int = 300) -> None:
        self.similarity = similarity
        self.group_limit = group_limit
        self.groups: dict[tuple[Any, ...], list[Skeleton]] = defaultdict(list)
        self.exact: dict[tuple[Any, ...], Skeleton] = {}  # stock phrases recur word for word: skip the search

    def add(self, tokens: list[str], unit: Unit, fillers: dict[int, str]) -> None:
        exact_key = (unit.genre, unit.clause, *tokens)
        known = self.exact.get(exact_key)
        if known is not None:
            known.units.append(unit)
            known.rows.append((tokens, fillers))
            return
        key = (unit.genre, unit.clause, len(tokens), tokens[0], tuple(tokens[-2:]))
        group = self.groups[key]
        best, best_score = None, 0.0
        for skeleton in group:
            same = sum(1 for a, b in zip(skeleton.tokens, tokens, strict=False) if a in (b, WILDCARD))
            score = same / len(tokens)
            if score > best_score:
                best, best_score = skeleton, score
        if best is not None and best_score >= self.similarity:
            for position, token in enumerate(tokens):
                if best.tokens[position] != token and best.tokens[position] != WILDCARD:
                    best.tokens[position] = WILDCARD
            best.units.append(unit)
            best.rows.append((tokens, fillers))
            self.exact[exact_key] = best
            return
        if len(group) < self.group_limit:
            skeleton = Skeleton(list(tokens), unit.genre, [unit], [(tokens, fillers)])
            group.append(skeleton)
            self.exact[exact_key] = skeleton

    def skeletons(self) -> Iterable[Skeleton]:
        for group in self.groups.values():
            yield from group


@dataclass(frozen=True)
class Phrase:
    skeleton: str  # with {类型} slots and …… for other varying parts
    filled: str  # wildcards replaced by their most frequent filler (usable in a template)
    genre: str
    count: int
    documents: int
    sections: tuple[str, ...]
    places: tuple[str, ...]
    examples: tuple[tuple[str, str], ...]  # (original text, source)
    slots: tuple[tuple[str, str], ...]  # (slot type, example value) in order
    sentence: bool = True  # a whole sentence (clauses are reported but not used as template text)

    def to_json(self) -> dict[str, Any]:
        return {
            "skeleton": self.skeleton,
            "genre": self.genre,
            "count": self.count,
            "documents": self.documents,
            "sections": list(self.sections),
            "places": list(self.places),
            "slots": [{"type": t, "example": v} for t, v in self.slots],
            "examples": [{"text": t, "source": s} for t, s in self.examples],
        }


_PUNCTUATION_ONLY = re.compile(r"\W+")


def _useful(skeleton: Skeleton) -> bool:
    """Enough fixed Chinese words to be a phrase (not addresses, e-mail lines or English text)."""
    constant = [t for t in skeleton.tokens if t not in SLOT_OF and t != WILDCARD and not _PUNCTUATION_ONLY.fullmatch(t)]
    text = "".join(constant)
    return (
        len(text) >= 5
        and len(constant) >= 2
        and skeleton.tokens.count(WILDCARD) <= len(constant) // 2
        and han_share(text) >= 0.6
    )


def mine_phrases(
    units: Sequence[Unit], segmented: Sequence[tuple[list[str], dict[int, str]]], *, min_documents: int = 2
) -> list[Phrase]:
    """Skeletons supported by at least ``min_documents`` distinct documents, most widespread first."""
    drain = _Drain()
    for unit, (tokens, fillers) in zip(units, segmented, strict=False):
        if 4 <= len(tokens) <= 60:
            drain.add(tokens, unit, fillers)
        for start, end in _clauses(tokens):
            clause = tokens[start:end]
            if 4 <= len(clause) <= 30:
                shifted = {p - start: v for p, v in fillers.items() if start <= p < end} if fillers else {}
                drain.add(
                    clause,
                    Unit(unit.text, unit.source, unit.document, unit.genre, unit.section, unit.place, True),
                    shifted,
                )
    phrases = []
    for skeleton in drain.skeletons():
        if skeleton.documents < min_documents or not _useful(skeleton):
            continue
        sections = Counter(unit.section for unit in skeleton.units)
        places = Counter(unit.place for unit in skeleton.units)
        seen_docs: set[int] = set()
        examples = []
        for unit in skeleton.units:
            if unit.document not in seen_docs and len(examples) < 3:
                seen_docs.add(unit.document)
                examples.append((unit.text, unit.source))
        slot_values = skeleton.slot_examples()
        slots = tuple((SLOT_OF[skeleton.tokens[p]], slot_values.get(p, "")) for p in sorted(slot_values))
        phrases.append(
            Phrase(
                skeleton=skeleton.text(),
                filled=skeleton.text(fill_wildcards=True),
                genre=skeleton.genre,
                count=len(skeleton.units),
                documents=skeleton.documents,
                sections=tuple(s for s, _ in sections.most_common()),
                places=tuple(p for p, _ in places.most_common()),
                examples=tuple(examples),
                slots=slots,
                sentence=not all(unit.clause for unit in skeleton.units),
            )
        )
    phrases = _drop_contained(phrases)
    phrases.sort(key=lambda p: (-p.documents, -p.count, p.skeleton))
    return phrases


_CLAUSE_BREAK = re.compile(r"(?<=[，：,:])")


def _drop_contained(phrases: list[Phrase]) -> list[Phrase]:
    """A clause skeleton that is a clause of an equally widespread sentence skeleton adds nothing."""
    support: dict[tuple[str, str], int] = {}
    for phrase in phrases:
        if phrase.sentence:
            for piece in _CLAUSE_BREAK.split(phrase.skeleton):
                key = (phrase.genre, piece.strip("，,：:。"))
                support[key] = max(support.get(key, 0), phrase.documents)
    kept = []
    for phrase in phrases:
        if (
            not phrase.sentence
            and support.get((phrase.genre, phrase.skeleton.strip("，,：:。")), 0) >= phrase.documents
        ):
            continue
        kept.append(phrase)
    return kept


def corpus_units(documents: Sequence[ParsedDocument]) -> list[Unit]:
    units: list[Unit] = []
    for index, document in enumerate(documents):
        units.extend(document_units(document, index))
    return units


def warm_up() -> None:
    """Initialise jieba in this process (used by worker processes before they start)."""
    _segmenter()
