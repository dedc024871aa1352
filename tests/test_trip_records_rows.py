"""`intzaken list trips` reads rows without the ORM (issue 22): every trip's record must
be what the mapped objects say, byte for byte, for every demo, every year and on both
backends. The reference below is how the records were made from the ORM's objects
before (services/records.py up to issue 22): kept here as the yardstick only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, selectinload

from intzaken.domain.models import ProgrammeItem, Trip, TripLeg
from intzaken.services.journey import estimate_method
from intzaken.services.known_figures import known_total
from intzaken.services.record_values import (
    Record,
    amount_text,
    date_text,
    record_source,
    tonnes_text,
)
from intzaken.services.trip_records import trip_records
from intzaken.services.trips import trips_query
from intzaken.store.database import open_database
from intzaken.store.location import Location


def orm_trip_records(session: Session, year: int | None = None) -> list[Record]:
    # Everything a record holds in one batch query per relationship: loaded lazily, the
    # Rotterdam demo's 40 trips took 384 queries (two thirds of `intzaken list trips`).
    query = trips_query(year).options(
        selectinload(Trip.delegation),
        selectinload(Trip.relations),
        selectinload(Trip.networks),
        selectinload(Trip.agreements),
        selectinload(Trip.programme).selectinload(ProgrammeItem.attendees),
        selectinload(Trip.programme).selectinload(ProgrammeItem.contact_links),
        selectinload(Trip.legs),
        selectinload(Trip.stays),
        selectinload(Trip.hosts),
        selectinload(Trip.follow_ups),
    )
    records = []
    for trip in session.scalars(query):
        records.append(
            {
                "id": trip.id,
                "title": trip.title,
                "kind": trip.kind.value,
                "status": trip.status.value,
                "themes": [t.name for t in trip.themes],
                "purpose": trip.purpose,
                "start_date": date_text(trip.start_date),
                "end_date": date_text(trip.end_date),
                "date_precision": trip.date_precision.value,
                "destinations": [
                    {
                        "country_code": d.country_code,
                        "country": d.country.name,
                        "place_id": d.place_id,
                        "place": d.place.name if d.place else None,
                    }
                    for d in trip.destinations
                ],
                "travellers": [
                    {
                        "official_id": t.official_id,
                        "name": t.official.name,
                        "lead": t.is_lead,
                        "role": t.role,
                    }
                    for t in trip.travellers
                ],
                "delegation": [
                    {
                        "organisation": d.organisation,
                        "name": d.name,
                        "function": d.function,
                        "role": d.role,
                    }
                    for d in trip.delegation
                ],
                "transport": [t.mode.value for t in trip.transport],
                "travel_and_stay": amount_text(trip.travel_and_stay),
                "other_costs": amount_text(trip.other_costs),
                "co2_tonnes": tonnes_text(trip.co2_tonnes),
                "co2_offset": amount_text(trip.co2_offset),
                # The estimate from the journey (issue 20) and what it was made with.
                "co2_estimate_tonnes": tonnes_text(trip.co2_estimate),
                "co2_estimate_method": estimate_method(trip),
                "journey": [
                    {
                        "from_place_id": leg.from_place_id,
                        "from_place": leg.from_place.name,
                        "to_place_id": leg.to_place_id,
                        "to_place": leg.to_place.name,
                        "mode": leg.mode.value,
                        "from_airport": leg.from_airport or None,
                        "to_airport": leg.to_airport or None,
                        "cabin": leg.cabin.value,
                        "train_minutes": leg.train_minutes,
                    }
                    for leg in trip.journey
                ],
                "policy_reason": trip.policy_reason,
                "council_costs": amount_text(
                    None
                    if trip.travel_and_stay is None and trip.other_costs is None
                    else (trip.travel_and_stay or 0) + (trip.other_costs or 0)
                ),
                "total_costs": amount_text(known_total(trip)),
                "third_party_costs": amount_text(trip.third_party_costs),
                "third_party_payer": trip.third_party_payer,
                "cancellation_costs": amount_text(trip.cancellation_costs),
                "estimated_travel_and_stay": amount_text(trip.estimated_travel_and_stay),
                "estimated_other_costs": amount_text(trip.estimated_other_costs),
                "gifts": [
                    {
                        "description": g.description,
                        "giver": g.giver,
                        "value": amount_text(g.value),
                        "kept_at": g.kept_at,
                    }
                    for g in trip.gifts
                ],
                "budget_line_id": trip.budget_line_id,
                "budget_line": trip.budget_line.name if trip.budget_line else None,
                "relation_ids": [r.id for r in trip.relations],
                "network_ids": [n.id for n in trip.networks],
                "agreement_ids": [a.id for a in trip.agreements],
                "programme": [_programme_item(p) for p in trip.programme],
                "time_zone": trip.time_zone,
                "legs": [_leg(leg) for leg in trip.legs],
                "stays": [
                    {
                        "hotel": s.hotel,
                        "address": s.address,
                        "phone": s.phone,
                        "check_in": date_text(s.check_in),
                        "check_out": date_text(s.check_out),
                        "notes": s.notes,
                    }
                    for s in trip.stays
                ],
                "hosts": [{"contact_id": h.contact_id, "role": h.role} for h in trip.hosts],
                "local_transport": trip.local_transport,
                "ground_contact_id": trip.ground_contact_id,
                "follow_ups": [
                    {"description": f.description, "due": date_text(f.due), "done": f.done}
                    for f in trip.follow_ups
                ],
                "outcomes": trip.outcomes,
                "notes": trip.notes,
                **record_source(trip),
            }
        )
    return records


def _time_text(value: dt.time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


def _programme_item(item: ProgrammeItem) -> Record:
    return {
        "day": date_text(item.day),
        "time": _time_text(item.time),
        "end_time": _time_text(item.end_time),
        "time_zone": item.time_zone,
        "activity": item.activity,
        "place": item.place,
        "address": item.address,
        "contact_ids": item.contact_ids,
        "attendee_ids": [o.id for o in item.attendees],
        "purpose": item.purpose,
        "talking_points": item.talking_points,
        "questions": item.questions,
        "dress_code": item.dress_code,
        "gifts": item.gifts,
    }


def _leg(leg: TripLeg) -> Record:
    return {
        "mode": leg.mode.value,
        "carrier": leg.carrier,
        "number": leg.number,
        "from_place": leg.from_place,
        "to_place": leg.to_place,
        "departure": leg.departure.isoformat(timespec="minutes") if leg.departure else None,
        "departure_time_zone": leg.departure_time_zone,
        "arrival": leg.arrival.isoformat(timespec="minutes") if leg.arrival else None,
        "arrival_time_zone": leg.arrival_time_zone,
        "reference": leg.reference,
    }


def assert_rows_say_what_the_orm_says(location: Location) -> list[int]:
    """Every year's records (and all of them) compared; returns the years with trips."""
    database = open_database(location, daily_backup=False)
    try:
        with database.sessions() as session:
            everything = orm_trip_records(session)
            years = sorted({int(r["start_date"][:4]) for r in everything if r["start_date"]})
            for year in [None, *years, 1990]:
                found = trip_records(session, year)
                assert _json(found) == _json(orm_trip_records(session, year)), year
        # As the command line reads them: from a Core connection, without a session.
        with database.engine.connect() as connection:
            assert _json(trip_records(connection)) == _json(everything)
    finally:
        database.close()
    return years


def _json(records: list[Record]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("profile", ["rotterdam", "groningen", "almere"])
def test_the_trips_records_read_as_rows_are_the_orm_s_byte_for_byte(
    demo_template: Callable[[str], Location], profile: str
) -> None:
    years = assert_rows_say_what_the_orm_says(demo_template(profile))
    if profile == "rotterdam":  # the other demos hold no trips
        assert len(years) >= 2


def test_values_the_demo_lacks_read_the_same_as_rows(
    demo_copy: Callable[[str], Location],
) -> None:
    # A trip without dates (listed first), a leg and a programme item without times, a
    # follow-up done, CO2 with three decimals, a trip without any amount.
    location = demo_copy("rotterdam")
    database = open_database(location, daily_backup=False)
    try:
        with database.sessions.begin() as session:
            for statement in (
                "UPDATE trips SET start_date = NULL, end_date = NULL WHERE id = 5",
                "UPDATE trips SET co2_tonnes = 185 WHERE id = 1",
                "UPDATE trips SET travel_and_stay = NULL, other_costs = NULL,"
                " co2_offset = NULL WHERE id = 2",
                "UPDATE trip_legs SET departure = NULL",
                "UPDATE trips SET third_party_costs = 250000, third_party_payer = 'EU Interreg',"
                " cancellation_costs = 12050, estimated_travel_and_stay = 100000 WHERE id = 3",
                "INSERT INTO trip_gifts (trip_id, position, description, giver, value, kept_at)"
                " VALUES (3, 0, 'Bord', 'Burgemeester', 15000, 'Kast kabinet')",
                "UPDATE programme_items SET time = NULL, end_time = NULL"
                " WHERE id = (SELECT min(id) FROM programme_items)",
                "UPDATE follow_ups SET done = TRUE",
            ):
                session.execute(text(statement))
        with database.sessions() as session:
            records = {r["id"]: r for r in trip_records(session)}
    finally:
        database.close()
    assert records[1]["co2_tonnes"] == "0.185"
    assert records[2]["total_costs"] is None
    assert next(iter(records)) == 5
    assert_rows_say_what_the_orm_says(location)
