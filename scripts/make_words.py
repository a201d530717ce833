"""Write drafter/docx/words.txt: the general words the title breaker segments with, and their kind.

Drafting never loads jieba (its dictionary takes about a second to initialise), so title breaking
uses this smaller list taken once from jieba's own dictionary (MIT licence): every word of two to
six Chinese characters, and every single character, seen at least ``--min-count`` times, grouped by
the natural logarithm of its count and by a coarse part of speech. Run it again only to rebuild the
list (``python scripts/make_words.py``); the result is checked in.
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

# jieba's part-of-speech tags folded into the few kinds the breaker weighs.
KINDS = {
    "n": "n nr ns nt nz vn an ng l i j s t nrt nrfg f",
    "v": "v vg vd vq",
    "a": "a ag ad b z",
    "d": "d df dg",
    "p": "p",
    "c": "c",
    "u": "u uj ul ud uz ug uv",
    "m": "m mq q",
    "r": "r rr rg rz",
}
KIND_OF = {tag: kind for kind, tags in KINDS.items() for tag in tags.split()}
HAN = re.compile(r"^[\u4e00-\u9fff]{1,6}$")
OUT = Path(__file__).resolve().parent.parent / "drafter" / "docx" / "words.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=200)
    args = parser.parse_args()
    import jieba

    source = Path(jieba.__file__).with_name("dict.txt")
    entries: dict[str, str] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        word, count, tag = line.split()
        if int(count) >= args.min_count and HAN.match(word):
            level = round(math.log(int(count)) * 2) / 2
            entries[word] = f"{level:g}{KIND_OF.get(tag, 'x')}"
    head = [
        "# General words for breaking titles, taken from jieba's dictionary (MIT licence) by scripts/make_words.py",
        f"# (words seen at least {args.min_count} times, of about 60 million), sorted. Each line: word NK, where the",
        "# word occurs about e^N times (N in steps of a half) and K is its part of speech: n noun, v verb,",
        "# a adjective, d adverb, p preposition, c conjunction, u particle, m numeral or measure, r pronoun, x other.",
    ]
    body = [f"{word} {entries[word]}" for word in sorted(entries)]
    OUT.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"{len(entries)} words → {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
