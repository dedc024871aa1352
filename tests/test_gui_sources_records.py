"""Sources of the records that are not registers, in the real window (issue 23): the
"Bron" column and "Bron…" dialog of an official's terms of office, the Bron block of
the organisation dialog and of the new place and contact dialogs, and the Beleid tab's
change in a trip's History, on the Rotterdam demo."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from intzaken.domain.models import Change, Contact, Official, Organisation, Place, Trip
from intzaken.registers import RegisterKey
from intzaken.ui.first_steps.organisation_dialog import OrganisationDialog
from intzaken.ui.forms.new_place import NewPlaceDialog
from intzaken.ui.forms.term_source import SUMMARY, TermSourceDialog
from intzaken.ui.main_window import MainWindow
from intzaken.ui.programme.new_contact import NewContactDialog

from .test_gui_forms_never_trap import button, open_form
from .test_gui_sources import _shot

MISSING = "Brondocument ontbreekt: de gegeven datum of pagina hoort bij een document."


def _karremans(window: MainWindow) -> int:
    with window.workspace.reading() as session:
        found = session.scalar(select(Official.id).where(Official.name == "Vincent Karremans"))
    assert found is not None
    return found


def test_a_term_shows_its_source_and_the_dialog_edits_and_checks_it(
    window: MainWindow, monkeypatch: Any
) -> None:
    form = open_form(window, RegisterKey.OFFICIALS, _karremans(window))
    terms = form.terms  # type: ignore[attr-defined]
    column = next(n for n, c in enumerate(terms.model.columns) if c.key == SUMMARY)
    assert terms.model.columns[column].heading == "Bron"
    shown = terms.model.index(0, column).data()
    assert shown.startswith("afgeleid: Buitenlandse ambtsreizen in 2024")
    form.resize(1000, 620)
    QApplication.processEvents()
    _shot(form, "official-terms-bron.png")

    seen: dict[str, str] = {}

    def answer(dialog: TermSourceDialog) -> int:
        inputs = dialog.inputs
        assert inputs.document.text().endswith("(seed 001)")
        assert "2-7-2024" in inputs.note.toPlainText()
        dialog.resize(640, 360)
        _shot(dialog, "term-bron-dialog.png")
        inputs.document.setText("")
        inputs.date.setText("02-07-2024")
        dialog.accept()  # refused: a date of no document
        seen["error"] = dialog.error.text()
        inputs.document.setText("Staatscourant, benoeming staatssecretarissen")
        inputs.page.setText("nr. 2024-123")
        inputs.derived.setText("")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TermSourceDialog, "exec", answer)
    terms.view.setCurrentIndex(terms.model.index(0, 0))
    button(form, "Bron…").click()
    assert seen["error"] == MISSING
    assert terms.model.index(0, column).data() == (
        "Staatscourant, benoeming staatssecretarissen, nr. 2024-123"
    )
    assert form.save()
    with window.workspace.reading() as session:
        official = session.get(Official, _karremans(window))
        assert official is not None
        (term,) = official.terms
        assert (term.source, term.source_date, term.source_page, term.derived_from) == (
            "Staatscourant, benoeming staatssecretarissen",
            dt.date(2024, 7, 2),
            "nr. 2024-123",
            "",
        )
        assert term.end_date == dt.date(2024, 7, 2)  # the term itself as it was
        field, new = session.execute(
            select(Change.field, Change.new_value).where(
                Change.record_uuid == official.uuid, Change.field.is_not(None)
            )
        ).one()
    assert field == "Ambtstermijnen"
    assert "bron: Staatscourant, benoeming staatssecretarissen, nr. 2024-123, 2 juli 2024" in new


def test_the_organisation_dialog_keeps_the_municipalitys_source(window: MainWindow) -> None:
    dialog = OrganisationDialog(window)
    source = dialog.page.source
    assert source.document.text().startswith("Rotterdam Internationaal 2021-2025")
    assert source.derived.text().startswith("(voorbeeld) afdeling en e-mailadres")
    assert source.document.accessibleName() == "Brondocument"
    dialog.show()
    QApplication.processEvents()
    _shot(dialog, "organisation-bron.png")
    source.page.setText("p. 2, colofon")
    assert dialog.save()
    with window.workspace.reading() as session:
        organisation = session.scalars(select(Organisation)).one()
        assert organisation.source_page == "p. 2, colofon"


def test_a_new_place_names_its_source_and_refuses_a_date_of_no_document(
    window: MainWindow,
) -> None:
    dialog = NewPlaceDialog(window, window.workspace)
    dialog.name.setText("Bergen")
    dialog.country.setValue("NO")
    dialog.source.date.setText("01-03-2025")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert MISSING in dialog.error.text()
    dialog.source.document.setText("Programma werkbezoek Noorwegen")
    dialog.show()
    QApplication.processEvents()
    _shot(dialog, "new-place-bron.png")
    dialog.accept()
    assert dialog.place_id is not None
    with window.workspace.reading() as session:
        place = session.get(Place, dialog.place_id)
        assert place is not None
        assert (place.source, place.source_date) == (
            "Programma werkbezoek Noorwegen",
            dt.date(2025, 3, 1),
        )


def test_a_change_on_the_policy_tab_shows_in_the_trips_history(window: MainWindow) -> None:
    """The Beleid tab's links are the policy's data; the trip's History names them too."""
    with window.workspace.reading() as session:
        trip_id = session.scalar(select(Trip.id).where(Trip.title.contains("Seatrade")))
    assert trip_id is not None
    form = open_form(window, RegisterKey.TRIPS, trip_id)
    picker = form.priority_picker  # type: ignore[attr-defined]
    before = picker.values()
    united_states = next(c.id for c in picker._choices.values() if c.name == "Verenigde Staten")
    toggled = [p for p in before if p != united_states]
    picker.set_values(toggled if united_states in before else [*before, united_states])
    assert form.save()
    QApplication.processEvents()
    form = open_form(window, RegisterKey.TRIPS, trip_id)  # as a user opens it again
    tabs = form.tab_widget
    assert tabs is not None
    tabs.setCurrentIndex(tabs.count() - 1)
    model = form.history.model
    cells = [[model.index(r, c).data() for c in range(3, 6)] for r in range(model.rowCount())]
    assert cells[0][0] == "Gediende prioriteiten"
    assert "prioriteitsland Verenigde Staten" in cells[0][1] + cells[0][2]
    form.resize(900, 500)
    QApplication.processEvents()
    _shot(form, "trip-history-beleid.png")


def test_a_new_contact_names_its_source(window: MainWindow) -> None:
    dialog = NewContactDialog(window, window.workspace)
    dialog.name.setText("Ingrid Dahl")
    dialog.source.document.setText("Deelnemerslijst Nordic Edge 2025")
    dialog.source.page.setText("p. 3")
    dialog.source.derived.setText("afgeleid: functie uit de ondertekening van haar e-mail")
    dialog.show()
    QApplication.processEvents()
    _shot(dialog, "new-contact-bron.png")
    dialog.accept()
    assert dialog.contact_id is not None
    with window.workspace.reading() as session:
        contact = session.get(Contact, dialog.contact_id)
        assert contact is not None
        assert (contact.source, contact.source_page, contact.derived_from) == (
            "Deelnemerslijst Nordic Edge 2025",
            "p. 3",
            "afgeleid: functie uit de ondertekening van haar e-mail",
        )
