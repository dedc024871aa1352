"""The Bron tab of every register's form and the derived mark in the lists (issue 23),
on the Rotterdam demo in the real window."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget
from sqlalchemy import select

from intzaken.domain.models import Network, Trip
from intzaken.registers import MAIN_REGISTERS, RegisterKey
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.main_window import MainWindow
from intzaken.ui.register_page import RegisterPage

from .test_gui_forms_never_trap import open_form

POLIS_TABLE = "hoofdstuk 4, tabel 'Internationale bestuurlijke netwerken'"


def _shot(widget: object, name: str) -> None:
    """A picture to look at, when asked for (INTZAKEN_SHOTS=folder)."""
    folder = os.environ.get("INTZAKEN_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))  # type: ignore[attr-defined]


def _source_tab(form: RecordForm) -> int:
    tabs = form.tab_widget
    assert isinstance(tabs, QTabWidget)
    return next(i for i in range(tabs.count()) if tabs.tabText(i).startswith("Bron"))


def _polis(window: MainWindow) -> int:
    with window.workspace.reading() as session:
        found = session.scalar(select(Network.id).where(Network.name == "Polis"))
    assert found is not None
    return found


def test_every_register_form_has_a_source_tab(window: MainWindow) -> None:
    for register in MAIN_REGISTERS:
        page = window.register_pages[register]
        assert isinstance(page, RegisterPage)
        record_id = page.model.row_id(0)
        form = open_form(window, register, record_id)
        tab = _source_tab(form)
        assert form.tab_widget is not None
        assert form.tab_widget.tabText(tab) in ("Bron", "Bron (afgeleid)"), register
        assert form.sources.document.accessibleName() == "Brondocument"
        form.close_without_asking()


def test_the_source_tab_shows_edits_and_checks_the_source(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    form = open_form(window, RegisterKey.NETWORKS, _polis(window))
    tabs = form.tab_widget
    assert tabs is not None
    tabs.setCurrentIndex(_source_tab(form))
    section = form.sources
    assert section.document.text().startswith("Rotterdam Internationaal 2021-2025")
    assert section.page.text() == POLIS_TABLE
    assert section.derived.text().startswith("afgeleid: heeft portefeuille MJT")
    assert tabs.tabText(_source_tab(form)) == "Bron (afgeleid)"
    form.resize(760, 560)
    QApplication.processEvents()
    _shot(form, "form-bron.png")

    # A date without a document is refused, named at the field, in Dutch.
    section.document.setText("")
    section.date.setText("11-03-2021")
    qtbot.waitUntil(lambda: bool(form.error_text("source")), timeout=5000)
    assert form.error_text("source") == (
        "Brondocument ontbreekt: de gegeven datum of pagina hoort bij een document."
    )
    assert not form.save()

    section.document.setText("Raadsvoorstel Rotterdam Internationaal")
    section.page.setText("p. 14")
    section.derived.setText("")
    assert tabs.tabText(_source_tab(form)) == "Bron"
    assert form.save()
    with window.workspace.reading() as session:
        polis = session.get(Network, _polis(window))
        assert polis is not None
        assert (polis.source, polis.source_page, polis.derived_from) == (
            "Raadsvoorstel Rotterdam Internationaal",
            "p. 14",
            "",
        )
        assert polis.source_date is not None and polis.source_date.year == 2021


def test_the_lists_show_the_derived_mark_in_words(window: MainWindow) -> None:
    window.show_page(RegisterKey.NETWORKS)
    page = window.register_pages[RegisterKey.NETWORKS]
    assert isinstance(page, RegisterPage)
    column = next(n for n, c in enumerate(page.columns) if c.field == "derived_from")
    assert page.columns[column].heading == "Afgeleid"
    marks = [page.model.cell_text(row, column) for row in range(page.model.visible_count)]
    assert sum(1 for mark in marks if mark.startswith("afgeleid: ")) == 24
    QApplication.processEvents()
    _shot(window, "list-afgeleid.png")

    trips = window.register_pages[RegisterKey.TRIPS]
    assert isinstance(trips, RegisterPage)
    column = next(n for n, c in enumerate(trips.columns) if c.field == "derived_from")
    with window.workspace.reading() as session:
        mission = session.scalar(select(Trip.id).where(Trip.title.contains("fictief")))
    row = trips.model.row_of(mission)
    assert row is not None
    assert trips.model.cell_text(row, column).startswith("(voorbeeld) verzonnen missie")


def test_the_reports_page_prints_sources_when_asked(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from intzaken.ui.reports_page import ReportsPage

    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.select_kind("relations")
    assert page.sources.isVisibleTo(page) and not page.sources.isChecked()
    assert page.parameters_for("relations") == {"sources": False}
    page.select_kind("budget")
    assert not page.sources.isVisibleTo(page)  # only the reports that can print them offer it
    page.select_kind("relations")
    page.sources.setChecked(True)
    QApplication.processEvents()
    _shot(page, "reports-bronnen.png")
    page.make()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    text = " ".join("".join(p.extract_text() for p in PdfReader(page.last_pdf).pages).split())
    assert "Bronnen Waar de gegevens in dit rapport vandaan komen" in text
    assert "Afgeleid: heeft portefeuille MJT" in text
