"""Scoring shared by the evaluation scripts and the tests: the labelled corpus, its source groups,
synthetic pages, and score_parse.py's figures computed from counts (so that folds can be pooled).

The matching rules are score_parse.py's own (imported from ../shared/tools), not a copy.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# The team's shared corpus and checkers, found as the tests find them (tests/conftest.py): $DRAFTER_SHARED,
# else ../shared beside the checkout, else the workspace's. Every benchmark takes it from here.
SHARED = Path(os.environ.get("DRAFTER_SHARED") or REPO.parent / "shared")
if not SHARED.is_dir() and "DRAFTER_SHARED" not in os.environ:
    SHARED = Path("/work/shared")
CORPUS = SHARED / "corpus"
TOOLS = SHARED / "tools"
# The labelled dev corpus: (source folder, truth folder).
LABELLED = ((CORPUS / "seeds", CORPUS / "truth"), (CORPUS / "public", CORPUS / "truth-public"))
HOLDOUT_VOCAB = Path(__file__).resolve().parent / "holdout_vocab.txt"
PHONE_VOCAB = Path(__file__).resolve().parent / "phone_vocab.txt"
VOCAB4 = Path(__file__).resolve().parent / "vocab4.txt"  # written in session 19, after the rules it checks
PUBLIC_VOCAB = TOOLS / "synth_vocab.txt"


def tools() -> tuple[Any, Any]:
    """The shared synth_pages and score_parse modules."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    import score_parse
    import synth_pages

    return synth_pages, score_parse


# ---------------------------------------------------------------- the labelled files and their groups


@dataclass(frozen=True)
class Labelled:
    path: Path  # the source file
    truth: Path  # its NAME.truth.jsonl
    group: str  # the source it came from (one document series, one dataset, one author)


def source_groups() -> dict[str, str]:
    """File name → source group, from the repo column of public/SOURCES.md.

    The four seed files form one group of their own: they were collected the same way (范文 pages
    that separate their documents with 第N篇 lines), so a fold never learns that packaging from a
    sibling of the file it is tested on.
    """
    groups = {}
    for row in (CORPUS / "public" / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in row.split("|")]
        if len(cells) > 8 and row.startswith("| ") and cells[1] != "file" and not cells[1].startswith("---"):
            groups[cells[1]] = cells[7]
    return groups


def labelled_files() -> list[Labelled]:
    groups = source_groups()
    found = []
    for corpus, truth in LABELLED:
        for truth_file in sorted(truth.glob("*.truth.jsonl")):
            stem = truth_file.name[: -len(".truth.jsonl")]
            sources = [p for p in sorted(corpus.glob(stem + ".*")) if p.suffix != ".md"]
            if not sources:
                continue
            group = "seeds" if corpus.name == "seeds" else groups.get(sources[0].name, stem)
            found.append(Labelled(sources[0], truth_file, group))
    return found


# ---------------------------------------------------------------- scoring from counts

COUNTS = ("doc_tp", "doc_pred", "doc_true", "genre_ok", "h_tp", "h_pred", "h_true", "level_ok", "section_ok")


# The figures every evaluation reports, in the order of its columns (the keys of Tally.figures()).
FIGURES = ("doc_f1", "heading_f1", "level_acc", "genre_acc", "section_acc")


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))

    def add(self, other: Tally) -> None:
        for key in COUNTS:
            self.counts[key] += other.counts[key]

    def figures(self) -> dict[str, float | None]:
        """score_parse.py's figures; None where nothing was there to score (no heading in truth or output)."""
        c = self.counts

        def f1(tp: int, pred: int, true: int) -> float | None:
            if pred == 0 and true == 0:
                return None
            p = tp / pred if pred else 0.0
            r = tp / true if true else 0.0
            return 0.0 if p + r == 0 else 2 * p * r / (p + r)

        return {
            "doc_f1": f1(c["doc_tp"], c["doc_pred"], c["doc_true"]),
            "heading_f1": f1(c["h_tp"], c["h_pred"], c["h_true"]),
            "level_acc": c["level_ok"] / c["h_tp"] if c["h_tp"] else None,
            "genre_acc": c["genre_ok"] / c["doc_tp"] if c["doc_tp"] else None,
            "section_acc": c["section_ok"] / c["h_tp"] if c["h_tp"] else None,
        }


def load_truth(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tally_file(truth: list[dict], documents: list[dict]) -> Tally:
    """One file's counts, matched exactly as score_parse.py matches them."""
    _, score_parse = tools()
    tally = Tally()
    c = tally.counts
    used: set[int] = set()
    for t in truth:
        for i, p in enumerate(documents):
            if i not in used and abs(p["start_line"] - t["start_line"]) <= score_parse.TOL:
                used.add(i)
                c["doc_tp"] += 1
                c["genre_ok"] += p.get("genre") == t["genre"]
                break
    th = [h for t in truth for h in t["headings"]]
    ph = [h for p in documents for h in p.get("headings", [])]
    pairs = score_parse.match_headings(th, ph)
    c["doc_pred"] += len(documents)
    c["doc_true"] += len(truth)
    c["h_tp"] += len(pairs)
    c["h_pred"] += len(ph)
    c["h_true"] += len(th)
    c["level_ok"] += sum(t["level"] == p.get("level") for t, p in pairs)
    c["section_ok"] += sum(t["section"] == p.get("section") for t, p in pairs)
    return tally


Parser = Callable[[list[Path]], dict[str, list[dict]]]  # files → {path: documents as parse --json gives them}


def default_parser(model: Any = None) -> Parser:
    from drafter.mining.parse import parse_paths

    def parse(paths: list[Path]) -> dict[str, list[dict]]:
        kwargs = {"model": model} if model is not None else {}
        parsed, _ = parse_paths(paths, **kwargs)
        return {f.path: f.to_json()["documents"] for f in parsed}

    return parse


def score_files(pairs: Iterable[tuple[Path, Path]], parse: Parser | None = None) -> dict[str, Tally]:
    """Per file (by path: two folders may each hold a 004-summary): the tally of parsing the source against its
    truth."""
    pairs = list(pairs)
    parse = parse or default_parser()
    output = parse([source for source, _ in pairs])
    by_path = {Path(path).resolve(): docs for path, docs in output.items()}
    result = {}
    for source, truth in pairs:
        result[str(source)] = tally_file(load_truth(truth), by_path.get(source.resolve(), []))
    return result


def pooled(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for tally in tallies:
        total.add(tally)
    return total


# ---------------------------------------------------------------- synthetic pages


def synth_documents(files: Iterable[Labelled] | None = None) -> list[Any]:
    """synth_pages Documents cut out of the given labelled files (all of them by default), cut as training
    cuts them: evaluation and training read the same documents."""
    from drafter.mining.train import source_documents

    chosen = list(files) if files is not None else labelled_files()
    return source_documents([(item.path, item.truth) for item in chosen], shared=SHARED)


def build_synth(
    documents: list[Any], out: Path, *, vocab: Path, families: list[str], count: int, seed: int
) -> dict[str, list[Path]]:
    """Write count pages per family into out (truth in out/truth); the paths by family."""
    synth_pages, _ = tools()
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        return synth_pages.generate(documents, synth_pages.load_vocab(vocab), families, count, seed, out)


def synth_scores(
    documents: list[Any],
    out: Path,
    *,
    vocab: Path,
    families: list[str] | None = None,
    count: int = 20,
    seed: int = 1,
    parse: Parser | None = None,
) -> dict[str, Tally]:
    """Per family: the pooled tally of parsing its synthetic pages."""
    synth_pages, _ = tools()
    families = families or list(synth_pages.ALL_FAMILIES)
    written = build_synth(documents, out, vocab=vocab, families=families, count=count, seed=seed)
    parse = parse or default_parser()
    result = {}
    for family, paths in written.items():
        pairs = [(p, out / "truth" / f"{p.stem}.truth.jsonl") for p in paths]
        result[family] = pooled(score_files(pairs, parse).values())
    return result


def fmt(value: float | None) -> str:
    return "      -" if value is None else f"{value:7.3f}"


def fill_starter(text: str, spec: Any, filler: str = "具体内容") -> str:
    """A `drafter new` starter with each placeholder replaced by a value of its field's type (``filler`` for
    text) and the sample marks removed: what a user who filled it in would hand to `drafter draft`."""
    lines = []
    for line in text.splitlines():
        line = line.replace("〔示例〕", "")
        if "〔请填写" in line:
            key = line.split(":", 1)[0].strip().lstrip("- ").strip()
            field = spec.field(key)
            kind = field.type if field is not None else "text"
            value = {"date": "2025年3月1日", "integer": "3", "meeting_time": "2025年3月3日上午9:00"}.get(kind, filler)
            line = re.sub(r"〔请填写[^〕]*〕", value, line)
        lines.append(line)
    return "\n".join(lines) + "\n"
