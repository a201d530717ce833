"""Mining performance, measured side by side in one run.

    python benchmarks/bench_mining.py [--megabytes 10] [--jobs 1] [--parse-only]

Builds a corpus by recombining ../shared/corpus, then measures:
  * drafter parse throughput on one core (goal ≥ 5 MB/s; parse never loads jieba), in CPU time, beside
    the hand-written rules alone and a plain read of the same files measured in turns in the same run;
  * drafter mine end to end, against plain jieba.lcut over the same files, each in a fresh
    process that starts by importing and initialising what it needs (goal: mine ≥ 0.5× lcut);
    the two run in turns (--rounds, best of each) and are compared in CPU time, which other work
    on a shared machine changes far less than wall time (wall time is shown beside it; with -j > 1,
    where CPU time adds the workers' up, in wall time);
  * the peak memory of mine (goal ≤ 1 GB on 10 MB).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

LCUT = """
import sys, time, logging
from pathlib import Path
start = time.perf_counter()
import jieba
jieba.setLogLevel(logging.WARNING)
from drafter.textio import decode_text
tokens = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    text, _ = decode_text(path.read_bytes(), str(path))
    tokens += len(jieba.lcut(text))
print(time.perf_counter() - start, tokens)
"""

# The same, cutting every sentence anew: the synthetic corpus repeats its source paragraphs about ten
# times, and mining cuts a repeated sentence once; this bounds the cost of text that never repeats.
MINE_FRESH = """
import sys, time
from pathlib import Path
start = time.perf_counter()
import drafter.mining.tokenise
drafter.mining.tokenise.REUSE_REPEATS = False
from drafter.mining.mine import mine
result = mine([Path(sys.argv[1])], Path(sys.argv[2]), jobs=int(sys.argv[3]), force=True)
print(time.perf_counter() - start, result.documents, result.phrases)
"""

# The worst case for the phrase stage as well: the synthetic pages copy each other, so they form few
# source groups and most genres stop early; here every document is its own voice, as in an archive
# of unrelated offices.
MINE_UNGROUPED = """
import sys, time
from pathlib import Path
start = time.perf_counter()
import drafter.mining.tokenise
import drafter.mining.mine
from drafter.mining.spread import Groups
drafter.mining.tokenise.REUSE_REPEATS = False
drafter.mining.mine.source_groups = lambda docs: Groups(tuple(range(len(docs))), {}, {})
result = drafter.mining.mine.mine([Path(sys.argv[1])], Path(sys.argv[2]), jobs=int(sys.argv[3]), force=True)
print(time.perf_counter() - start, result.documents, result.phrases)
"""

MINE = """
import sys, time
from pathlib import Path
start = time.perf_counter()
from drafter.mining.mine import mine
result = mine([Path(sys.argv[1])], Path(sys.argv[2]), jobs=int(sys.argv[3]), force=True)
print(time.perf_counter() - start, result.documents, result.phrases)
"""


_REFERENCE_MARKS = re.compile(r"[，。；：！？]")


def fixed_reference(texts: list[str]) -> dict[tuple[int, str], int]:
    """A pass over every line that no drafter version changes: a yardstick for the machine's speed right now.

    parse's time over this one's compares across runs and versions on a shared machine, where seconds do not.
    """
    counts: dict[tuple[int, str], int] = {}
    for text in texts:
        for raw in text.splitlines():
            line = raw.strip()
            if line:
                key = (len(line) // 10, line[-1])
                counts[key] = counts.get(key, 0) + len(_REFERENCE_MARKS.findall(line))
    return counts


def run_child(code: str, *args: str) -> tuple[float, list[str], int, float]:
    """Run code in a fresh interpreter; return its own timing, its output fields, its peak RSS in MB
    and the CPU time it used (user and system, start-up included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE.parent,
        env={"PYTHONPATH": str(HERE.parent), "PATH": "/usr/bin:/bin"},
    )
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    fields = result.stdout.split()
    return (
        float(fields[0]),
        fields[1:],
        max(usage.ru_maxrss, before) // 1024,
        usage.ru_utime + usage.ru_stime - cpu_before,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="use this folder instead of building one")
    parser.add_argument("--parse-only", action="store_true", help="measure parse and its references, not mine")
    parser.add_argument("--rounds", type=int, default=3, help="turns of lcut and mine (best of each)")
    args = parser.parse_args()

    import corpus
    from drafter.mining.parse import parse_paths

    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as scratch:
        folder = args.corpus or Path(scratch) / "corpus"
        if args.corpus is None:
            corpus.build(folder, args.megabytes)
        size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"corpus: {size_mb:.1f} MB in {len(list(folder.iterdir()))} files")

        # parse beside its references, in turns, best of three each (CPU time of this process: the machine
        # is shared). References: the hand-written rules alone (the parse before the learned model) and
        # reading the files (decoding and splitting lines: a floor no parse can beat).
        from drafter.mining.linear import Model
        from drafter.mining.parse import expand_inputs, forget
        from drafter.mining.reader import read_source

        def read_all() -> None:
            for path, label in expand_inputs([folder]):
                read_source(path, label)

        texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.iterdir())]
        best = {"parse": float("inf"), "rules": float("inf"), "read": float("inf"), "fixed": float("inf")}
        parsed = []
        for _ in range(3):
            for name, run in (
                ("parse", lambda: parse_paths([folder])[0]),
                ("rules", lambda: parse_paths([folder], model=Model())[0]),
                ("read", read_all),
                ("fixed", lambda: fixed_reference(texts)),
            ):
                forget()  # each run from cold: no line remembered from the run before
                start = time.process_time()
                result = run()
                best[name] = min(best[name], time.process_time() - start)
                if name == "parse":
                    parsed = result
        parse_seconds = best["parse"]
        documents = sum(len(f.documents) for f in parsed)
        print(
            f"parse: {parse_seconds:.2f} s CPU, {size_mb / parse_seconds:.2f} MB/s, {documents} documents "
            f"(goal ≥ 5 MB/s: {'met' if size_mb / parse_seconds >= 5 else 'NOT met'})"
        )
        print(
            f"  beside it: the rules alone {size_mb / best['rules']:.2f} MB/s (parse takes "
            f"{parse_seconds / best['rules']:.2f}× their time), reading the files {size_mb / best['read']:.2f} MB/s, "
            f"the fixed reference pass {size_mb / best['fixed']:.2f} MB/s (parse takes "
            f"{parse_seconds / best['fixed']:.2f}× its time: compare this ratio between runs and versions)"
        )

        if args.parse_only:
            return
        # In turns, best CPU time of each; peak memory is the highest seen.
        runs = {
            "lcut": (LCUT, (str(folder),)),
            "mine": (MINE, (str(folder), str(Path(scratch) / "out"), str(args.jobs))),
            "fresh": (MINE_FRESH, (str(folder), str(Path(scratch) / "out-fresh"), str(args.jobs))),
            "worst": (MINE_UNGROUPED, (str(folder), str(Path(scratch) / "out-ungrouped"), str(args.jobs))),
        }
        cpu = dict.fromkeys(runs, float("inf"))
        wall = dict.fromkeys(runs, float("inf"))
        peaks = dict.fromkeys(runs, 0)
        outputs: dict[str, list[str]] = {}
        ratios: dict[str, list[float]] = {name: [] for name in runs if name != "lcut"}
        for _ in range(args.rounds):
            this_round = {}
            for name, (code, child_args) in runs.items():
                seconds, fields, peak, used = run_child(code, *child_args)
                this_round[name] = used if args.jobs == 1 else seconds
                cpu[name], wall[name] = min(cpu[name], used), min(wall[name], seconds)
                peaks[name], outputs[name] = max(peaks[name], peak), fields
            for name in ratios:
                ratios[name].append(this_round["lcut"] / this_round[name])
        # With workers, CPU time adds theirs up: throughput is then wall time.
        measured = cpu if args.jobs == 1 else wall
        lcut_seconds, mine_seconds, fresh_seconds, worst_seconds = (
            measured[n] for n in ("lcut", "mine", "fresh", "worst")
        )
        mine_peak, fresh_peak, worst_peak = peaks["mine"], peaks["fresh"], peaks["worst"]
        lcut_fields, mine_fields, worst_fields = outputs["lcut"], outputs["mine"], outputs["worst"]
        ratio = lcut_seconds / mine_seconds

        def spread(name: str) -> str:
            return f"each round {min(ratios[name]):.2f}–{max(ratios[name]):.2f}"

        print(
            f"jieba.lcut: {lcut_seconds:.2f} s CPU ({wall['lcut']:.2f} s wall), {size_mb / lcut_seconds:.2f} MB/s, "
            f"{lcut_fields[0]} tokens"
        )
        print(
            f"drafter mine -j {args.jobs}: {mine_seconds:.2f} s CPU ({wall['mine']:.2f} s wall), "
            f"{size_mb / mine_seconds:.2f} MB/s, {mine_fields[0]} documents, {mine_fields[1]} phrases, "
            f"peak memory {mine_peak} MB"
        )
        print(
            f"mine throughput / lcut throughput = {ratio:.2f}, best CPU times of {args.rounds} rounds ({spread('mine')}; "
            f"goal ≥ 0.5: {'met' if ratio >= 0.5 else 'NOT met'}); "
            f"peak memory goal ≤ 1024 MB: {'met' if mine_peak <= 1024 else 'NOT met'}"
        )
        print(
            f"drafter mine -j {args.jobs}, every sentence cut anew: {fresh_seconds:.2f} s CPU, ratio to lcut "
            f"{lcut_seconds / fresh_seconds:.2f} ({spread('fresh')}), peak memory {fresh_peak} MB"
        )
        print(
            f"drafter mine -j {args.jobs}, every sentence cut anew and every document its own source group: "
            f"{worst_seconds:.2f} s CPU ({worst_fields[1]} phrases), ratio to lcut {lcut_seconds / worst_seconds:.2f} "
            f"({spread('worst')}), peak memory {worst_peak} MB"
        )
        print(
            json.dumps(
                {
                    "megabytes": round(size_mb, 2),
                    "parse_mb_s": round(size_mb / parse_seconds, 2),
                    "rules_mb_s": round(size_mb / best["rules"], 2),
                    "read_mb_s": round(size_mb / best["read"], 2),
                    "parse_over_fixed": round(parse_seconds / best["fixed"], 2),
                    "lcut_s": round(lcut_seconds, 2),
                    "mine_s": round(mine_seconds, 2),
                    "ratio": round(ratio, 2),
                    "mine_peak_mb": mine_peak,
                    "mine_fresh_s": round(fresh_seconds, 2),
                    "ratio_fresh": round(lcut_seconds / fresh_seconds, 2),
                    "mine_worst_s": round(worst_seconds, 2),
                    "ratio_worst": round(lcut_seconds / worst_seconds, 2),
                }
            )
        )


if __name__ == "__main__":
    main()
