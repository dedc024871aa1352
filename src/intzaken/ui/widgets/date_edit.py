"""A date field that can be empty, takes typed Dutch dates and offers a calendar.

A line edit rather than QDateEdit: QDateEdit cannot be empty without a sentinel date that
leaks into its calendar and its arrow keys, and it does not take "27 jan 2024". Being one
widget (the calendar and clear buttons are actions inside it), it also works as the editor
of a table cell, see rows_delegate.py.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from ...formatting import period_start, short_date
from ...parsing import DAY, parse_date, parse_month, parse_period
from .icons import calendar_icon
from .parsed_edit import ParsedLineEdit


class OptionalDateEdit(ParsedLineEdit):
    """value() -> date | None, setValue(date | None), error() -> str, valueChanged().

    Keyboard: type a date; Up/Down a day later/earlier, Page Up/Down a month; Alt+Down or F4
    opens the calendar; select all and Delete (or the clear button) empties the field.
    """

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        super().__init__(parent, accessible_name=accessible_name)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.calendar_action = QAction(calendar_icon(), self.tr("Choose from calendar"), self)
        self.calendar_action.setToolTip(self.tr("Choose from calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        # Room for "27-01-2024", the clear button and the calendar button.
        self.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("00-00-00000") + 3 * self.fontMetrics().height()
        )
        self._calendar: QCalendarWidget | None = None

    def value(self) -> dt.date | None:
        return self._value

    def _parse(self, text: str) -> dt.date | None:
        return parse_date(text)

    def _format(self, value: dt.date) -> str:
        return short_date(value)

    def show_calendar(self) -> None:
        if self._calendar is None:
            # A child of this field (though a separate popup window), so that a table's
            # delegate sees focus in the calendar as focus still in its editor.
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            # Dutch like the rest of the interface, whatever the system's language.
            self._calendar.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        current = self._value or dt.date.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._calendar.adjustSize()
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, chosen: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self._set_by_user(dt.date(chosen.year(), chosen.month(), chosen.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _set_by_user(self, value: dt.date) -> None:
        self.setValue(value)
        self.valueChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
            return
        steps: dict[int, int] = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
        months: dict[int, int] = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}
        if not self._error and (key in steps or key in months):
            current = self._value or dt.date.today()
            if key in steps:
                self._set_by_user(current + dt.timedelta(days=steps[key]))
            else:
                moved = QDate(current.year, current.month, current.day).addMonths(months[key])
                self._set_by_user(dt.date(moved.year(), moved.month(), moved.day()))
            return
        super().keyPressEvent(event)


class PeriodEdit(OptionalDateEdit):
    """A date that may be known only by its month or year (a trip): takes everything
    OptionalDateEdit takes, and "oktober 2016", "06-2025", "2016-10" or "2016" as well.

    value() is the first day of what was typed; precision() says how it was typed ("day",
    "month" or "year", the values of DatePrecision). A month or year typed by the user is
    announced with precisionTyped, so the form can set its precision; the form in turn
    sets the precision the value is shown in (setPrecision).
    """

    precisionTyped = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        self._typed_precision = DAY
        self._shown_precision = DAY
        super().__init__(parent, accessible_name=accessible_name)
        self.setPlaceholderText(self.tr("dd-mm-yyyy, mm-yyyy or yyyy"))
        self.valueChanged.connect(self._announce)

    def precision(self) -> str:
        return self._typed_precision

    def setPrecision(self, precision: str) -> None:
        """Show the value as precisely as `precision` (it is kept as typed otherwise)."""
        if precision == self._shown_precision:
            return
        self._shown_precision = precision
        if not self.error() and self._value is not None:
            self.setValue(self._value)

    def _parse(self, text: str) -> dt.date | None:
        period = parse_period(text)
        self._typed_precision = DAY if period is None else period.precision
        return None if period is None else period.first

    def _format(self, value: dt.date) -> str:
        return period_start(value, self._shown_precision)

    def _announce(self) -> None:
        # Qt emits textEdited (and so valueChanged) before textChanged, which reads the
        # text: read it now, so the precision announced is that of the text as it is.
        self._read(self.text())
        if not self.error() and self._value is not None and self._typed_precision != DAY:
            # Shown as typed on leaving ("10-2016" as "oktober 2016"), also without a form.
            self._shown_precision = self._typed_precision
            self.precisionTyped.emit(self._typed_precision)


class MonthEdit(OptionalDateEdit):
    """A month, typed as people write it ("06-2025", "juni 2025", "2025-06") or chosen in
    the calendar (any day of it); value() is its first day. Up/Down a month later or
    earlier, Page Up/Down a year. Replaces QDateEdit's "MM-yyyy", which took only the
    arrow keys."""

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        super().__init__(parent, accessible_name=accessible_name)
        self.setPlaceholderText(self.tr("mm-yyyy"))

    def _parse(self, text: str) -> dt.date | None:
        return parse_month(text)

    def problem(self) -> str:
        """Why no month can be read here (empty counts: a report needs its months)."""
        if self._error or self._value is not None:
            return self._error
        return self.tr("fill in a month, for example 06-2025")

    def _format(self, value: dt.date) -> str:
        # In figures, as the placeholder says: a month's name would be Dutch in an English
        # window (the fields keep one notation, which the parser reads back).
        return f"{value.month:02d}-{value.year}"

    def _set_by_user(self, value: dt.date) -> None:
        super()._set_by_user(value.replace(day=1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        months: dict[int, int] = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 12,
            Qt.Key.Key_PageDown: -12,
        }
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if not alt and not self._error and event.key() in months:
            current = self._value or dt.date.today().replace(day=1)
            moved = QDate(current.year, current.month, 1).addMonths(months[event.key()])
            self._set_by_user(dt.date(moved.year(), moved.month(), 1))
            return
        super().keyPressEvent(event)
