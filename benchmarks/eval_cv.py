"""Cross-validation over the labelled files (../shared/corpus truth/ + truth-public/), grouped by source.

    python benchmarks/eval_cv.py [--no-train] [--synth-count 0] [--seed 0]

A group is one source: a document series, the one CSV dataset (every GovDocClassification cell),
one author's files (the repo column of public/SOURCES.md); the four seed files are one group
(see scoring.source_groups). Each group is held out in turn: the model is trained on the other
groups only (their files, and synthetic pages built from their documents only), the held-out
files are parsed with it and scored as score_parse.py scores. Prints one row per fold, the mean
over folds, the worst fold of each figure, and the figures of all folds pooled.
A figure with nothing to score in a fold (no heading in truth or output) is "-" and left out of
the mean.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from scoring import Labelled, Tally, default_parser, fmt, labelled_files, pooled, score_files  # noqa: E402

FIGURES = ("doc_f1", "heading_f1", "level_acc", "genre_acc", "section_acc")


def train_fold(train: list[Labelled], *, seed: int, synth_count: int | None = None) -> Any:
    """A model trained on these files only; None when this checkout has nothing to train."""
    try:
        from drafter.mining.train import train_model
    except ImportError:
        return None
    kwargs = {} if synth_count is None else {"synth_count": synth_count}
    return train_model([(item.path, item.truth) for item in train], seed=seed, **kwargs)


def cross_validate(*, train: bool = True, seed: int = 0, synth_count: int | None = None) -> dict[str, Tally]:
    """The pooled tally of each held-out group."""
    files = labelled_files()
    groups = sorted({item.group for item in files})
    results = {}
    for group in groups:
        held = [item for item in files if item.group == group]
        rest = [item for item in files if item.group != group]
        model = train_fold(rest, seed=seed, synth_count=synth_count) if train else None
        tallies = score_files([(item.path, item.truth) for item in held], default_parser(model))
        results[group] = pooled(tallies.values())
    return results


def report(results: dict[str, Tally]) -> str:
    width = max(len("group"), *map(len, results))
    rows = [f"{'fold (held out)':<{width}}  files  " + "  ".join(f"{name:>11}" for name in FIGURES)]
    files = labelled_files()
    per_fold = {group: tally.figures() for group, tally in results.items()}
    for group, figures in per_fold.items():
        count = sum(item.group == group for item in files)
        rows.append(f"{group:<{width}}  {count:>5}  " + "  ".join(f"    {fmt(figures[n])}" for n in FIGURES))
    mean, worst = {}, {}
    for name in FIGURES:
        values = [(f[name], g) for g, f in per_fold.items() if f[name] is not None]
        mean[name] = sum(v for v, _ in values) / len(values) if values else None
        worst[name] = min(values) if values else (None, "")
    rows.append(f"{'mean over folds':<{width}}  {'':>5}  " + "  ".join(f"    {fmt(mean[n])}" for n in FIGURES))
    rows.append(f"{'worst fold':<{width}}  {'':>5}  " + "  ".join(f"    {fmt(worst[n][0])}" for n in FIGURES))
    rows.append(f"{'  (which)':<{width}}  {'':>5}  " + "  ".join(f"{worst[n][1][:11]:>11}" for n in FIGURES))
    all_folds = pooled(results.values()).figures()
    rows.append(f"{'all folds pooled':<{width}}  {'':>5}  " + "  ".join(f"    {fmt(all_folds[n])}" for n in FIGURES))
    summary = " ".join(f"{n}={mean[n]:.3f}" for n in FIGURES if mean[n] is not None)
    rows.append(f"cv mean {summary}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-train", action="store_true", help="evaluate the shipped model on every fold")
    parser.add_argument("--seed", type=int, default=0, help="training seed")
    parser.add_argument("--synth-count", type=int, help="synthetic pages per family for each fold's training")
    args = parser.parse_args(argv)
    results = cross_validate(train=not args.no_train, seed=args.seed, synth_count=args.synth_count)
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
