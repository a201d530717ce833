"""Column widths and alignment of a table inside the 版心: pure arithmetic over cell text widths.

Each column wants the width of its longest cell (in characters of the table's size, plus the cell
margins). When all fit, the spare width is shared out evenly, so the table fills the 版心 width (a
form whose rows are still empty gets columns alike);
when they do not, narrow columns keep what they need and the wide ones share the rest, never going
below two characters. A column whose text wraps, or is long, is set flush left; short ones centred.
"""

from __future__ import annotations

from collections.abc import Sequence

from msgspec import Struct

from ..chinese import display_width

MIN_CHARS = 2.0
LONG_CELL_CHARS = 12  # a cell this wide reads better flush left than centred


class ColumnPlan(Struct, frozen=True):
    widths: tuple[int, ...]  # twips, adding up to the table width
    aligns: tuple[str, ...]  # "left", or "" for the table style's centring, for body cells (headers are centred)


def plan_columns(rows: Sequence[Sequence[str]], *, total: int, char: int, padding: int) -> ColumnPlan:
    """Widths (twips) of each column of ``rows`` within ``total``; ``char`` is one character of the table's size."""
    columns = max((len(row) for row in rows), default=0)
    if not columns:
        return ColumnPlan((), ())
    longest = [max((display_width(row[c]) if c < len(row) else 0.0) for row in rows) for c in range(columns)]
    want = [max(width, MIN_CHARS) * char + padding + char // 2 for width in longest]
    floor = MIN_CHARS * char + padding
    if not any(cell for row in rows[1:] for cell in row):
        widths = [total / columns] * columns  # a form to fill in: every column alike
    elif sum(want) <= total:
        spare = total - sum(want)
        widths = [w + spare / columns for w in want]
    else:
        widths = _share(want, total, floor)
    rounded = [int(w) for w in widths]
    rounded[-1] += total - sum(rounded)  # the columns add up to the table width exactly
    aligns = tuple("left" if longest[c] >= LONG_CELL_CHARS or want[c] > rounded[c] + 1 else "" for c in range(columns))
    return ColumnPlan(tuple(rounded), aligns)


def _share(want: list[float], total: int, floor: float) -> list[float]:
    """Columns that need less than an equal share keep their width; the others split what is left."""
    fixed: dict[int, float] = {}
    while True:
        rest = [c for c in range(len(want)) if c not in fixed]
        if not rest:
            break
        room = total - sum(fixed.values())
        share = room / len(rest)
        small = [c for c in rest if want[c] <= share]
        if not small:
            weights = sum(want[c] for c in rest)
            for c in rest:
                fixed[c] = max(room * want[c] / weights, floor)
            break
        for c in small:
            fixed[c] = want[c]
    widths = [fixed[c] for c in range(len(want))]
    over = sum(widths) - total
    if over > 0:  # floors pushed past the total: take it back from the widest
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] -= over
    return widths
