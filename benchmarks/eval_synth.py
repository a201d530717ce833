"""The synthetic-page families of ../shared/tools/synth_eval.py, run against this checkout's drafter.

    python benchmarks/eval_synth.py [--vocab FILE ...] [--count 20] [--seed 1] [--families a,b] [synth_eval options]

Without --vocab the suite runs four times, with the public vocabulary (../shared/tools/synth_vocab.txt),
benchmarks/holdout_vocab.txt, benchmarks/phone_vocab.txt and benchmarks/vocab4.txt, and prints the four tables: a
gain that shows with one vocabulary only is memorised furniture words, not a mechanism. Other options (--corpus/--truth
pairs, --out, --timeout) are passed to synth_eval.py unchanged.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scoring import HOLDOUT_VOCAB, PHONE_VOCAB, PUBLIC_VOCAB, REPO, TOOLS, VOCAB4  # noqa: E402


def run(vocab: Path, extra: list[str]) -> int:
    command = [
        sys.executable,
        str(TOOLS / "synth_eval.py"),
        "--drafter",
        f"{shlex.quote(sys.executable)} -m drafter",
        "--vocab",
        str(vocab),
        *extra,
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    print(f"== vocabulary {vocab}", flush=True)
    result = subprocess.run(command, env=env, stderr=subprocess.DEVNULL)
    print(flush=True)
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vocab", type=Path, action="append", help="vocabulary file (repeatable; default: both)")
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args, extra = parser.parse_known_args(argv)
    vocabularies = args.vocab or [PUBLIC_VOCAB, HOLDOUT_VOCAB, PHONE_VOCAB, VOCAB4]
    extra = ["--count", str(args.count), "--seed", str(args.seed), *extra]
    return max(run(vocab, extra) for vocab in vocabularies)


if __name__ == "__main__":
    sys.exit(main())
