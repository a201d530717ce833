"""Train the parse model and write the weights shipped in the package.

    python -m drafter.mining.train [--out drafter/mining/weights.json] [--seed 0] [--synth-count 24] [--seg-extra 48]
                                [--seg-members 3]

Training data: the labelled files of ../shared/corpus (truth/ and truth-public/), synthetic pages
built from their documents by ../shared/tools/synth_pages.py with a furniture vocabulary of our own
(data/train_vocab.txt — neither evaluation vocabulary), and the built-in samples drafted to text.
Pure Python and deterministic for a seed: the same data and seed give the same weights.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .candidates import is_flattened
from .clean import clean
from .features import heading_features, segment_rows
from .linear import LABELS, MUST_START, NO_START, PLAIN, Binary, Model, Sequencer, viterbi
from .model import Line
from .outline import heading_candidates, rule_headings
from .reader import read_source
from .split import rule_starts

HERE = Path(__file__).resolve().parent
TRAIN_VOCAB = HERE / "data" / "train_vocab.txt"
# Documents of fictional units that we wrote and labelled ourselves (corpus/own/<author>/NAME.txt and
# NAME.truth.jsonl in the format of ../shared/corpus/LABELS.md): more units, registers and layouts than the
# labelled real files. Training reads the folders of OWN_TRAIN (comma-separated; "none": none): a and b. Taught
# them, the segmenter splits pages built from held-out sources' documents far better (grouped CV, README) at the
# cost of a few untitled documents of the real held-out files; c to h stay out, so that
# benchmarks/eval_own.py measures on documents no shipped model learnt. DRAFTER_OWN=none|all|a,b overrides.
OWN_CORPUS = HERE.parents[1] / "corpus" / "own"
OWN_TRAIN = "a,b"
# The heading model does not learn from them: with them, grouped cross-validation headed the real held-out files
# worse (README); the segmenter alone does.
OWN_HEADINGS = os.environ.get("DRAFTER_OWN_HEADINGS", "0") != "0"
OWN_WEIGHT = int(os.environ.get("DRAFTER_OWN_WEIGHT", "3"))
OWN_SYNTH = os.environ.get("DRAFTER_OWN_SYNTH", "1") != "0"
# Synthetic pages draw at most this many of our documents per labelled one (README: more of ours split pages of
# held-out sources no better and the real held-out files worse).
OWN_SHARE = float(os.environ.get("DRAFTER_OWN_SHARE", "1"))
REAL_WEIGHT = int(os.environ.get("DRAFTER_REAL_WEIGHT", "3"))
SYNTH_COUNT = int(os.environ.get("DRAFTER_SYNTH_COUNT", "24"))
# More synthetic pages a family for the segmenter alone, drawn with another seed: on pages built from held-out
# sources they split documents better, while the heading model taught on them heads worse (README).
SEG_EXTRA = int(os.environ.get("DRAFTER_SEG_EXTRA", "48"))
EPOCHS = int(os.environ.get("DRAFTER_EPOCHS", "12"))
# The segmenter stops earlier than the heading model: on pages built from documents it never saw, 5-6 passes
# split better than 12 (grouped CV and held-out synthetic pages; 3, 4 and 7 in between). 6, not 5, since dumps
# whose lines were joined by spaces are split at their markers: held-out pages within 0.004 of 5 passes, and the
# shipped weights then still find every seed document.
SEG_EPOCHS = int(os.environ.get("DRAFTER_SEG_EPOCHS", "6"))
# The segmenter is the mean of this many, each taught on its own draw of synthetic pages: one draw's accidents
# moved held-out splitting by up to 0.05; the mean of three splits held-out pages better (README). The heading
# model learns from the first draw only (averaged heading models headed real held-out files worse).
SEG_MEMBERS = int(os.environ.get("DRAFTER_SEG_MEMBERS", "3"))
# The heading model's L2 penalty: 3e-4 headed held-out real files and held-out synthetic pages better than 1e-3
# (grouped CV heading mean 0.842 -> 0.848, pooled 0.858 -> 0.869; fold-synth heading +0.010); 1e-4 found more
# headings of run-together records at wrong levels (CV level 0.980 -> 0.961), 3e-3 fewer headings (0.813).
HEADING_L2 = float(os.environ.get("DRAFTER_HEADING_L2", "3e-4"))
OUT, START, HEAD, BODY = range(4)


def shared_folder() -> Path:
    """$DRAFTER_SHARED, else ../shared beside the checkout, else the workspace's (as tests/conftest.py finds it)."""
    configured = os.environ.get("DRAFTER_SHARED")
    # An unset variable is no folder: Path("") is the working directory, a checkout with its own corpus/.
    candidates = [Path(configured)] if configured else []
    for candidate in (*candidates, HERE.parents[2] / "shared", Path("/work/shared")):
        if (candidate / "corpus" / "truth").is_dir() and (candidate / "tools").is_dir():
            return candidate
    raise SystemExit("找不到 ../shared（标注语料）；请用环境变量 DRAFTER_SHARED 指明它的位置")


def labelled_pairs(shared: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for corpus, truth in (("seeds", "truth"), ("public", "truth-public")):
        for truth_file in sorted((shared / "corpus" / truth).glob("*.truth.jsonl")):
            stem = truth_file.name[: -len(".truth.jsonl")]
            sources = [p for p in sorted((shared / "corpus" / corpus).glob(stem + ".*")) if p.suffix != ".md"]
            if sources:
                pairs.append((sources[0], truth_file))
    return pairs


def own_pairs(folders: str | None = None) -> list[tuple[Path, Path]]:
    """Our own labelled documents in the comma-separated ``folders`` of OWN_CORPUS ("all", "none"; default:
    DRAFTER_OWN, else OWN_TRAIN)."""
    chosen = (os.environ.get("DRAFTER_OWN") or OWN_TRAIN) if folders is None else folders
    if chosen == "none" or not OWN_CORPUS.is_dir():
        return []
    names = None if chosen == "all" else set(chosen.split(","))
    pairs = []
    for folder in sorted(p for p in OWN_CORPUS.iterdir() if p.is_dir()):
        if names is not None and folder.name not in names:
            continue
        for truth in sorted(folder.glob("*.truth.jsonl")):
            source = truth.with_name(truth.name[: -len(".truth.jsonl")] + ".txt")
            if source.is_file():
                pairs.append((source, truth))
    return pairs


# ---------------------------------------------------------------- gold labels from truth records


def _norm(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


@dataclass
class Example:
    lines: tuple[Line, ...]
    labels: list[int]  # segmenter label of every line
    headings: set[int]  # indexes of heading lines
    flattened: bool = False


def gold(lines: Sequence[Line], records: list[dict[str, Any]]) -> Example:
    """Line labels read off the truth: which document owns each line, its first and head lines, its headings."""
    labels = [OUT] * len(lines)
    headings: set[int] = set()
    starts: list[int] = []
    for record in records:
        owned = [i for i, line in enumerate(lines) if record["start_line"] <= line.number <= record["end_line"]]
        owned = [i for i in owned if not starts or i > starts[-1]]
        if not owned:
            continue
        first = owned[0]
        if starts and lines[first].number == lines[starts[-1]].number and record["title"]:
            # Two documents on one run-together line: the second starts at the piece opening its title.
            target = _norm(record["title"])[:6]
            found = [i for i in owned if _norm(lines[i].text).startswith(target)]
            if not found:
                continue
            first = found[0]
            owned = [i for i in owned if i >= first]
        for i in owned:
            labels[i] = BODY
        labels[first] = START
        starts.append(first)
        title = _norm(record["title"])
        last_title = first
        if title:
            for j in owned[:6]:
                piece = _norm(lines[j].text)
                if piece and (piece in title or title in piece):
                    last_title = j
        for j in owned:
            if first < j <= last_title:
                labels[j] = HEAD
        _place_headings(lines, owned, record["headings"], headings)
    # A document that runs on past the next start belongs to the next one from there.
    return Example(tuple(lines), labels, headings)


def _place_headings(lines: Sequence[Line], owned: list[int], truth: list[dict[str, Any]], found: set[int]) -> None:
    by_number: dict[int, list[int]] = {}
    for i in owned:
        by_number.setdefault(lines[i].number, []).append(i)
    after: dict[int, int] = {}
    for heading in truth:
        pieces = by_number.get(heading["line"], [])
        if len(pieces) == 1:
            found.add(pieces[0])
            continue
        target = _norm(heading["text"])[:4]
        whole = _norm(heading["marker"] + heading["text"])[:6]
        start = after.get(heading["line"], -1)
        for i in pieces:
            if i <= start:
                continue
            piece = _norm(lines[i].text)
            if piece.startswith(whole) or (target and target in piece[:12]):
                found.add(i)
                after[heading["line"]] = i
                break


def example_from_file(source: Path, truth: Path) -> Example | None:
    try:
        text = clean(read_source(source, str(source)), as_trained=True)
    except Exception:  # a .doc without LibreOffice: left out of training
        return None
    records = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
    example = gold(text.lines, records)
    example.flattened = text.flattened
    return example


# ---------------------------------------------------------------- data


def _synth_pages(shared: Path) -> Any:
    """../shared/tools/synth_pages.py, which is not a package."""
    tools = shared / "tools"
    if str(tools) not in sys.path:
        sys.path.insert(0, str(tools))
    import synth_pages  # type: ignore[import-not-found]

    return synth_pages


def source_documents(pairs: list[tuple[Path, Path]], *, shared: Path) -> list[Any]:
    """The labelled documents of these files, as synth_pages cuts them (.doc files left out)."""
    synth_pages = _synth_pages(shared)
    documents = []
    for source, truth in pairs:
        if source.suffix.lower() == ".doc":
            continue
        records = synth_pages.read_records(truth)
        with contextlib.suppress(synth_pages.SynthError):
            documents += synth_pages.source_documents(records, source)
    return documents


def synthetic_examples(
    pairs: list[tuple[Path, Path]],
    *,
    count: int,
    seed: int,
    shared: Path,
    own: Sequence[tuple[Path, Path]] = (),
) -> list[Example]:
    """Pages of every synth_pages family built from these files' documents only, and as many of our own written
    documents ``own`` (drawn by ``seed``) as there are labelled ones: with all of ours, which outnumber them,
    the pages held out by source split better but the real held-out files worse (README)."""
    if count <= 0:
        return []
    synth_pages = _synth_pages(shared)
    documents = source_documents(pairs, shared=shared)
    ours = source_documents(list(own), shared=shared)
    if ours:
        documents += random.Random(f"own/{seed}").sample(ours, min(len(ours), int(len(documents) * OWN_SHARE)))
    if len(documents) < synth_pages.DOCS_PER_FILE[0]:
        return []
    examples = []
    vocab = synth_pages.load_vocab(TRAIN_VOCAB)
    with tempfile.TemporaryDirectory(prefix="drafter-train-") as scratch, contextlib.redirect_stderr(io.StringIO()):
        out = Path(scratch)
        written = synth_pages.generate(documents, vocab, list(synth_pages.ALL_FAMILIES), count, seed + 1000, out)
        written["untitled"] = _untitled_pages(synth_pages, documents, vocab, count * 2, seed, out)
        for paths in written.values():
            for path in paths:
                example = example_from_file(path, out / "truth" / f"{path.stem}.truth.jsonl")
                if example is not None:
                    examples.append(example)
    return examples


COMMON_SHARE = 0.25  # a letter pair used by a quarter of all documents says nothing of what one is about


def common_pairs(pairs: list[tuple[Path, Path]], *, shared: Path, share: float = COMMON_SHARE) -> list[str]:
    """The letter pairs (工作, 要求, 关于…) that at least ``share`` of these files' documents use: the splitter
    leaves them out when it asks whether a title speaks of the text below it (split._cohesion)."""
    from .split import letter_pairs

    documents = source_documents(pairs, shared=shared)
    used: Counter[str] = Counter()
    for document in documents:
        used.update(set().union(*(letter_pairs(line.text) for line in document.lines)))
    total = len(documents)
    return sorted(pair for pair, n in used.items() if n >= share * total) if total else []


def _untitled_pages(
    synth_pages: Any, documents: list[Any], vocab: dict[str, list[str]], count: int, seed: int, out: Path
) -> list[Path]:
    """Pages of our own making where some documents lost their title lines (a page that runs one report
    into the next), laid out as a random family: the start is then the opening paragraph."""
    from dataclasses import replace

    sp = synth_pages
    rng = random.Random(f"untitled/{seed}")
    layouts = ["titles", "noblank", "titles", "furniture"]
    paths = []
    for index in range(count):
        chosen = rng.sample(documents, min(len(documents), rng.randint(3, 8)))
        docs = []
        for doc in chosen:
            draw = rng.random()
            if doc.title_end and draw < 0.4:
                rest = sp.strip_blank_edges(list(doc.lines[doc.title_end :]))
                if rest:
                    doc = replace(doc, lines=tuple(rest), title="", title_end=0)
            elif doc.title_end and draw < 0.7:
                doc = _without_genre_word(sp, doc)
            docs.append(doc)
        recipe = sp.Recipe(layout=rng.choice(layouts), wrap=rng.random() < 0.2)
        page, placed = sp.build_page(recipe, docs, rng, vocab)
        paths.append(sp.write_file(out, f"untitled-{index:03d}", page, placed, "utf-8"))
    return paths


def _without_genre_word(sp: Any, doc: Any) -> Any:
    """The document with its title's closing genre word taken off (……工作的通知 → ……工作): titles that
    name no genre (某镇召开创强工作会议, a news headline) open documents too, and the labelled titles
    nearly all name one."""
    from dataclasses import replace

    from . import vocabulary

    last = doc.title_end - 1
    text = doc.lines[last].text.rstrip()
    found = vocabulary.alternation("genre").search(text, max(len(text) - 8, 0))
    if found is None or found.start() < 4:
        return doc
    cut = found.start() - 1 if text[found.start() - 1] == "的" else found.start()
    lines = list(doc.lines)
    lines[last] = sp.Line(text[:cut], lines[last].headings)
    return replace(doc, lines=tuple(lines))


def draft_examples() -> list[Example]:
    """The built-in samples drafted to .txt and .docx: one titled document each, whose headings are known."""
    samples = HERE.parents[1] / "samples"
    if not samples.is_dir():
        return []
    from ..drafting import build_draft, encode
    from ..model import BriefingHead
    from ..model import Heading as DraftHeading

    examples = []
    for facts in sorted(samples.glob("*.yaml")):
        try:
            _, draft = build_draft(facts)
        except Exception:
            continue
        if any(isinstance(block, BriefingHead) for block in draft.blocks):
            # A 简报 has a masthead and items each under a title of its own, no title of the whole: labelled as
            # one titled document, its items' titles would be taught as lines of text.
            continue
        if any(isinstance(block, DraftHeading) and not block.text for block in draft.blocks):
            # A 通告's numbered sentences (::条目, 一、……。): a number with no heading words, whose line the
            # labelling below would mark as a heading by its number alone. Left out: what such a line is has not
            # been measured, and the shipped model was trained without it.
            continue
        for kind in ("txt", "docx"):
            with tempfile.TemporaryDirectory() as scratch:
                path = Path(scratch) / f"draft.{kind}"
                path.write_bytes(encode(draft, kind))
                text = clean(read_source(path, str(path)))
            examples.append(
                _draft_example(text.lines, draft.title, [b for b in draft.blocks if isinstance(b, DraftHeading)])
            )
    return examples


def _draft_example(lines: tuple[Line, ...], title: str, headings: list[Any]) -> Example:
    labels = [BODY] * len(lines)
    if lines:
        labels[0] = START
    # The head runs through the title's last line: 版头 lines (加急, ……文件, 发文字号) above it included.
    wanted_title = _norm(title)
    last = 0
    for i in range(min(12, len(lines))):
        piece = _norm(lines[i].text)
        if piece and wanted_title and (piece in wanted_title or wanted_title in piece):
            last = i
    for i in range(1, last + 1):
        labels[i] = HEAD
    wanted = [(_norm(h.marker + h.text), _norm(h.text)) for h in headings]
    marks = set()
    for i, line in enumerate(lines):
        here = _norm(line.text)
        if wanted and (here.startswith(wanted[0][0]) or (line.style_level and here.startswith(wanted[0][1]))):
            marks.add(i)
            wanted.pop(0)
    return Example(tuple(lines), labels, marks)


# ---------------------------------------------------------------- learning


def _taught_starts(lines: tuple[Line, ...]) -> dict[int, str]:
    """The rule starts as training sees them: a start after a drawn rule, which decoding takes as given,
    is taught as the closing start it also is, so that its lines still teach what a closing start looks
    like (where no rule is drawn)."""
    return {i: "closing" if kind == "ruled" else kind for i, kind in rule_starts(lines, as_trained=True).items()}


def train_segmenter(examples: list[Example], *, epochs: int, seed: int) -> Sequencer:
    """Averaged structured perceptron with constrained Viterbi decoding."""
    data = []
    for e in examples:
        if not e.lines:
            continue
        rows = segment_rows(e.lines, _taught_starts(e.lines), flattened=e.flattened)
        for i, label in enumerate(e.labels):
            if label == START and rows[i][0] == NO_START:
                rows[i][0] = "bias"  # a start the gate does not see: taught, though never decoded there
            elif label != START and rows[i][0] == MUST_START:
                rows[i][0] = "bias"
            elif label != BODY and rows[i][0] == PLAIN:
                rows[i] = ["bias", "plain_not_body"]  # rare: a long sentence outside any document
        data.append((rows, e.labels))
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    trans = [[0.0] * 4 for _ in range(4)]
    trans_totals = [[0.0] * 4 for _ in range(4)]
    step = 1
    rng = random.Random(seed)
    model = Sequencer(weights, trans)
    for _ in range(epochs):
        order = list(range(len(data)))
        rng.shuffle(order)
        for k in order:
            rows, labels = data[k]
            predicted = viterbi([model.emissions_gated(r) for r in rows], trans)
            if predicted != labels:
                for i, (want, got) in enumerate(zip(labels, predicted, strict=True)):
                    if want != got:
                        for name in rows[i]:
                            w = weights.setdefault(name, [0.0] * 4)
                            t = totals.setdefault(name, [0.0] * 4)
                            w[want] += 1
                            w[got] -= 1
                            t[want] += step
                            t[got] -= step
                    if i and (labels[i - 1], want) != (predicted[i - 1], got):
                        trans[labels[i - 1]][want] += 1
                        trans[predicted[i - 1]][got] -= 1
                        trans_totals[labels[i - 1]][want] += step
                        trans_totals[predicted[i - 1]][got] -= step
            step += 1
    averaged = {name: [w[j] - totals[name][j] / step for j in range(4)] for name, w in weights.items()}
    averaged_trans = [[trans[a][b] - trans_totals[a][b] / step for b in range(4)] for a in range(4)]
    return Sequencer(averaged, averaged_trans)


def start_examples(examples: list[Example]) -> list[tuple[list[str], int]]:
    """Every line where a document may start, with its features and whether one starts there."""
    data = []
    for e in examples:
        if not e.lines:
            continue
        rows = segment_rows(e.lines, _taught_starts(e.lines), flattened=e.flattened)
        for i, label in enumerate(e.labels):
            if i and rows[i][0] != NO_START:
                data.append((rows[i], int(label == START)))
    return data


def heading_examples(examples: list[Example]) -> list[tuple[list[str], int]]:
    """Every heading candidate inside the gold documents, with its features and whether it is a heading."""
    data = []
    for example in examples:
        starts = [i for i, label in enumerate(example.labels) if label == START]
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(example.labels)
            while end > start and example.labels[end - 1] == OUT:
                end -= 1
            head = start
            while head + 1 < end and example.labels[head + 1] == HEAD:
                head += 1
            body_start = head + 1 if end - start > 1 else start
            lines = example.lines[body_start:end]
            flattened = is_flattened(lines, as_trained=True)
            rules = rule_headings(lines, flattened)
            for index, siblings in heading_candidates(lines, flattened):
                feats = heading_features(lines, index, siblings=siblings, rule=index in rules, flattened=flattened)
                data.append((feats, int(body_start + index in example.headings)))
    return data


def train_binary(data: list[tuple[list[str], int]], *, epochs: int, seed: int, l2: float = 1e-4) -> Binary:
    """Logistic regression by stochastic gradient descent (AdaGrad steps)."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias = bias_square = 0.0
    rng = random.Random(seed)
    order = list(range(len(data)))
    rate = 0.5
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, label = data[k]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            g = p - label
            bias_square += g * g
            bias -= rate * g / math.sqrt(bias_square + 1e-8)
            for f in feats:
                w = weights.get(f, 0.0)
                grad = g + l2 * w
                s = squares.get(f, 0.0) + grad * grad
                squares[f] = s
                weights[f] = w - rate * grad / math.sqrt(s + 1e-8)
    return Binary(weights, bias)


def _mean_sequencer(models: list[Sequencer]) -> Sequencer:
    """The segmenter whose weights are the mean of these (its scores, linear in them, are the mean scores)."""
    if len(models) == 1:
        return models[0]
    features: dict[str, list[float]] = {}
    for model in models:
        for name, weights in model.features.items():
            total = features.setdefault(name, [0.0] * 4)
            for label in range(4):
                total[label] += weights[label] / len(models)
    transitions = [[sum(m.transitions[a][b] for m in models) / len(models) for b in range(4)] for a in range(4)]
    return Sequencer(features, transitions)


def train_model(
    pairs: list[tuple[Path, Path]],
    *,
    own: Sequence[tuple[Path, Path]] = (),
    own_headings: bool = OWN_HEADINGS,
    seed: int = 0,
    synth_count: int = SYNTH_COUNT,
    seg_extra: int = SEG_EXTRA,
    seg_members: int = SEG_MEMBERS,
    epochs: int = EPOCHS,
    seg_epochs: int = SEG_EPOCHS,
    drafts: bool = True,
    sequencer: bool = not os.environ.get("DRAFTER_STARTS_LR"),
    l2: float = 1e-4,
    heading_l2: float = HEADING_L2,
) -> Model:
    """A model trained on these labelled files (and pages and drafts built from them only) and our own
    written documents ``own`` (corpus/own), which the heading model learns from only with ``own_headings``."""
    shared = shared_folder()
    written = list(own)
    everything = [*pairs, *written]
    real = [e for e in (example_from_file(s, t) for s, t in pairs) if e is not None]
    mine = [e for e in (example_from_file(s, t) for s, t in written) if e is not None]
    drafted = draft_examples() if drafts else []
    segmenters: list[Sequencer] = []
    examples: list[Example] = []
    synthetic: list[Example] = []
    extra: list[Example] = []
    members = max(seg_members, 1) if sequencer else 0
    paged = written if OWN_SYNTH else []
    for member in range(max(members, 1)):
        member_seed = seed + 1000 * member
        synthetic = synthetic_examples(pairs, own=paged, count=synth_count, seed=member_seed, shared=shared)
        # Real files and drafts count more: they are the fewest and the truest.
        drawn = real * REAL_WEIGHT + mine * OWN_WEIGHT + drafted * 5 + synthetic
        if member == 0:
            examples = drawn  # what the heading model learns from: the first draw only (README)
            if written and not own_headings:
                examples = (
                    real * REAL_WEIGHT
                    + drafted * 5
                    + synthetic_examples(pairs, count=synth_count, seed=member_seed, shared=shared)
                )
        if sequencer:
            extra = synthetic_examples(pairs, own=paged, count=seg_extra, seed=member_seed + 500, shared=shared)
            segmenters.append(train_segmenter(drawn + extra, epochs=seg_epochs, seed=member_seed))
    model = Model(
        segmenter=_mean_sequencer(segmenters) if sequencer else Sequencer(),
        starts=Binary() if sequencer else train_binary(start_examples(examples), epochs=epochs, seed=seed, l2=l2),
        headings=train_binary(heading_examples(examples), epochs=epochs, seed=seed, l2=heading_l2),
    )
    common = common_pairs(everything, shared=shared)
    model.meta = {
        "seed": seed,
        "synth_count": synth_count,
        "seg_extra": seg_extra,
        "seg_members": members,
        "epochs": epochs,
        "seg_epochs": seg_epochs,
        "heading_l2": heading_l2,
        "files": len(real),
        "own_files": len(written),
        "own_weight": OWN_WEIGHT,
        "own_share": OWN_SHARE if OWN_SYNTH else 0.0,
        "own_headings": bool(written) and own_headings,
        "synthetic_pages": len(synthetic),
        "segmenter_pages": (len(synthetic) + len(extra)) * members,
        "drafts": len(drafted),
        "labels": list(LABELS),
        "common_pairs": common,
    }
    model.common_pairs = frozenset(common)
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE / "weights.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--synth-count", type=int, default=SYNTH_COUNT)
    parser.add_argument(
        "--seg-extra", type=int, default=SEG_EXTRA, help="more synthetic pages a family, segmenter only"
    )
    parser.add_argument(
        "--seg-members", type=int, default=SEG_MEMBERS, help="segmenters averaged, each on its own synthetic draw"
    )
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seg-epochs", type=int, default=SEG_EPOCHS)
    args = parser.parse_args(argv)
    model = train_model(
        labelled_pairs(shared_folder()),
        own=own_pairs(),
        seed=args.seed,
        synth_count=args.synth_count,
        seg_extra=args.seg_extra,
        seg_members=args.seg_members,
        epochs=args.epochs,
        seg_epochs=args.seg_epochs,
    )
    model.save(args.out)
    print(f"{args.out}: {json.dumps(model.meta, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
