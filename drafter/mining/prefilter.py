"""Tests on a line's characters made before a regular expression is asked (what the pattern needs to be there).

Parsing asks its patterns of every line of a corpus, and a call of re costs more than several scans of a short
line in C: a line without what a pattern needs is not handed to it. Each test is exact (it says False only
where the pattern cannot match).
"""

from __future__ import annotations


def has_sentence_mark(text: str) -> bool:
    """Whether ``text`` holds one of 。！？；!?; (what [。！？；!?;] searches for)."""
    return "。" in text or "！" in text or "？" in text or "；" in text or "!" in text or "?" in text or ";" in text


def may_hold_url(text: str) -> bool:
    """Whether ``text`` holds the :// or the w and . that a web address (http://, www.) needs, in any case."""
    return "://" in text or ("." in text and ("w" in text or "W" in text))


def may_hold_date(text: str) -> bool:
    """Whether ``text`` holds the 年 or the - / . that each written or numeric date needs."""
    return "年" in text or "-" in text or "/" in text or "." in text
