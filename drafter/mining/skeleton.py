"""Skeletons: what a set of occurrences of one pattern have in common, and what varies.

A candidate pattern fixes a few words at its edges (根据 …… 要求，); its occurrences may share more
words inside the gap (定于 …… 召开 …… 会议。). The skeleton keeps the words that at least 70 % of the
occurrences have in the same order (a greedy common subsequence over a sample) and turns what lies
between them into gaps, each typed by the values seen there (``slots``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .slots import FREE, gap_type
from .tokenise import SLOT_OF, Segmented

Part = tuple[str, str]  # ("text", words) | ("slot", type) | ("gap", type)
_SAMPLE = 60
_PUNCTUATION = frozenset("，。：；！？、,.:;!?")


class Occurrence(NamedTuple):
    """Where a candidate occurs (a named tuple: mining makes one per occurrence, half a million on 10 MB)."""

    unit: int  # index of the unit (sentence) in the corpus
    start: int  # token span of the pattern in the unit
    end: int


@dataclass(frozen=True)
class Skeleton:
    parts: tuple[Part, ...]
    occurrences: tuple[Occurrence, ...]  # those that fit the skeleton
    values: tuple[tuple[str, ...], ...]  # per gap (in order), the texts seen there

    @property
    def text(self) -> str:
        return skeleton_text(self.parts)


def skeleton_text(parts: Sequence[Part]) -> str:
    """{类型} for typed slots and gaps, …… for a free gap (the report's and the scorer's notation)."""
    out = []
    for kind, value in parts:
        if kind == "text":
            out.append(value)
        elif kind == "gap" and value == FREE:
            if not out or out[-1] != "……":
                out.append("……")
        else:
            out.append("{" + value + "}")
    return "".join(out)


def token_parts(tokens: Sequence[str]) -> list[Part]:
    parts: list[Part] = []
    for token in tokens:
        if token in SLOT_OF:
            parts.append(("slot", SLOT_OF[token]))
        elif parts and parts[-1][0] == "text":
            parts[-1] = ("text", parts[-1][1] + token)
        else:
            parts.append(("text", token))
    return parts


def _is_subsequence(needle: Sequence[str], haystack: Sequence[str]) -> list[int] | None:
    """Positions of ``needle``'s tokens in ``haystack`` (leftmost greedy), or None."""
    positions = []
    start = 0
    for token in needle:
        try:
            start = haystack.index(token, start)
        except ValueError:
            return None
        positions.append(start)
        start += 1
    return positions


def consensus(gaps: Sequence[Sequence[str]], share: float = 0.7) -> list[str]:
    """The words at least ``share`` of the gaps contain, in an order they all agree on."""
    if not gaps:
        return []
    need = math.ceil(share * len(gaps))
    seen = Counter(token for gap in gaps for token in set(gap))
    frequent = {token for token, count in seen.items() if count >= need and not token.isspace()}
    if not frequent:
        return []
    reference = max(gaps, key=lambda gap: sum(token in frequent for token in gap))
    sequence: list[str] = []
    for token in reference:
        if token not in frequent or token in sequence:
            continue
        trial = [*sequence, token]
        if sum(_is_subsequence(trial, gap) is not None for gap in gaps) >= need:
            sequence = trial
    return _attached(sequence, gaps)


def _attached(sequence: list[str], gaps: Sequence[Sequence[str]]) -> list[str]:
    """Drop single characters that float in the gap (的, 在): one is kept only where it sticks to a
    neighbour of the skeleton (现将, 领导下) in most gaps."""
    kept = []
    for index, token in enumerate(sequence):
        if len(token) > 1 or token in _PUNCTUATION or token in SLOT_OF:
            kept.append(token)
            continue
        stuck = 0
        for gap in gaps:
            positions = _is_subsequence(sequence, gap)
            if positions is None:
                continue
            at = positions[index]
            left = at == 0 or (index > 0 and positions[index - 1] == at - 1)
            right = at == len(gap) - 1 or (index + 1 < len(sequence) and positions[index + 1] == at + 1)
            stuck += left or right
        if stuck >= 0.7 * len(gaps):
            kept.append(token)
    return kept


def _original(tokens: Sequence[str], fillers: dict[int, str], start: int, end: int) -> str:
    return "".join(fillers.get(position, tokens[position]) for position in range(start, end))


def build_skeleton(
    prefix: int, suffix: int, occurrences: Sequence[Occurrence], segmented: Sequence[Segmented]
) -> Skeleton:
    """The skeleton of occurrences whose first ``prefix`` and last ``suffix`` tokens agree."""
    first = occurrences[0]
    tokens = segmented[first.unit][0]
    head = tokens[first.start : first.start + prefix]
    tail = tokens[first.end - suffix : first.end] if suffix else []
    gaps = [segmented[o.unit][0][o.start + prefix : o.end - suffix] for o in occurrences[:_SAMPLE]]
    sequence = consensus(gaps) if any(gaps) else []
    kept: list[Occurrence] = []
    values: list[list[str]] = [[] for _ in range(len(sequence) + 1)]
    for occurrence in occurrences:
        unit_tokens, fillers = segmented[occurrence.unit]
        low, high = occurrence.start + prefix, occurrence.end - suffix
        gap = unit_tokens[low:high]
        positions = _is_subsequence(sequence, gap)
        if positions is None:
            continue
        kept.append(occurrence)
        bounds = [-1, *positions, len(gap)]
        for index in range(len(sequence) + 1):
            values[index].append(_original(unit_tokens, fillers, low + bounds[index] + 1, low + bounds[index + 1]))
    parts: list[Part] = token_parts(head)
    gap_values: list[tuple[str, ...]] = []
    for index in range(len(sequence) + 1):
        seen = [value for value in values[index] if value]
        if seen and len(seen) == len(values[index]) and len(set(seen)) == 1 and set(seen[0]) <= _PUNCTUATION:
            # The same mark in every occurrence (a second comma: consensus takes each word once) is text, not a
            # gap: the skeleton read 完成整改……并将 where every occurrence wrote 整改，并将.
            parts.extend(token_parts([seen[0]]))
        elif seen and len(seen) >= 0.3 * len(values[index]):
            parts.append(("gap", gap_type(seen)))
            gap_values.append(tuple(seen))
        if index < len(sequence):
            parts.extend(token_parts([sequence[index]]))
    parts.extend(token_parts(tail))
    merged: list[Part] = []
    for part in parts:
        if part[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + part[1])
        else:
            merged.append(part)
    return Skeleton(tuple(merged), tuple(kept), tuple(gap_values))
