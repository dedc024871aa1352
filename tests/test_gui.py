"""The real main window on a copy of the Rotterdam demo: lists, filters, forms, undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from intzaken.domain.models import Agreement, BudgetLine, Network, Official, Relation, Trip
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.main_window import MainWindow
from intzaken.ui.register_page import RegisterPage

from .conftest import GUI_TODAY

MODELS = {
    "trips": Trip,
    "relations": Relation,
    "networks": Network,
    "agreements": Agreement,
    "officials": Official,
    "budget": BudgetLine,
}
TODAY = GUI_TODAY


def count(window: MainWindow, register: str) -> int:
    with window.workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(MODELS[register]))


def page(window: MainWindow, register: str) -> RegisterPage:
    result = window.show_page(register)
    assert isinstance(result, RegisterPage)
    return result


def wait_reloaded(qtbot, register_page: RegisterPage, action) -> None:  # noqa: ANN001
    with qtbot.waitSignal(register_page.loaded, timeout=10000):
        action()


def test_window_shows_every_register_in_dutch(window: MainWindow) -> None:
    assert window.windowTitle() == "Gemeente Rotterdam — rotterdam.sqlite — Intzaken"
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == [
        "Overzicht",
        "Reizen",
        "Relaties",
        "Netwerken",
        "Overeenkomsten",
        "Bestuurders",
        "Begroting",
        "Rapporten",
        "Kalender",
        "Kaart",
        "Beleid",
        "EU-projecten",
    ]
    for register in ("trips", "relations", "networks", "agreements", "officials"):
        register_page = page(window, register)
        assert register_page.model.total_count == count(window, register) > 0
    trips = page(window, "trips")
    assert trips.model.headerData(0, trips.table.horizontalHeader().orientation()) == "Nr."
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Bestand", "Be&werken"]


def test_search_and_filters_narrow_the_trips(window: MainWindow) -> None:
    trips = page(window, "trips")
    assert trips.model.visible_count == 40
    trips.set_filter("year", 2025)
    assert trips.model.visible_count == 7
    trips.set_filter("year", 2024)
    assert trips.model.visible_count == 32
    trips.search.setText("berlijn")
    berlin = trips.model.visible_count
    assert 0 < berlin < 32
    assert all(
        "berlijn" in trips.model.index(r, 5).data().lower() for r in range(trips.model.rowCount())
    )
    trips.search.clear()
    trips.set_filter("status", "done")
    assert trips.model.visible_count == 32
    with window.workspace.reading() as session:
        mayor_id = session.scalar(select(Official.id).where(Official.name.like("%Aboutaleb")))
    trips.set_filter("official", mayor_id)
    assert 0 < trips.model.visible_count < 32
    assert "1 van" not in trips.count.text()
    assert " van 40" in trips.count.text()


def test_sorting_a_column_orders_amounts_by_value(window: MainWindow) -> None:
    trips = page(window, "trips")
    column = [h for h, _ in trips.spec.columns].index("travel_and_stay")
    trips.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert trips.model.index(0, column).data() == "€\xa022.360,00"
    trips.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    last = trips.model.index(trips.model.rowCount() - 1, column).data()
    assert trips.model.index(0, column).data() == "€\xa00,00" or last == ""


def test_relations_and_agreements_filters(window: MainWindow) -> None:
    relations = page(window, "relations")
    relations.set_filter("kind", "twin_city")
    assert 0 < relations.model.visible_count < relations.model.total_count
    agreements = page(window, "agreements")
    agreements.set_filter("expiry", 120)
    narrowed = agreements.model.visible_count
    assert narrowed <= agreements.model.total_count
    agreements.set_filter("expiry", 0)
    assert agreements.model.visible_count == agreements.model.total_count


@pytest.mark.parametrize("register", ["trips", "relations", "networks", "agreements", "officials"])
def test_duplicate_edit_delete_and_undo_in_every_register(
    qtbot, window: MainWindow, register: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_page = page(window, register)
    before = count(window, register)
    register_page.select_id(register_page.model.row_id(0))

    # Create: a duplicate of the selected record, saved from its form.
    window.duplicate_record()
    form = next(f for f in window.findChildren(RecordForm) if f.isVisible())
    assert form.validate(), [p.message for p in form.problems]
    wait_reloaded(qtbot, register_page, form.save)
    assert count(window, register) == before + 1
    new_id = register_page.current_id()
    assert new_id is not None

    # Edit it: change the notes and save; undo brings the old text back.
    window.open_record(register, new_id)
    form = next(
        f for f in window.findChildren(RecordForm) if f.isVisible() and f.record_id == new_id
    )
    form.notes.setPlainText("Aantekening <b>R&D</b>")
    assert form.validate()
    form.save()
    with window.workspace.reading() as session:
        assert session.get(MODELS[register], new_id).notes == "Aantekening <b>R&D</b>"
    window.workspace.undo_stack.undo()
    with window.workspace.reading() as session:
        assert session.get(MODELS[register], new_id).notes != "Aantekening <b>R&D</b>"
    window.workspace.undo_stack.redo()

    # Delete it (confirmed), undo restores it under the same number, redo deletes again.
    register_page.select_id(new_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_record()
    assert count(window, register) == before
    window.workspace.undo_stack.undo()
    assert count(window, register) == before + 1
    with window.workspace.reading() as session:
        assert session.get(MODELS[register], new_id).notes == "Aantekening <b>R&D</b>"
    window.workspace.undo_stack.redo()
    assert count(window, register) == before
    # Back to the start: undo everything this test did.
    while window.workspace.undo_stack.canUndo():
        window.workspace.undo_stack.undo()
    assert count(window, register) == before


def test_budget_line_created_in_the_form(qtbot, window: MainWindow) -> None:
    budget = page(window, "budget")
    before = count(window, "budget")  # the demo's lines the trips are booked on
    window.new_record()
    form = next(f for f in window.findChildren(RecordForm) if f.isVisible())
    form.year.setValue(2025)
    qtbot.keyClicks(form.name, "Reizen bestuur")
    qtbot.keyClicks(form.amount, "22.360,00")
    assert form.validate()
    wait_reloaded(qtbot, budget, form.save)
    with window.workspace.reading() as session:
        line = session.scalar(select(BudgetLine).where(BudgetLine.name == "Reizen bestuur"))
        assert (line.year, line.name, line.amount) == (2025, "Reizen bestuur", Decimal("22360.00"))
    assert budget.model.total_count == before + 1
    window.workspace.undo_stack.undo()
    assert count(window, "budget") == before


def test_a_bad_value_shows_the_services_message_at_the_field(window: MainWindow) -> None:
    trips = page(window, "trips")
    window.open_record("trips", trips.model.row_id(0))
    form = next(f for f in window.findChildren(RecordForm) if f.isVisible())
    form.travel.setValue(Decimal("-5"))
    assert not form.validate()
    assert "mag niet negatief zijn" in form.error_text("travel_and_stay")
    assert not form.save_button.isEnabled()
    form.travel.setValue(Decimal("5"))
    assert form.validate()
    assert form.error_text("travel_and_stay") == ""
    assert form.save_button.isEnabled()


def test_unsaved_changes_guard(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    trips = page(window, "trips")
    trip_id = trips.model.row_id(0)
    window.open_record("trips", trip_id)
    form = next(f for f in window.findChildren(RecordForm) if f.isVisible())
    with window.workspace.reading() as session:
        title = session.get(Trip, trip_id).title
    form.title.setText("Gewijzigde titel")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    form.close()
    assert form.isVisible()  # Cancel keeps the form and its input
    assert form.title.text() == "Gewijzigde titel"
    form.close()
    assert not form.isVisible()
    with window.workspace.reading() as session:
        assert session.get(Trip, trip_id).title == title


def test_deleting_an_official_in_use_explains_who_refers(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    officials = page(window, "officials")
    with window.workspace.reading() as session:
        mayor_id = session.scalar(select(Official.id).where(Official.name.like("%Aboutaleb")))
    officials.select_id(mayor_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.delete_record()
    assert shown and "kan niet worden verwijderd" in shown[0] and "reis" in shown[0]
    assert count(window, "officials") == 10


def test_layout_and_last_file_are_remembered(qtbot, window: MainWindow) -> None:
    window.show_page("networks")
    window.resize(1111, 666)
    window.close()
    settings = window.settings
    assert (
        settings.last_file() == window.workspace.path
        or settings.last_file().name == "rotterdam.sqlite"
    )
    assert settings.current_page() == 3
    assert settings.window_geometry() is not None


def test_a_new_place_from_the_trip_form_is_a_destination_at_once(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The place made in the "New place…" dialog is chosen and counts as an edit: the
    form checks it as if the user had picked it."""
    from PySide6.QtWidgets import QPushButton

    from intzaken.services.places import PlaceData, create_place
    from intzaken.ui.forms import trips as trip_forms

    made: list[int] = []

    def made_in_the_dialog(_parent: object, _workspace: object) -> int:
        with window.workspace.database.sessions.begin() as session:
            made.append(create_place(session, PlaceData("Oldenburg", "DE")).id)
        return made[0]

    monkeypatch.setattr(trip_forms, "ask_new_place", made_in_the_dialog)
    page(window, "trips")
    window.new_record()
    form = next(f for f in window.findChildren(RecordForm) if f.isVisible())
    button = next(
        b
        for b in form.findChildren(QPushButton)
        if b.text().replace("&", "") in ("New place…", "Nieuwe plaats…")
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [key[1] for key in form.destinations.values()] == made
    assert form.is_dirty() and not form.save_button.isEnabled()  # checked after a pause


def test_a_budget_line_without_an_amount_says_so_in_the_list(window: MainWindow) -> None:
    """The demo's line for the college's trips has no amount: "onbekend", and nothing left
    rather than a negative remainder."""
    budget = page(window, "budget")
    model = budget.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    amount, left = headings.index("Begroting"), headings.index("Over")
    rows = [
        [model.cell_text(row, column) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    unknown = [row for row in rows if row[amount] == "onbekend"]
    assert unknown and all(row[left] == "" for row in unknown)
    assert all(row[amount] != "" for row in rows)
