"""Cross-validation over the labelled files (../shared/corpus truth/ + truth-public/), grouped by source.

    python benchmarks/eval_cv.py [--no-train] [--synth-count 0] [--seed 0]

A group is one source: a document series, the one CSV dataset (every GovDocClassification cell),
one author's files (the repo column of public/SOURCES.md); the four seed files are one group
(see scoring.source_groups). Each group is held out in turn: the model is trained on the other
groups only (their files, and synthetic pages built from their documents only), the held-out
files are parsed with it and scored as score_parse.py scores. With --pages N, synthetic pages built
from the held-out documents only (with both furniture vocabularies) are scored too. Prints one row per fold, the mean
over folds, the worst fold of each figure, and the figures of all folds pooled.
A figure with nothing to score in a fold (no heading in truth or output) is "-" and left out of
the mean.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from scoring import (  # noqa: E402
    FIGURES,
    HOLDOUT_VOCAB,
    PUBLIC_VOCAB,
    Labelled,
    Tally,
    default_parser,
    fmt,
    labelled_files,
    pooled,
    score_files,
    synth_documents,
    synth_scores,
)


def train_fold(train: list[Labelled], *, seed: int, synth_count: int | None = None, epochs: int | None = None) -> Any:
    """A model trained on these files only; None when this checkout has nothing to train."""
    try:
        from drafter.mining.train import own_pairs, train_model
    except ImportError:
        return None
    kwargs: dict[str, int] = {} if synth_count is None else {"synth_count": synth_count}
    if epochs is not None:
        kwargs["epochs"] = epochs
    # Our own written documents are never held out: they are training material, not the measure.
    return train_model([(item.path, item.truth) for item in train], own=own_pairs(), seed=seed, **kwargs)


def cross_validate(
    *,
    train: bool | str = True,
    seed: int = 0,
    synth_count: int | None = None,
    epochs: int | None = None,
    pages: int = 0,
    synth_results: dict[str, dict[str, Tally]] | None = None,
) -> dict[str, Tally]:
    """The pooled tally of each held-out group.

    With ``pages``, each fold's model also parses synthetic pages built from the held-out group's
    documents only (both vocabularies, every family): documents and furniture it never saw. Their
    tallies go into ``synth_results`` by vocabulary and family, pooled over folds.
    """
    files = labelled_files()
    groups = sorted({item.group for item in files})
    results = {}
    for group in groups:
        held = [item for item in files if item.group == group]
        rest = [item for item in files if item.group != group]
        if train == "rules":
            from drafter.mining.linear import Model

            model = Model()  # no weights: the hand-written rules alone
        else:
            model = train_fold(rest, seed=seed, synth_count=synth_count, epochs=epochs) if train else None
        tallies = score_files([(item.path, item.truth) for item in held], default_parser(model))
        results[group] = pooled(tallies.values())
        documents = synth_documents(held) if pages else []
        if synth_results is not None and len(documents) >= 3:
            for vocab in (PUBLIC_VOCAB, HOLDOUT_VOCAB):
                with tempfile.TemporaryDirectory() as scratch:
                    found = synth_scores(
                        documents, Path(scratch), vocab=vocab, count=pages, seed=seed + 1, parse=default_parser(model)
                    )
                table = synth_results.setdefault(vocab.name, {})
                for family, tally in found.items():
                    table.setdefault(family, Tally()).add(tally)
    return results


def synth_report(synth_results: dict[str, dict[str, Tally]]) -> str:
    rows = []
    for vocab, table in synth_results.items():
        rows.append(f"synthetic pages of held-out documents, vocabulary {vocab} (pooled over folds)")
        rows.append(f"{'family':<16}" + "".join(f"{name:>12}" for name in FIGURES))
        for family, tally in table.items():
            figures = tally.figures()
            rows.append(f"{family:<16}" + "".join(f"     {fmt(figures[n])}" for n in FIGURES))
        worst = min(table, key=lambda f: table[f].figures()["doc_f1"] or 0)
        rows.append(f"worst doc_f1 {table[worst].figures()['doc_f1']:.3f} ({worst})")
    return "\n".join(rows)


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
    parser.add_argument("--rules", action="store_true", help="evaluate the hand-written rules alone (no model)")
    parser.add_argument("--seed", type=int, default=0, help="training seed")
    parser.add_argument("--synth-count", type=int, help="synthetic pages per family for each fold's training")
    parser.add_argument(
        "--pages", type=int, default=0, help="also score N synthetic pages a family built from each held-out group"
    )
    args = parser.parse_args(argv)
    synth: dict[str, dict[str, Tally]] = {}
    results = cross_validate(
        train="rules" if args.rules else not args.no_train,
        seed=args.seed,
        synth_count=args.synth_count,
        pages=args.pages,
        synth_results=synth,
    )
    print(report(results))
    if synth:
        print(synth_report(synth))
    return 0


if __name__ == "__main__":
    sys.exit(main())
