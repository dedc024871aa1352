"""Forms that never trap (issue 19): a value set by a dialog counts at once, Enter in a
searching box chooses, the form says where its problems are and what blocks Save, fields
stay where they are, an empty form does not open in red, and a delete that would be refused
says so before asking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from intzaken.domain.models import Network, Official, Trip
from intzaken.services.data import PlaceData
from intzaken.services.officials import official_users
from intzaken.services.places import create_place
from intzaken.ui.forms import relations as relation_forms
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.forms.new_place import NewPlaceDialog
from intzaken.ui.main_window import MainWindow
from intzaken.ui.register_page import RegisterPage

from .conftest import GUI_TODAY


def new_form(window: MainWindow, register: str) -> RecordForm:
    window.show_page(register)
    window.new_record()
    return next(f for f in window.findChildren(RecordForm) if f.isVisible())


def open_form(window: MainWindow, register: str, record_id: int) -> RecordForm:
    window.open_record(register, record_id)
    return next(
        f
        for f in window.findChildren(RecordForm)
        if f.isVisible() and f.register == register and f.record_id == record_id
    )


def first_trip_with_dates(window: MainWindow) -> int:
    with window.workspace.reading() as session:
        return session.scalar(
            select(Trip.id).where(Trip.start_date.is_not(None), Trip.end_date.is_not(None))
        )


def button(form: QWidget, *texts: str) -> QPushButton:
    return next(b for b in form.findChildren(QPushButton) if b.text().replace("&", "") in texts)


def test_a_place_made_in_the_dialog_counts_at_once(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    """ "Plaats is verplicht." goes and Opslaan lights up as soon as the new place is shown,
    not after another field is edited."""

    def made_in_the_dialog(_parent: object, workspace: object) -> int:
        with window.workspace.database.sessions.begin() as session:
            return create_place(session, PlaceData("Oldenburg", "DE")).id

    monkeypatch.setattr(relation_forms, "ask_new_place", made_in_the_dialog)
    form = new_form(window, "relations")
    assert not form.save()  # a save tried: the missing place is shown at its field
    assert form.error_text("place_id")
    qtbot.mouseClick(button(form, "Nieuwe plaats…"), Qt.MouseButton.LeftButton)
    assert form.place.currentText().startswith("Oldenburg")
    # Checked as soon as the dialog is done: no other field needs touching.
    qtbot.waitUntil(form.save_button.isEnabled, timeout=200)
    assert form.error_text("place_id") == ""


def test_enter_in_the_country_box_chooses_the_country_offered(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """ "Duits" and Enter is Duitsland; the dialog stays open until Enter is pressed again."""
    dialog = NewPlaceDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Oldenburg")
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country.lineEdit(), "Duits")
    qtbot.keyClick(dialog.country, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.place_id is None
    assert dialog.country.value() == "DE"
    assert dialog.country.currentText() == "Duitsland"
    qtbot.keyClick(dialog.country, Qt.Key.Key_Return)  # now Enter is the dialog's OK
    assert not dialog.isVisible() and dialog.place_id is not None


def test_the_tab_and_the_line_beside_save_say_where_the_problem_is(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    form = open_form(window, "trips", first_trip_with_dates(window))
    tabs = form.tab_widget
    assert tabs is not None
    general, costs = tabs.tabText(0), tabs.tabText(1)
    assert form.validation.blockers.isHidden()
    form.end.setValue(form.start.value() - dt.timedelta(days=3))
    assert not form.validate()
    # The tab holding the problem says so in words and with an icon; the others do not.
    assert tabs.tabText(0) == f"{general} (1 probleem)" and not tabs.tabIcon(0).isNull()
    assert tabs.tabText(1) == costs and tabs.tabIcon(1).isNull()
    # Beside the grey Opslaan: what blocks it, wherever the user is.
    tabs.setCurrentIndex(1)
    blockers = form.validation.blockers
    assert not form.save_button.isEnabled() and blockers.isVisible()
    assert blockers.text().startswith("Nog 1 probleem:")
    assert form.error_text("end_date") in blockers.text()
    # Clicking the problem goes to its field.
    blockers.linkActivated.emit("0")
    assert tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.end, timeout=2000)
    # Mended: the marks go.
    form.end.setValue(form.start.value())
    assert form.validate()
    assert tabs.tabText(0) == general and tabs.tabIcon(0).isNull()
    assert blockers.isHidden()


def field_positions(form: RecordForm) -> dict[str, QPoint]:
    form.layout().activate()
    QApplication.processEvents()
    return {key: widget.mapTo(form, QPoint(0, 0)) for key, widget in form.validation.fields.items()}


def test_the_fields_do_not_move_when_a_problem_shows(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """A click aimed at "Einde" must land in "Einde", whatever message appeared above it."""
    form = open_form(window, "trips", first_trip_with_dates(window))
    form.resize(900, 760)
    before = field_positions(form)
    start = form.start.value()
    form.title.clear()
    form.end.setValue(start - dt.timedelta(days=3))
    assert not form.validate()
    assert form.error_text("title") and form.error_text("end_date")
    assert field_positions(form) == before
    form.start.setText("3O-O1-2025")  # a typing slip: not a date
    assert not form.validate()
    assert form.error_text("start_date")
    assert field_positions(form) == before


def test_an_empty_form_opens_without_red_and_says_what_blocks_save(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    form = new_form(window, "trips")
    form.activateWindow()
    assert form.problems  # an empty trip would not save ...
    assert all(form.error_text(key) == "" for key in form.validation.fields)  # ... no red
    assert form.validation.blockers.isVisible()  # but grey Opslaan is explained
    first = form.problems[0]
    assert first.message in form.validation.blockers.text()
    # Leaving the title empty shows its problem there.
    form.title.setFocus()
    qtbot.waitUntil(form.title.hasFocus, timeout=2000)
    form.kind.setFocus()
    qtbot.waitUntil(lambda: form.error_text("title") != "", timeout=2000)
    assert "verplicht" in form.error_text("title").lower()
    # Trying to save shows every problem at its field.
    assert not form.save()
    assert all(
        form.error_text(form.validation._key_of(p))
        for p in form.problems
        if form.validation._key_of(p) in form.validation.fields
    )


def refuse_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages shown (by their text); asking "… verwijderen?" fails the test."""
    shown: list[str] = []

    def no_question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"asked first: {args[2] if len(args) > 2 else args}")

    monkeypatch.setattr(QMessageBox, "question", no_question)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def test_deleting_a_network_in_use_says_why_at_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with window.workspace.reading() as session:
        network_id = next(t.networks[0].id for t in session.scalars(select(Trip)) if t.networks)
    networks = window.show_page("networks")
    assert isinstance(networks, RegisterPage)
    networks.select_id(network_id)
    shown = refuse_questions(monkeypatch)
    window.delete_record()
    assert len(shown) == 1 and "kan niet worden verwijderd" in shown[0] and "reis" in shown[0]
    with window.workspace.reading() as session:
        assert session.get(Network, network_id) is not None


def test_an_official_in_use_can_have_the_term_ended_instead(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with window.workspace.reading() as session:
        official = next(
            o
            for o in session.scalars(select(Official).order_by(Official.id))
            if any(t.end_date is None for t in o.terms) and official_users(session, o.id)
        )
        official_id, name = official.id, official.name
    officials = window.show_page("officials")
    assert isinstance(officials, RegisterPage)
    officials.select_id(official_id)
    offered: list[str] = []

    def end_the_term(box: QMessageBox) -> int:
        offered.append(box.text())
        end = next(b for b in box.buttons() if "termijn" in b.text().lower())
        end.click()
        return 0

    refuse_questions(monkeypatch)
    monkeypatch.setattr(QMessageBox, "exec", end_the_term)
    window.delete_record()
    assert name in offered[0] and "kan niet worden verwijderd" in offered[0]
    with window.workspace.reading() as session:
        official = session.get(Official, official_id)
        assert official is not None and all(t.end_date is not None for t in official.terms)
        assert max(t.end_date for t in official.terms) == GUI_TODAY
    window.workspace.undo_stack.undo()  # the term runs again
    with window.workspace.reading() as session:
        assert any(t.end_date is None for t in session.get(Official, official_id).terms)


@pytest.mark.parametrize("typed", ["10032026", "10-3-26", "10 mrt 2026", "10-03-2026"])
def test_a_date_field_reads_dates_as_people_type_them(qtbot, typed: str) -> None:  # noqa: ANN001
    """One rule for the window and the import (parsing.parse_date), with a calendar beside."""
    from intzaken.ui.widgets.date_edit import OptionalDateEdit

    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, typed)
    assert edit.error() == "" and edit.value() == dt.date(2026, 3, 10)
    assert edit.calendar_action in edit.actions()
