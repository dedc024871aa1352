"""The "Kalender" page: the trips of a month or a year as bars over their days, with the
deadlines of follow-up actions, a legend, and the same items as a list that a keyboard
and a screen reader go through as easily as a table.

The data is one Qt-free service call (services/trip_calendar.py) on a worker thread; the
page opens at today's month (Workspace.today) and, when that is empty, offers to go to
the nearest trip before or after it: an archive or a demo dated years back opens on
something to see in one step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ...domain.labels import label
from ...formatting import long_date, month_year
from ...services.trip_calendar import CalendarPeriod, calendar_period, month_bounds
from ..dashboard_panels import ListPanel, Row, muted
from ..page_reader import PageReader
from ..workspace import Workspace
from .layout import View, lay_out, period_start, shift
from .style import DEADLINE_DONE, DEADLINE_OPEN, SIGNS, Legend, project_sign
from .view import CalendarView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LIST_ROWS = 8


class CalendarPage(QWidget):
    open_record = Signal(str, int)  # register, record id
    refreshed = Signal()  # the calendar shows the period as the file has it now

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Calendar"))
        self.view_kind = View.MONTH
        self.first = period_start(View.MONTH, workspace.today())
        self.period: CalendarPeriod | None = None
        self.reader = PageReader(self, workspace, self._reading, self._show)
        workspace.opened.connect(self._file_opened)
        self._build()

    def _build(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title.setFont(font)
        self.month_button = QPushButton(self.tr("&Month"))
        self.year_button = QPushButton(self.tr("&Year"))
        views = QButtonGroup(self)
        for button, kind in ((self.month_button, View.MONTH), (self.year_button, View.YEAR)):
            button.setCheckable(True)
            views.addButton(button)
            button.clicked.connect(lambda _=False, k=kind: self.show_view(k))
        self.month_button.setChecked(True)
        for keys, slot in (
            ("Alt+Left", lambda: self.turn(-1)),
            ("Alt+Right", lambda: self.turn(1)),
            ("Alt+Home", self.go_to_today),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.previous_button.setToolTip(self.tr("Previous month or year (Alt+Left, Page Up)"))
        self.next_button.setToolTip(self.tr("Next month or year (Alt+Right, Page Down)"))
        self.today_button.setToolTip(self.tr("The month or year of today (Alt+Home)"))
        top = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.month_button)
        top.addWidget(self.year_button)

        # When the period holds nothing: where the nearest trips are, one click away.
        self.empty = muted(QLabel())
        self.empty.setWordWrap(True)
        self.earlier_button = QPushButton()
        self.later_button = QPushButton()
        self.earlier_button.clicked.connect(
            lambda: self._go_to_trip(self.period.previous_trip if self.period else None)
        )
        self.later_button.clicked.connect(
            lambda: self._go_to_trip(self.period.next_trip if self.period else None)
        )
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.earlier_button)
        empty_row.addWidget(self.later_button)

        self.calendar = CalendarView()
        self.calendar.open_trip.connect(lambda trip_id: self.open_record.emit("trips", trip_id))
        self.calendar.open_project.connect(
            lambda project_id: self.open_record.emit("projects", project_id)
        )
        self.calendar.turn.connect(self.turn)
        self.place_label = muted(QLabel())  # what the keyboard is on, in words
        self.place_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.calendar.current_changed.connect(self.place_label.setText)
        self.calendar_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.calendar)
        scroll.setFocusProxy(self.calendar)
        self.items = ListPanel(
            "",
            [
                self.tr("When"),
                self.tr("Trip, action or project"),
                self.tr("Status"),
                self.tr("Destination"),
            ],
            self.tr("Trips, deadlines and project dates in this period"),
            stretch_column=1,
            visible_rows=LIST_ROWS,
        )
        self.items.activated.connect(self.open_record)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(Legend())
        column.addLayout(empty_row)
        column.addWidget(scroll, 10)
        column.addWidget(self.place_label)
        column.addWidget(self.items)
        # Room left below a month that needs less than the window (see _show).
        column.addStretch(1)
        self._column = column
        self._no_database = QLabel(self.tr("No database is open."))
        self._no_database.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(content)
        self._pages.addWidget(self._no_database)
        self._show_empty(False)

    # --- moving about ------------------------------------------------------------------------
    def turn(self, steps: int) -> None:
        """To the previous (-1) or next (+1) month or year."""
        self.first = shift(self.view_kind, self.first, steps)
        self.refresh()

    def go_to_today(self) -> None:
        self.first = period_start(self.view_kind, self.workspace.today())
        self.refresh()

    def show_view(self, kind: View) -> None:
        """Month or year view, of the period the current one is in (or starts)."""
        if kind is View.MONTH and self.view_kind is View.YEAR:
            today = self.workspace.today()
            # Into a year: its month of today when it is this year, else January.
            self.first = today.replace(day=1) if today.year == self.first.year else self.first
        self.view_kind = kind
        self.first = period_start(kind, self.first)
        (self.month_button if kind is View.MONTH else self.year_button).setChecked(True)
        self.refresh()

    def _go_to_trip(self, day: dt.date | None) -> None:
        if day is not None:
            self.first = period_start(self.view_kind, day)
            self.refresh()

    def period_bounds(self) -> tuple[dt.date, dt.date]:
        if self.view_kind is View.YEAR:
            return self.first, dt.date(self.first.year, 12, 31)
        return month_bounds(self.first.year, self.first.month)

    # --- refreshing ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.reader.stale:
            self.refresh()

    def _file_opened(self) -> None:
        self.first = period_start(self.view_kind, self.workspace.today())
        self.reader.schedule()

    def refresh(self) -> None:
        """Read the period again off the GUI thread, then redraw."""
        has_file = self.reader.read()
        self._pages.setCurrentIndex(0 if has_file else 1)
        self.title.setText(self._period_name())

    def _reading(self) -> Callable[[Session], CalendarPeriod]:
        first, last = self.period_bounds()
        return lambda session: calendar_period(session, first, last)

    def _period_name(self) -> str:
        return str(self.first.year) if self.view_kind is View.YEAR else month_year(self.first)

    def _show(self, period: CalendarPeriod) -> None:
        self.period = period
        today = self.workspace.today()
        self.calendar.set_layout(lay_out(period, self.view_kind), self.view_kind, today)
        # No taller than the calendar: a month of few trips leaves the room to the list.
        self.calendar_area.setMaximumHeight(self.calendar.sizeHint().height() + 2)
        # A year wants every pixel for its twelve rows; below a month, the room left
        # stays empty rather than stretching the list into a tall empty card.
        self._column.setStretch(self._column.count() - 1, 0 if self.view_kind is View.YEAR else 1)
        self.place_label.clear()
        self._show_list(period)
        self._show_empty(period.empty)
        self.refreshed.emit()

    def _show_empty(self, empty: bool) -> None:
        period = self.period
        self.empty.setVisible(empty)
        earlier = period.previous_trip if empty and period is not None else None
        later = period.next_trip if empty and period is not None else None
        self.empty.setText(
            self.tr("No trip, follow-up deadline or EU project date in {period}.").format(
                period=self._period_name()
            )
        )
        for button, day, text in (
            (self.earlier_button, earlier, self.tr("Latest trip before: {when}")),
            (self.later_button, later, self.tr("Next trip: {when}")),
        ):
            button.setVisible(day is not None)
            if day is not None:
                button.setText(text.format(when=month_year(day)))

    def _show_list(self, period: CalendarPeriod) -> None:
        dated: list[tuple[dt.date, int, Row]] = []
        for trip in period.trips:
            cells = (
                trip.when,
                f"{SIGNS[trip.status]} {trip.title}",
                label(trip.status),
                trip.destinations,
            )
            dated.append((trip.start, 0, Row(cells, "trips", trip.trip_id)))
        for deadline in period.deadlines:
            sign = DEADLINE_DONE if deadline.done else DEADLINE_OPEN
            cells = (
                long_date(deadline.due),
                self.tr("{sign} {action} (follow-up of {trip})").format(
                    sign=sign, action=deadline.description, trip=deadline.trip_title
                ),
                self.tr("action done") if deadline.done else self.tr("action due"),
                "",
            )
            dated.append((deadline.due, 1, Row(cells, "trips", deadline.trip_id)))
        for project in period.project_dates:
            cells = (
                long_date(project.due),
                self.tr("{sign} {what}: EU project {project}").format(
                    sign=project_sign(project.open), what=project.what, project=project.project
                ),
                label(project.status),
                "",
            )
            dated.append((project.due, 2, Row(cells, "projects", project.project_id)))
        dated.sort(key=lambda entry: (entry[0], entry[1]))
        self.items.set_title(self.tr("In {period}").format(period=self._period_name()))
        self.items.set_rows(
            [row for _day, _kind, row in dated],
            self.tr("Nothing in {period}.").format(period=self._period_name()),
        )
