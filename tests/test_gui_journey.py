"""The trip form's route for the CO2 estimate (issue 20): the legs, the estimate beside
the reported figure, the expected compensation, and saving them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from intzaken.domain.enums import CabinClass
from intzaken.domain.models import Trip
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.forms.trips import TripForm
from intzaken.ui.main_window import MainWindow


def _nantes_form(window: MainWindow) -> TripForm:
    window.show_page("trips")
    with window.workspace.reading() as session:
        trip_id = session.scalar(select(Trip.id).where(Trip.co2_tonnes == Decimal("190.9")))
    assert trip_id is not None
    window.open_record("trips", trip_id)
    form = next(
        f for f in window.findChildren(RecordForm) if f.isVisible() and f.register == "trips"
    )
    assert isinstance(form, TripForm)
    return form


def test_the_form_shows_the_estimate_beside_the_reported_figure(window: MainWindow) -> None:
    form = _nantes_form(window)
    text = form.journey.estimate_label.text()
    assert "Rotterdam (Nederland) – Nantes (Frankrijk): 734 km, 94 kg CO₂ per reiziger" in text
    assert "Geschat: 0,188 t per reiziger, 0,188 t voor de delegatie van 1" in text
    assert "Opgegeven door het reisbureau: 190,90 t" in text
    assert "Verwachte compensatie: €\xa02,63" in text  # EUR 14 a tonne in 2024
    assert "uk-desnz-2025 (2025), met stralingsforcering" in text


def test_business_class_and_a_reason_are_saved_and_estimated(window: MainWindow, qtbot) -> None:
    form = _nantes_form(window)
    rows = form.journey.editor.rows()
    for row in rows:
        row["cabin"] = CabinClass.BUSINESS
    form.journey.editor.set_rows(rows)
    form.journey.editor.changed.emit()
    assert "0,277 t per reiziger" in form.journey.estimate_label.text()
    form.policy_reason.setPlainText("Geen trein terug op tijd")
    data = form.collect()
    assert data.journey is not None and {leg.cabin for leg in data.journey} == {"business"}
    assert data.policy_reason == "Geen trein terug op tijd"


def test_propose_rebuilds_the_route_from_the_home_place(window: MainWindow) -> None:
    form = _nantes_form(window)
    form.journey.editor.set_rows([])
    form.journey.editor.changed.emit()
    assert "Geen schatting" in form.journey.estimate_label.text()
    form.journey.propose_button.click()
    assert len(form.journey.editor.rows()) == 2
    assert "0,188 t per reiziger" in form.journey.estimate_label.text()


def test_a_looked_up_train_time_replaces_the_estimate_and_is_saved(window: MainWindow) -> None:
    form = _nantes_form(window)
    # Nobody looked it up: the rough time, said to be estimated (816 km at 100 km/h).
    assert "met de trein ca. 8:10 u (geschat)" in form.journey.estimate_label.text()
    rows = form.journey.editor.rows()
    assert [row["train_minutes"] for row in rows] == ["", ""]
    rows[0]["train_minutes"] = "5:45"
    form.journey.editor.set_rows(rows)
    form.journey.editor.changed.emit()
    lines = form.journey.estimate_label.text().splitlines()
    assert lines[0].endswith("; met de trein 5:45 u")
    assert lines[1].endswith("; met de trein ca. 8:10 u (geschat)")
    assert form.save()
    with window.workspace.reading() as session:
        trip = session.scalar(select(Trip).where(Trip.co2_tonnes == Decimal("190.9")))
        assert trip is not None
        assert [leg.train_minutes for leg in trip.journey] == [345, None]
    reopened = _nantes_form(window)
    assert [row["train_minutes"] for row in reopened.journey.editor.rows()] == ["5:45", ""]


def test_a_train_time_that_is_not_a_duration_is_named_at_its_field(window: MainWindow) -> None:
    form = _nantes_form(window)
    rows = form.journey.editor.rows()
    rows[1]["train_minutes"] = "een dag"
    form.journey.editor.set_rows(rows)
    form.journey.editor.changed.emit()
    assert not form.save()
    shown = " ".join(label.text() for label in form.findChildren(QLabel) if label.isVisible())
    assert "Reisroute (regel 2): treinreistijd" in shown and "5:30" in shown
