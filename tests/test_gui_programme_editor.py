"""The programme editor of the trip form, used as a policy officer does: a two-day
programme built by keyboard, reordered by keys and by dragging, an item duplicated and
a day copied; saved, opened again and found intact."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from intzaken.ui.programme.day_list import MIME_TYPE

from .programme_form_helpers import TODAY, day, mission, open_form  # noqa: F401

T = dt.time


def type_item(qtbot: Any, form: Any, start: str, end: str, activity: str, place: str) -> None:
    """Insert on the list, then type the new item's times, activity and place."""
    editor = form.programme
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Insert)
    detail = editor.detail
    qtbot.keyClicks(detail.time, start)
    qtbot.keyClicks(detail.end_time, end)
    qtbot.keyClicks(detail.activity, activity)
    qtbot.keyClicks(detail.place, place)


def pick_contact(qtbot: Any, combo: Any, typed: str) -> None:
    """Type part of a name, take the completer's first proposal, add it with Enter."""
    qtbot.keyClicks(combo, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def programme(form: Any) -> list[tuple[dt.date, T | None, str]]:
    return [(i.day, i.time, i.activity) for i in form.programme.values()]


def test_a_two_day_programme_built_by_keyboard_survives_saving(qtbot, open_form, mission) -> None:  # noqa: ANN001, F811
    form = open_form()
    editor = form.programme
    type_item(qtbot, form, "0900", "1000", "Briefing by the consulate", "Hotel")
    type_item(qtbot, form, "", "1200", "Meeting port authority", "Port office")
    # The second item starts when the first ends: typed only its end.
    assert programme(form)[1][1] == T(10, 0)
    detail = editor.detail
    pick_contact(qtbot, detail.contacts.combo, "Li Wei")
    qtbot.keyClicks(detail.purpose, "Shore power cooperation")
    qtbot.keyClicks(detail.talking_points, "Shore power from 2028")
    type_item(qtbot, form, "1400", "1530", "Visit terminal", "Yangshan")
    # The third item goes to the second day: the day typed in full, then Tab.
    detail.day.selectAll()
    qtbot.keyClicks(detail.day, "12-01-2027")
    qtbot.keyClick(detail.day, Qt.Key.Key_Tab)
    assert [i[0] for i in programme(form)] == [day(0), day(0), day(1)]
    items = editor.values()
    assert items[1].contact_ids == [mission["li"]]
    assert items[1].talking_points == "Shore power from 2028"

    # Alt+Up on the first item of day 2 moves it to the end of day 1; Alt+Down back.
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i[0] for i in programme(form)] == [day(0)] * 3
    assert editor.current() == 2
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i[2] for i in programme(form)][1] == "Visit terminal"
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i[0] for i in programme(form)] == [day(0), day(0), day(1)]

    # Ctrl+D duplicates the selected item right after it.
    qtbot.keyClick(editor.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [i[2] for i in programme(form)][2:] == ["Visit terminal", "Visit terminal"]
    assert editor.current() == 3
    # ... and Delete removes it again.
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert len(programme(form)) == 3

    # Drop the briefing (day 1, first) on the lower half of the day 2 item.
    drop(editor, source=0, target_item=2, lower=True)
    assert programme(form) == [
        (day(0), T(10, 0), "Meeting port authority"),
        (day(1), T(14, 0), "Visit terminal"),
        (day(1), T(9, 0), "Briefing by the consulate"),
    ]
    # Sorting day 2 by time puts the briefing first.
    editor.sort_day()
    assert [i[2] for i in programme(form)][1:] == ["Briefing by the consulate", "Visit terminal"]

    # Copy day 2 to day 3.
    editor.list.select_item(1)
    editor.copy_day(day(1), day(2))
    assert [i[0] for i in programme(form)] == [day(0), day(1), day(1), day(2), day(2)]

    assert form.validate(), form.problems
    assert form.save()
    reopened = open_form()
    assert programme(reopened) == programme_after_copy()
    stored = reopened.programme.values()
    assert stored[0].contact_ids == [mission["li"]]
    assert stored[0].purpose == "Shore power cooperation"
    assert stored[0].end_time == T(12, 0)
    assert stored[0].place == "Port office"


def programme_after_copy() -> list[tuple[dt.date, T | None, str]]:
    return [
        (day(0), T(10, 0), "Meeting port authority"),
        (day(1), T(9, 0), "Briefing by the consulate"),
        (day(1), T(14, 0), "Visit terminal"),
        (day(2), T(9, 0), "Briefing by the consulate"),
        (day(2), T(14, 0), "Visit terminal"),
    ]


def drop(editor: Any, *, source: int, target_item: int, lower: bool) -> None:
    """A drop of item `source` on the list row of `target_item`, as Qt delivers it."""
    view = editor.list
    rect = view.visualRect(view.model().index(view.programme.row_of_item(target_item), 0))
    point = QPoint(rect.center().x(), rect.bottom() - 2 if lower else rect.top() + 2)
    data = QMimeData()
    data.setData(MIME_TYPE, str(source).encode())
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
