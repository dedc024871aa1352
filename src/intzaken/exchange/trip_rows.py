"""New trips written in bulk: one executemany per table instead of a unit-of-work flush
per trip, for trips the rules (services.trips.check_trip) have already accepted.

What is stored is what services.trips stores for the same checked trip; the tests hold
the two side by side (tests/test_exchange_bulk.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.models import (
    DelegationMember,
    FollowUp,
    ProgrammeItem,
    Trip,
    TripDestination,
    TripTransport,
    TripTraveller,
    trip_agreements,
    trip_networks,
    trip_relations,
    trip_themes,
)
from ..services.trips import CheckedTrip
from .bulk_rows import BulkRows, Written, theme_ids


def insert_trips(session: Session, trips: Sequence[CheckedTrip]) -> Written:
    """Store `trips` as new records in the session's transaction; (number, uuid) of each."""
    if not trips:
        return []
    rows = BulkRows(session, Trip, len(trips))
    numbers = theme_ids(
        session, list(dict.fromkeys(name for trip in trips for name in trip.themes))
    )
    add = rows.add
    for trip_id, trip in zip(rows.ids, trips, strict=True):
        rows.record(
            trip_id,
            title=trip.title,
            kind=trip.kind,
            status=trip.status,
            date_precision=trip.precision,
            purpose=trip.purpose,
            outcomes=trip.outcomes,
            notes=trip.notes,
            start_date=trip.start,
            end_date=trip.end,
            travel_and_stay=trip.travel_and_stay,
            other_costs=trip.other_costs,
            co2_tonnes=trip.co2_tonnes,
            co2_offset=trip.co2_offset,
            budget_line_id=trip.budget_line.id if trip.budget_line is not None else None,
        )
        for position, (country, place) in enumerate(trip.destinations):
            add(
                TripDestination.__table__,
                trip_id=trip_id,
                position=position,
                country_code=country.code,
                place_id=place.id if place is not None else None,
            )
        for position, official in enumerate(trip.travellers):
            add(
                TripTraveller.__table__,
                trip_id=trip_id,
                official_id=official.id,
                position=position,
                is_lead=official.id == trip.lead_official_id,
            )
        for position, mode in enumerate(trip.modes):
            add(TripTransport.__table__, trip_id=trip_id, mode=mode, position=position)
        for organisation, name, function in trip.delegation:
            add(
                DelegationMember.__table__,
                trip_id=trip_id,
                organisation=organisation,
                name=name,
                function=function,
            )
        for item in trip.programme:
            add(
                ProgrammeItem.__table__,
                trip_id=trip_id,
                day=item.day,
                time=item.time,
                activity=item.activity,
                place=item.place,
                contact_id=item.contact.id if item.contact is not None else None,
            )
        for description, due, done in trip.follow_ups:
            add(FollowUp.__table__, trip_id=trip_id, description=description, due=due, done=done)
        for name in trip.themes:
            add(trip_themes, trip_id=trip_id, theme_id=numbers[name])
        for relation in trip.relations:
            add(trip_relations, trip_id=trip_id, relation_id=relation.id)
        for network in trip.networks:
            add(trip_networks, trip_id=trip_id, network_id=network.id)
        for agreement in trip.agreements:
            add(trip_agreements, trip_id=trip_id, agreement_id=agreement.id)
    return rows.write()
