"""A study trip known only by its year (issue 18) prints as that year in the trip card,
the annual overview and the search's description, in Dutch and English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from intzaken.i18n import language_scope
from intzaken.reports import build_report
from intzaken.services import trips
from intzaken.services.data import DestinationData, TripData
from intzaken.services.search.describe import _trip_when
from intzaken.store.database import Database

from .conftest import add_official
from .pdf_reading import flat_text


def _year_trip(database: Database) -> int:
    with database.sessions.begin() as session:
        mayor = add_official(session)
        trip = trips.create_trip(
            session,
            TripData(
                title="Studiereis Manchester",
                kind="study_trip",
                status="done",
                date_precision="year",
                start_date=dt.date(2016, 5, 17),  # a day in the year: the year is kept
                end_date=None,
                destinations=[DestinationData("GB")],
                traveller_ids=[mayor],
                lead_official_id=mayor,
            ),
        )
        assert (trip.start_date, trip.end_date) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
        return trip.id


def test_a_year_trip_prints_as_its_year(database: Database, tmp_path: Path) -> None:
    trip_id = _year_trip(database)
    with database.sessions() as session:
        build_report("trip", session, tmp_path / "kaart.pdf", trip_ids=[trip_id])
        build_report("annual", session, tmp_path / "jaar.pdf", year=2016)
        with language_scope("en"):
            build_report("trip", session, tmp_path / "card.pdf", trip_ids=[trip_id])
        from intzaken.domain.models import Trip

        trip = session.get(Trip, trip_id)
        assert _trip_when(trip) == "2016"
    card = flat_text(tmp_path / "kaart.pdf")
    assert "Data 2016 (precieze data nog niet bekend)" in card
    assert "Soort Studiereis" in card
    assert "1 januari 2016" not in card and "31 december 2016" not in card
    annual = flat_text(tmp_path / "jaar.pdf")
    assert "Studiereis Manchester" in annual and "1 januari" not in annual
    english = flat_text(tmp_path / "card.pdf")
    assert "2016 (exact dates not yet known)" in english
