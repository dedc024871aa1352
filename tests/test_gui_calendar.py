"""The calendar page (ui/calendar/) on the Rotterdam demo, offscreen, with a pinned today:
what a month and a year show, moving about with buttons and keys, and opening a trip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from intzaken.domain.models import Trip
from intzaken.formatting import month_year
from intzaken.services.data import FollowUpData, ProjectData
from intzaken.services.projects import create_project
from intzaken.services.snapshots import trip_data
from intzaken.services.trip_calendar import month_calendar
from intzaken.services.trips import update_trip
from intzaken.store.database import open_database
from intzaken.ui.calendar.page import CalendarPage
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.workspace import Workspace

NOVEMBER_2024 = dt.date(2024, 11, 12)  # five Rotterdam trips that month, all made
URBAN20 = 30  # the demo's Urban20 Mayors Summit, 14 to 20 November 2024


@pytest.fixture
def open_page(
    qtbot, demo_copy: Callable[[str], Path]
) -> Iterator[Callable[[dt.date], CalendarPage]]:  # noqa: ANN001
    workspaces: list[Workspace] = []

    def make(today: dt.date) -> CalendarPage:
        workspace = Workspace(today=lambda: today)
        workspace.set_database(open_database(demo_copy("rotterdam")))
        workspaces.append(workspace)
        page = CalendarPage(workspace)
        qtbot.addWidget(page)
        page.resize(1090, 740)
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            page.show()
        qtbot.waitExposed(page)
        return page

    yield make
    for workspace in workspaces:
        workspace.close()


def listed(page: CalendarPage) -> list[str]:
    tree = page.items.tree
    return [tree.topLevelItem(row).text(1) for row in range(tree.topLevelItemCount())]


def bars(page: CalendarPage) -> list[str]:
    return [hit.trip.title for hit in page.calendar.hits if hit.trip is not None]


def test_the_page_opens_on_the_month_of_today_with_every_trip_as_a_bar(qtbot, open_page) -> None:  # noqa: ANN001
    page = open_page(NOVEMBER_2024)
    assert page.title.text() == "november 2024"
    with page.workspace.reading() as session:
        expected = [t.title for t in month_calendar(session, 2024, 11).trips]
    assert len(expected) == 5
    assert sorted(bars(page)) == sorted(expected)
    # Status in words and by sign, not by colour alone: in the list and when hovering.
    assert listed(page)[0] == "✓ Kennis ophalen voor nieuwe stadsbrug"
    assert page.items.tree.topLevelItem(0).text(2) == "uitgevoerd"
    urban20 = next(h for h in page.calendar.hits if h.trip_id == URBAN20)
    assert urban20.text == (
        "✓ Deelname Urban20 Mayors Summit · 14 t/m 20 november 2024 · uitgevoerd · "
        "Rio de Janeiro, São Paulo"
    )
    # A bar runs over its days: 14 to 20 November is seven day columns wide.
    width = page.calendar._column_width()
    assert round(urban20.rect.width() + 2) == round(7 * width)
    assert not page.empty.isVisible()


def test_previous_next_and_today_move_by_month_and_by_year(qtbot, open_page) -> None:  # noqa: ANN001
    page = open_page(NOVEMBER_2024)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "december 2024"
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "oktober 2024"
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "november 2024"
    # The keyboard: Page Down in the calendar, Alt+Left anywhere on the page.
    page.calendar.setFocus()
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.keyClick(page.calendar, Qt.Key.Key_PageDown)
    assert page.title.text() == "december 2024"
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.keyClick(page.calendar, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.title.text() == "november 2024"

    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.year_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "2024"
    assert len(page.calendar.layout_.rows) == 12
    assert "Deelname Urban20 Mayors Summit" in bars(page)
    assert page.items.title.text() == "In 2024"
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "2025"
    # 2025's trips are known only by their month: hatched bars that say so.
    june = page.calendar.layout_.rows[5]
    assert june.pieces and all(p.first_column == 0 and p.last_column == 29 for p in june.pieces)
    assert any(h.text.endswith("juni 2025 · voorgenomen · Oslo") for h in page.calendar.hits)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "januari 2025"


def test_an_empty_month_points_to_the_nearest_trips(qtbot, open_page) -> None:  # noqa: ANN001
    page = open_page(dt.date(2026, 12, 4))  # long after the demo's trips, before its mission
    assert page.title.text() == "december 2026"
    assert page.empty.isVisible() and bars(page) == []
    assert page.earlier_button.text() == "Latest trip before: september 2025"
    # The demo's example mission lies a few weeks after the day the demo was written.
    assert page.period.next_trip > dt.date(2026, 12, 31)
    assert page.later_button.text() == f"Next trip: {month_year(page.period.next_trip)}"
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.earlier_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "september 2025"
    assert not page.empty.isVisible() and bars(page)


def test_deadlines_show_as_markers_and_the_keyboard_opens_their_trip(qtbot, open_page) -> None:  # noqa: ANN001
    page = open_page(NOVEMBER_2024)
    with page.workspace.writing("trips") as session:
        data = trip_data(session.get(Trip, URBAN20))
        data.follow_ups = [
            FollowUpData("Verslag aan de raad", dt.date(2024, 11, 28)),
            FollowUpData("Bedankbrief", dt.date(2024, 11, 21), done=True),
        ]
        update_trip(session, URBAN20, data)
    qtbot.waitUntil(lambda: len(listed(page)) == 7, timeout=10000)
    assert "◆ Verslag aan de raad (follow-up of Deelname Urban20 Mayors Summit)" in listed(page)
    deadlines = [h for h in page.calendar.hits if h.deadline is not None]
    assert [(h.deadline.description, h.deadline.done) for h in deadlines] == [
        ("Bedankbrief", True),
        ("Verslag aan de raad", False),
    ]
    assert deadlines[1].text.startswith("◆ Verslag aan de raad: due 28 november 2024 (open)")

    # Arrows go from item to item in reading order; Enter opens the trip.
    page.calendar.setFocus()
    opened: list[tuple[str, int]] = []
    page.open_record.connect(lambda register, record: opened.append((register, record)))
    for _ in range(page.calendar.hits.index(deadlines[1]) + 1):
        qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    assert page.place_label.text() == deadlines[1].text
    qtbot.keyClick(page.calendar, Qt.Key.Key_Return)
    assert opened == [("trips", URBAN20)]
    # A double click on a bar, and Enter in the list, do the same.
    bar = next(h for h in page.calendar.hits if h.trip is not None and h.trip_id != URBAN20)
    qtbot.mouseDClick(page.calendar, Qt.MouseButton.LeftButton, pos=bar.rect.center().toPoint())
    assert opened[-1] == ("trips", bar.trip_id)
    page.items.tree.setCurrentItem(page.items.tree.topLevelItem(0))
    page.items.tree.setFocus()
    qtbot.keyClick(page.items.tree, Qt.Key.Key_Return)
    assert len(opened) == 3


def test_the_window_has_a_calendar_page_whose_trip_opens_in_its_form(qtbot, window) -> None:  # noqa: ANN001
    assert window.navigation.item(8).text() == "Kalender"
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    qtbot.waitUntil(lambda: page.period is not None, timeout=10000)
    if not page.calendar.hits:  # the pinned today of the window tests may fall in a gap
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            (
                page.earlier_button if page.earlier_button.isVisibleTo(page) else page.later_button
            ).click()
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    trip_id = page.calendar.hits[0].trip_id
    qtbot.keyClick(page.calendar, Qt.Key.Key_Enter)
    qtbot.waitUntil(
        lambda: any(
            f.isVisible() and f.record_id == trip_id for f in window.findChildren(RecordForm)
        )
    )


def test_an_eu_project_date_is_a_square_that_opens_the_project(qtbot, open_page) -> None:  # noqa: ANN001
    page = open_page(NOVEMBER_2024)
    with page.workspace.writing("projects") as session:
        project = create_project(
            session,
            ProjectData(
                name="Circulaire havens",
                funding_programme="interreg",
                role="lead",
                status="application",
                call_deadline=dt.date(2024, 11, 20),  # the day Urban20 ends
                start_date=dt.date(2025, 3, 1),
            ),
        ).id
    qtbot.waitUntil(lambda: len(listed(page)) == 6, timeout=10000)
    assert "■ deadline oproep: EU project Circulaire havens" in listed(page)
    squares = [h for h in page.calendar.hits if h.project is not None]
    assert len(squares) == 1
    square = squares[0]
    assert square.text == (
        "■ deadline oproep of EU project Circulaire havens: 20 november 2024 (aanvraag)"
    )
    assert square.register == "projects"
    # On its day, in the strip above the bars, apart from any diamond there.
    assert page.calendar.hit_at(square.rect.center()) == page.calendar.hits.index(square)

    opened: list[tuple[str, int]] = []
    page.open_record.connect(lambda register, record: opened.append((register, record)))
    page.calendar.setFocus()
    for _ in range(page.calendar.hits.index(square) + 1):
        qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    assert page.place_label.text() == square.text
    qtbot.keyClick(page.calendar, Qt.Key.Key_Return)
    qtbot.mouseDClick(page.calendar, Qt.MouseButton.LeftButton, pos=square.rect.center().toPoint())
    assert opened == [("projects", project), ("projects", project)]
