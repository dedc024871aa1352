"""Copy day… asks for the date in a date field (typed as people write it, or from the
calendar), says why a date cannot be read, and copies only to a date it can read."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox

from intzaken.ui.programme.copy_day_dialog import CopyDayDialog

DAY = dt.date(2027, 1, 11)


def _ok(dialog: CopyDayDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_next_day_is_proposed_and_dates_are_typed_as_people_write_them(qtbot, dutch) -> None:
    dialog = CopyDayDialog(None, DAY)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == dt.date(2027, 1, 12) and _ok(dialog).isEnabled()
    assert _ok(dialog).text() == "Kopiëren"
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "13 jan 2027")
    assert dialog.chosen() == dt.date(2027, 1, 13)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "14012027")
    assert dialog.chosen() == dt.date(2027, 1, 14)


def test_a_date_that_cannot_be_read_is_named_and_cannot_be_copied_to(qtbot, dutch) -> None:
    dialog = CopyDayDialog(None, DAY)
    qtbot.addWidget(dialog)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "31-02-2027")
    assert not _ok(dialog).isEnabled()
    assert "31-02-2027" in dialog.problem.text()
    dialog.date.clear()
    assert dialog.problem.text() == "Vul de datum in waarnaar gekopieerd wordt."
    assert not _ok(dialog).isEnabled()


def test_the_date_can_be_chosen_from_the_calendar(qtbot) -> None:
    dialog = CopyDayDialog(None, DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.date.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert dialog.chosen() == dt.date(2027, 1, 15)
    assert _ok(dialog).isEnabled()
