"""The one vocabulary of mining (data/vocabulary.tsv), read by every stage instead of lists in code.

``disable`` switches entries off for a run (benchmarks/rule_report.py measures what each one changes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data") / "vocabulary.tsv"


@dataclass(frozen=True)
class Entry:
    section: str
    word: str
    value: str
    source: str
    line: int


_disabled: set[tuple[str, str]] = set()


@lru_cache(maxsize=1)
def all_entries() -> tuple[Entry, ...]:
    found = []
    for number, raw in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        section, word, value, source = [*cells, "", "", "", ""][:4]
        found.append(Entry(section, word, value, source, number))
    return tuple(found)


def entries(section: str) -> tuple[Entry, ...]:
    return _entries(section, frozenset(_disabled))


@lru_cache(maxsize=256)
def _entries(section: str, disabled: frozenset[tuple[str, str]]) -> tuple[Entry, ...]:
    return tuple(e for e in all_entries() if e.section == section and (e.section, e.word) not in disabled)


def words(section: str, value: str | None = None) -> tuple[str, ...]:
    return tuple(e.word for e in entries(section) if value is None or e.value == value)


_patterns: dict[tuple[str, str | None], re.Pattern[str]] = {}
# Memos of other modules whose entries depend on the vocabulary: emptied whenever it changes.
_memos: list[dict[Any, Any]] = []


def forget() -> None:
    """Empty every memo (benchmarks/bench_mining.py times each run from cold)."""
    for found in _memos:
        found.clear()


def memo() -> dict[Any, Any]:
    """A dict for remembering results that depend on the vocabulary (cleared by ``disable``)."""
    found: dict[Any, Any] = {}
    _memos.append(found)
    return found


def alternation(section: str, value: str | None = None) -> re.Pattern[str]:
    """One compiled alternation of a section's words, longest first (a pattern that never matches if empty)."""
    key = (section, value)
    found = _patterns.get(key)
    if found is None:
        found = _patterns[key] = _alternation(section, value, frozenset(_disabled))
    return found


@lru_cache(maxsize=256)
def _alternation(section: str, value: str | None, disabled: frozenset[tuple[str, str]]) -> re.Pattern[str]:
    found = sorted(words(section, value), key=len, reverse=True)
    # An empty section never matches; anchored, re gives up at the first position instead of trying each.
    return re.compile("|".join(map(re.escape, found)) if found else r"\A(?!)")


def disable(items: set[tuple[str, str]]) -> None:
    """Switch entries (section, word) off until the next call (an empty set restores them all)."""
    _disabled.clear()
    _disabled.update(items)
    _patterns.clear()
    forget()
