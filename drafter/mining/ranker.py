"""How formulaic a mined phrase is: a small trained ranker (logistic regression) over what a phrase
looks like and where it stands, never over how many documents hold it.

Why trained and why without counts: the features below each say something about formulaicness, but
how much each weighs against the others is not something to guess — a few hundred candidates labelled
by hand (``benchmarks/formula-labels.tsv``: a formula, a stock collocation, or neither; written from
general 公文 practice, not from any formula list we score against) settle it. Counts stay out of the
model on purpose: in the few source groups a unit's archive holds, whether a phrase is in two
groups or in four is mostly chance, and a ranking driven by it reorders from one sample of the same
office's documents to the next. What a phrase is — a transition ending on 如下：, a closing, a
heading, made of verbs and function words, no names, no digits — stays the same in every sample.
Counts act as the evidence bar (``phrases``) and break ties.

Training: ``python benchmarks/train_ranker.py`` (pure Python, reproducible, writes
``data/ranker.json``); the runtime only reads the weights.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent / "data" / "ranker.json"

# Each in [0, 1]; the share of occurrences in a role, or a property of the phrase's fixed words.
FEATURES = (
    "edge",  # occurrences at the opening, the closing or the salutation
    "transition",  # a sentence leading into a list (……如下：)
    "heading",
    "lead",  # the first sentence under a heading
    "colon",  # the phrase ends on ：
    "stop",  # on 。！？
    "comma",  # on ，；、 (a clause of a longer sentence)
    "bare",  # on no punctuation (a word group inside a clause)
    "collocation",  # found inside a clause, not at its edges
    "functional",  # share of its characters in function words, verbs, adverbs, idioms
    "clean",  # share not in names, foreign words, digits, unknown words
    "short",  # at most 4 Chinese characters
    "length",  # Chinese characters / 30, at most 1
    "free_gaps",  # gaps of free text (not a typed slot), /3
    "typed_slots",  # typed slots (date, organisation, …), /3
    "variety",  # how far its sentences differ (0 all the same, 1 none repeats: copied text repeats)
    "association",  # how often one anchor comes with the other
    "organisation",  # an organisation's own name in the fixed words
)

# A phrase the ranker finds more likely a formula than not is listed; the rest stay candidates.
LISTED = 0.5


@lru_cache(maxsize=1)
def _weights() -> tuple[float, tuple[float, ...]]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    named: Mapping[str, float] = data["weights"]
    return float(data["bias"]), tuple(float(named.get(name, 0.0)) for name in FEATURES)


def logistic(total: float) -> float:
    """The logistic function, kept clear of overflow (training and ranking both use it)."""
    return 1 / (1 + math.exp(-max(min(total, 30.0), -30.0)))


def formulaic(vector: tuple[float, ...]) -> float:
    """The probability that a phrase with these features is a formula (a stock collocation counts half)."""
    bias, weights = _weights()
    return logistic(bias + sum(w * x for w, x in zip(weights, vector, strict=True)))
