"""From the window: the pocket programme of a trip on the paper chosen, and its
programme saved as calendar events (the file dialog answered by the test)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from intzaken.services.places import sync_countries
from intzaken.store.database import open_database
from intzaken.ui.reports_page import ReportsPage
from intzaken.ui.workspace import Workspace

from .briefing_mission import build_full_mission


def _mission_file(path: Path):
    database = open_database(path, create=True)
    with database.sessions() as session, session.begin():
        sync_countries(session)
        mission = build_full_mission(session)
    return database, mission


@pytest.fixture
def window_database(tmp_path: Path) -> Path:
    """The main window (conftest's `window`) opens a file with the full mission."""
    path = tmp_path / "venster.sqlite"
    database, _mission = _mission_file(path)
    database.close()
    return path


@pytest.fixture
def page(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    database, mission = _mission_file(tmp_path / "missie.sqlite")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    workspace = Workspace(today=lambda: dt.date(2026, 12, 3))
    workspace.set_database(database)
    reports = ReportsPage(workspace)
    qtbot.addWidget(reports)
    reports.show()
    yield reports, mission
    workspace.close()


def test_pocket_programme_two_up_from_the_reports_page(qtbot, page) -> None:
    reports, mission = page
    reports.select_kind("programme")
    assert reports.paper.isVisible() and reports.calendar_button.isVisible()
    reports.paper.setCurrentIndex(reports.paper.findData("two-up"))
    reports.prepare_programme(mission.trip_id)
    qtbot.waitUntil(lambda: reports.last_pdf is not None, timeout=30000)
    assert reports.last_pdf.name == f"zakprogramma-{mission.trip_id}.pdf"
    first = PdfReader(reports.last_pdf).pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)
    reports.select_kind("annual")
    assert not reports.paper.isVisible() and not reports.calendar_button.isVisible()


def test_programme_saved_as_calendar(
    qtbot, page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports, mission = page
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    reports.select_kind("briefing")
    reports._fill_trips()
    reports.trip.setValue(mission.trip_id)
    assert reports.save_calendar() == target
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 5
    assert "agenda.ics" in reports.status.text()


def test_menu_actions_on_the_selected_trip(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports menu: the pocket programme of the selected trip, and its programme as a
    calendar."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    said: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **kwargs: said.append(args[2]))
    trips = window.show_page("trips")
    actions = window.window_actions
    assert trips.select_id(2)  # the mission (1 is the earlier visit, 3 the bare trip)
    window.update_actions()
    assert actions.programme_action.isEnabled() and actions.calendar_action.isEnabled()
    trip_id = trips.current_id()
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    actions.calendar_action.trigger()
    assert target.exists(), said
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert bool(events) or said == [
        "De reis heeft nog geen programma; de agenda bevat geen afspraken."
    ]
    actions.programme_action.trigger()
    reports = window.show_page("reports")
    assert reports.kind() == "programme" and reports.trip.value() == trip_id
    qtbot.waitUntil(lambda: reports.last_pdf is not None, timeout=30000)
    assert reports.last_pdf.name == f"zakprogramma-{trip_id}.pdf"
