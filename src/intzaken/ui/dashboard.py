"""The "Overzicht" page: what is coming, what is due or expires, which relations went
quiet, and where the money and CO2 stand in a year the user can pick.

The data is gathered by Qt-free services in one reading session per refresh, on a worker
thread (dashboard_figures.py), and only plain values reach the widgets. On any file and
any date the page has something to show: the year of the figures starts at the current
year when it has trips, else at the most recent year with trips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QWidget,
)

from ..domain.labels import label
from ..formatting import long_date, money
from ..services.horizons import Horizons
from ..services.outlook import (
    DormantRelation,
    DueFollowUp,
    ExpiringAgreement,
    UpcomingTrip,
    months_later,
    years_earlier,
)
from ..services.plausibility import Finding
from .charts import BudgetChart
from .dashboard_figures import DashboardData, gather
from .dashboard_panels import Card, FiguresPanel, ListPanel, Row, muted
from .page_reader import PageReader
from .settings import Settings
from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

UPCOMING_LIMIT = 10
READINESS_COLUMN = 7  # of the upcoming trips: hidden when every trip is ready
LIST_ROWS = 6  # rows a side-by-side list shows before it scrolls


class DashboardPage(QWidget):
    """The overview page. Refreshes itself when a file opens or a register changes."""

    open_record = Signal(str, int)  # register, record id
    refreshed = Signal()  # the panels show the file as it is now

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setAccessibleName(self.tr("Overview"))
        self._chosen_year: int | None = None  # None: the default year of the file
        self.reader = PageReader(self, workspace, self._reading, self._show)
        workspace.opened.connect(self._file_opened)
        self._build()

    def horizons(self) -> Horizons:
        return self.settings.horizons() if self.settings is not None else Horizons()

    def _build(self) -> None:
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year of the figures and the budget"))
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.activated.connect(self._year_picked)
        year_caption = QLabel(self.tr("&Year of the figures and the budget:"))
        year_caption.setBuddy(self.year)
        self.today_label = muted(QLabel())
        top = QHBoxLayout()
        top.addWidget(self.today_label)
        top.addStretch(1)
        top.addWidget(year_caption)
        top.addWidget(self.year)

        self.figures = FiguresPanel(self.tr("Costs and CO2 of trips"))
        self.upcoming = ListPanel(
            self.tr("Upcoming trips"),
            [
                self.tr("When"),
                self.tr("Trip"),
                self.tr("Destination"),
                self.tr("Led by"),
                self.tr("Status"),
                self.tr("Departure"),
                # A planned trip's amounts are what it is expected to cost.
                self.tr("Estimated costs"),
                # What services/readiness.py still misses; the tooltip lists it.
                self.tr("To fill in"),
            ],
            self.tr("Upcoming trips"),
            stretch_column=1,
            visible_rows=UPCOMING_LIMIT,
        )
        self.follow_ups = ListPanel(
            self.tr("Follow-up actions due"),
            [self.tr("Due"), self.tr("Action"), self.tr("Trip")],
            self.tr("Follow-up actions due"),
            stretch_column=1,
            visible_rows=LIST_ROWS,
        )
        # The action and its trip share the width: both are free text of any length.
        self.follow_ups.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.agreements = ListPanel(
            self.tr("Agreements expiring"),
            [self.tr("Agreement"), self.tr("Valid until"), self.tr("Expires")],
            self.tr("Expiring agreements"),
            stretch_column=0,
            visible_rows=LIST_ROWS,
        )
        self.dormant = ListPanel(
            self.tr("Relations without contact"),
            [self.tr("Relation"), self.tr("Status"), self.tr("Last contact")],
            self.tr("Relations without contact"),
            stretch_column=0,
            visible_rows=LIST_ROWS,
        )
        self.deadlines = ListPanel(
            self.tr("Deadlines of EU projects"),
            [self.tr("Date"), self.tr("Project"), self.tr("What")],
            self.tr("Deadlines of EU projects"),
            stretch_column=1,
            visible_rows=LIST_ROWS,
        )
        self.findings = ListPanel(
            self.tr("Points to check"),
            [self.tr("Subject"), self.tr("Finding")],
            self.tr("Points to check"),
            stretch_column=1,
            visible_rows=10,
        )
        self.findings.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for panel in (
            self.upcoming,
            self.follow_ups,
            self.agreements,
            self.dormant,
            self.deadlines,
            self.findings,
        ):
            panel.activated.connect(self.open_record)
        self.budget_box = Card()
        self.budget_chart = BudgetChart()
        self.budget_box.body.addWidget(self.budget_chart)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setSpacing(12)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.upcoming, 1, 0, 1, 2)
        grid.addWidget(self.follow_ups, 2, 0)
        grid.addWidget(self.agreements, 2, 1)
        grid.addWidget(self.dormant, 3, 0)
        grid.addWidget(self.figures, 3, 1)
        grid.addWidget(self.deadlines, 4, 0, 1, 2)
        grid.addWidget(self.budget_box, 5, 0, 1, 2)
        grid.addWidget(self.findings, 6, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)
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
        if self.reader.stale:
            self.refresh()

    def _file_opened(self) -> None:
        self._chosen_year = None  # another file: start at its own default year
        self.reader.schedule()

    def _year_picked(self, index: int) -> None:
        self._chosen_year = self.year.itemData(index)
        self.refresh()

    def refresh(self) -> None:
        """Read everything again, in one session off the GUI thread, then redraw."""
        has_file = self.reader.read()
        self._pages.setCurrentIndex(0 if has_file else 1)

    def _reading(self) -> Callable[[Session], DashboardData]:
        today, year, horizons = self.workspace.today(), self._chosen_year, self.horizons()
        return lambda session: gather(session, today, year, horizons)

    def _show(self, data: DashboardData) -> None:
        self.today_label.setText(self.tr("Situation on {date}").format(date=long_date(data.today)))
        self._show_years(data)
        year = data.year
        if data.budget and not any(bar.budget or bar.used for bar in data.budget):
            # Amounts not known and nothing booked: bars of nothing would draw an axis
            # around € 0 that means nothing.
            self.budget_chart.set_bars(
                [],
                self.tr(
                    "The budget lines of {year} have no known amount yet and nothing is "
                    "spent or committed on them."
                ).format(year=year),
            )
        else:
            self.budget_chart.set_bars(
                data.budget,
                self.tr(
                    "There are no budget lines for {year} yet. Add them under Budget to see "
                    "here how much is spent and committed."
                ).format(year=year),
            )
        self.budget_box.set_title(self.tr("Budget use {year}").format(year=year))
        self._show_upcoming(data)
        self._show_follow_ups(data.follow_ups, data)
        self._show_agreements(data.agreements, data)
        self._show_dormant(data.dormant, data)
        self._show_deadlines(data)
        self.figures.set_figures(data.figures)
        self.figures.set_policy(data.policy)
        self._show_findings(data.findings)
        self.refreshed.emit()

    def _show_years(self, data: DashboardData) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for year in data.years.years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(data.year))
        self.year.blockSignals(False)

    def _days_text(self, days: int) -> str:
        """A day relative to today, for what falls due or expires."""
        if days < -1:
            return self.tr("%n day(s) ago", "", -days)
        if days == -1:
            return self.tr("yesterday")
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in %n day(s)", "", days)

    def _departure_text(self, trip: UpcomingTrip) -> str:
        if trip.under_way:
            return self.tr("under way")
        if trip.month_only and trip.days_to_departure > 0:
            # Only the month is known: it leaves on its first day at the earliest.
            return self.tr("in at least %n day(s)", "", trip.days_to_departure)
        return self._days_text(trip.days_to_departure)

    def _show_upcoming(self, data: DashboardData) -> None:
        trips = data.upcoming
        shown, rest = trips[:UPCOMING_LIMIT], len(trips) - UPCOMING_LIMIT
        footer = self.tr("and %n more trip(s)", "", rest) if rest > 0 else ""
        until = months_later(data.today, data.horizons.upcoming_months)
        self.upcoming.set_title(
            self.tr("Upcoming trips until {date}").format(date=long_date(until))
        )
        readiness = data.readiness
        rows = []
        for t in shown:
            missing = readiness.get(t.trip_id, [])
            cells = (
                t.when,
                t.title,
                t.destinations,
                t.lead,
                label(t.status),
                self._departure_text(t),
                self._estimate_text(t),
                self._readiness_text(missing),
            )
            # The checklist itself in the last cell's tooltip; the others show their text.
            rows.append(Row(cells, "trips", t.trip_id, tips=(*cells[:-1], "\n".join(missing))))
        self.upcoming.set_rows(
            rows,
            self.tr("No planned or approved trip starts by {date}.").format(date=long_date(until)),
            footer,
        )
        self.upcoming.tree.setColumnHidden(READINESS_COLUMN, not any(readiness.values()))

    def _estimate_text(self, trip: UpcomingTrip) -> str:
        # No amount entered yet is not € 0: say so.
        if trip.estimated_costs is None:
            return self.tr("no estimate yet")
        return money(trip.estimated_costs)

    def _readiness_text(self, items: list[str]) -> str:
        if not items:
            return self.tr("ready")
        return self.tr("%n point(s)", "", len(items))

    def _show_follow_ups(self, follow_ups: list[DueFollowUp], data: DashboardData) -> None:
        until = data.today + dt.timedelta(days=data.horizons.follow_up_days)
        self.follow_ups.set_title(
            self.tr("Follow-up actions due by {date}").format(date=long_date(until))
        )
        rows = [
            Row(
                (self._days_text(f.days_left), f.description, f.trip_title),
                "trips",
                f.trip_id,
                warning=f.days_left < 0,
                tips=(long_date(f.due),),
            )
            for f in follow_ups
        ]
        self.follow_ups.set_rows(
            rows,
            self.tr("No open follow-up action is due by {date}.").format(date=long_date(until)),
        )

    def _show_agreements(self, agreements: list[ExpiringAgreement], data: DashboardData) -> None:
        until = months_later(data.today, data.horizons.expiry_months)
        self.agreements.set_title(
            self.tr("Agreements expiring by {date}").format(date=long_date(until))
        )
        rows = [
            Row(
                (a.title, long_date(a.valid_until), self._expiry_text(a.days_left)),
                "agreements",
                a.agreement_id,
                warning=a.days_left < 0,
            )
            for a in agreements
        ]
        self.agreements.set_rows(
            rows,
            self.tr("No active agreement expires by {date}.").format(date=long_date(until)),
        )

    def _show_deadlines(self, data: DashboardData) -> None:
        until = months_later(data.today, data.horizons.expiry_months)
        self.deadlines.set_title(
            self.tr("Deadlines of EU projects by {date}").format(date=long_date(until))
        )
        rows = [
            Row((long_date(d.due), d.project, d.what), "projects", d.project_id)
            for d in data.deadlines
        ]
        self.deadlines.set_rows(
            rows,
            self.tr("No call deadline or report of an EU project falls by {date}.").format(
                date=long_date(until)
            ),
        )

    def _expiry_text(self, days_left: int) -> str:
        if days_left < -1:
            return self.tr("expired %n day(s) ago", "", -days_left)
        if days_left == -1:
            return self.tr("expired yesterday")
        return self._days_text(days_left)

    def _show_dormant(self, dormant: list[DormantRelation], data: DashboardData) -> None:
        since = years_earlier(data.today, data.horizons.dormant_years)
        self.dormant.set_title(
            self.tr("Relations without contact since {date}").format(date=long_date(since))
        )
        rows = [
            Row(
                (
                    d.name,
                    label(d.status),
                    long_date(d.last_contact) if d.last_contact else self.tr("none recorded"),
                ),
                "relations",
                d.relation_id,
            )
            for d in dormant
        ]
        self.dormant.set_rows(
            rows,
            self.tr("Every relation has had a trip, an event or an agreement since {date}.").format(
                date=long_date(since)
            )
            if data.relations
            else self.tr("There are no relations yet: add them under Relations."),
        )

    def _show_findings(self, findings: list[Finding]) -> None:
        rows = [Row((f.subject, f.message), f.register, f.record_id) for f in findings]
        self.findings.set_rows(rows, self.tr("Nothing to check: the figures look plausible."))
        self.findings.tree.resizeColumnToContents(0)
        # A long subject must not push the message out of sight.
        header = self.findings.tree.header()
        header.resizeSection(0, min(header.sectionSize(0), 420))
