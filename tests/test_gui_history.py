"""The window when someone else saved the same record: the save is refused with what they
changed, the input stays; and the history of a record, shown and exported."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.services.editing import EDITORS, snapshot, version_of
from intzaken.services.history import AUTHOR_KEY
from intzaken.ui.forms import conflict
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.history_view import HistoryDialog
from intzaken.ui.main_window import MainWindow
from intzaken.ui.register_page import RegisterPage

EDITOR = EDITORS["trips"]


def oldest_trip(window: MainWindow) -> int:
    page = window.show_page("trips")
    assert isinstance(page, RegisterPage)
    # The oldest (the list opens newest first): a trip done, without notes; the newest is
    # the demo's example mission, which has notes and lies ahead.
    return page.model.row_id(page.model.visible_count - 1)


def open_form(window: MainWindow, trip_id: int) -> RecordForm:
    window.open_record("trips", trip_id)
    return next(
        f for f in window.findChildren(RecordForm) if f.isVisible() and f.record_id == trip_id
    )


def someone_else_saves(
    window: MainWindow, trip_id: int, author: str = "anna", **changes: object
) -> None:
    """Another person's save of the same trip, in a session of its own."""
    assert window.workspace.database is not None
    with window.workspace.database.sessions.begin() as session:
        session.info[AUTHOR_KEY] = author
        data = dataclasses.replace(snapshot(session, "trips", trip_id), **changes)
        EDITOR.update(
            session, trip_id, data, expected_version=version_of(session, "trips", trip_id)
        )


def stored(window: MainWindow, trip_id: int) -> Trip:
    with window.workspace.reading() as session:
        trip = session.get(Trip, trip_id)
        session.expunge(trip)
        return trip


def test_a_save_after_someone_elses_is_refused_and_the_input_stays(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip_id = oldest_trip(window)
    form = open_form(window, trip_id)
    old_title = form.title.text()
    someone_else_saves(window, trip_id, title="Gewijzigd door Anna")

    form.notes.setPlainText("Hotel geboekt")
    assert form.validate()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert not form.save()  # no button clicked: back to the form

    box = shown[0]
    assert box.windowTitle() == "Gewijzigd door iemand anders"
    assert "Gewijzigd door anna op " in box.text()
    assert f"Titel: '{old_title}' → 'Gewijzigd door Anna'" in box.text()
    assert box.informativeText() == "Uw invoer staat nog in het formulier en is niet opgeslagen."
    assert {b.text() for b in box.buttons()} == {
        "Mijn wijzigingen op de nieuwste versie zetten",
        "Opnieuw laden (mijn invoer vervalt)…",
        "Terug naar het formulier",
    }
    assert form.isVisible()
    assert (form.title.text(), form.notes.toPlainText()) == (old_title, "Hotel geboekt")
    assert form.notice.text().startswith("Niet opgeslagen: anna heeft dit record opgeslagen")
    trip = stored(window, trip_id)
    assert (trip.title, trip.notes) == ("Gewijzigd door Anna", "")
    assert window.workspace.undo_stack.count() == 0

    # Put the note on Anna's version: both are in the form, then saved together.
    monkeypatch.setattr(conflict, "ask_conflict", lambda *a: conflict.Choice.MERGE)
    assert not form.save()
    assert (form.title.text(), form.notes.toPlainText()) == ("Gewijzigd door Anna", "Hotel geboekt")
    assert "opgeslagen door anna" in form.notice.text() and form.notice.isVisible()
    assert form.save()
    trip = stored(window, trip_id)
    assert (trip.title, trip.notes, trip.version) == ("Gewijzigd door Anna", "Hotel geboekt", 3)

    # Undo takes back the note only: Anna's title stays.
    window.workspace.undo_stack.undo()
    trip = stored(window, trip_id)
    assert (trip.title, trip.notes) == ("Gewijzigd door Anna", "")


def test_fields_both_changed_keep_the_input_and_are_named(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip_id = oldest_trip(window)
    form = open_form(window, trip_id)
    someone_else_saves(window, trip_id, title="Titel van Anna", notes="Notitie van Anna")
    form.title.setText("Titel van mij")
    monkeypatch.setattr(conflict, "ask_conflict", lambda *a: conflict.Choice.MERGE)
    assert not form.save()
    assert form.title.text() == "Titel van mij"
    assert form.notes.toPlainText() == "Notitie van Anna"
    assert "Door u én de ander gewijzigd: Titel." in form.notice.text()


def test_reload_discards_the_input_only_after_asking(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip_id = oldest_trip(window)
    form = open_form(window, trip_id)
    someone_else_saves(window, trip_id, notes="Notitie van Anna")
    form.notes.setPlainText("Mijn notitie")
    monkeypatch.setattr(conflict, "ask_conflict", lambda *a: conflict.Choice.RELOAD)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert not form.save()
    assert form.notes.toPlainText() == "Mijn notitie"  # cancelled: the input stays
    assert not form.save()
    assert form.notes.toPlainText() == "Notitie van Anna"
    assert not form.is_dirty()


def test_a_record_deleted_meanwhile_can_be_saved_as_a_new_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip_id = oldest_trip(window)
    form = open_form(window, trip_id)
    assert window.workspace.database is not None
    with window.workspace.database.sessions.begin() as session:
        session.info[AUTHOR_KEY] = "anna"
        title = session.get(Trip, trip_id).title
        EDITOR.delete(session, trip_id)
    form.notes.setPlainText("Toch gaan")
    texts: list[str] = []
    monkeypatch.setattr(
        conflict,
        "ask_deleted",
        lambda parent, error: texts.append(str(error)) or conflict.Choice.SAVE_AS_NEW,
    )
    assert form.save()
    assert texts[0].startswith(f"De reis '{title}' is verwijderd door anna op ")
    with window.workspace.reading() as session:
        copy = session.scalars(select(Trip).where(Trip.notes == "Toch gaan")).one()
        assert (copy.title, copy.id != trip_id) == (title, True)


def test_undo_does_not_overwrite_someone_elses_later_save(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip_id = oldest_trip(window)
    form = open_form(window, trip_id)
    form.notes.setPlainText("Mijn notitie")
    assert form.save()
    someone_else_saves(window, trip_id, title="Titel van Anna")
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: failures.append(text))
    window.workspace.undo_stack.undo()
    assert failures[0].startswith("Niet ongedaan gemaakt: De reis ")
    assert "Titel van Anna" in failures[0] and "anna" in failures[0]
    trip = stored(window, trip_id)
    assert (trip.title, trip.notes) == ("Titel van Anna", "Mijn notitie")


def test_the_history_of_a_record_in_its_form_and_exported(
    window: MainWindow, tmp_path: Path
) -> None:
    trip_id = oldest_trip(window)
    someone_else_saves(window, trip_id, "anna", notes="Eerste")
    someone_else_saves(window, trip_id, "bert", notes="Tweede")
    form = open_form(window, trip_id)
    tabs = form.tab_widget
    assert tabs is not None and tabs.tabText(tabs.count() - 1) == "Geschiedenis"
    assert not form.history.loaded
    tabs.setCurrentIndex(tabs.count() - 1)
    model = form.history.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Datum en tijd",
        "Door",
        "Actie",
        "Veld",
        "Oude waarde",
        "Nieuwe waarde",
        "Herkomst",
    ]
    cells = [[model.index(r, c).data() for c in range(1, 6)] for r in range(model.rowCount())]
    assert cells[:2] == [
        ["bert", "gewijzigd", "Aantekeningen", "Eerste", "Tweede"],
        ["anna", "gewijzigd", "Aantekeningen", "", "Eerste"],
    ]
    assert cells[-1][1] == "aangemaakt"  # by the demo
    assert "door anna, bert" in form.history.summary.text()

    target = tmp_path / "geschiedenis.csv"
    assert form.history.export_to(target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Datum en tijd", "Door", "Register"]
    assert rows[1][1:9] == [
        "bert",
        "reis",
        str(trip_id),
        form.title.text(),
        "gewijzigd",
        "Aantekeningen",
        "Eerste",
        "Tweede",
    ]
    assert len(rows) == model.rowCount() + 1


def test_the_history_window_from_the_menu_exports_a_workbook(
    window: MainWindow, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    trip_id = oldest_trip(window)
    someone_else_saves(window, trip_id, "anna", title="Nieuwe titel")
    page = window.show_page("trips")
    assert isinstance(page, RegisterPage)
    page.select_id(trip_id)
    assert window.window_actions.history_action.isEnabled()
    assert window.window_actions.history_action.text() == "&Geschiedenis…"
    dialog = window.show_history()
    assert isinstance(dialog, HistoryDialog)
    assert dialog.windowTitle() == "Geschiedenis van Nieuwe titel — Intzaken"
    target = tmp_path / "geschiedenis"
    assert dialog.view.export_to(target)  # no suffix: a workbook
    sheet = load_workbook(target.with_suffix(".xlsx")).active
    rows = list(sheet.values)
    assert rows[0][:2] == ("Datum en tijd", "Door")
    assert rows[1][1:9] == (
        "anna",
        "reis",
        trip_id,
        "Nieuwe titel",
        "gewijzigd",
        "Titel",
        rows[1][7],
        "Nieuwe titel",
    )
    dialog.close()


def test_the_newest_version_may_name_records_added_after_the_form_opened(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import add_official

    trip_id = oldest_trip(window)
    form = open_form(window, trip_id)
    tabs = form.tab_widget
    assert tabs is not None
    tabs.setCurrentIndex(2)
    assert window.workspace.database is not None
    with window.workspace.database.sessions.begin() as session:
        newcomer = add_official(session, "Nieuwe Wethouder", "alderman", "2025-01-01")
    with window.workspace.reading() as session:
        travellers = snapshot(session, "trips", trip_id).traveller_ids
    someone_else_saves(window, trip_id, traveller_ids=[*travellers, newcomer])
    form.notes.setPlainText("Mijn notitie")
    monkeypatch.setattr(conflict, "ask_conflict", lambda *a: conflict.Choice.MERGE)
    assert not form.save()
    assert form.collect().traveller_ids == [*travellers, newcomer]
    assert form.notes.toPlainText() == "Mijn notitie"
    assert form.tab_widget is not None and form.tab_widget.currentIndex() == 2
    assert form.save()
    with window.workspace.reading() as session:
        data = snapshot(session, "trips", trip_id)
    assert (data.notes, data.traveller_ids) == ("Mijn notitie", [*travellers, newcomer])
