"""What each rule and keyword entry changes: switch it off, parse the labelled files again, compare.

    python benchmarks/rule_report.py [--pages N] [--only vocabulary|features] [--json FILE]

Two kinds of entries are switched off one at a time:
  * every entry of the vocabulary file (drafter/mining/data/vocabulary.tsv), by section and word;
  * every detector the learned models use as a feature (a shape token such as tl, sepword, restart1,
    rule:closing, rule_heading): every weight whose feature name contains it is dropped at run time.
For each one the report lists the labelled files (../shared/corpus truth/ + truth-public/) whose parse
output changes and how the pooled scores move. With --pages N, N synthetic pages a family (seed 1,
holdout vocabulary) count as files too. An entry that changes no file is a candidate for deletion;
one that changes only the file it was written from is suspect.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from copy import deepcopy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from scoring import (  # noqa: E402
    FIGURES,
    HOLDOUT_VOCAB,
    build_synth,
    labelled_files,
    load_truth,
    pooled,
    synth_documents,
    tally_file,
)

from drafter.mining import vocabulary  # noqa: E402
from drafter.mining.linear import Model, shipped  # noqa: E402
from drafter.mining.parse import parse_paths  # noqa: E402


def parse_all(pairs: list[tuple[Path, Path]], model: Model) -> dict[str, list[dict]]:
    parsed, _ = parse_paths([source for source, _ in pairs], model=model)
    return {Path(f.path).stem: f.to_json()["documents"] for f in parsed}


def figures(pairs: list[tuple[Path, Path]], output: dict[str, list[dict]]) -> dict[str, float | None]:
    return pooled(tally_file(load_truth(truth), output.get(source.stem, [])) for source, truth in pairs).figures()


def without(model: Model, token: str) -> Model:
    """The model with every feature that mentions ``token`` removed."""

    def mentions(name: str) -> bool:
        parts = name.replace("|", ":").split(":")
        return token in parts or name == token

    copy = deepcopy(model)
    copy.segmenter.features = {k: v for k, v in copy.segmenter.features.items() if not mentions(k)}
    copy.starts.features = {k: v for k, v in copy.starts.features.items() if not mentions(k)}
    copy.headings.features = {k: v for k, v in copy.headings.features.items() if not mentions(k)}
    return copy


def feature_tokens(model: Model) -> list[str]:
    """The detector names the weights use, without neighbour prefixes and conjunctions."""
    found: set[str] = set()
    for name in [*model.segmenter.features, *model.headings.features]:
        for part in name.replace("|", ":").split(":"):
            if (
                part
                and part not in ("p1", "p2", "n1", "n2", "c", "F", "x", "tl", "end", "L")
                and not part[-1:].isdigit()
            ):
                found.add(part)
    found.update({"tl", "restart0", "restart1", "restart2", "rule_start", "rule_heading", "split_first"})
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=0, help="also count N synthetic pages a family as files")
    parser.add_argument("--only", choices=("vocabulary", "features"))
    parser.add_argument("--json", type=Path, help="write the report as JSON too")
    args = parser.parse_args(argv)

    pairs = [(item.path, item.truth) for item in labelled_files()]
    with tempfile.TemporaryDirectory() as scratch:
        if args.pages:
            written = build_synth(
                synth_documents(),
                Path(scratch),
                vocab=HOLDOUT_VOCAB,
                families=["titles", "furniture", "wrapped", "flattened", "salutation"],
                count=args.pages,
                seed=1,
            )
            pairs += [
                (p, Path(scratch) / "truth" / f"{p.stem}.truth.jsonl") for paths in written.values() for p in paths
            ]
        model = shipped()
        base_output = parse_all(pairs, model)
        base = figures(pairs, base_output)
        rows = []

        def measure(kind: str, name: str, source: str, output: dict[str, list[dict]]) -> None:
            changed = sorted(stem for stem in base_output if output.get(stem) != base_output[stem])
            now = figures(pairs, output)
            delta = {k: round((now[k] or 0) - (base[k] or 0), 4) for k in FIGURES}
            rows.append({"kind": kind, "entry": name, "source": source, "changed": changed, "delta": delta})

        if args.only != "features":
            for entry in vocabulary.all_entries():
                vocabulary.disable({(entry.section, entry.word)})
                measure("vocabulary", f"{entry.section}:{entry.word}", entry.source, parse_all(pairs, model))
            vocabulary.disable(set())
        if args.only != "vocabulary":
            for token in feature_tokens(model):
                measure("feature", token, "features.py", parse_all(pairs, without(model, token)))

    print("baseline " + " ".join(f"{k}={base[k]:.3f}" for k in FIGURES if base[k] is not None))
    print(f"{'entry':<28} {'source':<11} {'files':>5}  " + " ".join(f"{k[:8]:>8}" for k in FIGURES) + "  files changed")
    for row in sorted(rows, key=lambda r: (len(r["changed"]), r["entry"])):
        deltas = " ".join(f"{row['delta'][k]:+8.3f}" for k in FIGURES)
        shown = ", ".join(row["changed"][:4]) + (" …" if len(row["changed"]) > 4 else "")
        print(f"{row['entry']:<28} {row['source']:<11} {len(row['changed']):>5}  {deltas}  {shown}")
    unused = [row["entry"] for row in rows if not row["changed"]]
    print(f"{len(unused)} of {len(rows)} entries change no file: {', '.join(unused)}")
    if args.json:
        args.json.write_text(
            json.dumps({"baseline": base, "rows": rows}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
