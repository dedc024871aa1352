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
    """The width of each column: a column that does not stretch keeps its natural width.

    When the text fits, the stretching columns (text) share the spare width in
    proportion to their natural widths; a column of a few characters (a code, or
    nothing but its heading) keeps its width, unless all are that short. When the text
    does not fit, the widest text gives way first: every text column is as wide as its
    content up to one common width, and none narrower than `narrowest` (or its
    content), so that short columns are read whole and the figures at the right stay in
    view as long as possible."""
    widths = list(natural)
    stretching = [column for column, stretch in enumerate(stretches) if stretch]
    if not stretching:
        return widths
    room = available - sum(natural[c] for c in range(len(natural)) if c not in stretching)
    spare = room - sum(natural[column] for column in stretching)
    if spare >= 0:
        growing = [column for column in stretching if natural[column] > narrowest]
        growing = growing or stretching
        weight = sum(natural[column] for column in growing) or 1
        for column in growing:
            widths[column] += spare * natural[column] // weight
        return widths
    floors = {column: min(natural[column], narrowest) for column in stretching}
    cap = _common_cap([natural[column] for column in stretching], narrowest, room)
    for column in stretching:
        widths[column] = max(floors[column], min(natural[column], cap))
    return widths


def _common_cap(natural: Sequence[int], narrowest: int, room: int) -> int:
    """The largest width W such that the text columns, each as wide as its content up to
    W (and at least its floor), take no more than `room`; the floors if nothing fits."""

    def taken(cap: int) -> int:
        return sum(max(min(width, narrowest), min(width, cap)) for width in natural)

    low, high = 0, max(natural)
    while low < high:
        middle = (low + high + 1) // 2
        if taken(middle) <= room:
            low = middle
        else:
            high = middle - 1
    return low
