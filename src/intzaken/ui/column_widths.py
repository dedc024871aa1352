"""Column widths that follow the content: numbers and dates as wide as they are, text
columns sharing what is left of the list's width.

A list's columns are measured once per load (their natural widths: heading and the
first rows' cells), then shared out again whenever the list changes size, without
measuring again. Widths the user sets by hand win: the page stops fitting then.
"""

from __future__ import annotations

from collections.abc import Sequence


def shared_widths(
    natural: Sequence[int], stretches: Sequence[bool], available: int, narrowest: int
) -> list[int]:
    """The width of each column: a column that does not stretch keeps its natural width;
    the stretching ones (text) grow to fill `available` in proportion to their natural
    widths, or, when the columns together are too wide, give up width in proportion
    down to `narrowest` (or their natural width, if less), so that the figures at the
    right stay in view as long as possible."""
    widths = list(natural)
    stretching = [column for column, stretch in enumerate(stretches) if stretch]
    if not stretching:
        return widths
    spare = available - sum(widths)
    if spare > 0:
        weight = sum(natural[column] for column in stretching) or 1
        for column in stretching:
            widths[column] += spare * natural[column] // weight
    elif spare < 0:
        floors = {column: min(natural[column], narrowest) for column in stretching}
        room = sum(natural[column] - floors[column] for column in stretching)
        if room > 0:
            give = min(-spare, room)
            for column in stretching:
                share = natural[column] - floors[column]
                widths[column] -= -(-give * share // room)  # rounded up: no scroll bar
    return widths
