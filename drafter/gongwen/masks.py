"""Masking the marks of 公文 text (文号, dates) with typed slots, as phrase mining needs.

The patterns are the same grammar validation uses, so a 文号 that drafts is a 文号 that is masked.
"""

from __future__ import annotations

from collections.abc import Callable

from ..patterns import LazyPattern
from .dates import DATE_IN_TEXT
from .marks import DOC_NUMBER_IN_TEXT

# Longer and more specific forms first: a 文号 holds a year that would otherwise be masked as a date.
MASKS: tuple[tuple[str, LazyPattern], ...] = (("文号", DOC_NUMBER_IN_TEXT), ("日期", DATE_IN_TEXT))


def mask(text: str, replacement: Callable[[str, str], str], kinds: tuple[str, ...] = ("文号", "日期")) -> str:
    """Replace every 文号 and date in ``text`` with ``replacement(kind, matched text)``."""
    for kind, pattern in MASKS:
        if kind in kinds:
            text = pattern.sub(lambda match, kind=kind: replacement(kind, match.group(0)), text)  # type: ignore[misc]
    return text
