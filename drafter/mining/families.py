"""Variant families: phrases that are one formula written a little differently count once in a list.

With every gap as one mark and the final punctuation left out, two phrases are one family when

* they are the same (现将……通知如下： / 现将……通知如下。), or
* one fills a gap of the other with a few characters, a slot's value (现将有关事项通知如下 is
  现将……通知如下 with 有关事项), or
* they differ by at most two function characters (根据……的要求 / 根据……要求).

Families are closed over these links. The family's representative is, among its formulae (the ranker's
probability ≥ 0.5) if it has any, the phrase most source groups hold, then the most formulaic; the
others stay in the report, each naming its family, and are offered where they fit (a template's
default may be a variant with typed slots where the representative has a free gap), but a list of
formulae shows the family once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # phrases calls this module
    from .phrases import Phrase

GAP_MARK = "…"
# Particles, conjunctions and prepositions whose presence does not make another formula.
FUNCTION = frozenset("的地得了着和及与并或等之其以而且也都均予给对向于")
_MAX_FILL = 12  # characters one gap's filling may hold: a slot's value, not a clause
_MIN_FIXED = 4  # fixed characters a pattern needs to stand for a family (为……， stands for nothing)
_MAX_EDIT = 2  # function characters two variants may differ by
_ENDS = "，。：；！？、,.:;!?"
_SLOTS = re.compile(r"\{[^{}]*\}|……")


def normal(skeleton: str) -> str:
    """A skeleton with every gap as one mark and no final punctuation."""
    return _SLOTS.sub(GAP_MARK, skeleton).rstrip(_ENDS)


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str] | None:
    pieces = text.split(GAP_MARK)
    if len(pieces) < 2 or sum(len(piece) for piece in pieces) < _MIN_FIXED:
        return None
    between = f".{{1,{_MAX_FILL}}}?"
    return re.compile(between.join(re.escape(piece) for piece in pieces) + r"\Z")


def _fills(pattern: str, text: str) -> bool:
    """``text`` is ``pattern`` with each gap filled by a few characters."""
    compiled = _pattern(pattern)
    return compiled is not None and compiled.match(text) is not None


def _function_edit(one: str, two: str) -> bool:
    """The two differ only by one or two function characters."""
    if abs(len(one) - len(two)) > _MAX_EDIT:
        return False
    core = "".join(ch for ch in one if ch not in FUNCTION)
    if len(core) < _MIN_FIXED or core != "".join(ch for ch in two if ch not in FUNCTION):
        return False
    first = Counter(ch for ch in one if ch in FUNCTION)
    second = Counter(ch for ch in two if ch in FUNCTION)
    return 0 < sum(((first - second) + (second - first)).values()) <= _MAX_EDIT


def same_family(one: str, two: str) -> bool:
    """Whether two skeletons are variants of one formula (directly, not through a third)."""
    a, b = normal(one), normal(two)
    return a == b or _fills(a, b) or _fills(b, a) or _function_edit(a, b)


def families(phrases: Sequence[Phrase], formula: float, links: Sequence[Collection[str]] = ()) -> list[Phrase]:
    """The phrases, each variant naming its family's representative (``Phrase.family``).

    ``links`` are further families, each a set of skeletons in ``normal`` form (the slot families of
    ``phrases``: 不断提高 / 不断加强): the phrases among them are one family too.

    Only phrases that share their first or their last character are compared (a filled gap or a
    function character at the very edge is left alone): a genre has a few hundred phrases.
    """
    norms = [normal(p.skeleton) for p in phrases]
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(norms):
        if not text:
            continue
        if text[0] != GAP_MARK:
            buckets["^" + text[0]].append(index)
        if text[-1] != GAP_MARK:
            buckets["$" + text[-1]].append(index)
    parent = list(range(len(phrases)))

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for members in buckets.values():
        for at, one in enumerate(members):
            for two in members[at + 1 :]:
                if find(one) == find(two):
                    continue
                a, b = norms[one], norms[two]
                if a == b or _fills(a, b) or _fills(b, a) or _function_edit(a, b):
                    parent[max(find(one), find(two))] = min(find(one), find(two))
    by_normal: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(norms):
        by_normal[text].append(index)
    for linked in links:
        held = [index for text in linked for index in by_normal.get(text, ())]
        for index in held[1:]:
            if find(index) != find(held[0]):
                parent[max(find(index), find(held[0]))] = min(find(index), find(held[0]))
    grouped: dict[int, list[int]] = defaultdict(list)
    for index in range(len(phrases)):
        grouped[find(index)].append(index)
    out = list(phrases)
    for members in grouped.values():
        if len(members) < 2:
            continue
        best = max(
            members,
            key=lambda i: (phrases[i].formulaic >= formula, phrases[i].groups, phrases[i].formulaic, -i),
        )
        for index in members:
            if index != best:
                out[index] = replace(phrases[index], family=phrases[best].skeleton)
    return out
