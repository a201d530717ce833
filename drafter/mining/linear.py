"""The learned part of parsing at run time: linear weights over string features, and constrained decoding.

Pure Python and small: the weights ship as JSON inside the package (``weights.json``, written by
``python -m drafter.mining.train``); no numpy, no jieba.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

WEIGHTS = Path(__file__).with_name("weights.json")
NO_START = "bias_nostart"  # first feature of a line where no document can start (features.NO_START)
MUST_START = "bias_separator"  # first feature of an explicit separator line, where one must (features.MUST_START)
PLAIN = "plain_body"  # the only feature of a long sentence of body text, which is content (features.PLAIN)

# Line labels of the segmenter: OUT outside any document (page furniture), START a document's first line,
# HEAD a further line of its head (title, 版头), BODY its content (body and headings).
LABELS = ("O", "S", "T", "C")
OUT, START, HEAD, BODY = range(4)
# Transitions that cannot happen: the head follows a start, content follows a document's head or content.
FORBIDDEN = {(OUT, HEAD), (OUT, BODY)}
START_ALLOWED = (OUT, START)


@dataclass
class Sequencer:
    """Weights of the segmenter: per feature one weight a label, and label-to-label transition weights."""

    features: dict[str, list[float]] = field(default_factory=dict)
    transitions: list[list[float]] = field(default_factory=lambda: [[0.0] * 4 for _ in range(4)])
    # decode_parts's sums of recurring parts, kept across calls (the weights of a decoding model are fixed).
    # Keyed by the part's id: each entry holds the part itself, so no other object can take that id meanwhile.
    _sums: dict[int, tuple[tuple[str, ...], float, float, float, float]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def emissions(self, feats: Sequence[str]) -> list[float]:
        scores = [0.0, 0.0, 0.0, 0.0]
        table = self.features
        for name in feats:
            w = table.get(name)
            if w is not None:
                scores[0] += w[0]
                scores[1] += w[1]
                scores[2] += w[2]
                scores[3] += w[3]
        return scores

    def emissions_gated(self, feats: Sequence[str]) -> list[float]:
        if feats and feats[0] == PLAIN:
            return [NEG, NEG, NEG, 0.0]
        scores = self.emissions(feats)
        if feats and feats[0] == NO_START:
            scores[START] = NEG
        elif feats and feats[0] == MUST_START:
            # An explicit separator (第2篇：, 【第3篇】) is by definition where a document begins.
            scores = [NEG, scores[START], NEG, NEG]
        return scores

    def decode(self, rows: Sequence[Sequence[str]]) -> list[int]:
        """The best label sequence (Viterbi) under the transition and start constraints."""
        # Rows repeat (the features are coarse): score each distinct row once.
        seen: dict[tuple[str, ...], list[float]] = {}
        emissions = []
        for row in rows:
            key = tuple(row)
            scores = seen.get(key)
            if scores is None:
                scores = seen[key] = self.emissions_gated(row)
            emissions.append(scores)
        return viterbi(emissions, self.transitions)

    def forget(self) -> None:
        """Drop the sums ``decode_parts`` keeps."""
        self._sums.clear()

    def __getstate__(self) -> dict[str, Any]:
        # The sums are keyed by object ids, which mean nothing in another process (parse -j N): not sent.
        return {**self.__dict__, "_sums": {}}

    def decode_parts(self, parts: Sequence[tuple[Any, ...] | None]) -> list[int]:
        """``decode`` of rows given in parts (features.segment_parts; None is a plain body sentence).

        A row is its gate, five tuples of tokens that recur from line to line (a line's shape and its
        neighbours' views) and a few tokens of its own: each distinct tuple is scored once.
        """
        table = self.features
        sums = self._sums
        if len(sums) >= 1 << 16:
            sums.clear()
        known = sums.get
        zero = (0.0, 0.0, 0.0, 0.0)
        gates = {gate: tuple(table.get(gate) or zero) for gate in ("bias", NO_START, MUST_START)}
        plain = PLAIN_EMISSION
        emissions: list[list[float]] = []
        append = emissions.append
        for row in parts:
            if row is None:
                append(plain)
                continue
            # The parts of the row in its order (the sums added in the same order as before).
            gate, own, p2, p1, n1, n2, context, extras = row
            w = gates.get(gate)
            if w is None:
                w = tuple(table.get(gate) or zero)
            a, b, c, d = w
            # Written out part by part, in the row's order (a loop over a tuple of the six parts, made for every
            # row, cost more). Most lines show the lines two away nothing: those parts are skipped when empty, as
            # adding 0.0 changes no comparison (the others seldom are empty, and are summed as they are).
            _, x, y, z, v = known(id(own)) or _remember(sums, table, own)
            a += x
            b += y
            c += z
            d += v
            if p2:
                _, x, y, z, v = known(id(p2)) or _remember(sums, table, p2)
                a += x
                b += y
                c += z
                d += v
            _, x, y, z, v = known(id(p1)) or _remember(sums, table, p1)
            a += x
            b += y
            c += z
            d += v
            _, x, y, z, v = known(id(n1)) or _remember(sums, table, n1)
            a += x
            b += y
            c += z
            d += v
            if n2:
                _, x, y, z, v = known(id(n2)) or _remember(sums, table, n2)
                a += x
                b += y
                c += z
                d += v
            _, x, y, z, v = known(id(context)) or _remember(sums, table, context)
            a += x
            b += y
            c += z
            d += v
            for name in extras:
                weights = table.get(name)
                if weights is not None:
                    a += weights[0]
                    b += weights[1]
                    c += weights[2]
                    d += weights[3]
            if gate == NO_START:
                append([a, NEG, c, d])
            elif gate == MUST_START:
                append([NEG, b, NEG, NEG])
            else:
                append([a, b, c, d])
        return viterbi(emissions, self.transitions)


def _remember(
    sums: dict[int, tuple[tuple[str, ...], float, float, float, float]],
    table: dict[str, list[float]],
    tokens: tuple[str, ...],
) -> tuple[tuple[str, ...], float, float, float, float]:
    total = sums[id(tokens)] = (tokens, *_sum4(table, tokens))
    return total


def _sum4(table: dict[str, list[float]], tokens: Iterable[str]) -> tuple[float, float, float, float]:
    a = b = c = d = 0.0
    for name in tokens:
        w = table.get(name)
        if w is not None:
            a += w[0]
            b += w[1]
            c += w[2]
            d += w[3]
    return a, b, c, d


NEG = float("-inf")
# The emission of a plain sentence of body text (features.PLAIN): only BODY. viterbi knows this one list.
PLAIN_EMISSION = [NEG, NEG, NEG, 0.0]


def viterbi(emissions: Sequence[Sequence[float]], transitions: Sequence[Sequence[float]]) -> list[int]:
    """The best label sequence; ties go to the lower label, as in a loop over labels in order.

    Written out for the four labels and the forbidden moves (OUT → HEAD, OUT → BODY): the general loop
    over label pairs was most of decoding's time.
    """
    if not emissions:
        return []
    # OUT → HEAD and OUT → BODY are forbidden: their transitions are never read.
    (t00, t01, _, _), (t10, t11, t12, t13), (t20, t21, t22, t23), (t30, t31, t32, t33) = transitions
    first = emissions[0]
    s0, s1, s2, s3 = first[0], first[1], NEG, NEG
    back: list[tuple[int, int, int, int]] = []
    after_plain = (3, 3, 3, 3)
    for row in emissions[1:]:
        if row is PLAIN_EMISSION and s0 == s1 == s2 == NEG < s3:
            # Body text after body text (most of a page): only BODY can follow, and only BODY leads there.
            back.append(after_plain)
            s3 = s3 + t33 + 0.0
            continue
        b0, p0 = s0 + t00, 0
        if s1 + t10 > b0:
            b0, p0 = s1 + t10, 1
        if s2 + t20 > b0:
            b0, p0 = s2 + t20, 2
        if s3 + t30 > b0:
            b0, p0 = s3 + t30, 3
        if row[1] == NEG:
            # No document can start on this line (most lines a gate lets through: features.NO_START). Its START
            # score is -inf whatever leads there, and a label scored -inf is never on the best path (it wins no
            # comparison, and max takes the first of equal scores), so which label would lead there is not asked.
            b1, p1 = NEG, 0
        else:
            b1, p1 = s0 + t01, 0
            if s1 + t11 > b1:
                b1, p1 = s1 + t11, 1
            if s2 + t21 > b1:
                b1, p1 = s2 + t21, 2
            if s3 + t31 > b1:
                b1, p1 = s3 + t31, 3
        b2, p2 = NEG, 0
        if s1 + t12 > b2:
            b2, p2 = s1 + t12, 1
        if s2 + t22 > b2:
            b2, p2 = s2 + t22, 2
        if s3 + t32 > b2:
            b2, p2 = s3 + t32, 3
        b3, p3 = NEG, 0
        if s1 + t13 > b3:
            b3, p3 = s1 + t13, 1
        if s2 + t23 > b3:
            b3, p3 = s2 + t23, 2
        if s3 + t33 > b3:
            b3, p3 = s3 + t33, 3
        back.append((p0, p1, p2, p3))
        s0, s1, s2, s3 = b0 + row[0], b1 + row[1], b2 + row[2], b3 + row[3]
    score = (s0, s1, s2, s3)
    label = max(range(4), key=lambda k: score[k])
    path = [label]
    for pointers in reversed(back):
        label = pointers[label]
        path.append(label)
    path.reverse()
    return path


def viterbi_reference(emissions: Sequence[Sequence[float]], transitions: Sequence[Sequence[float]]) -> list[int]:
    """The general loop ``viterbi`` is written out from (tests compare the two)."""
    if not emissions:
        return []
    n = len(LABELS)
    allowed = [[(a, b) not in FORBIDDEN for b in range(n)] for a in range(n)]
    score = [emissions[0][k] if k in START_ALLOWED else NEG for k in range(n)]
    back: list[list[int]] = []
    for row in emissions[1:]:
        new = [NEG] * n
        pointers = [0] * n
        for b in range(n):
            best, arg = NEG, 0
            for a in range(n):
                if allowed[a][b] and score[a] != NEG:
                    value = score[a] + transitions[a][b]
                    if value > best:
                        best, arg = value, a
            new[b] = best + row[b] if best != NEG else NEG
            pointers[b] = arg
        back.append(pointers)
        score = new
    label = max(range(n), key=lambda k: score[k])
    path = [label]
    for pointers in reversed(back):
        label = pointers[label]
        path.append(label)
    path.reverse()
    return path


@dataclass
class Binary:
    """A linear classifier: the score of a feature set is the sum of its weights plus the bias."""

    features: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    # ``remembered``'s scores of feature lists seen before, with the weights and bias they were summed with (a
    # copy given other weights, as benchmarks/rule_report.py makes, starts afresh).
    _sums: dict[tuple[str, ...], float] = field(default_factory=dict, init=False, repr=False, compare=False)
    _summed: tuple[object, float] | None = field(default=None, init=False, repr=False, compare=False)
    # ``remembered_parts``'s scores, by the parts the features were made of, and the weights and bias they were
    # summed with.
    _by_parts: dict[Hashable, float] = field(default_factory=dict, init=False, repr=False, compare=False)
    _parts_summed: tuple[object, float] | None = field(default=None, init=False, repr=False, compare=False)

    def score(self, feats: Iterable[str]) -> float:
        return self.bias + sum(map(self.features.get, feats, repeat(0.0)))

    def remembered(self, feats: Sequence[str]) -> float:
        """``score``, remembered per distinct list of features (the same sum, added in the same order): the
        heading candidates of a corpus share few lists (6.8 k among the 24 k candidates of the 10 MB corpus),
        and a look-up costs a fifth of the sum. Bounded, so hostile input cannot grow it without end."""
        key = tuple(feats)
        sums = self._sums
        if self._summed is None or self._summed[0] is not self.features or self._summed[1] != self.bias:
            sums.clear()
            self._summed = (self.features, self.bias)
        found = sums.get(key)
        if found is None:
            found = self.score(key)
            if len(sums) >= 1 << 14:  # (a list holds some 40 names: 16 k of them, a few MB)
                sums.clear()
            sums[key] = found
        return found

    def remembered_parts(self, parts: Hashable, features: Callable[[Any], Sequence[str]]) -> float:
        """``score`` of the features ``features(parts)`` makes, remembered per distinct ``parts`` (the same sum,
        added in the same order): where the features are a function of a few parts that recur (a heading
        candidate's own text, its neighbours, its run: features.HeadingParts), a repeated candidate costs
        neither the list of its features nor the hash of it. Bounded as ``remembered``."""
        sums = self._by_parts
        if (
            self._parts_summed is None
            or self._parts_summed[0] is not self.features
            or self._parts_summed[1] != self.bias
        ):
            sums.clear()
            self._parts_summed = (self.features, self.bias)
        found = sums.get(parts)
        if found is None:
            found = self.score(features(parts))
            if len(sums) >= 1 << 14:
                sums.clear()
            sums[parts] = found
        return found

    def forget(self) -> None:
        """Drop the scores ``remembered`` and ``remembered_parts`` keep."""
        self._sums.clear()
        self._by_parts.clear()

    def __getstate__(self) -> dict[str, Any]:
        # Not sent to another process (parse -j N): the sums are for the weights of this one.
        return {**self.__dict__, "_sums": {}, "_summed": None, "_by_parts": {}, "_parts_summed": None}


@dataclass
class Model:
    """Everything learned: the segmenter, the heading model, and the genre model."""

    segmenter: Sequencer = field(default_factory=Sequencer)
    starts: Binary = field(default_factory=Binary)
    headings: Binary = field(default_factory=Binary)
    genres: dict[str, Binary] = field(default_factory=dict)
    meta: dict[str, object] = field(default_factory=dict)
    common_pairs: frozenset[str] = frozenset()  # meta["common_pairs"]: letter pairs too common to tell topics

    def to_json(self) -> dict[str, object]:
        def rounded(values: Iterable[float]) -> list[float]:
            return [round(v, 4) for v in values]

        return {
            "meta": self.meta,
            "segmenter": {
                "labels": list(LABELS),
                "transitions": [rounded(row) for row in self.segmenter.transitions],
                "features": {k: rounded(v) for k, v in sorted(self.segmenter.features.items()) if any(v)},
            },
            "starts": _binary_json(self.starts),
            "headings": _binary_json(self.headings),
            "genres": {genre: _binary_json(m) for genre, m in sorted(self.genres.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        seg = data["segmenter"]
        return cls(
            Sequencer({k: list(v) for k, v in seg["features"].items()}, [list(r) for r in seg["transitions"]]),
            _binary(data.get("starts")),
            _binary(data["headings"]),
            {g: _binary(m) for g, m in data.get("genres", {}).items()},
            dict(data.get("meta", {})),
            frozenset(data.get("meta", {}).get("common_pairs", ())),
        )

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def _binary_json(model: Binary) -> dict[str, object]:
    return {
        "bias": round(model.bias, 4),
        "features": {k: round(v, 4) for k, v in sorted(model.features.items()) if round(v, 4)},
    }


def _binary(data: dict[str, Any] | None) -> Binary:
    return Binary(dict(data["features"]), data["bias"]) if data else Binary()


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The weights shipped in the package (an empty model, which decides nothing, if there are none)."""
    if not WEIGHTS.is_file():
        return Model()
    return Model.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
