"""How a list's width is shared between its columns (ui/column_widths.py), in pixels."""

from __future__ import annotations

from intzaken.ui.column_widths import shared_widths

# Number, title, destinations, travellers, costs: the numbers never stretch.
STRETCHES = [False, True, True, True, False]


def test_numbers_keep_their_width_and_text_takes_the_spare_room() -> None:
    widths = shared_widths([40, 300, 100, 200, 90], STRETCHES, 1030, narrowest=70)
    assert widths[0] == 40 and widths[4] == 90
    assert widths[1:4] == [300 + 150, 100 + 50, 200 + 100]  # in proportion to the content
    assert sum(widths) == 1030


def test_a_column_of_a_few_characters_does_not_grow() -> None:
    # The budget's Code, empty in every line: only its heading.
    widths = shared_widths([40, 50, 220, 90], [False, True, True, False], 1000, narrowest=70)
    assert widths[1] == 50
    assert widths[2] == 1000 - 40 - 50 - 90


def test_when_text_does_not_fit_the_widest_gives_way_first() -> None:
    widths = shared_widths([40, 550, 220, 270, 90], STRETCHES, 130 + 850, narrowest=70)
    assert widths[2:4] == [220, 270]  # read whole
    assert widths[1] == 850 - 220 - 270  # the long titles are cut
    assert sum(widths) <= 980


def test_a_narrow_window_cuts_every_text_column_to_a_common_width_but_no_further() -> None:
    widths = shared_widths([40, 550, 220, 270, 90], STRETCHES, 130 + 300, narrowest=70)
    assert widths[1] == widths[2] == widths[3] == 100
    widths = shared_widths([40, 550, 60, 270, 90], STRETCHES, 130 + 100, narrowest=70)
    assert widths[1:4] == [70, 60, 70]  # never below the floor: a scroll bar then
