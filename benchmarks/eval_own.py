"""Documents of our own writing that no model is trained on.

    python benchmarks/eval_own.py [--seed 0] [--pages 8] [--families a,b] [--train a,b] [--held-out e]

corpus/own/<author>/ holds documents of fictional units that we wrote and labelled ourselves (README there); eight
people wrote one folder each without seeing the others. Two models are trained with the same seed and settings:
on the labelled real files alone ("real only"), and on those plus the folders of --train ("+ own", default a,b).
Both parse the other folders' files as they are and synthetic pages of every family built from their documents
with each furniture vocabulary: documents, authors and furniture neither model saw. --held-out scores some of
those folders only (default: every folder outside --train).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from scoring import (  # noqa: E402
    FIGURES,
    HOLDOUT_VOCAB,
    PUBLIC_VOCAB,
    SHARED,
    Tally,
    default_parser,
    fmt,
    labelled_files,
    pooled,
    score_files,
    synth_scores,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pages", type=int, default=8, help="synthetic pages a family")
    parser.add_argument("--families", default="", help="comma-separated synth families (default: all)")
    parser.add_argument("--train", default="a,b", help="corpus/own folders the second model learns from")
    parser.add_argument(
        "--held-out", default="", help="corpus/own folders to score (default: every folder outside --train)"
    )
    args = parser.parse_args(argv)
    from drafter.mining.train import OWN_CORPUS, own_pairs, source_documents, train_model

    trained = set(args.train.split(","))
    folders = sorted(p.name for p in OWN_CORPUS.iterdir() if p.is_dir()) if OWN_CORPUS.is_dir() else []
    held_out = [name for name in folders if name not in trained]
    if args.held_out:
        asked = [name for name in args.held_out.split(",") if name]
        wrong = [name for name in asked if name not in held_out]
        if wrong:
            print(f"--held-out {','.join(wrong)}: not a corpus/own folder outside --train", file=sys.stderr)
            return 2
        held_out = asked
    held = own_pairs(",".join(held_out)) if held_out else []
    if not held:
        print("corpus/own holds no folder outside --train", file=sys.stderr)
        return 2
    real = [(item.path, item.truth) for item in labelled_files()]
    families = [f for f in args.families.split(",") if f] or None
    models = {
        "real only": train_model(real, seed=args.seed),
        "+ own": train_model(real, own=own_pairs(args.train), seed=args.seed),
    }
    documents = source_documents(held, shared=SHARED)
    rows: dict[str, dict[str, Tally]] = {}
    for name, model in models.items():
        parse = default_parser(model)
        rows.setdefault("files", {})[name] = pooled(score_files(held, parse).values())
        for vocab in (PUBLIC_VOCAB, HOLDOUT_VOCAB):
            with tempfile.TemporaryDirectory(prefix="drafter-own-") as scratch:
                scores = synth_scores(
                    documents, Path(scratch), vocab=vocab, families=families, count=args.pages, parse=parse
                )
            for family, tally in scores.items():
                rows.setdefault(f"{vocab.stem[:7]}:{family}", {})[name] = tally
    print(f"held out: {', '.join(held_out)} ({len(held)} files, {len(documents)} documents)\n")
    for figure in FIGURES:
        print(f"== {figure}: what was parsed, real only, + own")
        means: dict[str, list[float]] = {name: [] for name in models}
        for what, by_model in rows.items():
            values = {name: by_model[name].figures().get(figure) for name in models}
            for name, value in values.items():
                if value is not None and what != "files":
                    means[name].append(value)
            print(f"{what:30s} {fmt(values['real only'])} {fmt(values['+ own'])}")
        mean = {name: sum(v) / len(v) if v else None for name, v in means.items()}
        print(f"{'mean of the synthetic families':30s} {fmt(mean['real only'])} {fmt(mean['+ own'])}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
