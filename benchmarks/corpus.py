"""Build a large benchmark corpus by recombining the shared corpus (../shared/corpus).

Pages are made of whole documents and paragraphs drawn at random from the real files, with
numbers and years changed, so that the corpus is as varied as real archives (and not one text
repeated, which near-duplicate detection would collapse).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from scoring import CORPUS as SHARED


def _paragraphs() -> list[str]:
    from drafter.textio import decode_text

    texts = []
    for folder in (SHARED / "seeds", SHARED / "public"):
        for path in sorted(folder.glob("*.txt")):
            text, _ = decode_text(path.read_bytes(), str(path))
            texts.append(text)
    paragraphs = [p.strip() for text in texts for p in re.split(r"\n\s*\n|\n", text) if len(p.strip()) >= 8]
    return paragraphs


def build(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write about ``megabytes`` of UTF-8 text files into ``folder``; return (files, bytes)."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    written = files = 0
    while written < target:
        lines = []
        for _ in range(rng.randint(2, 5)):  # documents per page: a real opening run, then mixed paragraphs
            start = rng.randrange(len(paragraphs))
            lines.extend(paragraphs[start : start + rng.randint(3, 8)])
            lines.extend(rng.sample(paragraphs, rng.randint(15, 40)))
        text = "\n".join(lines)
        text = re.sub(
            r"\d+", lambda m: str(rng.randint(1, 99) if len(m.group(0)) < 4 else rng.randint(1990, 2030)), text
        )
        data = text.encode("utf-8")
        (folder / f"page-{files:05d}.txt").write_bytes(data)
        written += len(data)
        files += 1
    return files, written
