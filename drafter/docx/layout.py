"""Layout decisions that need arithmetic: title line breaks, the signature block, the 红头 size.

Pure functions over text widths (in em of a Chinese character) and a style sheet's numbers, so they
are easy to test.
"""

from __future__ import annotations

import math

from msgspec import Struct

from ..chinese import display_width
from .sheet import GBT9704, HalfPoints, StyleSheet, Twips
from .titles import split_title, title_vocabulary, title_words

__all__ = [
    "MarkSize",
    "SignoffLayout",
    "issuer_mark_size",
    "signoff_layout",
    "split_title",
    "title_vocabulary",
    "title_words",
]


class SignoffLayout(Struct, frozen=True):
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


class MarkSize(Struct, frozen=True):
    size: HalfPoints
    scale: int  # horizontal scale in percent, 100 = none

    @property
    def run_scale(self) -> int:
        """The scale as a run is written with it: 0 (no w:w at all) for a mark at its full width."""
        return self.scale if self.scale != 100 else 0


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
