"""The Reports page makes a real PDF off the GUI thread, and Ctrl+P makes a trip card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from intzaken.services.outlook import planned_period
from intzaken.store.database import open_database
from intzaken.ui.reports_page import ReportsPage
from intzaken.ui.workspace import Workspace


@pytest.fixture
def reports(qtbot, demo_copy: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch):
    path = demo_copy("rotterdam")
    opened: list[str] = []
    # The system's PDF viewer is not started in tests; record what it would have shown.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    workspace = Workspace(today=lambda: dt.date(2025, 1, 15))
    workspace.set_database(open_database(path))
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    yield page, opened
    workspace.close()


def test_annual_overview_made_in_the_background(qtbot, reports) -> None:
    page, opened = reports
    page.select_kind("annual")
    page.year.setValue(2024)
    assert page.year.isVisible() and not page.trip.isVisible()
    page.make()
    # Its trips' findings first (test_gui_preflight.py), then made all the same.
    qtbot.waitUntil(
        lambda: page.preflight is not None and page.preflight.isVisible(), timeout=30000
    )
    page.preflight.make_button.click()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(page.last_pdf).pages)
    assert "Jaaroverzicht" in text or "jaaroverzicht" in text
    assert opened == [str(page.last_pdf)]
    assert page.save_button.isEnabled()


def test_trip_card_for_the_selected_trip(qtbot, reports) -> None:
    page, _ = reports
    trip_id = page.trip.key_at(1)
    page.prepare_trip_report(trip_id)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    assert page.last_pdf.name == f"reiskaart-{trip_id}.pdf"
    assert len(PdfReader(page.last_pdf).pages) == 1


def test_a_report_without_data_says_why(qtbot, reports) -> None:
    page, _ = reports
    page.select_kind("budget")
    page.year.setValue(2019)  # no budget lines that year
    page.make()
    qtbot.waitUntil(lambda: page._task is None, timeout=30000)
    assert page.last_pdf is None
    assert "begrotingsposten" in page.status.text().lower()


def test_a_report_in_english_from_the_page(qtbot, reports) -> None:
    page, _ = reports
    assert page.language.currentData() == "nl"  # Dutch unless chosen
    page.select_kind("relations")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.make()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    assert page.last_pdf.name == "relations-and-networks.pdf"
    text = "".join(p.extract_text() for p in PdfReader(page.last_pdf).pages)
    assert "International networks" in text and "Internationale netwerken" not in text
    assert "Relaties en netwerken" in page.kinds.currentItem().text()  # the window stays Dutch


def later_page(qtbot, demo_copy: Callable[[str], Path], profile: str) -> ReportsPage:
    workspace = Workspace(today=lambda: dt.date(2026, 12, 3))  # the demo's trips are past
    workspace.set_database(open_database(demo_copy(profile)))
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.destroyed.connect(workspace.close)
    return page


def test_the_year_and_period_start_where_the_file_has_trips(qtbot, demo_copy) -> None:
    page = later_page(qtbot, demo_copy, "rotterdam")
    page.select_kind("annual")
    assert page.year.value() == 2024  # the last year with trips made, not 2025 or 2026
    page.select_kind("planned")
    with page.workspace.reading() as session:
        first, last = planned_period(session, page.workspace.today())
    assert (page.start.value(), page.end.value()) == (first, last)
    # Without a trip ahead in the demo, the months of the 2025 letter.
    assert first.year >= 2025 and first <= last
    page.select_kind("annual")
    page.year.setValue(2023)  # the user's choice stays when the list is filled again
    page._fill_trips()
    assert page.year.value() == 2023


def test_the_budget_report_starts_at_a_year_with_budget_lines(qtbot, demo_copy) -> None:
    page = later_page(qtbot, demo_copy, "groningen")
    page.select_kind("budget")
    assert page.year.value() == 2024  # Groningen's lines run 2021-2024
    page.make()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(page.last_pdf).pages)
    assert "2024" in text
