"""jieba's dictionary cut (``Tokenizer.lcut(text, HMM=False)``), the same words, computed in one pass.

jieba builds, for every block of Chinese text, a dict of every word starting at each character, then
a dict of best routes through a generator per character, then yields the words one by one through
two generators. Mining cuts every sentence of a corpus, so that bookkeeping is most of its time.
Here the best route is found right to left in one loop over lists: the words starting at a character
are looked up while the route is chosen (a prefix that is no word stops the look-up, as in jieba),
and each word's log probability is taken from a table built once. The route, its ties (the longer
word wins an exact tie, as in jieba's ``max`` over (score, end)) and the grouping of single Latin
letters and digits are jieba's; ``tests/mining/test_wordcut`` compares the two on varied text.
"""

from __future__ import annotations

import contextlib
import marshal
import math
import re
from pathlib import Path
from typing import Any

from ..cachedir import store_whole

# jieba's own patterns (jieba/__init__.py): a block it cuts by the dictionary, the separators it
# keeps whole outside one, and the characters its dictionary cut collects into one run.
_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_MISSING: Any = object()
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


_FORMAT = 1  # of the cache file: bump when what it holds changes


class WordCut:
    """The dictionary cut over jieba's word frequencies (every word and every prefix of one, a
    prefix alone with frequency 0, as ``Tokenizer.FREQ``) and their total."""

    def __init__(self, frequencies: dict[str, int], total: int) -> None:
        log_total = math.log(total)
        # A prefix alone has no score; jieba's score of a word is log(freq) - log(total), each step in
        # its order (identical floats).
        self._score: dict[str, float | None] = {
            word: math.log(freq) - log_total if freq else None for word, freq in frequencies.items()
        }
        self._unknown = math.log(1) - log_total

    @classmethod
    def from_table(cls, score: dict[str, float | None], unknown: float) -> WordCut:
        cut = cls.__new__(cls)
        cut._score, cut._unknown = score, unknown
        return cut

    def cut(self, text: str) -> list[str]:
        words: list[str] = []
        for block in _BLOCK.split(text):
            if not block:
                continue
            if _BLOCK.fullmatch(block):
                self._cut_block(block, words)
            else:
                for piece in _SKIP.split(block):
                    if not piece:
                        continue
                    if _SKIP.fullmatch(piece):
                        words.append(piece)
                    else:
                        words.extend(piece)
        return words

    def _cut_block(self, block: str, words: list[str]) -> None:
        get = self._score.get
        unknown = self._unknown
        count = len(block)
        best = [0.0] * (count + 1)
        end_at = [0] * (count + 1)
        for start in range(count - 1, -1, -1):
            top = -math.inf
            top_end = stop = start + 1
            score = get(block[start], _MISSING)
            while score is not _MISSING:
                if score is not None:
                    total = score + best[stop]
                    if total >= top:  # a tie goes to the longer word, as in jieba
                        top, top_end = total, stop
                if stop >= count:
                    break
                stop += 1
                score = get(block[start:stop], _MISSING)
            if top == -math.inf:
                top = unknown + best[start + 1]
            best[start] = top
            end_at[start] = top_end
        # Walk the route; single Latin letters and digits in a row make one word.
        start = 0
        run = ""
        latin = _LATIN
        while start < count:
            end = end_at[start]
            if end - start == 1 and block[start] in latin:
                run += block[start]
            else:
                if run:
                    words.append(run)
                    run = ""
                words.append(block[start:end])
            start = end
        if run:
            words.append(run)


def read_dictionary(text: str) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's dictionary file (``word freq [tag]`` per line) as its Tokenizer reads it — the
    frequencies with every prefix of a word at 0 unless it is a word itself, their total — and the
    part-of-speech tags."""
    frequencies: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for line in text.splitlines():
        parts = line.strip().split(" ")
        if len(parts) < 2:
            continue
        word, frequency = parts[0], int(parts[1])
        frequencies[word] = frequency
        total += frequency
        if len(parts) == 3:
            tags[word] = parts[2]
        for end in range(1, len(word)):
            frequencies.setdefault(word[:end], 0)
    return frequencies, total, tags


def load_dictionary(cache_folder: str | None) -> tuple[WordCut, dict[str, str]]:
    """The cut and the tags of jieba's own dictionary, from a cache file beside jieba's when it is
    current (one read instead of jieba's cache plus the dictionary file again for the tags)."""
    import jieba

    path = Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME
    stat = path.stat()
    key = (_FORMAT, jieba.__version__, stat.st_size, stat.st_mtime_ns)
    cache = Path(cache_folder) / "drafter-wordcut.marshal" if cache_folder else None
    if cache is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            stored = marshal.loads(cache.read_bytes())
            if isinstance(stored, tuple) and len(stored) == 4 and stored[0] == key:
                return WordCut.from_table(stored[1], stored[2]), stored[3]
    frequencies, total, tags = read_dictionary(path.read_text(encoding="utf-8"))
    cut = WordCut(frequencies, total)
    if cache is not None:
        # Written whole or not at all: another process may be reading it.
        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
        store_whole(cache, marshal.dumps((key, cut._score, cut._unknown, tags)))
    return cut, tags
