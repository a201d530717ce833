"""corpus/own: the documents we wrote ourselves (to train on and to evaluate with), each label agreeing with its text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.mining.classify import GENRES, SECTIONS
from drafter.mining.train import OWN_CORPUS, own_pairs
from drafter.textio import decode_text

PAIRS = own_pairs("all")


def _bare(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def test_every_author_folder_has_labelled_documents() -> None:
    folders = [p for p in OWN_CORPUS.iterdir() if p.is_dir()]
    assert len(folders) >= 2  # eval_own.py holds one author out
    for folder in folders:
        assert own_pairs(folder.name), folder
        texts = {p.stem for p in folder.glob("*.txt")}
        labelled = {p.name[: -len(".truth.jsonl")] for p in folder.glob("*.truth.jsonl")}
        assert texts == labelled, folder


@pytest.mark.parametrize(("source", "truth"), PAIRS, ids=[f"{s.parent.name}/{s.name}" for s, _ in PAIRS])
def test_labels_agree_with_the_text(source: Path, truth: Path) -> None:
    # Decoded as drafter reads it: a folder may hold a GBK file (e/017), as real archives do.
    lines = decode_text(source.read_bytes(), str(source))[0].split("\n")
    records = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert records
    end = 0
    for number, record in enumerate(records, 1):
        assert record["file"] == source.name and record["doc"] == number
        assert end < record["start_line"] <= record["end_line"] <= len(lines)
        end = record["end_line"]
        assert record["genre"] in GENRES
        if record["title"]:
            # Within the span's first six lines, where training looks for it (train.gold): a 红头 file has its
            # 版头, a blank line, the 文号 and another blank line above a title that may take two lines.
            head = _bare("".join(lines[record["start_line"] - 1 : record["start_line"] + 5]))
            assert _bare(record["title"]) in head
        previous, offset = 0, 0
        for heading in record["headings"]:
            at = heading["line"]
            assert record["start_line"] <= at <= record["end_line"] and at >= previous
            offset = offset if at == previous else 0
            previous = at
            assert heading["section"] in SECTIONS and heading["level"] >= 1
            line, whole = _bare(lines[at - 1]), _bare(heading["marker"] + heading["text"])
            if sum(other["line"] == at for other in record["headings"]) > 1:
                # A flattened file (e/016) holds every heading on one line: each one further on than the last.
                found = line.find(whole, offset)
                assert found >= 0, (at, whole)
                offset = found + len(whole)
            else:
                assert line.startswith(whole), at
