"""The columns councils ask for in the trip form (issue 21): the estimate, cancellation
costs and what a third party paid on the Costs tab, the gifts on a tab of their own;
saved through the services, with a Dutch message naming the field when wrong."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.forms.trips import TripForm
from intzaken.ui.main_window import MainWindow

SHOTS = os.environ.get("INTZAKEN_SCREENSHOTS")  # a folder: the tabs are saved there as PNG


def _nantes_form(window: MainWindow) -> TripForm:
    window.show_page("trips")
    with window.workspace.reading() as session:
        trip_id = session.scalar(select(Trip.id).where(Trip.co2_tonnes == Decimal("190.9")))
    window.open_record("trips", trip_id)
    form = next(
        f for f in window.findChildren(RecordForm) if f.isVisible() and f.register == "trips"
    )
    assert isinstance(form, TripForm)
    return form


def _show_tab(form: TripForm, title: str) -> None:
    tabs = form.tab_widget
    assert tabs is not None
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    tabs.setCurrentIndex(titles.index(title))


def _shot(form: TripForm, name: str) -> None:
    if SHOTS:
        form.window().grab().save(str(Path(SHOTS) / name))


def test_the_new_costs_and_the_gifts_are_saved(window: MainWindow, qtbot) -> None:
    form = _nantes_form(window)
    _show_tab(form, "Kosten en CO₂")
    form.estimated_travel.setValue(Decimal("1200.00"))
    form.estimated_other.setValue(Decimal("80.00"))
    form.cancellation.setValue(Decimal("45.50"))
    form.third_party.setValue(Decimal("2500.00"))
    form.third_party_payer.setText("EU Interreg North-West Europe (NWE) – project Bruggen")
    _shot(form, "trip-form-costs.png")
    _show_tab(form, "Geschenken")
    form.gifts.set_rows(
        [
            {
                "description": "Delfts blauw bord met het wapen van Nantes, gesigneerd",
                "giver": "Johanna Rolland, burgemeester van Nantes",
                "value": Decimal("150.00"),
                "kept_at": "Kabinet, vitrine stadhuis",
            },
            {"description": "Boek over de Loire", "giver": "", "value": None, "kept_at": ""},
        ]
    )
    _shot(form, "trip-form-gifts.png")
    assert form.save()
    with window.workspace.reading() as session:
        trip = session.get(Trip, form.record_id)
        assert trip is not None
        assert trip.estimated_travel_and_stay == Decimal("1200.00")
        assert trip.estimated_other_costs == Decimal("80.00")
        assert trip.cancellation_costs == Decimal("45.50")
        assert trip.third_party_costs == Decimal("2500.00")
        assert trip.third_party_payer.startswith("EU Interreg")
        assert [g.description for g in trip.gifts] == [
            "Delfts blauw bord met het wapen van Nantes, gesigneerd",
            "Boek over de Loire",
        ]
        assert trip.gifts[0].value == Decimal("150.00") and trip.gifts[1].value is None


def test_a_gift_without_a_description_is_named(window: MainWindow) -> None:
    form = _nantes_form(window)
    form.gifts.set_rows([{"description": "", "giver": "Gastheer", "value": None, "kept_at": ""}])
    form.third_party.setValue(Decimal("10.00"))
    assert not form.save()
    assert "Geschenken (regel 1): omschrijving" in form.error_text("gifts")
    assert "Betaald door" in form.error_text("third_party_payer")
