"""The "Overzicht" page: what is coming, what expires, where the money and CO2 stand.

The figures are gathered in plain functions (no Qt, dashboard_figures.py) inside one
reading session per refresh and turned into display text there, so no widget ever touches
a detached record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..formatting import change, long_date, money, tonnes
from ..services.budget import budget_use
from ..services.plausibility import Finding, plausibility_findings
from ..store.server_limits import allow_long_work
from .background import Progress, Task
from .charts import OVERRUN_COLOUR, BudgetBar, BudgetChart, budget_bars
from .dashboard_figures import (
    EXPIRY_MONTHS,
    UPCOMING_LIMIT,
    ExpiringAgreement,
    UpcomingTrip,
    YearComparison,
    expiring_agreements,
    months_later,
    upcoming_trips,
    year_comparison,
)
from .workspace import Workspace

REFRESH_DELAY_MS = 150  # a burst of saves (an import, undo of several steps) redraws once


# --- widgets ----------------------------------------------------------------------------


def _muted(label: QLabel) -> QLabel:
    """Secondary text: the text colour mixed towards the background, readable in any theme."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    palette.setColor(
        QPalette.ColorRole.WindowText,
        QColor(
            *(
                round(t * 0.6 + b * 0.4)
                for t, b in zip(
                    (text.red(), text.green(), text.blue()),
                    (base.red(), base.green(), base.blue()),
                    strict=True,
                )
            )
        ),
    )
    label.setPalette(palette)
    return label


class _Card(QFrame):
    """A titled panel on the page: a light surface with a thin border, like a report tile."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.setObjectName("card")
        # Scoped to this object name so the lists and labels inside keep their own look.
        self.setStyleSheet(
            "QFrame#card { background: palette(base); "
            "border: 1px solid palette(midlight); border-radius: 6px; }"
        )
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(8)
        self.body.addWidget(self.title)

    def set_title(self, title: str) -> None:
        self.title.setText(title)


@dataclass(frozen=True)
class _Row:
    cells: tuple[str, ...]
    register: str
    record_id: int
    warning: bool = False


class _ListPanel(_Card):
    """A titled list of records; says `empty_text` instead of showing an empty list."""

    activated = Signal(str, int)

    def __init__(
        self,
        title: str,
        headers: list[str],
        accessible_name: str,
        stretch_column: int,
        visible_rows: int,
    ) -> None:
        super().__init__(title)
        self._visible_rows = visible_rows
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(accessible_name)
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        # A little air between rows: the default is dense for editing, not for reading.
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 4px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch_column
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        # Double-click and Enter both "activate" an item; one signal, so one emission.
        self.tree.itemActivated.connect(self._activate)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        _muted(self.empty)
        self.footer = _muted(QLabel())
        self.footer.hide()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.tree)
        self._stack.addWidget(self.empty)
        self.body.addWidget(self._stack)
        self.body.addWidget(self.footer)
        self.body.addStretch(1)

    def set_rows(self, rows: list[_Row], empty_text: str, footer: str = "") -> None:
        self.tree.clear()
        warning = QBrush(QColor(OVERRUN_COLOUR))
        for row in rows:
            item = QTreeWidgetItem(list(row.cells))
            item.setData(0, Qt.ItemDataRole.UserRole, (row.register, row.record_id))
            for column, text in enumerate(row.cells):
                item.setToolTip(column, text)  # the full text where a column elides it
                if row.warning:
                    item.setForeground(column, warning)
            self.tree.addTopLevelItem(item)
        self.empty.setText(empty_text)
        self._stack.setCurrentWidget(self.tree if rows else self.empty)
        self.footer.setText(footer)
        self.footer.setVisible(bool(footer))
        self._fit(len(rows))

    def _fit(self, count: int) -> None:
        """As tall as its rows up to `visible_rows`, so short lists leave no blank block."""
        if not count:
            self._stack.setFixedHeight(self.empty.sizeHint().height() + 8)
            return
        rows = min(count, self._visible_rows)
        row_height = self.tree.sizeHintForRow(0)
        frame = 2 * self.tree.frameWidth()
        self._stack.setFixedHeight(
            self.tree.header().sizeHint().height() + rows * row_height + frame
        )

    def _activate(self, item: QTreeWidgetItem, _column: int) -> None:
        register, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.activated.emit(register, record_id)


class _FiguresPanel(_Card):
    """Costs, CO2 and trips of this year so far against last year, plus what is planned."""

    ROWS = ("costs", "co2", "trips")

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(6)
        self._headers = [QLabel() for _ in range(4)]
        for column, label in enumerate(self._headers, start=1):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            _muted(label)
            self._grid.addWidget(label, 0, column)
        names = (self.tr("Costs"), self.tr("CO2 (tonnes)"), self.tr("Trips"))
        self.cells: dict[str, list[QLabel]] = {}
        for row, (key, name) in enumerate(zip(self.ROWS, names, strict=True), start=1):
            self._grid.addWidget(QLabel(name), row, 0)
            self.cells[key] = []
            for column in range(1, 5):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._grid.addWidget(cell, row, column)
                self.cells[key].append(cell)
        self._grid.setColumnStretch(0, 1)
        note = QLabel(
            self.tr(
                "Trips count in the year they start. Costs are travel and stay, "
                "other costs and CO2 offset together."
            )
        )
        note.setWordWrap(True)
        _muted(note)
        self.body.addLayout(self._grid)
        self.body.addWidget(note)
        self.body.addStretch(1)

    def set_figures(self, figures: YearComparison) -> None:
        year = figures.year
        header_texts = (
            self.tr("{year}\ndone").format(year=year - 1),
            self.tr("{year} so far\ndone").format(year=year),
            self.tr("Difference"),
            self.tr("{year}\nplanned").format(year=year),
        )
        for label, text in zip(self._headers, header_texts, strict=True):
            label.setText(text)
        last, this, planned = (
            figures.done_last_year,
            figures.done_this_year,
            figures.planned_this_year,
        )
        values = {
            "costs": (
                money(last.costs),
                money(this.costs),
                change(this.costs - last.costs),
                money(planned.costs),
            ),
            "co2": (
                tonnes(last.co2),
                tonnes(this.co2),
                change(this.co2 - last.co2, "tonnes"),
                tonnes(planned.co2),
            ),
            "trips": (
                str(last.trips),
                str(this.trips),
                change(this.trips - last.trips, "count"),
                str(planned.trips),
            ),
        }
        for key, texts in values.items():
            for cell, text in zip(self.cells[key], texts, strict=True):
                cell.setText(text)


@dataclass(frozen=True)
class DashboardData:
    """Everything the page shows, read in one session."""

    today: dt.date
    upcoming: list[UpcomingTrip]
    agreements: list[ExpiringAgreement]
    figures: YearComparison
    findings: list[Finding]
    budget: list[BudgetBar]


class DashboardPage(QWidget):
    """The overview page. Refreshes itself when a file opens or a register changes."""

    open_record = Signal(str, int)  # register, record id
    refreshed = Signal()  # the panels show the file as it is now

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Overview"))
        self._stale = True
        self._task: Task | None = None
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_when_shown)
        workspace.opened.connect(self._schedule_refresh)
        workspace.changed.connect(self._schedule_refresh)
        self._build()

    def _build(self) -> None:
        self.figures = _FiguresPanel(self.tr("Costs and CO2 of trips"))
        self.upcoming = _ListPanel(
            self.tr("Upcoming trips"),
            [self.tr("When"), self.tr("Trip"), self.tr("Destination"), self.tr("Led by")],
            self.tr("Upcoming trips"),
            stretch_column=1,
            visible_rows=UPCOMING_LIMIT,
        )
        self.agreements = _ListPanel(
            self.tr("Agreements expiring within six months"),
            [self.tr("Agreement"), self.tr("Valid until"), self.tr("Expires")],
            self.tr("Expiring agreements"),
            stretch_column=0,
            visible_rows=6,
        )
        self.findings = _ListPanel(
            self.tr("Points to check"),
            [self.tr("Subject"), self.tr("Finding")],
            self.tr("Points to check"),
            stretch_column=1,
            visible_rows=10,
        )
        self.findings.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for panel in (self.upcoming, self.agreements, self.findings):
            panel.activated.connect(self.open_record)
        self.budget_box = _Card()
        self.budget_chart = BudgetChart()
        self.budget_box.body.addWidget(self.budget_chart)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setSpacing(12)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.addWidget(self.upcoming, 0, 0, 1, 2)
        grid.addWidget(self.figures, 1, 0)
        grid.addWidget(self.agreements, 1, 1)
        grid.addWidget(self.budget_box, 2, 0, 1, 2)
        grid.addWidget(self.findings, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self._no_database = QLabel(self.tr("No database is open."))
        self._no_database.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(scroll)
        self._pages.addWidget(self._no_database)

    # --- refreshing ----------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _schedule_refresh(self, _register: str = "") -> None:
        # Every register feeds some panel, so any change counts; the timer restarts on
        # each signal and fires once the burst is over.
        self._timer.start()

    def _refresh_when_shown(self) -> None:
        # A hidden page only notes that it is out of date; it catches up when shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read everything again, in one session off the GUI thread, then redraw."""
        self._timer.stop()
        self._stale = False
        if self._task is not None:
            self._task.cancel()
            self._task = None
        database = self.workspace.database
        if database is None:
            self._pages.setCurrentWidget(self._no_database)
            return
        self._pages.setCurrentIndex(0)
        today = self.workspace.today()

        def gather(progress: Progress) -> DashboardData:
            # Plain values only: they cross to the GUI thread after the session is gone.
            with allow_long_work(database.sessions()) as session:
                try:
                    return DashboardData(
                        today,
                        upcoming_trips(session, today),
                        expiring_agreements(session, today),
                        year_comparison(session, today.year),
                        # The trips of the last year and the planned ones: an archive of
                        # decades would bury the points that still matter.
                        plausibility_findings(
                            session, today, trips_since=today - dt.timedelta(days=365)
                        ),
                        budget_bars(budget_use(session, today.year)),
                    )
                finally:
                    session.rollback()

        task = Task(gather)
        task.succeeded.connect(self._show)
        self._task = task
        task.start()

    def _show(self, data: DashboardData) -> None:
        if self.sender() is not self._task:
            return  # overtaken by a newer refresh
        self._task = None
        year = data.today.year
        self.budget_chart.set_bars(
            data.budget,
            self.tr(
                "There are no budget lines for {year} yet. Add them under Budget to see "
                "here how much is spent and committed."
            ).format(year=year),
        )
        self.budget_box.set_title(self.tr("Budget use {year}").format(year=year))
        self._show_upcoming(data.upcoming)
        self._show_agreements(data.agreements, data.today)
        self.figures.set_figures(data.figures)
        self._show_findings(data.findings)
        self.refreshed.emit()

    def _show_upcoming(self, trips: list[UpcomingTrip]) -> None:
        shown, rest = trips[:UPCOMING_LIMIT], len(trips) - UPCOMING_LIMIT
        footer = ""
        if rest == 1:
            footer = self.tr("and 1 more trip")
        elif rest > 1:
            footer = self.tr("and {count} more trips").format(count=rest)
        self.upcoming.set_rows(
            [_Row((t.when, t.title, t.destinations, t.lead), "trips", t.trip_id) for t in shown],
            self.tr("No planned or approved trips from today on."),
            footer,
        )

    def _expiry_text(self, days_left: int) -> str:
        if days_left < -1:
            return self.tr("expired {days} days ago").format(days=-days_left)
        if days_left == -1:
            return self.tr("expired yesterday")
        if days_left == 0:
            return self.tr("today")
        if days_left == 1:
            return self.tr("tomorrow")
        return self.tr("in {days} days").format(days=days_left)

    def _show_agreements(self, agreements: list[ExpiringAgreement], today: dt.date) -> None:
        rows = [
            _Row(
                (a.title, long_date(a.valid_until), self._expiry_text(a.days_left)),
                "agreements",
                a.agreement_id,
                warning=a.days_left < 0,
            )
            for a in agreements
        ]
        self.agreements.set_rows(
            rows,
            self.tr("No active agreement expires before {date}.").format(
                date=long_date(months_later(today, EXPIRY_MONTHS))
            ),
        )

    def _show_findings(self, findings: list[Finding]) -> None:
        rows = [_Row((f.subject, f.message), f.register, f.record_id) for f in findings]
        self.findings.set_rows(rows, self.tr("Nothing to check: the figures look plausible."))
        self.findings.tree.resizeColumnToContents(0)
        # A long subject must not push the message out of sight.
        header = self.findings.tree.header()
        header.resizeSection(0, min(header.sectionSize(0), 420))
