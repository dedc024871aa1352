"""Issue 21's council reports from the window: the council letter's settings under
Settings → Your organisation, its date and reference on the Rapporten page
(test_council_letter.py reads the letter), and the multi-year overview's range there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from intzaken.services.organisation import get_organisation
from intzaken.store.database import open_database
from intzaken.ui.first_steps.organisation_dialog import OrganisationDialog
from intzaken.ui.reports_page import ReportsPage
from intzaken.ui.workspace import Workspace

from .pdf_reading import page_texts


def test_letter_settings_are_kept_under_your_organisation(window: Any, qtbot: Any) -> None:
    with window.workspace.reading() as session:
        home_place_id = get_organisation(session).home_place_id
    window.window_actions.organisation_action.trigger()
    dialog = next(d for d in window.findChildren(OrganisationDialog) if d.isVisible())
    fields = dialog.page.letter_fields
    assert fields["letter_mayor"].placeholderText().startswith("leeg: de burgemeester")
    fields["letter_secretary"].setText("Mw. J. de Vries")
    fields["letter_reference_prefix"].setText("25BB")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with window.workspace.reading() as session:
        organisation = get_organisation(session)
        assert organisation.letter_secretary == "Mw. J. de Vries"
        assert organisation.letter_reference_prefix == "25BB"
        assert organisation.letter_addressee == ""  # left empty: the letter proposes it
        assert organisation.home_place_id == home_place_id  # not lost by saving the page


@pytest.fixture
def reports(qtbot, dutch, demo_copy: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    workspace = Workspace(today=lambda: dt.date(2025, 1, 15))
    workspace.set_database(open_database(demo_copy("rotterdam")))
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    yield page
    workspace.close()


def test_the_letters_date_and_reference_on_the_reports_page(qtbot, reports) -> None:  # noqa: ANN001
    page = reports
    page.select_kind("planned")
    # The planned-trips letter is always one; only the annual overview asks.
    assert page.letter.reference.isVisible() and not page.letter.as_letter.isVisible()
    page.start.setValue(dt.date(2025, 6, 1))
    page.end.setValue(dt.date(2025, 9, 1))
    page.letter.letter_date.setText("30 februari 2025")
    page.make()
    assert page.status.text().startswith("Datum van de brief:")
    assert page.last_pdf is None
    page.letter.letter_date.setText("2-6-2025")
    page.letter.reference.setText("INT/17")
    page.make(anyway=True)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    first = page_texts(page.last_pdf)[0]
    assert "2 juni 2025" in first and "INT/17" in first
    page.select_kind("annual")
    assert page.letter.as_letter.isVisible() and not page.letter.as_letter.isChecked()
    # Its date and reference are the letter's: open once the letter is asked for.
    assert not page.letter.reference.isEnabled()
    assert page.parameters_for("annual")["letter"] is False
    assert page.parameters_for("annual")["reference"] is None
    page.letter.as_letter.setChecked(True)
    assert page.letter.reference.isEnabled()
    assert page.parameters_for("annual")["reference"] == "INT/17"


def test_the_multi_year_overview_from_the_reports_page(qtbot, reports) -> None:  # noqa: ANN001
    page = reports
    page.select_kind("years")
    first, last = page.period.first_year, page.period.last_year
    assert first.isVisible() and last.isVisible() and not page.year.isVisible()
    # Proposed: the five years up to the one the annual overview proposes (the file's).
    assert (first.value(), last.value()) == (2020, 2024)
    assert page.format.isVisible()  # also as a Word document
    first.setValue(2024)
    last.setValue(2020)
    page.make()
    qtbot.waitUntil(lambda: page._task is None, timeout=30000)
    assert "Vanaf jaar (--from) 2024 ligt na" in page.status.text()
    first.setValue(2022)
    last.setValue(2024)
    page.make(anyway=True)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    assert page.last_pdf.name == "buitenlandse-ambtsreizen-2022-2024.pdf"
    assert "2024 32 € 109.206,-" in " ".join(page_texts(page.last_pdf)[0].split())
