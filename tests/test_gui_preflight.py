"""The Rapporten page asks before a council report goes (issue 21): the plausibility
findings about its trips in a short list, "Toch maken" makes the report, "Eerst bekijken"
opens the trip on the Trips page and makes none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from intzaken.ui.forms.base import RecordForm
from intzaken.ui.reports_page import ReportsPage

from .pdf_reading import flat_text

NANTES = "Reis 'Kennis ophalen voor nieuwe stadsbrug' naar Nantes (13 november 2024)"


def _annual_2024(qtbot, window) -> ReportsPage:
    page = window.page_list.show_page("reports")
    page.select_kind("annual")
    page.year.setValue(2024)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.preflight is not None and page.preflight.isVisible(), timeout=30000
    )
    return page


def _files(page: ReportsPage) -> list[Path]:
    return list(page._folder.iterdir())


def test_the_dialog_lists_the_nantes_trip_and_makes_nothing_yet(qtbot, window) -> None:
    page = _annual_2024(qtbot, window)
    dialog = page.preflight
    lines = [dialog.findings.item(row).text() for row in range(dialog.findings.count())]
    assert any(line.startswith(NANTES) and "CO2-compensatie" in line for line in lines)
    assert dialog.make_button.text() == "&Toch maken"
    assert dialog.look_button.text() == "&Eerst bekijken"
    assert page.last_pdf is None and _files(page) == []
    assert "Nog niet gemaakt" in page.status.text()


def test_make_anyway_makes_the_report(qtbot, window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page = _annual_2024(qtbot, window)
    qtbot.mouseClick(page.preflight.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    assert not page.preflight.isVisible()
    assert opened == [str(page.last_pdf)]
    # Made as asked, with the questioned month marked (notes 4 and 5: the offset rate and the
    # estimate from the route; 1-3 question other months).
    assert "nov 194,76 t 4, 5" in flat_text(page.last_pdf)


def test_look_first_opens_the_trip_and_makes_no_report(qtbot, window) -> None:
    page = _annual_2024(qtbot, window)
    dialog = page.preflight
    row = next(
        row
        for row in range(dialog.findings.count())
        if dialog.findings.item(row).text().startswith(NANTES)
    )
    dialog.findings.setCurrentRow(row)
    nantes_id = dialog.chosen_trip()
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            f.isVisible() and f.record_id == nantes_id for f in window.findChildren(RecordForm)
        ),
        timeout=10000,
    )
    assert window.page_list.current_page_name() == "trips"
    assert window.register_pages["trips"].current_id() == nantes_id
    assert page.last_pdf is None and _files(page) == []
    assert "Niet gemaakt" in page.status.text()


def test_closing_the_dialog_makes_nothing(qtbot, window) -> None:
    page = _annual_2024(qtbot, window)
    page.preflight.reject()  # Escape
    qtbot.wait(50)
    assert page.last_pdf is None and _files(page) == [] and page._task is None
    assert page.status.text() == "Niet gemaakt."
    assert window.page_list.current_page_name() == "reports"


@pytest.mark.parametrize("window_language", ["en"])
def test_in_english_the_dialog_and_its_findings_are_english(qtbot, window) -> None:
    page = _annual_2024(qtbot, window)
    dialog = page.preflight
    assert dialog.windowTitle() == "Before the report goes"
    assert (dialog.make_button.text(), dialog.look_button.text()) == ("&Make anyway", "&Look first")
    lines = [dialog.findings.item(row).text() for row in range(dialog.findings.count())]
    nantes = next(line for line in lines if "Nantes" in line)
    assert nantes.startswith(
        "Trip 'Kennis ophalen voor nieuwe stadsbrug' to Nantes (13 November 2024)"
    )
    assert "CO2 offset of" in nantes
    dialog.reject()


def test_make_anyway_finds_the_findings_once(qtbot, window, monkeypatch) -> None:
    # The preflight's findings go into the report's chart marks: "Toch maken" must not
    # have the annual overview compute them a second time (counted where both ask).
    from intzaken.reports import annual, preflight

    calls: list[int] = []
    real = preflight.trips_findings

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(preflight, "trips_findings", counted)
    monkeypatch.setattr(annual, "trips_findings", counted)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    page = _annual_2024(qtbot, window)
    assert len(calls) == 1
    qtbot.mouseClick(page.preflight.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    assert len(calls) == 1
    # The marks are there all the same, from the findings handed over.
    assert "nov 194,76 t 4, 5" in flat_text(page.last_pdf)
