"""The programme editor's operations on the list of items (ui/programme/operations.py),
without widgets: the list stays grouped by day whatever is moved, copied or sorted."""

from __future__ import annotations

import datetime as dt

from intzaken.services.data import ProgrammeItemData
from intzaken.ui.programme import operations

D1, D2, D3 = dt.date(2027, 1, 11), dt.date(2027, 1, 12), dt.date(2027, 1, 13)
T = dt.time


def items() -> list[ProgrammeItemData]:
    return [
        ProgrammeItemData(D1, "a", T(9), end_time=T(10)),
        ProgrammeItemData(D1, "b", T(11)),
        ProgrammeItemData(D2, "c", T(10)),
    ]


def shape(programme: list[ProgrammeItemData]) -> list[tuple[dt.date | None, str]]:
    return [(item.day, item.activity) for item in programme]


def test_moving_past_a_days_edge_goes_to_the_neighbouring_day() -> None:
    programme = items()
    # The last item of day 1 moves down: the first of day 2, at the same place in the list.
    assert operations.move(programme, 1, 1) == 1
    assert shape(programme) == [(D1, "a"), (D2, "b"), (D2, "c")]
    assert operations.move(programme, 2, 1, [D1, D2, D3]) == 2  # the trip's next day
    assert shape(programme) == [(D1, "a"), (D2, "b"), (D3, "c")]
    assert operations.move(programme, 0, -1, [D1, D2, D3]) == 0  # nothing before day 1
    assert shape(programme)[0] == (D1, "a")


def test_a_drop_lands_at_its_place_within_the_day() -> None:
    programme = items()
    assert operations.move_to(programme, 0, D1, 2) == 1  # below b, counted without itself
    assert shape(programme) == [(D1, "b"), (D1, "a"), (D2, "c")]
    assert operations.move_to(programme, 2, D1, 0) == 0
    assert shape(programme) == [(D1, "c"), (D1, "b"), (D1, "a")]


def test_a_new_item_follows_the_selected_one_from_its_end() -> None:
    programme = items()
    index = operations.new_item_after(programme, 0, D1)
    assert (index, programme[index].day, programme[index].time) == (1, D1, T(10))
    assert operations.new_item_after([], None, D2) == 0


def test_copying_and_sorting_a_day() -> None:
    programme = items()
    first = operations.copy_day(programme, D1, D3)
    assert first == 3 and shape(programme)[3:] == [(D3, "a"), (D3, "b")]
    programme[3].activity = "changed"
    assert programme[0].activity == "a"  # copies, not the same items
    programme[0], programme[1] = programme[1], programme[0]
    operations.sort_day(programme, D1)
    assert shape(programme)[:2] == [(D1, "a"), (D1, "b")]


def test_a_changed_day_puts_the_item_among_that_days_items_by_time() -> None:
    programme = items()
    assert operations.change_day(programme, 2, D1) == 1  # 10:00 between 9:00 and 11:00
    assert shape(programme) == [(D1, "a"), (D1, "c"), (D1, "b")]
    assert operations.lacks_talking_points(ProgrammeItemData(D1, "x", contact_ids=[1]))
    assert not operations.lacks_talking_points(ProgrammeItemData(D1, "x"))
