"""Find anything in the window: Ctrl+K or the toolbar's field, results as you type,
grouped by register; arrows move, Enter opens the record, Escape closes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from intzaken.domain.models import Place, Relation
from intzaken.services.data import ContactData
from intzaken.services.organisation import create_contact
from intzaken.services.relations import update_relation
from intzaken.services.snapshots import relation_data
from intzaken.store.database import open_database
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.main_window import MainWindow
from intzaken.ui.search_popup import (
    HEADING,
    HTML_ROLE,
    KIND_ROLE,
    MORE,
    RESULT,
    RESULT_ROLE,
    SearchPopup,
)


@pytest.fixture
def window_database(demo_copy: Callable[[str], Path]) -> Path:
    """The Rotterdam demo with a contact of the Shanghai relation."""
    path = demo_copy("rotterdam")
    database = open_database(path)
    with database.sessions.begin() as session:
        contact = create_contact(session, ContactData("Li Wei", "Shanghai Foreign Affairs Office"))
        relation = session.scalars(
            select(Relation).join(Place).where(Place.name == "Shanghai")
        ).one()
        data = relation_data(relation)
        data.contact_ids = [contact.id]
        update_relation(session, relation.id, data)
    database.close()
    return path


def _popup(window: MainWindow) -> SearchPopup:
    popup = window.window_actions.find_anything.popup
    assert popup is not None
    return popup


def _rows(popup: SearchPopup) -> list[tuple[str, str]]:
    """(kind, what it shows) per row: a heading's register, a result's title."""
    rows = []
    for row in range(popup.model.rowCount()):
        item = popup.model.item(row)
        result = item.data(RESULT_ROLE)
        kind = item.data(KIND_ROLE)
        shown = result.title if kind == RESULT else item.data(HTML_ROLE)
        rows.append((kind, shown))
    return rows


def _type(qtbot, popup: SearchPopup, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(popup.field, text)
    qtbot.waitUntil(lambda: not popup.searching, timeout=10000)


def _visible_forms(window: MainWindow) -> list[RecordForm]:
    return [form for form in window.findChildren(RecordForm) if form.isVisible()]


def test_ctrl_k_typing_arrows_and_enter_open_the_trip(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    popup = _popup(window)
    assert popup.isVisible()
    assert popup.windowTitle() == "Alles doorzoeken"
    _type(qtbot, popup, "shanghai")
    rows = _rows(popup)
    headings = [shown for kind, shown in rows if kind == HEADING]
    # The demo's example mission and its contacts (all "(voorbeeld)") are found too.
    assert headings == [
        "<b>Relaties</b> (1)",
        "<b>Reizen</b> (2)",
        "<b>Contactpersonen</b> (9)",
        "<b>Overeenkomsten</b> (1)",
    ]
    results = [shown for kind, shown in rows if kind == RESULT]
    assert results[:4] == [
        "Shanghai, China",
        "Vervolgmissie Shanghai: duurzame gebouwde omgeving (fictief voorbeeld)",
        "Delegatieleiderschap handelsmissie smart en green shipping",  # newest trip first
        "Chen Yu (voorbeeld)",
    ]
    assert popup.current_row() == 1  # the first result is chosen at once
    assert popup.status.text().startswith("13 records gevonden")
    # Down skips the heading between the relation and the trip.
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    assert popup.current_row() == 3
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)  # stays on the first result
    assert popup.current_row() == 1
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert not popup.isVisible()
    forms = _visible_forms(window)
    assert [(form.register, form.record_id) for form in forms] == [
        ("trips", popup.model.item(3).data(RESULT_ROLE).record_id)
    ]
    assert window.current_register_page().spec.name == "trips"
    assert window.current_register_page().current_id() == forms[0].record_id


def test_a_contact_opens_its_relation_and_escape_closes(qtbot, window: MainWindow) -> None:
    finder = window.window_actions.find_anything
    finder.open()
    popup = _popup(window)
    _type(qtbot, popup, "Li Wei")
    results = [popup.model.item(row).data(RESULT_ROLE) for row in popup.selectable_rows()]
    shanghai = next(r for r in results if r.title == "Shanghai, China")
    assert [(hit.field, hit.snippet) for hit in shanghai.hits] == [("Contact", "Li Wei")]
    contact = next(r for r in results if r.register == "contacts" and r.title == "Li Wei")
    assert contact.hits == ()
    for _ in range(results.index(contact)):
        qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    assert popup.model.item(popup.current_row()).data(RESULT_ROLE) is contact
    qtbot.keyClick(popup.field, Qt.Key.Key_Enter)
    forms = _visible_forms(window)
    assert [form.register for form in forms] == ["relations"]
    assert forms[0].record_id == contact.opens[1]
    for form in forms:
        form.close_without_asking()
    finder.open()
    assert popup.isVisible()
    assert popup.field.selectedText() == "Li Wei"  # the last search, ready to replace
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert _visible_forms(window) == []


def test_the_toolbar_field_starts_the_search(qtbot, window: MainWindow) -> None:
    finder = window.window_actions.find_anything
    assert finder.field.isVisible()
    assert finder.field.placeholderText() == "Alles doorzoeken (Ctrl+K)"
    qtbot.keyClicks(finder.field, "z")
    popup = _popup(window)
    assert popup.isVisible()
    assert finder.field.text() == ""  # the typing goes on in the popup
    assert popup.field.text() == "z"
    qtbot.waitUntil(lambda: not popup.searching, timeout=10000)
    assert popup.status.text() == "Typ ten minste twee tekens."
    _type(qtbot, popup, "urich")
    assert popup.status.text() == "Niets gevonden voor 'zurich'."
    assert popup.model.rowCount() == 0


def test_enter_right_after_typing_opens_the_first_result_found(qtbot, window: MainWindow) -> None:
    popup = window.window_actions.find_anything.open()
    assert popup is not None
    qtbot.keyClicks(popup.field, "oudste stedenband")
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # before the pause that starts it
    qtbot.waitUntil(lambda: bool(_visible_forms(window)), timeout=30000)
    assert [form.register for form in _visible_forms(window)] == ["relations"]


def test_more_results_on_request(qtbot, window: MainWindow) -> None:
    popup = window.window_actions.find_anything.open()
    assert popup is not None
    _type(qtbot, popup, "de")  # 39 trips and 24 networks: more than shown
    kinds = [kind for kind, _ in _rows(popup)]
    assert MORE in kinds
    shown_before = kinds.count(RESULT)
    more = kinds.index(MORE)
    popup.list.setCurrentIndex(popup.model.index(more, 0))
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.searching, timeout=10000)
    kinds = [kind for kind, _ in _rows(popup)]
    assert MORE not in kinds
    assert kinds.count(RESULT) > shown_before
    assert popup.isVisible()


def test_without_a_database_there_is_nothing_to_search(empty_window: MainWindow) -> None:
    finder = empty_window.window_actions.find_anything
    assert not finder.action.isEnabled()
    assert not finder.field.isEnabled()
    assert finder.open() is None


def test_the_results_follow_a_change_and_go_with_the_file(qtbot, window: MainWindow) -> None:
    popup = window.window_actions.find_anything.open()
    assert popup is not None
    _type(qtbot, popup, "oudste stedenband")
    # The relation, and the example mission whose talking points say so.
    assert [kind for kind, _ in _rows(popup)] == [HEADING, RESULT, HEADING, RESULT]
    relation = popup.model.item(1).data(RESULT_ROLE)
    from intzaken.services.editing import EDITORS, snapshot

    with window.workspace.reading() as session:
        data = snapshot(session, "relations", relation.record_id)
    data.notes = "Een relatie zonder dat woord."
    window.workspace.write(
        "relations",
        lambda session: EDITORS["relations"].update(session, relation.record_id, data),
    )
    # The relation's notes no longer say it: only the mission is left.
    qtbot.waitUntil(lambda: not popup.searching and popup.model.rowCount() == 2, timeout=10000)
    assert [r.register for r in map(popup.model.item(1).data, [RESULT_ROLE])] == ["trips"]
    window.workspace.set_database(None)
    assert not popup.isVisible()
    assert popup.field.text() == ""
