"""How a list shares its width among its columns: each column wants the width of what it shows
(the widest text seen in it, its header); when the window is too narrow for all of them, the
long text columns (job title, organisation, e-mail) give way first and elide, while a city, a
country, a date, an amount or a phone number keeps its whole width.

Pure functions of pixel widths, so that the rule is tested without a window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: a column's text never asks for more than this, however long the longest value
TEXT_CAP = 320
#: the cell's margins around its text, and a little air
CELL_PADDING = 24
#: text columns may narrow to this on a small screen (the rest of the text shows elided)
SOFT_FLOOR = 64


@dataclass(frozen=True)
class ColumnNeed:
    """One shown column: the width it wants, the least it may be given, its share of room
    left over."""

    want: int
    least: int
    weight: int


def column_need(
    header: int,
    content: int,
    *,
    whole: bool = False,
    sample: int = 0,
    naming_floor: int = 0,
    weight: int = 3,
) -> ColumnNeed:
    """`header` and `content`: text widths in pixels (content 0 while nothing is shown).
    `whole`: a column never cut short (dates, amounts, phone numbers), at least as wide as
    `sample`, a long value it may show; `naming_floor`: for the column naming the row, the
    width it keeps however narrow the window."""
    head = header + CELL_PADDING + 6  # room for the sort indicator
    if whole:
        want = max(head, sample + CELL_PADDING, content + CELL_PADDING)
        return ColumnNeed(want, want, weight)
    want = max(head, min(content + CELL_PADDING, TEXT_CAP))
    least = max(naming_floor, SOFT_FLOOR, head)
    return ColumnNeed(want, min(least, want), weight)


def fit_widths(room: int, needs: Sequence[ColumnNeed]) -> list[int]:
    """Widths for `room` pixels. Everything fits: each column its want, what is left shared by
    weight. It does not: the widest columns are narrowed to one level (never below their
    least) so that the others keep their whole text; when even the leasts do not fit, the
    leasts (the list scrolls sideways)."""
    wants = [n.want for n in needs]
    if sum(wants) <= room:
        return _share(room, needs)
    leasts = [n.least for n in needs]
    if sum(leasts) >= room:
        return leasts
    low, high = 0, max(wants)
    while low < high:  # the highest level at which the columns fit
        level = (low + high + 1) // 2
        if sum(max(n.least, min(n.want, level)) for n in needs) <= room:
            low = level
        else:
            high = level - 1
    return [max(n.least, min(n.want, low)) for n in needs]


def _share(room: int, needs: Sequence[ColumnNeed]) -> list[int]:
    """Each column its want, and the pixels left over shared out by weight."""
    spare = room - sum(n.want for n in needs)
    total = sum(n.weight for n in needs) or 1
    return [n.want + spare * n.weight // total for n in needs]
