"""The columns councils ask for (issue 21), in the services, on SQLite and PostgreSQL:
what a third party paid and who, the cancellation costs, the estimate kept when the
actual costs come in, the gifts register; their rules in Dutch naming the field, their
history, and the sums the overview and the dashboard print."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from intzaken.domain.enums import TripStatus
from intzaken.domain.models import Trip
from intzaken.services.cost_columns import cancelled_trips, column_sums, estimate_comparison
from intzaken.services.data import GiftData
from intzaken.services.errors import ValidationError
from intzaken.services.history_query import record_entries
from intzaken.services.reporting import done_trips
from intzaken.services.snapshots import trip_data
from intzaken.services.trips import update_trip
from intzaken.services.year_figures import year_comparison
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .conftest import run_cli

D = Decimal


@pytest.fixture
def database(demo_copy: Callable[[str], Location]) -> Iterator[Database]:
    opened = open_database(demo_copy("rotterdam"), daily_backup=False)
    yield opened
    opened.close()


def _first(database: Database, status: TripStatus) -> int:
    with database.sessions() as session:
        found = session.scalars(
            select(Trip.id).where(Trip.status == status).order_by(Trip.start_date, Trip.id)
        ).first()
    assert found is not None
    return found


def _update(database: Database, trip_id: int, **changes: object) -> None:
    with database.sessions.begin() as session:
        trip = session.get(Trip, trip_id)
        assert trip is not None
        update_trip(session, trip_id, dataclasses.replace(trip_data(trip), **changes))


def _trip(database: Database, trip_id: int) -> Trip:
    session = database.sessions()
    trip = session.get(Trip, trip_id)
    assert trip is not None
    return trip


def test_a_planned_trips_estimate_follows_its_costs_and_stays_when_it_is_made(
    database: Database,
) -> None:
    trip_id = _first(database, TripStatus.PLANNED)
    _update(database, trip_id, travel_and_stay=D("1000.00"), other_costs=D("200.00"))
    trip = _trip(database, trip_id)
    assert (trip.estimated_travel_and_stay, trip.estimated_other_costs) == (D("1000"), D("200"))
    # Corrected while still planned: the estimate is corrected with it.
    _update(database, trip_id, travel_and_stay=D("1100.00"))
    assert _trip(database, trip_id).estimated_travel_and_stay == D("1100.00")
    # Made, and the actual costs come in: the estimate stays, the difference shows.
    _update(
        database,
        trip_id,
        status=TripStatus.DONE,
        travel_and_stay=D("1325.50"),
        other_costs=D("150.00"),
    )
    trip = _trip(database, trip_id)
    assert (trip.estimated_travel_and_stay, trip.estimated_other_costs) == (D("1100"), D("200"))
    compared = estimate_comparison(trip)
    assert compared is not None
    assert (compared.estimated, compared.actual, compared.difference) == (
        D("1300.00"),
        D("1475.50"),
        D("175.50"),
    )


def test_an_estimate_given_by_the_user_is_theirs(database: Database) -> None:
    trip_id = _first(database, TripStatus.PLANNED)
    _update(
        database,
        trip_id,
        travel_and_stay=D("900.00"),
        estimated_travel_and_stay=D("1200.00"),
    )
    assert _trip(database, trip_id).estimated_travel_and_stay == D("1200.00")
    _update(database, trip_id, travel_and_stay=D("950.00"))  # the estimate is not the costs
    assert _trip(database, trip_id).estimated_travel_and_stay == D("1200.00")


def test_the_rules_name_the_field_in_dutch(database: Database) -> None:
    trip_id = _first(database, TripStatus.DONE)
    with pytest.raises(ValidationError) as raised:
        _update(
            database,
            trip_id,
            cancellation_costs=D("-5.00"),
            third_party_costs=D("250.00"),
            third_party_payer="",
            estimated_other_costs=D("1.005"),
            gifts=[GiftData(description=""), GiftData(description="Bord", giver="x" * 201)],
        )
    messages = {p.field: p.message for p in raised.value.problems}
    assert messages["cancellation_costs"] == "Annuleringskosten: de waarde mag niet negatief zijn."
    assert "Betaald door: zeg wie" in messages["third_party_payer"]
    assert "Raming overige kosten" in messages["estimated_other_costs"]
    assert messages["gifts[0].description"].startswith("Geschenken (regel 1): omschrijving")
    assert "Geschenken (regel 2): gegeven door" in messages["gifts[1].giver"]
    # Nothing half-written.
    assert _trip(database, trip_id).cancellation_costs is None


def test_the_history_tells_the_new_columns_and_the_gifts(database: Database) -> None:
    trip_id = _first(database, TripStatus.DONE)
    _update(
        database,
        trip_id,
        third_party_costs=D("2500.00"),
        third_party_payer="EU Interreg",
        cancellation_costs=D("45.50"),
        gifts=[GiftData("Delfts blauw bord", "Burgemeester van Nantes", D("150.00"), "Kabinet")],
    )
    with database.sessions() as session:
        entries = {e.field: e.new_value for e in record_entries(session, "trips", trip_id)}
    assert entries["Betaald door derden"] == "€\xa02.500,00"
    assert entries["Betaald door"] == "EU Interreg"
    assert entries["Annuleringskosten"] == "€\xa045,50"
    assert entries["Geschenken"] == (
        "Delfts blauw bord, van Burgemeester van Nantes, €\xa0150,00, bewaard bij: Kabinet"
    )


def test_the_sums_keep_cancellation_costs_apart_from_both_totals(database: Database) -> None:
    made = _first(database, TripStatus.DONE)
    planned = _first(database, TripStatus.PLANNED)
    _update(
        database,
        made,
        cancellation_costs=D("120.50"),
        third_party_costs=D("80.00"),
        third_party_payer="gastheer",
    )
    with database.sessions.begin() as session:
        trip = session.get(Trip, planned)
        assert trip is not None and trip.start_date is not None
        data = dataclasses.replace(
            trip_data(trip),
            status=TripStatus.CANCELLED,
            cancellation_costs=D("310.00"),
            start_date=dt.date(2024, 12, 1),
            end_date=dt.date(2024, 12, 2),
            budget_line_id=None,  # the line of 2025 is not for a trip of 2024
        )
        update_trip(session, planned, data)
    with database.sessions() as session:
        trips = done_trips(session, 2024)
        sums = column_sums(trips, cancelled_trips(session, 2024))
        assert sums.cancellation.value == D("430.50") and sums.cancellation_trips == 2
        assert sums.third_party.value == D("80.00")
        figures = year_comparison(session, 2024)
        # The council report's total is unchanged: € 130.001, with the offset € 131.240,54.
        assert figures.done_this_year.council_costs.value == D("130001.00")
        assert figures.done_this_year.costs.value == D("131240.54")
        assert figures.done_this_year.cancellation.value == D("430.50")
        assert figures.done_this_year.trips == 32


def test_the_dashboard_counts_a_planned_trip_with_its_estimate(database: Database) -> None:
    trip_id = _first(database, TripStatus.PLANNED)
    with database.sessions() as session:
        trip = session.get(Trip, trip_id)
        assert trip is not None and trip.start_date is not None
        year = trip.start_date.year
        before = year_comparison(session, year).planned_this_year.council_costs.known
    _update(
        database,
        trip_id,
        travel_and_stay=D("700.00"),
        other_costs=D("0.00"),
        estimated_travel_and_stay=D("1000.00"),
        estimated_other_costs=D("50.00"),
    )
    with database.sessions() as session:
        planned = year_comparison(session, year).planned_this_year
    assert planned.council_costs.known - before == D("1050.00")


def test_list_trips_names_both_totals_and_the_new_columns(
    demo_copy: Callable[[str], Location],
) -> None:
    location = demo_copy("rotterdam")
    code, out, _ = run_cli(
        "list", "trips", "--year", "2024", "--format", "json", "--db", str(location)
    )
    assert code == 0
    records = json.loads(out)
    council = sum(Decimal(r["council_costs"]) for r in records if r["council_costs"])
    total = sum(Decimal(r["total_costs"]) for r in records if r["total_costs"])
    assert (council, total) == (D("130001.00"), D("131240.54"))
    assert {"third_party_costs", "third_party_payer", "cancellation_costs", "gifts"} <= set(
        records[0]
    )
    code, out, _ = run_cli(
        "list", "trips", "--year", "2024", "--format", "csv", "--db", str(location)
    )
    header = out.splitlines()[0].split(",")
    assert {"council_costs", "total_costs", "cancellation_costs"} <= set(header)
