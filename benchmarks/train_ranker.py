"""Train the phrase ranker (drafter/mining/ranker.py) on our own labelled candidates.

    python benchmarks/train_ranker.py [--check]

Labels: benchmarks/formula-labels.tsv, one candidate per line (genre, the first 16 hex digits of
the SHA-1 of genre, tab and the phrase with every gap as … and no final punctuation, label): 1 a formula a writer in another office would reuse in this genre (现将有关事项通知如下：,
特此报告。, 会议时间), 0.5 a stock collocation (进一步加强, 以……为契机，), 0 neither (content words,
one organisation's sentences, fragments). Written by hand from general 公文 practice over the
candidates that mining the shared seeds and public corpora gives (whole, and six random pairs of
halves, so that features read off a few documents are in the training set too); never from a formula
list we score against. The file names candidates by digest, so it holds no sentence of that corpus.

Training: logistic regression on soft labels, L2-regularised, Newton's method from zero
(deterministic: the same labels and candidates give the same weights). Examples are weighted so that
each (genre, phrase) counts once however many samples produced it. Prints leave-one-genre-out
ranking quality (AUC of formula versus not, with collocations left out of the AUC) before writing
drafter/mining/data/ranker.json; ``--check`` prints without writing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from scoring import CORPUS  # noqa: E402

from drafter.mining.ranker import logistic  # noqa: E402

LABELS = HERE / "formula-labels.tsv"
OUTPUT = HERE.parent / "drafter" / "mining" / "data" / "ranker.json"
SPLITS = range(100, 106)  # random halves for training; bench_formulae's stability check uses seeds 0–4
L2 = 0.001
ITERATIONS = 50


def normal(skeleton: str) -> str:
    return re.sub(r"\{[^{}]*\}|……", "…", skeleton).rstrip("，。：；！？、")


def key(genre: str, skeleton: str) -> tuple[str, str]:
    """A candidate as the labels file names it: its genre and a digest of its phrase (the file holds no
    text of the corpus it was labelled from)."""
    return genre, hashlib.sha1(f"{genre}\t{normal(skeleton)}".encode()).hexdigest()[:16]


def load_labels() -> dict[tuple[str, str], float]:
    rows = LABELS.read_text(encoding="utf-8").splitlines()[1:]
    return {(g, p): float(v) for g, p, v in (row.split("\t") for row in rows if row.strip())}


def samples() -> list[list[object]]:
    """Document samples: each corpus whole, and random halves of the two together."""
    from drafter.mining.parse import parse_paths

    out = []
    for folders in ([CORPUS / "seeds"], [CORPUS / "public"], [CORPUS / "seeds", CORPUS / "public"]):
        parsed, _ = parse_paths(folders)
        documents = [d for f in parsed for d in f.documents if not d.duplicate_of]
        out.append(documents)
        if len(folders) == 2:
            for seed in SPLITS:
                order = list(range(len(documents)))
                random.Random(seed).shuffle(order)
                out.append([documents[i] for i in sorted(order[0::2])])
                out.append([documents[i] for i in sorted(order[1::2])])
    return out


def examples(
    labels: dict[tuple[str, str], float],
) -> tuple[list[tuple[str, str, tuple[float, ...], float]], list[tuple[int, int]], int]:
    """Labelled candidates with their features; beside each, its sample and its number of source groups."""
    from drafter.mining.mine import memberships, segment_corpus
    from drafter.mining.phrases import mine_phrases
    from drafter.mining.spread import source_groups
    from drafter.mining.tokenise import corpus_units

    out = []
    where: list[tuple[int, int]] = []
    unlabelled: set[tuple[str, str]] = set()
    for number, documents in enumerate(samples()):
        units = corpus_units(documents)
        segmented = segment_corpus(units)
        groups = source_groups(documents)
        for phrase in mine_phrases(units, segmented, groups, genres=memberships(documents), limit=1000):
            named = key(phrase.genre, phrase.skeleton)
            if named in labels:
                out.append((named[0], named[1], phrase.features, labels[named]))
                where.append((number, phrase.groups))
            else:
                unlabelled.add(named)
    return out, where, len(unlabelled)


def fit(rows: list[tuple[str, str, tuple[float, ...], float]]) -> tuple[float, list[float]]:
    """Newton's method (iteratively reweighted least squares) on the L2-penalised log loss."""
    size = len(rows[0][2]) + 1
    per_key: dict[tuple[str, str], int] = defaultdict(int)
    for genre, phrase, _, _ in rows:
        per_key[genre, phrase] += 1
    data = [((1.0, *x), y, 1 / per_key[g, p]) for g, p, x, y in rows]
    total = sum(k for _, _, k in data)
    beta = [0.0] * size
    for _ in range(ITERATIONS):
        grad = [L2 * total * b for b in beta]
        grad[0] = 0.0
        hess = [[(L2 * total if i == j and i else 0.0) for j in range(size)] for i in range(size)]
        for x, y, k in data:
            z = sum(a * b for a, b in zip(beta, x, strict=True))
            p = logistic(z)
            error, curve = (p - y) * k, max(p * (1 - p), 1e-6) * k
            for i in range(size):
                if x[i]:
                    grad[i] += error * x[i]
                    row = hess[i]
                    for j in range(size):
                        if x[j]:
                            row[j] += curve * x[i] * x[j]
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return beta[0], beta[1:]


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and positive definite)."""
    size = len(vector)
    a = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if abs(a[col][col]) < 1e-12:
            a[col][col] = 1e-12
        for r in range(col + 1, size):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, size + 1):
                    a[r][c] -= factor * a[col][c]
    out = [0.0] * size
    for r in range(size - 1, -1, -1):
        out[r] = (a[r][size] - sum(a[r][c] * out[c] for c in range(r + 1, size))) / a[r][r]
    return out


def auc(scored: list[tuple[float, float]]) -> float | None:
    """Probability that a formula (label 1) outranks a non-formula (label 0)."""
    positive = [s for s, y in scored if y == 1]
    negative = [s for s, y in scored if y == 0]
    if not positive or not negative:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def predict(bias: float, w: list[float], x: tuple[float, ...]) -> float:
    return logistic(bias + sum(a * b for a, b in zip(w, x, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="print the cross-validation, write nothing")
    args = parser.parse_args()
    from drafter.mining.ranker import FEATURES

    labels = load_labels()
    rows, where, unlabelled = examples(labels)
    print(f"{len(rows)} examples of {len({(g, p) for g, p, _, _ in rows})} labelled phrases; {unlabelled} unlabelled")
    genres = sorted({g for g, _, _, _ in rows})
    pooled: list[tuple[float, float]] = []
    held_out = [0.0] * len(rows)
    for genre in genres:
        train = [r for r in rows if r[0] != genre]
        test = [r for r in rows if r[0] == genre]
        bias, w = fit(train)
        scored = [(predict(bias, w, x), y) for _, _, x, y in test]
        for number in (n for n, r in enumerate(rows) if r[0] == genre):
            held_out[number] = predict(bias, w, rows[number][2])
        pooled.extend(scored)
        shown = auc(scored)
        print(f"  held-out genre {genre}: {len(test)} examples, AUC {'n/a' if shown is None else f'{shown:.3f}'}")
    print(f"leave-one-genre-out AUC, pooled: {auc(pooled):.3f}")
    # Within one sample and genre (what one mining run ranks): the held-out ranker against counts alone.
    cells: dict[tuple[int, str], list[int]] = defaultdict(list)
    for number, ((sample, _), row) in enumerate(zip(where, rows, strict=True)):
        cells[sample, row[0]].append(number)
    by_counts, by_ranker = [], []
    for members in cells.values():
        counts = auc([(float(where[n][1]), rows[n][3]) for n in members])
        ranker = auc([(held_out[n], rows[n][3]) for n in members])
        if counts is not None and ranker is not None:
            by_counts.append(counts)
            by_ranker.append(ranker)
    print(
        f"within one mining run (mean over {len(by_counts)} sample-genre cells): AUC of the held-out-genre ranker "
        f"{sum(by_ranker) / len(by_ranker):.3f}, of the number of source groups {sum(by_counts) / len(by_counts):.3f}"
    )
    bias, w = fit(rows)
    print(f"in-sample AUC: {auc([(predict(bias, w, x), y) for _, _, x, y in rows]):.3f}")
    for name, value in sorted(zip(FEATURES, w, strict=True), key=lambda item: -abs(item[1])):
        print(f"  {name:14s} {value:+.3f}")
    print(f"  {'bias':14s} {bias:+.3f}")
    if args.check:
        return
    data = {
        "about": "drafter/mining/ranker.py's weights, written by benchmarks/train_ranker.py",
        "labels": LABELS.name,
        "examples": len(rows),
        "bias": round(bias, 6),
        "weights": {name: round(value, 6) for name, value in zip(FEATURES, w, strict=True)},
    }
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
