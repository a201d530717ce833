"""Stock phrases: the formulae a genre's documents share, ranked by how formulaic they are.

Candidates (each a pattern over the masked words of one genre):

* a whole clause, word for word (特此通知。 同志们： 以……思想为指导，), short ones included;
* two anchors at the edges of a clause with a bounded gap (根据 …… 要求， / 现将 …… 总结如下：), also
  starting one word into the clause, so a formula inside a clause is found (决定成立 …… 领导小组);
* two anchors inside a clause with a bounded gap, a verb, preposition or adjective then a word that
  may close a collocation (结合 …… 实际, 落实 …… 责任, 根据 …… 要求), the gap empty in some occurrences;
* the same over a whole sentence and over its first and last two clauses (为……，……，制定本方案。);
* slot families: an adverbial with any predicate right after it, and any adverbial with a predicate
  (不断 + 提高 / 加强 / 完善), voted like the rest, so that variants each too rare alone pass together
  (``_slot_families``); an adverbial by its tag or by how the corpus uses it (深入, 全面, 及时 before
  verbs: ``learn_adverbials``).

Each candidate counts one vote per source group (``spread``), not per document. Candidates held by
at least two groups become skeletons (``skeleton``: the words most occurrences share, gaps typed by
their values); variants that differ only by final punctuation or a slot merge; a candidate whose
occurrences are mostly those of a more specific one gives way to it (closed patterns).

Ranking is a small trained ranker (``ranker``): a logistic regression over what a phrase looks like
and where it stands — its role by position (salutation, opening, transition, heading, lead,
closing), how it ends, whether it sits inside a clause, the share of its fixed words that are
function words and verbs rather than content nouns, and that are not names, foreign words or digits,
the variety of the sentences around it (copied text repeats its context), the association of its
two anchors, its length and gaps — trained on candidates we labelled ourselves. Counts are not among
its features (in a few source groups they are mostly chance, and a ranking driven by them changes
with every sample of the same office's documents): two source groups are the bar every phrase
passes, and the share of groups using it (``evidence``) only breaks near ties. A phrase the ranker
finds more likely a formula than not is a formula; one that three source groups write is *listed* (a
formula of the genre's list, first in order: ``LISTED_GROUPS``); the rest stay candidates, shown after
it, never padding it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from ..chinese import han_share
from .families import families, normal
from .ranker import LISTED, formulaic
from .skeleton import Occurrence, Part, build_skeleton, skeleton_text
from .slots import FREE
from .spread import Groups
from .tokenise import SLOT_OF, Segmented, Unit, word_cut, word_tags

GAP = "\x00"
COLLOCATION = "\x01"  # first element of a collocation's key (not a whole clause with the same words)
# First element of a slot family's key: one anchor word and the class of the word beside it (不断 + a
# predicate: 不断提高, 不断加强, 不断完善), so the family's votes are the union of its variants'.
FAMILY = "\x03"
_HAN_CHAR = re.compile("[\u4e00-\u9fff]")
_CLAUSE_END = frozenset("，：；。！？")
_MAX_GAP = 30  # tokens
_MAX_SENTENCE = 70  # tokens
# An organisation's own name in the fixed words (某某电力有限公司): the phrase is that body's, not a formula.
_ORGANISATION = re.compile(r"有限公司|集团|委员会|人民政府|办公厅|开发组|[A-Za-z]{3,}")
# Marks written twice (共同进步！！, 好。。): one writer's habit or a typing slip, never the formula's form.
_REPEATED_MARKS = re.compile(r"[，。：；！？、,.:;!?]{2,}")
_NOISE = re.compile(r"https?|www|@|\.com|\.org|电话|传真|邮箱|手机|QQ|联系人|地址|邮编|网址|版权|扫码|二维码", re.I)


# A genre's list of formulae names what three source groups write. Two are the bar of a candidate,
# but in the handful of groups a unit's archive (or half of it) holds, a formula two groups share is
# mostly those two writers' habit: mining two random halves of the public corpus (5 splits), the other
# half listed none of the 141 formulae a half listed on two groups, and 68 % of them stood in at most
# one of its documents; of the 47 listed on three groups or more, 10 were in the other list as they
# were and 28 % in at most one document. The same bar as a template's default (``vetting.VETTED_GROUPS``);
# the formulae under it stay in the report, after the list.
LISTED_GROUPS = 3


@dataclass(frozen=True)
class Phrase:
    skeleton: str  # {类型} for typed slots and gaps, …… for free gaps
    parts: tuple[Part, ...]
    genre: str
    groups: int
    documents: int
    count: int
    roles: tuple[tuple[str, int], ...]  # (role, occurrences), most frequent first
    sections: tuple[str, ...]
    examples: tuple[tuple[str, str], ...]  # (sentence, source), one per group
    gap_values: tuple[tuple[str, ...], ...]  # per gap, values seen (a sample)
    score: float = 0.0
    variants: tuple[str, ...] = ()
    held_by: tuple[int, ...] = ()  # the documents (corpus indexes) that hold it
    formulaic: float = 0.0  # the ranker's probability that it is a formula (``ranker``)
    features: tuple[float, ...] = ()  # what the ranker read (``ranker.FEATURES``)
    family: str = ""  # the representative's skeleton when this phrase is a variant of another (``families``)

    @property
    def is_formula(self) -> bool:
        """A formula rather than a candidate: the ranker finds it more likely one than not."""
        return self.formulaic >= LISTED

    @property
    def listed(self) -> bool:
        """In the genre's list of formulae: a formula that represents its family of variants and that
        at least ``LISTED_GROUPS`` source groups write."""
        return self.is_formula and not self.family and self.groups >= LISTED_GROUPS

    @property
    def role(self) -> str:
        return self.roles[0][0] if self.roles else "body"

    def role_share(self, *roles: str) -> float:
        total = sum(count for _, count in self.roles) or 1
        return sum(count for role, count in self.roles if role in roles) / total

    @property
    def slots(self) -> tuple[str, ...]:
        return tuple(value for kind, value in self.parts if kind in ("slot", "gap"))

    def to_json(self) -> dict[str, Any]:
        return {
            "skeleton": self.skeleton,
            "genre": self.genre,
            "role": self.role,
            "roles": {role: count for role, count in self.roles},
            "groups": self.groups,
            "documents": self.documents,
            "count": self.count,
            "score": round(self.score, 3),
            "formulaic": round(self.formulaic, 3),
            "formula": self.listed,
            "family": self.family,
            "sections": list(self.sections),
            "slots": list(self.slots),
            "variants": list(self.variants),
            "examples": [{"text": t, "source": s} for t, s in self.examples],
        }


# --- candidates --------------------------------------------------------------------------------


def evidence(groups: int, total: int) -> float:
    """How surely a phrase is the genre's formula rather than a coincidence of a few writers: a lower
    confidence bound on the share of the genre's source groups that use it (Wilson's score interval,
    one standard error).

    In a small corpus a share is uncertain, so a phrase in 2 of 3 groups gets less than one in 5 of 9.
    It only breaks near ties of the ranker's probability and picks the candidates worth aligning.
    """
    total = max(total, groups, 1)
    share = groups / total
    z2 = _Z * _Z
    centre = share + z2 / (2 * total)
    margin = _Z * math.sqrt(share * (1 - share) / total + z2 / (4 * total * total))
    return max((centre - margin) / (1 + z2 / total), 0.0)


_Z = 1.0


def clause_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each clause; a clause ends after its punctuation (a run of it stays together)."""
    count = len(tokens)
    cuts = [p + 1 for p, token in enumerate(tokens) if token in _CLAUSE_END]
    spans = []
    start = 0
    for cut in cuts:
        if cut < count and tokens[cut] not in _CLAUSE_END:
            spans.append((start, cut))
            start = cut
    if start < count:
        spans.append((start, count))
    return spans


def _weak(token: str) -> bool:
    """An anchor word that anchors nothing: punctuation, a slot."""
    return token in _CLAUSE_END or token in SLOT_OF or token.isspace()


Key = tuple[str, ...]
Candidate = tuple[Key, int, int, int, int]  # key, start, end, prefix length, suffix length


# A collocation opens on a verb, an adverb, a preposition or an idiom (加强, 认真, 按照, 结合实际), or on a
# pronoun of two characters or more that picks out whom or what (各位领导, 各级政府, 各项工作: a salutation
# or an address run into the words after it), and closes on a content word, never on a particle,
# conjunction or pronoun (……的, ……和, ……各).
_LEAD_TAGS = frozenset({"v", "vd", "d", "ad", "p", "l", "i", "r"})
# Two anchors inside a clause with a bounded gap (根据 …… 要求, 结合 …… 实际, 落实 …… 责任): the first a
# verb, a preposition or an adjective used as one (落实, 明确), the second a word that may close a collocation and is no proper noun.
_GAPPED_OPEN_TAGS = frozenset({"v", "vd", "p", "a", "ad"})
_GAPPED_NOT_CLOSE = ("nr", "ns", "nt", "nz", "d", "t")  # names; adverbs and time words end nothing
_GAPPED_MAX = 10  # tokens between the anchors
_CLOSE_TAGS = ("u", "c", "p", "r", "b", "m", "q", "f", "y", "e", "o", "x")


_OPENS: dict[str, bool] = {}
_CLOSES: dict[str, bool] = {}
_GAPPED_OPENS: dict[str, bool] = {}
_GAPPED_CLOSES: dict[str, bool] = {}
_CLASS: dict[str, str] = {}
_SPLIT: dict[str, tuple[str, str] | None] = {}
# A word is of a slot's class when it fills the slot beside this many anchors at least (提高 after 不断
# and after 进一步), not beside one only.
_FILLS = 2

# The classes of a slot family, by jieba's part-of-speech tags (general grammar, not a word list): an
# adverbial (tags d, ad, vd: 不断, 持续, 进一步, 切实) and the predicate it modifies (verbs, adjectives,
# idioms: 提高, 加强, 完善). A family is one anchor with any word of the other class: 不断 + 提高 /
# 加强 / 完善, or 不断 / 持续 / 进一步 + 提高.
_CLASS_MARK = "\x02"
PREDICATE = _CLASS_MARK + "P"
ADVERBIAL = _CLASS_MARK + "D"
_PREDICATE_TAGS = ("v", "a", "i", "l", "z")
_ADVERBIAL_TAGS = frozenset({"d", "ad", "vd"})


def word_class(word: str) -> str:
    """The class a word stands for in a slot family, or "" (a single character, a noun, a name …)."""
    if word in _USED_AS_ADVERBIAL:
        return ADVERBIAL
    return _tagged_class(word)


def _tagged_class(word: str) -> str:
    """The class jieba's dictionary tag gives a word."""
    tag = word_tags().get(word, "")
    if len(word) < 2 or not tag or tag == "vn":
        return ""
    if tag in _ADVERBIAL_TAGS:
        return ADVERBIAL
    return PREDICATE if tag.startswith(_PREDICATE_TAGS) else ""


# Words the corpus uses as adverbials though the dictionary tags them otherwise (深入 v, 全面 n, 及时 c
# before 贯彻, 推进, 反馈): set per corpus by ``learn_adverbials``.
_USED_AS_ADVERBIAL: frozenset[str] = frozenset()
# A word acts as an adverbial when at least half of its occurrences stand right before a predicate,
# before several different ones, and it seldom ends a clause or follows a predicate (as a noun or an
# object does: 报送信息，).
_BEFORE_PREDICATE = 0.5
_AS_NOUN = 0.2
_MIN_SEEN = 4
_MIN_PREDICATES = 3


def learn_adverbials(sentences: Sequence[Sequence[str]]) -> frozenset[str]:
    """The words the sentences use as adverbials though jieba's tag says otherwise, by where they
    stand (a word class from use, not from one tag): right before a predicate in most of their
    occurrences, before three predicates or more, seldom at a clause's end or after a predicate."""
    seen: Counter[str] = Counter()
    before: Counter[str] = Counter()
    as_noun: Counter[str] = Counter()
    following: dict[str, set[str]] = defaultdict(set)
    tagged: dict[str, str] = {}
    tags = word_tags()  # a word the dictionary does not know (a name, a foreign word) is no adverbial

    def class_of(word: str) -> str:
        found = tagged.get(word)
        if found is None:
            found = tagged[word] = _tagged_class(word)
        return found

    for tokens in sentences:
        previous = ""
        for position, word in enumerate(tokens):
            if len(word) >= 4:
                # A word the dictionary joins with the predicate after it (全面提高, 及时处理) is one
                # occurrence before a predicate.
                for cut in (2, 3):
                    head, tail = word[:cut], word[cut:]
                    if len(tail) >= 2 and head in tags and class_of(tail) == PREDICATE and class_of(head) != ADVERBIAL:
                        seen[head] += 1
                        before[head] += 1
                        following[head].add(tail)
                        break
            if len(word) >= 2 and word in tags and class_of(word) != ADVERBIAL:
                seen[word] += 1
                after = tokens[position + 1] if position + 1 < len(tokens) else "。"
                if class_of(after) == PREDICATE:
                    before[word] += 1
                    following[word].add(after)
                if after in _CLAUSE_END or (previous and class_of(previous) == PREDICATE):
                    as_noun[word] += 1
            previous = word
    return frozenset(
        word
        for word, count in seen.items()
        if count >= _MIN_SEEN
        and before[word] >= _BEFORE_PREDICATE * count
        and as_noun[word] <= _AS_NOUN * count
        and len(following[word]) >= _MIN_PREDICATES
    )


def use_adverbials(words: frozenset[str]) -> None:
    """Count ``words`` as adverbials from now on (``learn_adverbials``); the per-word caches start again."""
    global _USED_AS_ADVERBIAL
    if words == _USED_AS_ADVERBIAL:
        return
    _USED_AS_ADVERBIAL = words
    for cache in (_OPENS, _CLOSES, _GAPPED_OPENS, _GAPPED_CLOSES, _CLASS, _SPLIT):
        cache.clear()


def _learn(word: str) -> None:
    """Whether a word may open and close a collocation, looked up once per word."""
    tags = word_tags()
    tag = tags.get(word, "")
    _OPENS[word] = len(word) >= 2 and (tag in _LEAD_TAGS or word in _USED_AS_ADVERBIAL)
    _CLOSES[word] = len(word) >= 2 and bool(tag) and not tag.startswith(_CLOSE_TAGS)
    # A one-character preposition opens one too (以 …… 为指导, 在 …… 领导下, 经 …… 同意).
    _GAPPED_OPENS[word] = tag in _GAPPED_OPEN_TAGS and (len(word) >= 2 or tag == "p")
    _GAPPED_CLOSES[word] = _CLOSES[word] and not tag.startswith(_GAPPED_NOT_CLOSE)
    _CLASS[word] = word_class(word)
    _SPLIT[word] = _compound(word)


def _compound(word: str) -> tuple[str, str] | None:
    """An adverbial and a predicate the dictionary holds as one word (不断加强, 进一步提高): the pair a
    slot family counts, as it counts 不断 提升 cut in two."""
    for cut in (2, 3):
        if len(word) - cut >= 2 and word_class(word[:cut]) == ADVERBIAL and word_class(word[cut:]) == PREDICATE:
            return word[:cut], word[cut:]
    return None


def _families(first: str, second: str, start: int, end: int, append: Any) -> None:
    """The two slot families of an adverbial and the predicate beside it: the adverbial with any
    predicate, and any adverbial with the predicate."""
    if _CLASS[first] == ADVERBIAL and _CLASS[second] == PREDICATE:
        append(((FAMILY, first, PREDICATE), start, end, 2, 0))
        append(((FAMILY, ADVERBIAL, second), start, end, 2, 0))


def candidates(tokens: Sequence[str]) -> list[Candidate]:
    """Every pattern one sentence supports (see the module docstring).

    A second head word is taken only when the first is a single character (为, 在, 经) and a third
    tail word only when the second is one (领导下，): a longer word anchors well enough alone.
    This runs twice over every sentence of the corpus, so it is written for speed.
    """
    out: list[Candidate] = []
    append = out.append
    count = len(tokens)
    spans = clause_spans(tokens)
    ends = _CLAUSE_END
    slots = SLOT_OF

    def edges(start: int, end: int, two_heads: bool) -> None:
        first = tokens[start]
        if first in ends or first in slots:
            return
        b = 2 if tokens[end - 1] in ends else 1
        tail = tuple(tokens[end - b : end])
        gap = end - start - 1 - b
        if 1 <= gap <= _MAX_GAP:
            append(((first, GAP, *tail), start, end, 1, b))
        if len(tokens[end - b]) == 1 and 2 <= gap <= _MAX_GAP + 1:
            append(((first, GAP, tokens[end - b - 1], *tail), start, end, 1, b + 1))
        if two_heads and len(first) == 1 and 1 <= gap - 1 <= _MAX_GAP:
            append(((first, tokens[start + 1], GAP, *tail), start, end, 2, b))

    opens = _OPENS
    closes = _CLOSES
    gapped_opens = _GAPPED_OPENS
    gapped_closes = _GAPPED_CLOSES
    for start, end in spans:
        length = end - start
        if length <= 12:
            append((tuple(tokens[start:end]), start, end, length, 0))
        edges(start, end, True)
        if length >= 5:
            edges(start + 1, end, False)
        # Collocations inside the clause that open on a verb or an adverb (结合实际, 认真抓好落实).
        stop = end - 1 if tokens[end - 1] in ends else end
        for position in range(start, stop):
            word = tokens[position]
            opening = opens.get(word)
            if opening is None:
                _learn(word)
                opening = opens[word]
            split = _SPLIT[word]
            if split is not None:
                append(((FAMILY, split[0], PREDICATE), position, position + 1, 1, 0))
                append(((FAMILY, ADVERBIAL, split[1]), position, position + 1, 1, 0))
            if not opening and not gapped_opens[word]:
                continue
            chars = len(word)
            for last in range(position + (chars < 4), min(position + 3, stop) if opening else position):
                if last > position:
                    chars += len(tokens[last])
                if chars < 4 or (position == start and last + 1 == stop):
                    continue
                closing = closes.get(tokens[last])
                if closing is None:
                    _learn(tokens[last])
                    closing = closes[tokens[last]]
                if closing:
                    append(((COLLOCATION, *tokens[position : last + 1]), position, last + 1, last + 1 - position, 0))
                    if last == position + 1:
                        _families(word, tokens[last], position, last + 1, append)
            if not gapped_opens[word]:
                continue
            for last in range(position + 1, min(position + 2 + _GAPPED_MAX, stop)):
                closer = tokens[last]
                closing = gapped_closes.get(closer)
                if closing is None:
                    _learn(closer)
                    closing = gapped_closes[closer]
                if closing:
                    append(((COLLOCATION, word, GAP, closer), position, last + 1, 1, 1))
    if len(spans) >= 2 and count <= _MAX_SENTENCE:
        if count <= 24:
            append((tuple(tokens), 0, count, count, 0))
        edges(0, count, True)
        if len(spans) > 2:
            edges(spans[-2][0], count, False)
    return out


# --- mining ------------------------------------------------------------------------------------


def mine_phrases(
    units: Sequence[Unit],
    segmented: Sequence[Segmented],
    groups: Groups,
    *,
    min_groups: int = 2,
    limit: int = 400,
    genres: Sequence[tuple[str, ...]] | None = None,
) -> list[Phrase]:
    """Ranked phrases of every genre held by at least ``min_groups`` source groups.

    ``genres`` gives, per document, every genre it counts in (a summary titled 报告 in both); by
    default a unit's own genre."""
    by_genre: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(units):
        for genre in genres[unit.document] if genres is not None else (unit.genre,):
            by_genre[genre].append(index)
    use_adverbials(learn_adverbials([segmented[i][0] for i in {unit.text: i for i, unit in enumerate(units)}.values()]))
    phrases: list[Phrase] = []
    # Candidate hashes per distinct sentence, shared by the genres (a sentence met again, or a document
    # counted in two genres, is cut into candidates once).
    cache: dict[str, tuple[int, ...]] = {}
    for genre in sorted(by_genre):
        found = _genre_phrases(genre, by_genre[genre], units, segmented, groups, min_groups, max(2 * limit, 500), cache)
        phrases.extend(found[:limit])
    return phrases


def _genre_phrases(
    genre: str,
    indexes: Sequence[int],
    units: Sequence[Unit],
    segmented: Sequence[Segmented],
    groups: Groups,
    min_groups: int,
    build: int,
    cache: dict[str, tuple[int, ...]],
) -> list[Phrase]:
    by_document: dict[int, list[int]] = defaultdict(list)
    for index in indexes:
        by_document[units[index].document].append(index)
    total_groups = groups.count(list(by_document))
    if total_groups < min_groups:
        return []
    frequent = _frequent(by_document, units, segmented, min_groups, cache)
    seen = _occurrences(indexes, units, segmented, frequent, cache)
    ranked = _first_ranking(seen, indexes, units, groups, min_groups, total_groups)
    built = _aligned(ranked[:build], seen, units, segmented, groups, min_groups)
    links = _slot_families(seen.found, built, units, segmented, groups, min_groups)
    for entry in built.values():
        # The variant most occurrences take represents the phrase; a clause's form first, as it keeps
        # the punctuation the formula ends on (加强领导， rather than the collocation 加强领导).
        chosen = (entry["clauses"] or entry["variants"]).most_common(1)[0][0]
        entry["parts"], entry["values"] = entry["shapes"][chosen]
    phrases = [_phrase(genre, entry, units, groups, total_groups) for entry in built.values()]
    phrases = families(_closed(phrases, built), LISTED, links)
    # The listed formulae first (a list of formulae is not padded with candidates below the bar), then
    # the variants that are formulae too, each part by score.
    phrases.sort(key=lambda p: (not p.listed, not p.is_formula, -p.score, -p.groups, p.skeleton))
    return phrases


def _frequent(
    by_document: dict[int, list[int]],
    units: Sequence[Unit],
    segmented: Sequence[Segmented],
    min_groups: int,
    cache: dict[str, tuple[int, ...]],
) -> set[int]:
    """Pass 1: the candidates (hashed, to keep memory flat) in at least ``min_groups`` documents: one in fewer
    documents than the groups it needs cannot have them. Fills ``cache`` with each sentence's candidate hashes."""
    votes: Counter[int] = Counter()
    for members in by_document.values():
        seen: set[int] = set()
        for index in members:
            text = units[index].text
            hashes = cache.get(text)
            if hashes is None:
                hashes = cache[text] = tuple(hash(c[0]) for c in candidates(segmented[index][0]))
            seen.update(hashes)
        votes.update(seen)
    return {key for key, count in votes.items() if count >= min_groups}


class _Seen(NamedTuple):
    """Pass 2's count: where each frequent candidate occurs, and how often each edge of a pair occurs at all."""

    found: dict[Key, list[tuple[int, int, int]]]  # (unit, start, end) per candidate
    shape: dict[Key, tuple[int, int]]  # its words before and after the gap
    heads: Counter[int]
    tails: Counter[int]


def _occurrences(
    indexes: Sequence[int],
    units: Sequence[Unit],
    segmented: Sequence[Segmented],
    frequent: set[int],
    cache: dict[str, tuple[int, ...]],
) -> _Seen:
    """Pass 2: occurrences of the frequent candidates, and how often each edge occurs at all.

    Plain (unit, start, end) tuples: half a million on 10 MB; only the candidates worth aligning become
    Occurrences."""
    found: dict[Key, list[tuple[int, int, int]]] = defaultdict(list)
    shape: dict[Key, tuple[int, int]] = {}
    heads: Counter[int] = Counter()
    tails: Counter[int] = Counter()
    by_text: dict[str, list[int]] = defaultdict(list)  # a sentence written again is handled once
    for index in indexes:
        by_text[units[index].text].append(index)
    for text, same in by_text.items():
        hashes = cache[text]
        if frequent.isdisjoint(hashes):
            continue
        edge_heads: list[int] = []
        edge_tails: list[int] = []
        anchors: set[tuple[int, int, int]] = set()
        for (key, start, end, a, b), hashed in zip(candidates(segmented[same[0]][0]), hashes, strict=True):
            if key[0] == FAMILY:
                pass  # a family's words are counted as the pair's own collocation
            elif b and key[0] == COLLOCATION:
                # An anchor inside a clause pairs with every word after it: counted once per place.
                head, tail = hash(key[:2]), hash(key[-1:])
                if (0, head, start) not in anchors:
                    anchors.add((0, head, start))
                    edge_heads.append(head)
                if (1, tail, end) not in anchors:
                    anchors.add((1, tail, end))
                    edge_tails.append(tail)
            elif b:
                edge_heads.append(hash(key[:a]))
                edge_tails.append(hash(key[-b:]))
            if hashed in frequent:
                occurrences = found[key]
                for index in same:
                    if not occurrences or occurrences[-1][0] != index:
                        occurrences.append((index, start, end))
                shape[key] = (a, b)
        if len(same) == 1:
            heads.update(edge_heads)
            tails.update(edge_tails)
        else:
            repeats = len(same)
            for hashed_edge in edge_heads:
                heads[hashed_edge] += repeats
            for hashed_edge in edge_tails:
                tails[hashed_edge] += repeats
    return _Seen(found, shape, heads, tails)


def _first_ranking(
    seen: _Seen,
    indexes: Sequence[int],
    units: Sequence[Unit],
    groups: Groups,
    min_groups: int,
    total_groups: int,
) -> list[tuple[float, Key, float]]:
    """A first ranking on the candidates alone, so that only the promising ones are aligned: (score, candidate,
    association of its two edges), best first."""
    ranked: list[tuple[float, Key, float]] = []
    document_of = {index: units[index].document for index in indexes}
    role_of = {index: units[index].role for index in indexes}
    for key, occurrences in seen.found.items():
        if len(occurrences) < min_groups or key[0] == FAMILY:
            continue
        a, b = seen.shape[key]
        fixed = "".join(token for token in key if token not in (GAP, COLLOCATION) and token not in SLOT_OF)
        if len(_HAN_CHAR.findall(fixed)) < (2 if b else 3):
            continue
        documents = {document_of[o[0]] for o in occurrences}
        if len(documents) < min_groups:
            continue
        spread = groups.count(list(documents))
        if spread < min_groups:
            continue
        association = 1.0
        if b:
            pair = len(occurrences)
            head = hash(key[: a + 1]) if key[0] == COLLOCATION else hash(key[:a])
            association = max(pair / max(seen.heads[head], pair), pair / max(seen.tails[hash(key[-b:])], pair))
        roles = Counter(role_of[o[0]] for o in occurrences)
        focus = max((roles[r] for r in _STRUCTURAL), default=0) / len(occurrences)
        ranked.append(
            (
                evidence(spread, total_groups) * (0.3 + 0.7 * math.sqrt(association)) * (0.5 + 0.5 * focus),
                key,
                association,
            )
        )
    ranked.sort(key=lambda item: -item[0])
    return ranked


def _aligned(
    ranked: Sequence[tuple[float, Key, float]],
    seen: _Seen,
    units: Sequence[Unit],
    segmented: Sequence[Segmented],
    groups: Groups,
    min_groups: int,
) -> dict[str, dict[str, Any]]:
    """The ranked candidates aligned over their occurrences (build_skeleton), merged by their normal form: what
    each phrase gathers (occurrences, variants, clause forms, shapes) before it is made a Phrase."""
    built: dict[str, dict[str, Any]] = {}
    for _, key, association in ranked:
        aligned = [Occurrence(*o) for o in sorted(seen.found[key], key=lambda o: o[0])]
        a, b = seen.shape[key]
        skeleton = build_skeleton(a, b, aligned, segmented)
        if groups.count([units[o.unit].document for o in skeleton.occurrences]) < min_groups:
            continue
        if not _useful(skeleton.parts):
            continue
        normal = _normal(skeleton.parts)
        entry = built.setdefault(
            normal,
            {
                "occurrences": {},
                "association": 0.0,
                "variants": Counter(),
                "clauses": Counter(),
                "shapes": {},
                "collocation": True,
            },
        )
        entry["collocation"] = entry["collocation"] and key[0] == COLLOCATION
        entry["occurrences"].update(dict.fromkeys(skeleton.occurrences))
        entry["association"] = max(entry["association"], association)
        entry["variants"][skeleton.text] += len(skeleton.occurrences)
        if key[0] != COLLOCATION:
            entry["clauses"][skeleton.text] += len(skeleton.occurrences)
        entry["shapes"].setdefault(skeleton.text, (skeleton.parts, skeleton.values))
    return built


def _slot_families(
    found: dict[Key, list[tuple[int, int, int]]],
    built: dict[str, dict[str, Any]],
    units: Sequence[Unit],
    segmented: Sequence[Segmented],
    groups: Groups,
    min_groups: int,
) -> list[set[str]]:
    """Slot families: an adverbial with the predicates it modifies (不断提高 / 不断加强 / 不断完善), or a
    predicate with its adverbials (不断 / 持续 / 进一步 + 提高), count as one phrase, so that a formula
    every writer varies a little has the support of all its variants, though each alone is in one
    source group or two.

    Only words of the slot's class are members: a word that fills the slot beside one anchor only (in
    this genre's families) is not. The family stands on its commonest variant (most groups, then most
    occurrences, then the word filling the slot beside most anchors); when that variant passed the bar
    on its own, it keeps its occurrences (what the ranker reads) and takes the family's documents as
    its support; otherwise it is a new phrase over the occurrences of all. A pair of words belongs to
    one family only, the widest first (one taking every adverb before 加强 would otherwise chain into
    one taking every verb after 不断). Returns each family's skeletons in ``families.normal`` form, for
    ``families`` to show the family once, its other variants as its members."""
    document_of = [unit.document for unit in units]
    by_key: dict[Key, dict[tuple[str, str], list[tuple[int, int, int]]]] = {}
    fillers: dict[tuple[int, str], set[str]] = defaultdict(set)  # (side, word) → the anchors it is seen with
    for key, occurrences in found.items():
        if key[0] != FAMILY or len(occurrences) < min_groups:
            continue
        members: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
        for unit, start, end in occurrences:
            tokens = segmented[unit][0]
            # One word of the dictionary (不断加强) or two (不断 提升).
            pair = (
                (_SPLIT.get(tokens[start]) or _compound(tokens[start]))
                if end - start == 1
                else (tokens[start], tokens[end - 1])
            )
            if pair is not None:
                members[pair].append((unit, start, end))
        by_key[key] = members
        varies = int(key[2] == PREDICATE)  # which word of a pair varies
        for pair in members:
            fillers[(varies, pair[varies])].add(pair[1 - varies])
    found_families = []
    for key, members in by_key.items():
        varies = int(key[2] == PREDICATE)
        members = {pair: held for pair, held in members.items() if len(fillers[(varies, pair[varies])]) >= _FILLS}
        if len(members) >= 2:
            spread = groups.count(list({document_of[o[0]] for held in members.values() for o in held}))
            found_families.append((spread, key, members, varies))
    found_families.sort(key=lambda item: (-item[0], item[1]))
    taken: set[tuple[str, str]] = set()
    links: list[set[str]] = []
    for spread, _, members, varies in found_families:
        if spread < min_groups:
            break
        free = {pair: held for pair, held in members.items() if pair not in taken}
        documents = {document_of[o[0]] for held in free.values() for o in held}
        if len(free) < 2 or groups.count(list(documents)) < min_groups:
            continue
        held_groups = {pair: groups.count(list({document_of[o[0]] for o in held})) for pair, held in free.items()}
        first = max(
            free, key=lambda pair: (held_groups[pair], len(free[pair]), len(fillers[(varies, pair[varies])]), pair)
        )
        width = Counter(o[2] - o[1] for o in free[first]).most_common(1)[0][0]  # its commonest form
        aligned = [Occurrence(*o) for o in sorted(free[first]) if o[2] - o[1] == width]
        skeleton = build_skeleton(width, 0, aligned, segmented)
        if not _useful(skeleton.parts):
            continue
        taken.update(free)
        links.append({normal(skeleton.text), *(one + two for one, two in free)})
        members_seen = _member_counts(free, first, skeleton.text)
        existing = built.get(_normal(skeleton.parts))
        if existing is not None:
            existing.setdefault("support", set()).update(documents)
            existing.setdefault("members", Counter()).update(members_seen)
            continue
        built[_normal(skeleton.parts)] = {
            "occurrences": dict.fromkeys(Occurrence(*o) for held in free.values() for o in held),
            "association": 1.0,  # as a collocation's of adjacent words
            "variants": Counter({skeleton.text: len(free[first])}),
            "clauses": Counter(),
            "shapes": {skeleton.text: (skeleton.parts, skeleton.values)},
            "collocation": True,
            "members": members_seen,
        }
    return links


def _member_counts(
    members: dict[tuple[str, str], list[tuple[int, int, int]]], first: tuple[str, str], text: str
) -> Counter[str]:
    """A slot family's variants and their occurrences, the representative by its skeleton."""
    counts: Counter[str] = Counter()
    for pair, held in members.items():
        counts[text if pair == first else pair[0] + pair[1]] += len(held)
    return counts


def _normal(parts: Sequence[Part]) -> str:
    """Variants that differ only by final punctuation or a slot's type are one phrase."""
    text = "".join(value if kind == "text" else "…" for kind, value in parts)
    return text.rstrip("，。：；！？、")


def _fixed_text(parts: Sequence[Part]) -> str:
    return "".join(value for kind, value in parts if kind == "text")


def _gaps(parts: Sequence[Part]) -> int:
    return sum(1 for kind, _ in parts if kind != "text")


def _useful(parts: Sequence[Part]) -> bool:
    """Enough fixed Chinese words to be a phrase; not a contact line, an address or foreign text."""
    fixed = _fixed_text(parts)
    han = sum(1 for ch in fixed if "\u4e00" <= ch <= "\u9fff")
    gaps = sum(1 for kind, _ in parts if kind != "text")
    if _NOISE.search(fixed) or han_share(fixed) < 0.6 or _REPEATED_MARKS.search(fixed):
        return False
    if gaps == 0:
        return han >= 3
    fixed_words = sum(1 for kind, _ in parts if kind == "text")
    return han >= 3 and gaps <= fixed_words + 1


# jieba's name tag (nr) is also on common words (谢谢, 荣幸): names are masked as slots instead, and
# only place, organisation and foreign-word tags and words the dictionary does not know count here.
_PROPER_TAGS = frozenset({"ns", "nt", "nz", "nrt", "nrfg", "eng", "x"})
_CONTENT_TAGS = ("n", "vn", "b", "s", "j")


@lru_cache(maxsize=8192)
def _lexical(fixed: str) -> tuple[float, float]:
    """Two shares of the fixed text's characters: ordinary words (not proper nouns, foreign words,
    digits or unknown words), and function words, verbs, adverbs and idioms (not content nouns)."""
    tags = word_tags()
    words = [w for w in word_cut().cut(fixed) if w.strip() and w not in "，。：；！？、"]
    total = sum(len(w) for w in words)
    if not total:
        return 0.0, 0.0
    bad = functional = 0
    for word in words:
        tag = tags.get(word)
        if re.search(r"[A-Za-z0-9]", word) or (tag is None and len(word) > 1) or tag in _PROPER_TAGS:
            bad += len(word)
        elif tag is not None and (tag == "nr" or not tag.startswith(_CONTENT_TAGS)):
            # nr on a fixed word is a common word read as a name (谢谢, 荣幸): names are slots by now.
            functional += len(word)
    return 1 - bad / total, functional / total


_TIE = 0.2
_STRUCTURAL = ("salutation", "opening", "transition", "heading", "lead", "closing")


def _phrase(genre: str, entry: dict[str, Any], units: Sequence[Unit], groups: Groups, genre_groups: int) -> Phrase:
    occurrences: list[Occurrence] = list(entry["occurrences"])
    parts: tuple[Part, ...] = entry["parts"]
    documents = {units[o.unit].document for o in occurrences} | entry.get("support", set())
    group_count = groups.count(list(documents))
    roles = Counter(units[o.unit].role for o in occurrences)
    sections = Counter(units[o.unit].section for o in occurrences)
    examples: list[tuple[str, str]] = []
    seen: set[int] = set()
    for occurrence in occurrences:
        unit = units[occurrence.unit]
        group = groups.of_document[unit.document]
        if group not in seen and len(examples) < 3:
            seen.add(group)
            examples.append((unit.text, unit.source))
    total = len(occurrences)
    # 0 when every occurrence is the same sentence, 1 when none repeats (not a share: that falls with counts).
    variety = (len({units[o.unit].text for o in occurrences}) - 1) / max(total - 1, 1)
    fixed = _fixed_text(parts)
    clean, functional = _lexical(fixed)
    han = sum(1 for ch in fixed if "\u4e00" <= ch <= "\u9fff")
    skeleton = skeleton_text(parts)
    end = skeleton[-1:]
    free = sum(1 for kind, value in parts if kind == "gap" and value == FREE)
    typed = sum(1 for kind, value in parts if kind != "text") - free
    share = {role: count / total for role, count in roles.items()}
    vector = (
        share.get("opening", 0.0) + share.get("closing", 0.0) + share.get("salutation", 0.0),
        share.get("transition", 0.0),
        share.get("heading", 0.0),
        share.get("lead", 0.0),
        float(end in "：:"),
        float(end in "。！？!?"),
        float(end in "，；、,;"),
        float(end not in "：:。！？!?，；、,;"),
        float(entry["collocation"]),
        functional,
        clean,
        float(han <= 4),
        min(han, 30) / 30,
        min(free, 3) / 3,
        min(typed, 3) / 3,
        variety,
        entry["association"],
        float(bool(_ORGANISATION.search(fixed))),
    )
    probability = formulaic(vector)
    # Counts only break near ties: in a handful of source groups they are mostly chance (``ranker``).
    score = probability * (1 + _TIE * evidence(group_count, genre_groups))
    variants = tuple(text for text, _ in entry["variants"].most_common(4) if text != skeleton)
    members = entry.get("members")
    if members:  # a slot family: its other words first (不断提高 → 不断加强, 不断完善)
        variants = tuple(text for text, _ in members.most_common(6) if normal(text) != normal(skeleton))
    return Phrase(
        skeleton=skeleton,
        parts=parts,
        genre=genre,
        groups=group_count,
        documents=len(documents),
        count=total,
        roles=tuple(roles.most_common()),
        sections=tuple(s for s, _ in sections.most_common()),
        examples=tuple(examples),
        gap_values=tuple(values[:8] for values in entry["values"]),
        score=score,
        variants=variants,
        held_by=tuple(sorted(documents)),
        formulaic=probability,
        features=vector,
    )


def _says(phrase: Phrase, rival: Phrase) -> bool:
    """Every fixed piece of ``phrase`` stands in ``rival`` in the same order."""
    at = 0
    for kind, value in phrase.parts:
        if kind != "text":
            continue
        piece = value.rstrip("，。：；！？、")
        found = rival.skeleton.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _closed(phrases: list[Phrase], built: dict[str, dict[str, Any]]) -> list[Phrase]:
    """Drop a phrase whose occurrences mostly belong to one more specific phrase of (nearly) the same spread.

    A more specific rival (现将……通知如下： over 现将……如下：, the whole sentence over one of its words)
    takes the place of a phrase; one with more gaps is a wider pattern around it (为……，……现将有关事项
    通知如下：), not a more specific one, and leaves it alone.
    """
    units = [frozenset(o.unit for o in entry["occurrences"]) for entry in built.values()]
    fixed = [len(_fixed_text(p.parts)) for p in phrases]
    # A slot family gives way only to a rival that says it and more (不断提高 to 不断提高……水平), not to
    # another formula of the same sentences (进一步加强 beside 不断提高).
    family = [bool(entry.get("members")) for entry in built.values()]
    gaps = [_gaps(p.parts) for p in phrases]
    by_unit: dict[int, list[int]] = defaultdict(list)
    for number, held in enumerate(units):
        for unit in held:
            by_unit[unit].append(number)
    kept = []
    for number, phrase in enumerate(phrases):
        held = units[number]
        probe = min(held)  # a rival holding 70 % of the units holds this one or one of a few others
        rivals = {r for unit in sorted(held)[:8] for r in by_unit[unit]} if len(held) > 1 else set(by_unit[probe])
        dominated = any(
            r != number
            and fixed[r] > fixed[number]
            and gaps[r] <= gaps[number]
            and phrases[r].groups >= 0.7 * phrase.groups
            and len(held & units[r]) >= 0.7 * len(held)
            and (not family[number] or _says(phrase, phrases[r]))
            for r in rivals
        )
        if not dominated:
            kept.append(phrase)
    return kept
