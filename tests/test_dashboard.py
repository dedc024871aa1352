"""The overview page on the demo databases, offscreen, with a pinned today."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from intzaken.domain.enums import AgreementStatus, DatePrecision, TripStatus
from intzaken.domain.labels import label
from intzaken.domain.models import Agreement, BudgetLine
from intzaken.formatting import long_date, money, month_year, tonnes
from intzaken.services.budget import BudgetEntryData, add_budget_entry
from intzaken.services.data import FollowUpData
from intzaken.services.horizons import Horizons
from intzaken.services.outlook import dormant_relations
from intzaken.services.plausibility import plausibility_findings
from intzaken.services.snapshots import trip_data
from intzaken.services.trips import delete_trip, list_trips, update_trip
from intzaken.services.year_figures import difference_text
from intzaken.store.database import open_database
from intzaken.ui import dashboard
from intzaken.ui.charts import OVERRUN_COLOUR
from intzaken.ui.dashboard import READINESS_COLUMN, DashboardPage
from intzaken.ui.dashboard_figures import gather
from intzaken.ui.page_reader import REFRESH_DELAY_MS
from intzaken.ui.preferences_dialog import OverviewPreferencesDialog
from intzaken.ui.settings import Settings
from intzaken.ui.workspace import Workspace

ROTTERDAM_TODAY = dt.date(2025, 1, 15)  # the 2025 trips are still ahead
GRONINGEN_TODAY = dt.date(2022, 6, 1)  # Groningen has budget lines for 2021-2024


@pytest.fixture
def open_workspace(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> Iterator[Callable[[str | None, dt.date], Workspace]]:
    workspaces: list[Workspace] = []

    def make(profile: str | None, today: dt.date) -> Workspace:
        path = demo_copy(profile) if profile is not None else tmp_path / "empty.sqlite"
        workspace = Workspace(today=lambda: today)
        workspace.set_database(open_database(path, create=profile is None))
        workspaces.append(workspace)
        return workspace

    yield make
    for workspace in workspaces:
        workspace.close()


def shown_page(qtbot, workspace: Workspace, settings: Settings | None = None) -> DashboardPage:
    page = DashboardPage(workspace, settings=settings)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.show()  # a shown page refreshes itself, off the GUI thread
    qtbot.waitExposed(page)
    return page


def double_click(qtbot, tree, item) -> None:
    # A double click on an item view counts only after a press on the same item, as a
    # real mouse makes; QTest's double click alone lacks that first press.
    position = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)


def column(tree, index: int) -> list[str]:
    return [tree.topLevelItem(row).text(index) for row in range(tree.topLevelItemCount())]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_upcoming_trips_are_listed_soonest_first(qtbot, open_workspace, settings) -> None:
    settings.set_horizons(Horizons(upcoming_months=12))
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    page = shown_page(qtbot, workspace, settings)
    with workspace.reading() as session:
        expected = [
            t
            for t in list_trips(session)
            if t.status in (TripStatus.PLANNED, TripStatus.APPROVED)
            and t.end_date
            and t.end_date >= ROTTERDAM_TODAY
            and t.start_date
            and t.start_date <= dt.date(2026, 1, 15)  # within the twelve months asked
        ]
        expected.sort(key=lambda t: (t.start_date, t.id))
        titles = [t.title for t in expected]
        statuses = [label(t.status) for t in expected]
        month_trip = next(t for t in expected if t.date_precision is DatePrecision.MONTH)
        month_row, month_text = expected.index(month_trip), month_year(month_trip.start_date)
    tree = page.upcoming.tree
    assert len(titles) == 7
    assert column(tree, 1) == titles
    # A trip known by its month shows only the month.
    assert column(tree, 0)[month_row] == month_text
    assert all(column(tree, 2)) and all(column(tree, 3))  # destinations and leader
    assert column(tree, 4) == statuses
    # Only the month is known: the trip leaves on 1 June 2025 at the earliest.
    assert column(tree, 5)[0] == "in at least 137 days"
    assert page.upcoming.footer.isHidden()
    assert page.upcoming.title.text() == "Upcoming trips until 15 januari 2026"
    # The planned trips of 2025 have no programme yet: each has its checklist.
    assert not tree.isColumnHidden(READINESS_COLUMN)
    assert all(
        text.endswith(("punt", "punten", "point", "points"))
        for text in column(tree, READINESS_COLUMN)
    )


def test_upcoming_trips_show_their_estimated_costs_where_entered(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    with workspace.writing("trips") as session:
        first = list_trips(session, 2025)[0]  # the demo's plans have no amounts yet
        data = trip_data(first)
        data.travel_and_stay, data.other_costs = Decimal("3150.00"), Decimal("250.00")
        update_trip(session, first.id, data)
        title = first.title
    page = shown_page(qtbot, workspace)
    tree = page.upcoming.tree
    estimates = column(tree, 6)
    assert estimates[column(tree, 1).index(title)] == money(Decimal("3400.00"))
    # The others have no amount at all: unknown, not € 0.
    assert estimates.count("no estimate yet") == len(estimates) - 1 > 0


def test_upcoming_trips_keep_to_the_horizon(qtbot, open_workspace) -> None:
    # Six months from 15 January: the June trips and those of July (from 1 July).
    page = shown_page(qtbot, open_workspace("rotterdam", ROTTERDAM_TODAY))
    assert page.upcoming.tree.topLevelItemCount() == 5
    assert page.upcoming.title.text() == "Upcoming trips until 15 juli 2025"


def test_upcoming_trips_beyond_the_limit_are_counted(qtbot, open_workspace, monkeypatch) -> None:
    monkeypatch.setattr(dashboard, "UPCOMING_LIMIT", 3)
    page = shown_page(qtbot, open_workspace("rotterdam", ROTTERDAM_TODAY))
    assert page.upcoming.tree.topLevelItemCount() == 3
    assert page.upcoming.footer.text() == "and 2 more trips"


def test_expiring_and_expired_agreements(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    page = shown_page(qtbot, workspace)
    assert page.agreements.tree.topLevelItemCount() == 0
    assert "15 juli 2025" in page.agreements.empty.text()
    with workspace.writing("agreements") as session:
        first, second, third, fourth = session.scalars(
            select(Agreement).order_by(Agreement.id)
        ).all()[:4]
        first.valid_until = ROTTERDAM_TODAY + dt.timedelta(days=30)
        second.valid_until = ROTTERDAM_TODAY - dt.timedelta(days=10)  # still active: flag
        third.valid_until = dt.date(2025, 8, 1)  # beyond six months
        fourth.valid_until = ROTTERDAM_TODAY - dt.timedelta(days=3)
        fourth.status = AgreementStatus.EXPIRED  # already dealt with
        titles = [second.title, first.title]
    qtbot.waitUntil(lambda: page.agreements.tree.topLevelItemCount() == 2)
    tree = page.agreements.tree
    assert column(tree, 0) == titles
    assert column(tree, 1) == ["5 januari 2025", "14 februari 2025"]
    assert column(tree, 2) == ["expired 10 days ago", "in 30 days"]
    assert tree.topLevelItem(0).foreground(0).color() == QColor(OVERRUN_COLOUR)
    assert tree.topLevelItem(1).foreground(0).color() != QColor(OVERRUN_COLOUR)


def test_six_months_ahead_keeps_to_the_month_end() -> None:
    assert dashboard.months_later(dt.date(2024, 8, 31), 6) == dt.date(2025, 2, 28)
    assert dashboard.months_later(dt.date(2025, 1, 15), 6) == dt.date(2025, 7, 15)
    assert dashboard.months_later(dt.date(2025, 9, 30), 6) == dt.date(2026, 3, 30)


def test_budget_chart_has_one_bar_per_line(qtbot, open_workspace) -> None:
    workspace = open_workspace("groningen", GRONINGEN_TODAY)
    page = shown_page(qtbot, workspace)
    chart = page.budget_chart
    qtbot.waitUntil(lambda: chart.figure is not None)
    with workspace.reading() as session:
        names = list(
            session.scalars(
                select(BudgetLine.name)
                .where(BudgetLine.year == 2022)
                .order_by(BudgetLine.code, BudgetLine.name)
            )
        )
    assert len(names) == 6
    assert [bar.name for bar in chart.bars] == names
    axes = chart.figure.axes[0]
    bars = {container.patches[0].get_gid(): container for container in axes.containers}
    assert set(bars) == {"budget", "spent", "committed", "overrun"}
    assert all(len(container) == len(names) for container in bars.values())
    assert [p.get_width() for p in bars["budget"]][:2] == [75000.0, 100000.0]
    assert page.budget_box.title.text() == "Budget use 2022"
    # Every amount beside the bars in Dutch notation.
    labels = [text.get_text() for text in axes.texts]
    # The EU office's two halves, example bookings of the demo: the line used up exactly.
    assert labels[0] == (
        f"{money(Decimal(75000), whole=True)} of {money(Decimal(75000), whole=True)} (100%)"
    )


def test_budget_chart_shows_an_overrun_in_the_warning_colour(qtbot, open_workspace) -> None:
    workspace = open_workspace("groningen", GRONINGEN_TODAY)
    page = shown_page(qtbot, workspace)
    chart = page.budget_chart
    qtbot.waitUntil(lambda: chart.figure is not None)
    with workspace.writing("budget") as session:
        line = session.scalars(
            select(BudgetLine).where(
                BudgetLine.year == 2022, BudgetLine.amount == Decimal("10000.00")
            )
        ).one()
        add_budget_entry(
            session,
            line.id,
            BudgetEntryData("expense", dt.date(2022, 3, 1), "Reis", Decimal("12500.00")),
        )
        row = [b.name for b in chart.bars].index(line.name)
    # The demo's example booking of 1.800 plus this one.
    qtbot.waitUntil(lambda: chart.bars[row].spent == Decimal("14300.00"))
    qtbot.waitUntil(lambda: chart.figure.axes[0].texts[row].get_text().endswith("(143%)"))
    axes = chart.figure.axes[0]
    overrun = next(c for c in axes.containers if c.patches[0].get_gid() == "overrun")
    assert [p.get_width() for p in overrun].count(0) == 5
    assert overrun[row].get_width() == 4300.0
    assert axes.texts[row].get_color() == OVERRUN_COLOUR


def test_figures_match_a_direct_computation(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    page = shown_page(qtbot, workspace)
    with workspace.reading() as session:
        trips = list_trips(session)
        done_2024 = [t for t in trips if t.status is TripStatus.DONE and t.start_date.year == 2024]
        planned_2025 = [
            t
            for t in trips
            if t.start_date
            and t.start_date.year == 2025
            and t.status in (TripStatus.PLANNED, TripStatus.APPROVED)
        ]
        costs = sum((t.total_costs for t in done_2024), Decimal(0))
        co2 = sum((t.co2_tonnes or Decimal(0) for t in done_2024), Decimal(0))
        # No planned trip of the demo has an amount yet: unknown, not € 0.
        assert all(t.travel_and_stay is None for t in planned_2025)
        so_far_2024 = [t for t in done_2024 if t.start_date <= dt.date(2024, 1, 15)]
    # 2025 has only just begun: compared with 2024 up to the same day, not all of 2024.
    headers = [label.text() for label in page.figures._headers]
    assert headers == [
        "2024\nto 15 januari\ndone",
        "2025\nto 15 januari\ndone",
        "Difference",
        "2025\nplanned\n(estimated)",
    ]
    assert page.figures.period.text() == (
        "The same period of both years: trips made from 1 January to 15 januari 2025 "
        "against those from 1 January to 15 januari 2024."
    )
    cells = {key: [label.text() for label in labels] for key, labels in page.figures.cells.items()}
    assert cells["trips"] == [
        str(len(so_far_2024)),
        "0",
        difference_text(0, len(so_far_2024), "count"),
        "7",
    ]
    assert cells["costs"][3] == "onbekend"
    # The 2024 trips all have their figures; the planned ones none, and the page says so.
    assert page.figures.missing.isVisibleTo(page)
    assert page.figures.missing.text() == (
        f"2025 planned (estimated): {len(planned_2025)} reizen zonder bedrag; "
        f"{len(planned_2025)} reizen zonder CO₂-opgave; "
        f"{len(planned_2025)} reizen zonder CO₂-compensatie."
    )
    # A year gone by is compared whole.
    years = [page.year.itemText(i) for i in range(page.year.count())]
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.year.setCurrentIndex(years.index("2024"))
        page.year.activated.emit(years.index("2024"))
    assert [label.text() for label in page.figures._headers][1] == "2024\ndone"
    assert not page.figures.period.isVisibleTo(page)
    cells = {key: [label.text() for label in labels] for key, labels in page.figures.cells.items()}
    assert cells["costs"][1] == money(costs) == "€\xa0131.240,54"  # the 2024 trips report's total
    assert cells["co2"][1] == tonnes(co2)
    assert cells["trips"][1] == "32"


def test_findings_are_listed_and_open_their_record(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    page = shown_page(qtbot, workspace)
    with workspace.reading() as session:
        findings = plausibility_findings(session, ROTTERDAM_TODAY)
    tree = page.findings.tree
    assert column(tree, 0) == [f.subject for f in findings]
    assert column(tree, 1) == [f.message for f in findings]
    item = tree.topLevelItem(1)
    tree.scrollToItem(item)
    with qtbot.waitSignal(page.open_record) as signal:
        double_click(qtbot, tree, item)
    assert signal.args == [findings[1].register, findings[1].record_id]
    # Enter opens the current record too (keyboard users).
    agreement = next(i for i, f in enumerate(findings) if f.register == "agreements")
    tree.setCurrentItem(tree.topLevelItem(agreement))
    with qtbot.waitSignal(page.open_record) as signal:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert signal.args == ["agreements", findings[agreement].record_id]


def test_upcoming_trip_opens_on_double_click(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    page = shown_page(qtbot, workspace)
    first_id = trip_ids_2025(workspace)[0]
    tree = page.upcoming.tree
    with qtbot.waitSignal(page.open_record) as signal:
        double_click(qtbot, tree, tree.topLevelItem(0))
    assert signal.args == ["trips", first_id]


def test_a_burst_of_changes_refreshes_once(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    page = shown_page(qtbot, workspace)
    refreshes = []
    original = page.refresh
    page.refresh = lambda: (refreshes.append(1), original())  # type: ignore[method-assign]
    for trip_id in trip_ids_2025(workspace)[:2]:
        with workspace.writing("trips") as session:
            delete_trip(session, trip_id)
    qtbot.waitUntil(lambda: page.upcoming.tree.topLevelItemCount() == 3)
    qtbot.wait(REFRESH_DELAY_MS * 2)
    assert refreshes == [1]


def trip_ids_2025(workspace: Workspace) -> list[int]:
    with workspace.reading() as session:
        return [t.id for t in list_trips(session, 2025)]


def test_a_hidden_page_catches_up_when_shown(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", ROTTERDAM_TODAY)
    page = shown_page(qtbot, workspace)
    page.hide()
    trip_id = trip_ids_2025(workspace)[0]
    with workspace.writing("trips") as session:
        delete_trip(session, trip_id)
    qtbot.wait(REFRESH_DELAY_MS * 2)
    assert page.upcoming.tree.topLevelItemCount() == 5  # hidden: not redrawn yet
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.show()
    assert page.upcoming.tree.topLevelItemCount() == 4


def test_an_empty_database_says_so_kindly(qtbot, open_workspace) -> None:
    page = shown_page(qtbot, open_workspace(None, ROTTERDAM_TODAY))
    assert page.upcoming.empty.isVisible()
    assert page.upcoming.empty.text() == ("No planned or approved trip starts by 15 juli 2025.")
    assert page.follow_ups.empty.text() == ("No open follow-up action is due by 29 januari 2025.")
    assert page.dormant.empty.text() == "There are no relations yet: add them under Relations."
    assert [page.year.itemText(i) for i in range(page.year.count())] == ["2025"]
    assert page.agreements.empty.text() == ("No active agreement expires by 15 juli 2025.")
    assert page.findings.empty.text() == "Nothing to check: the figures look plausible."
    assert page.budget_chart.message.startswith("There are no budget lines for 2025 yet.")
    assert page.budget_chart.figure is None
    assert [label.text() for label in page.figures.cells["trips"]] == ["0", "0", "gelijk", "0"]


def test_without_a_database_the_page_says_so(qtbot) -> None:
    page = DashboardPage(Workspace())
    qtbot.addWidget(page)
    page.show()
    assert page._no_database.isVisible()


def test_the_page_does_not_load_matplotlib_before_the_chart_is_drawn() -> None:
    # matplotlib costs ~0.4 s at start-up; the window must show first. A fresh process,
    # since other tests in this one have drawn charts.
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from intzaken.ui.dashboard import DashboardPage; from intzaken.ui.workspace "
        "import Workspace; DashboardPage(Workspace()); "
        "sys.exit('matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


LATER_TODAY = dt.date(2026, 6, 1)  # every Rotterdam trip lies in the past


def test_the_year_starts_at_the_latest_year_with_trips_and_can_be_picked(
    qtbot, open_workspace
) -> None:
    workspace = open_workspace("rotterdam", LATER_TODAY)
    page = shown_page(qtbot, workspace)
    years = [page.year.itemText(i) for i in range(page.year.count())]
    # 2027: the demo's example mission (tests write the demo on 3 December 2026).
    assert years[:4] == ["2027", "2026", "2025", "2024"]
    # 2026 has no trips and 2025 only planned ones: the last year with trips made.
    assert page.year.currentText() == "2024"
    assert [label.text() for label in page.figures.cells["trips"]][1] == "32"
    assert page.budget_box.title.text() == "Budget use 2024"
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.year.setCurrentIndex(years.index("2025"))
        page.year.activated.emit(years.index("2025"))
    headers = [label.text() for label in page.figures._headers]
    assert headers[:2] == ["2024\ndone", "2025\ndone"]  # a year gone by: not "so far"
    assert [label.text() for label in page.figures.cells["trips"]] == [
        "32",
        "0",
        "\u221232 minder",
        "7",
    ]
    # 2025's line has no amount and its planned trips none either: a sentence, no chart
    # of nothing.
    assert page.budget_chart.message.startswith("The budget lines of 2025 have no known amount")
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.year.setCurrentIndex(years.index("2024"))
        page.year.activated.emit(years.index("2024"))
    assert page.year.currentText() == "2024"
    # A change elsewhere keeps the picked year.
    with workspace.writing("trips") as session:
        delete_trip(session, trip_ids_2025(workspace)[0])
    qtbot.waitUntil(lambda: page.figures.cells["trips"][0].text() == "0")
    assert page.year.currentText() == "2024"


def add_follow_ups(workspace: Workspace) -> tuple[int, int]:
    """An overdue and a due follow-up on two Rotterdam trips; their trip ids."""
    with workspace.writing("trips") as session:
        trips = list_trips(session, 2025)
        for trip, follow_up in zip(
            trips[:2],
            (
                FollowUpData("Verslag aan de raad", LATER_TODAY - dt.timedelta(days=3)),
                FollowUpData("Offerte delen", LATER_TODAY + dt.timedelta(days=5)),
            ),
            strict=True,
        ):
            data = trip_data(trip)
            data.follow_ups = [follow_up, FollowUpData("Al klaar", LATER_TODAY, done=True)]
            update_trip(session, trip.id, data)
        return trips[0].id, trips[1].id


def test_follow_ups_due_are_listed_and_open_their_trip(qtbot, open_workspace) -> None:
    workspace = open_workspace("rotterdam", LATER_TODAY)
    overdue_trip, due_trip = add_follow_ups(workspace)
    page = shown_page(qtbot, workspace)
    tree = page.follow_ups.tree
    assert column(tree, 0) == ["3 days ago", "in 5 days"]
    assert column(tree, 1) == ["Verslag aan de raad", "Offerte delen"]
    assert tree.topLevelItem(0).foreground(0).color() == QColor(OVERRUN_COLOUR)
    assert tree.topLevelItem(1).foreground(0).color() != QColor(OVERRUN_COLOUR)
    assert tree.topLevelItem(0).toolTip(0) == "29 mei 2026"
    with qtbot.waitSignal(page.open_record) as signal:
        double_click(qtbot, tree, tree.topLevelItem(1))
    assert signal.args == ["trips", due_trip]
    tree.setCurrentItem(tree.topLevelItem(0))
    with qtbot.waitSignal(page.open_record) as signal:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert signal.args == ["trips", overdue_trip]


def test_dormant_relations_follow_the_setting_and_open_on_enter(
    qtbot, open_workspace, settings
) -> None:
    workspace = open_workspace("rotterdam", LATER_TODAY)
    page = shown_page(qtbot, workspace, settings)
    with workspace.reading() as session:
        dormant = dormant_relations(session, LATER_TODAY, 3)
        longer = dormant_relations(session, LATER_TODAY, 1)
    assert page.dormant.title.text() == "Relations without contact since 1 juni 2023"
    assert column(page.dormant.tree, 0) == [d.name for d in dormant]
    assert len(longer) > len(dormant) > 0
    settings.set_horizons(Horizons(dormant_years=1))
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    tree = page.dormant.tree
    assert column(tree, 0) == [d.name for d in longer]
    last = longer[-1]
    assert column(tree, 2)[-1] == long_date(last.last_contact)
    tree.setCurrentItem(tree.topLevelItem(len(longer) - 1))
    with qtbot.waitSignal(page.open_record) as signal:
        qtbot.keyClick(tree, Qt.Key.Key_Enter)
    assert signal.args == ["relations", last.relation_id]


def test_the_example_mission_shows_what_is_still_to_fill_in(qtbot, open_workspace) -> None:
    # Tests write the demo on 3 December 2026 (conftest.DEMO_WRITTEN): the mission leaves in
    # January, and the travel advice checked the day before must be looked at again.
    page = shown_page(qtbot, open_workspace("rotterdam", dt.date(2026, 12, 4)))
    tree = page.upcoming.tree
    row = next(i for i, title in enumerate(column(tree, 1)) if "Vervolgmissie" in title)
    assert not tree.isColumnHidden(READINESS_COLUMN)
    assert column(tree, READINESS_COLUMN)[row] in ("1 punt", "1 point")
    tip = tree.topLevelItem(row).toolTip(READINESS_COLUMN).lower()
    assert "reisadvies" in tip or "travel advice" in tip


def test_a_ready_trip_says_so_and_no_checklist_hides_the_column(qtbot, open_workspace) -> None:
    page = shown_page(qtbot, open_workspace("rotterdam", ROTTERDAM_TODAY))
    data = page_data(page)
    first = data.upcoming[0].trip_id
    page._show_upcoming(replace(data, readiness={first: ["Geen hotel."]}))
    tree = page.upcoming.tree
    assert not tree.isColumnHidden(READINESS_COLUMN)
    assert column(tree, READINESS_COLUMN)[0] in ("1 punt", "1 point")
    assert set(column(tree, READINESS_COLUMN)[1:]) <= {"gereed", "ready"}
    page._show_upcoming(replace(data, readiness={}))
    assert tree.isColumnHidden(READINESS_COLUMN)


def page_data(page: DashboardPage):
    with page.workspace.reading() as session:
        return gather(session, page.workspace.today(), None, page.horizons())


def test_overview_settings_are_stored_with_the_preferences(qtbot, settings) -> None:
    assert settings.horizons() == Horizons()  # dormant after 3 years by default
    dialog = OverviewPreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.spins["dormant_years"].value() == 3
    dialog.spins["dormant_years"].setValue(5)
    dialog.spins["expiry_months"].setValue(12)
    dialog.accept()
    assert settings.horizons() == Horizons(dormant_years=5, expiry_months=12)
    dialog = OverviewPreferencesDialog(settings)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert settings.horizons().dormant_years == 5  # cancelled: kept
    settings._s.setValue("preferences/overview/dormant_years", "many")
    assert settings.horizons().dormant_years == 3  # edited by hand: the default


DEMO_DAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("profile", "year", "used", "budget"),
    [
        # The 2024 trips report's total, on a line whose budget no source gives.
        ("rotterdam", 2024, Decimal("131240.54"), None),
        # The example bookings of 2023 on the agenda's line, budget not known either.
        ("almere", 2023, Decimal("13000.00"), None),
        # The IWCN line of 2024: its budget from the source, example bookings.
        ("groningen", 2024, Decimal("100000.00"), Decimal("100000.00")),
    ],
)
def test_every_demo_shows_budget_use(qtbot, open_workspace, profile, year, used, budget) -> None:
    page = shown_page(qtbot, open_workspace(profile, DEMO_DAY))
    chart = page.budget_chart
    if page.year.currentData() != year:
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            index = page.year.findData(year)
            page.year.setCurrentIndex(index)
            page.year.activated.emit(index)
    qtbot.waitUntil(lambda: chart.figure is not None, timeout=30000)  # matplotlib's import
    bar = max(chart.bars, key=lambda b: b.used)
    assert (bar.used, bar.budget) == (used, budget)
    texts = [text.get_text() for text in chart.figure.axes[0].texts]
    if budget is None:
        assert f"{money(used, whole=True)} of a budget not known" in texts
        assert bar.overrun == 0  # a budget not known is never overrun
    assert page.budget_box.title.text() == f"Budget use {year}"


def test_both_totals_are_named_on_the_dashboard(qtbot, open_workspace) -> None:
    # Once every Rotterdam trip lies in the past the overview shows 2024 whole.
    page = shown_page(qtbot, open_workspace("rotterdam", LATER_TODAY))
    assert page.year.currentText() == "2024"
    cells = {key: [label.text() for label in labels] for key, labels in page.figures.cells.items()}
    # The council report's total (travel and stay plus other costs), and the total with
    # the CO2 offset, each on its own named row.
    assert cells["council_costs"][1] == "€\xa0130.001,00"
    assert cells["costs"][1] == "€\xa0131.240,54"
    labels = [
        w.text()
        for w in page.figures.findChildren(QLabel)
        if w.text().startswith(("Costs in the council", "Total costs incl"))
    ]
    assert len(labels) == 2
