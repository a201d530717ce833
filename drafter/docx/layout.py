"""Layout decisions that need arithmetic: title line breaks, the signature block, the 红头 size.

Pure functions over text widths (in em of a Chinese character) and a style sheet's numbers, so they
are easy to test.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import gongwen
from ..chinese import display_width
from ..patterns import lazy
from .sheet import GBT9704, HalfPoints, StyleSheet, Twips

TITLE_WORDS_FILE = Path(__file__).with_name("title_words.txt")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Words that often appear in 公文 titles (title_words.txt)."""
    lines = TITLE_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    words = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(words)


@lru_cache(maxsize=1)
def _longest_word() -> int:
    return max(len(w) for w in vocabulary())


_BREAK_AFTER_WORDS = ("关于", "暨", "和", "与", "及", "、")
_OPENERS = "“《（(〔"
_CLOSERS = "”》）)〕、，。：；"
_NUMBER_WORD = lazy(
    r"\d+(?:[—–-]\d+)?(?:学年|年度|年|月|日|号|届|次|期|个|项)?|第[一二三四五六七八九十百\d]+[届次期批]"
)


def title_words(text: str) -> list[str]:
    """Split a title into words: the vocabulary, number words, then single characters."""
    known = vocabulary()
    longest = _longest_word()
    words: list[str] = []
    index = 0
    while index < len(text):
        number = _NUMBER_WORD.match(text, index)
        if number:
            words.append(number.group(0))
            index = number.end()
            continue
        for size in range(min(longest, len(text) - index), 1, -1):
            if text[index : index + size] in known:
                words.append(text[index : index + size])
                index += size
                break
        else:
            words.append(text[index])
            index += 1
    return words


def _break_score(before: str, after: str, after_word: str, before_word: str) -> float:
    """How good a line break between two words is (higher is better); -inf forbids it."""
    if after[0] in _CLOSERS or before[-1] in _OPENERS:
        return -math.inf
    if before.count("“") > before.count("”") or before.count("《") > before.count("》"):
        return -5.0
    if after.startswith(gongwen.title_tails()):
        return 3.0
    if before_word in _BREAK_AFTER_WORDS or after_word in ("并", "暨"):
        return 3.0
    if before_word == "的":
        return 2.0
    known = vocabulary()
    return (before_word in known or len(before_word) > 1) + (after_word in known or len(after_word) > 1) - 1.5


def split_title(text: str, max_width: float | None = None) -> list[str]:
    """Break a long title into lines that fit, between words, shaped as a 梯形 or 菱形 (§7.3.1).

    An explicit "|" in the title marks where the writer of the template wants the breaks.
    """
    return list(_split_title(text, GBT9704.title_max_chars if max_width is None else max_width))


@lru_cache(maxsize=4096)
def _split_title(text: str, max_width: float) -> tuple[str, ...]:
    # Cached: a batch drafts the same few titles (or titles differing in one name) many times.
    if "|" in text:
        return tuple(part.strip() for part in text.split("|") if part.strip())
    text = text.strip()
    total = display_width(text)
    if total <= max_width:
        return (text,)
    words = title_words(text)
    if math.ceil(total / max_width) > 2:
        first, rest = _best_split(words, max_width, prefer_width=max_width)
        return (first, *_split_title(rest, max_width))
    return _best_split(words, max_width, prefer_width=total / 2)


def _best_split(words: list[str], max_width: float, prefer_width: float) -> tuple[str, str]:
    text = "".join(words)
    widths = [display_width(word) for word in words]
    total = sum(widths)
    best: tuple[float, int] | None = None
    position, first_width = 0, 0.0
    for index in range(1, len(words)):
        position += len(words[index - 1])
        first_width += widths[index - 1]
        second_width = total - first_width
        if first_width > max_width:
            break
        if second_width > max_width and prefer_width < max_width:
            continue
        first, second = text[:position], text[position:]
        score = _break_score(first, second, words[index], words[index - 1])
        if score == -math.inf:
            continue
        # Prefer balanced lines, the upper one not longer than the lower (正梯形).
        score -= abs(first_width - prefer_width) * 0.5
        if first_width > second_width + 1:
            score -= 1.0
        if best is None or score > best[0]:
            best = (score, position)
    if best is None:
        cut = int(max_width)
        return text[:cut], text[cut:]
    return text[: best[1]], text[best[1] :]


@dataclass(frozen=True)
class SignoffLayout:
    """Right indents of the 署名 and 成文日期 lines, both right-aligned."""

    issuer_right: Twips
    date_right: Twips


def signoff_layout(issuer: str, date: str, sealed: bool, sheet: StyleSheet = GBT9704) -> SignoffLayout:
    """Place 署名 and 成文日期 per §7.3.5.

    Unsealed: the issuer 右空二字, the date starting two characters right of the issuer; if that
    would push the date past 右空二字, the date gets 右空二字 and the issuer moves left instead.
    Sealed: the date 右空四字, the issuer centred over it.
    """
    style, spacing = sheet.style("Signoff"), sheet.spacing
    char = style.char
    issuer_w = display_width(issuer) * char
    date_w = display_width(date) * char
    if sealed:
        sealed_right = style.chars(spacing.sealed_date_right_chars)
        centred = round(sealed_right + (date_w - issuer_w) / 2) if issuer else 0
        return SignoffLayout(Twips(max(centred, 0)), sealed_right)
    right = style.chars(spacing.signoff_right_chars)
    offset = style.chars(spacing.signoff_date_offset_chars)
    if not issuer:
        return SignoffLayout(Twips(0), right)
    issuer_right: int = right
    date_right: int = round(issuer_right + issuer_w - offset - date_w)
    if date_right < right:
        date_right = right
        issuer_right = round(date_right + date_w + offset - issuer_w)
    return SignoffLayout(Twips(issuer_right), Twips(date_right))


@dataclass(frozen=True)
class MarkSize:
    size: HalfPoints
    scale: int  # horizontal scale in percent, 100 = none


def issuer_mark_size(text: str, sheet: StyleSheet = GBT9704) -> MarkSize:
    """The 发文机关标志 at full height, its characters condensed (w:w) when it is too long for the 版心.

    Letterheads keep the mark's height and narrow the characters of a long name rather than shrink it
    (a 19-character name at the 二号 size that fits no longer reads as a 红头). Only below the narrowest
    scale the sheet allows does the size come down too, and below the smallest size the scale goes on.
    """
    spacing = sheet.spacing
    width_em = max(display_width(text), 1)
    available_pt = sheet.page.text_width.pt - 2 * spacing.issuer_mark_margin_pt
    largest, smallest = spacing.issuer_mark_max_size.pt, spacing.issuer_mark_min_size.pt
    narrowest = spacing.issuer_mark_min_scale / 100
    fit = available_pt / width_em  # the size at which the mark fills the width unscaled
    if fit >= largest:
        return MarkSize(HalfPoints(int(largest * 2)), 100)
    if fit >= largest * narrowest:
        return MarkSize(HalfPoints(int(largest * 2)), math.floor(fit / largest * 100))
    size = max(fit / narrowest, smallest)
    scale = max(min(math.floor(fit / size * 100), spacing.issuer_mark_min_scale), 1)
    return MarkSize(HalfPoints(math.floor(size * 2)), scale)
