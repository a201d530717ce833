"""The tests made before a pattern is asked say False only where the pattern cannot match."""

from __future__ import annotations

import random
import re

from drafter.mining import features, furniture
from drafter.mining.prefilter import has_sentence_mark, may_hold_url

_PIECES = ["通知", "一、", "1.", "：", ":", "。", "；", "!", "?", ";", "，", " ", "www", "WwW", ".", "http", "s", "://"]
_PIECES += ["/", "w", "W", "cn", "年", "2024", "ftp", "HTTPS", "ſ", "\u3000", "\n", "x"]


def _texts(count: int = 4000) -> list[str]:
    rng = random.Random(5)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8))) for _ in range(count)]


def test_sentence_marks_are_found_as_re_finds_them() -> None:
    pattern = re.compile(r"[。！？；!?;]")
    for text in _texts():
        assert has_sentence_mark(text) == bool(pattern.search(text)), text


def test_an_address_is_never_missed() -> None:
    for text in [*_texts(), "见 https://example.org/a", "WWW.EXAMPLE.CN", "httpſ://x", "www。cn"]:
        if not may_hold_url(text):
            assert features._URL.search(text) is None and furniture._URL.search(text) is None, text
