"""What the programme editor does to the list of items, without any widget.

The list is kept grouped by day, in day order (items without a day last): the order
within a day is the order the services store (ProgrammeItemData's position), and a
problem the services report as `programme[i]` names the i-th item of this very list.
Every operation returns the index of the item to select afterwards.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable

from ...services.data import ProgrammeItemData

Items = list[ProgrammeItemData]


def _day_key(day: dt.date | None) -> dt.date:
    return day if day is not None else dt.date.max


def days(items: Items) -> list[dt.date | None]:
    """The days that have items, in order."""
    return list(dict.fromkeys(item.day for item in items))


def day_indices(items: Items, day: dt.date | None) -> list[int]:
    return [index for index, item in enumerate(items) if item.day == day]


def regroup(items: Items) -> None:
    """Order the items by day, keeping the order within each day (a stable sort)."""
    items.sort(key=lambda item: _day_key(item.day))


def place(items: Items, item: ProgrammeItemData, position: int | None = None) -> int:
    """Put `item` into its day: at `position` within the day, or at the end of it."""
    same_day = day_indices(items, item.day)
    if same_day:
        if position is None or position >= len(same_day):
            index = same_day[-1] + 1
        else:
            index = same_day[max(position, 0)]
    else:
        index = next(
            (i for i, other in enumerate(items) if _day_key(other.day) > _day_key(item.day)),
            len(items),
        )
    items.insert(index, item)
    return index


def place_by_time(items: Items, item: ProgrammeItemData) -> int:
    """Put `item` into its day before the first item that starts later."""
    start = item.time
    if start is None:
        return place(items, item)
    times = [items[index].time for index in day_indices(items, item.day)]
    later = [n for n, time in enumerate(times) if time is not None and time > start]
    return place(items, item, later[0] if later else None)


def is_in_place(items: Items, index: int) -> bool:
    """Whether the item stands among the items of its own day (after a day was edited)."""
    day = _day_key(items[index].day)
    before = items[index - 1].day if index > 0 else None
    after = items[index + 1].day if index + 1 < len(items) else None
    return (index == 0 or _day_key(before) <= day) and (
        index + 1 == len(items) or day <= _day_key(after)
    )


def change_day(items: Items, index: int, day: dt.date | None) -> int:
    """The item at `index` moves to `day`, among that day's items by its time."""
    item = items.pop(index)
    item.day = day
    return place_by_time(items, item)


def move(items: Items, index: int, step: int, trip_days: Iterable[dt.date] = ()) -> int:
    """One place up (-1) or down (+1). Past the first or last item of its day the item
    goes to the neighbouring day: the one with items, else the trip's next calendar day."""
    item = items[index]
    target = index + step
    if 0 <= target < len(items) and items[target].day == item.day:
        items[index], items[target] = items[target], items[index]
        return target
    neighbour = _neighbour_day(items, item.day, step, list(trip_days))
    if neighbour is None:
        return index
    items.pop(index)
    item.day = neighbour
    # Into the neighbouring day at the side it came from: the last item of the day
    # before, or the first of the day after.
    return place(items, item, None if step < 0 else 0)


def _neighbour_day(
    items: Items, day: dt.date | None, step: int, trip_days: list[dt.date]
) -> dt.date | None:
    planned = [d for d in days(items) if d is not None]
    if day is None:
        return planned[-1] if step < 0 and planned else None
    candidates = sorted(set(planned) | set(trip_days))
    if step < 0:
        before = [d for d in candidates if d < day]
        return before[-1] if before else None
    after = [d for d in candidates if d > day]
    return after[0] if after else None


def move_to(items: Items, index: int, day: dt.date | None, position: int) -> int:
    """Move the item at `index` to `position` within `day` (a drop)."""
    item = items[index]
    if item.day == day:
        # Counted without the item itself: dropping it below itself changes nothing.
        before_self = day_indices(items, day).index(index)
        if position > before_self:
            position -= 1
    items.pop(index)
    item.day = day
    return place(items, item, position)


def duplicate(items: Items, index: int) -> int:
    """A copy of the item right after it."""
    items.insert(index + 1, copy.deepcopy(items[index]))
    return index + 1


def new_item_after(items: Items, index: int | None, first_day: dt.date | None) -> int:
    """A new item after the one at `index`, on its day, starting when it ends (or when it
    starts, if it has no end); without a selection at the end of the last day."""
    if index is None:
        planned = [d for d in days(items) if d is not None]
        day = planned[-1] if planned else first_day
        return place(items, ProgrammeItemData(day=day, activity=""))
    previous = items[index]
    item = ProgrammeItemData(day=previous.day, activity="", time=previous.end_time or previous.time)
    items.insert(index + 1, item)
    return index + 1


def remove(items: Items, index: int) -> int | None:
    """Remove the item; the one now in its place (or before it) is selected."""
    items.pop(index)
    if not items:
        return None
    return min(index, len(items) - 1)


def copy_day(items: Items, day: dt.date | None, to_day: dt.date) -> int | None:
    """Copies of the day's items, in order, after what `to_day` already has; the index of
    the first copy."""
    copies = [copy.deepcopy(items[i]) for i in day_indices(items, day)]
    first = None
    for item in copies:
        item.day = to_day
        index = place(items, item)
        first = index if first is None else first
    return first


def sort_day(items: Items, day: dt.date | None) -> None:
    """The day's items by start time (items without a time first, as they stand)."""
    indices = day_indices(items, day)
    ordered = sorted(
        (items[i] for i in indices),
        key=lambda item: (item.time is not None, item.time or dt.time()),
    )
    for index, item in zip(indices, ordered, strict=True):
        items[index] = item


def is_meeting(item: ProgrammeItemData) -> bool:
    """Someone is met or something is to be discussed."""
    return bool(item.contact_ids or item.purpose.strip() or item.questions.strip())


def lacks_talking_points(item: ProgrammeItemData) -> bool:
    return is_meeting(item) and not item.talking_points.strip()
