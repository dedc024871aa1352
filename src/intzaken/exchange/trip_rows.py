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
    JourneyLeg,
    ProgrammeContact,
    ProgrammeItem,
    Trip,
    TripDestination,
    TripGift,
    TripHost,
    TripLeg,
    TripStay,
    TripTransport,
    TripTraveller,
    programme_attendees,
    trip_agreements,
    trip_networks,
    trip_relations,
    trip_themes,
)
from ..services.journey import estimate_columns
from ..services.sources import source_row
from ..services.trip_costs import NOT_YET_MADE, kept_estimate
from ..services.trips import CheckedTrip
from .bulk_rows import BulkRows, Written, new_ids, theme_ids


def cost_columns(trip: CheckedTrip) -> dict[str, object]:
    """The columns councils ask for, as services.trip_costs stores them for a new trip:
    a trip not yet made has its costs as its estimate unless the file gives one."""
    columns = trip.columns
    assert columns is not None
    not_yet_made = trip.status in NOT_YET_MADE
    return {
        "third_party_costs": columns.third_party_costs,
        "third_party_payer": columns.third_party_payer,
        "cancellation_costs": columns.cancellation_costs,
        "estimated_travel_and_stay": kept_estimate(
            not_yet_made, columns.estimated_travel_and_stay, None, None, trip.travel_and_stay
        ),
        "estimated_other_costs": kept_estimate(
            not_yet_made, columns.estimated_other_costs, None, None, trip.other_costs
        ),
    }


def insert_trips(session: Session, trips: Sequence[CheckedTrip]) -> Written:
    """Store `trips` as new records in the session's transaction; (number, uuid) of each."""
    if not trips:
        return []
    rows = BulkRows(session, Trip, len(trips))
    numbers = theme_ids(
        session, list(dict.fromkeys(name for trip in trips for name in trip.themes))
    )
    add = rows.add
    # The items' numbers up front: the links to their contacts and attendees name them.
    item_ids = iter(new_ids(rows.connection, ProgrammeItem, sum(len(t.programme) for t in trips)))
    for trip_id, trip in zip(rows.ids, trips, strict=True):
        rows.record(
            trip_id,
            **source_row(trip.sourced),
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
            time_zone=trip.time_zone,
            local_transport=trip.local_transport,
            # Estimated from the route the workbook carries, with the newest factor set.
            **estimate_columns(session, trip),
            policy_reason=trip.policy_reason or "",
            **cost_columns(trip),
            ground_contact_id=trip.ground_contact.id if trip.ground_contact else None,
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
                role=trip.traveller_roles.get(official.id, ""),
            )
        for position, mode in enumerate(trip.modes):
            add(TripTransport.__table__, trip_id=trip_id, mode=mode, position=position)
        for organisation, name, function, role in trip.delegation:
            add(
                DelegationMember.__table__,
                trip_id=trip_id,
                organisation=organisation,
                name=name,
                function=function,
                role=role,
            )
        for item in trip.programme:
            item_id = next(item_ids)
            add(ProgrammeItem.__table__, id=item_id, trip_id=trip_id, **item.columns())
            for position, contact in enumerate(item.contacts):
                add(
                    ProgrammeContact.__table__,
                    programme_item_id=item_id,
                    contact_id=contact.id,
                    position=position,
                )
            for official in item.attendees:
                add(programme_attendees, programme_item_id=item_id, official_id=official.id)
        for position, leg in enumerate(trip.legs):
            add(TripLeg.__table__, trip_id=trip_id, position=position, **leg.columns())
        for position, journey_leg in enumerate(trip.journey or []):
            add(
                JourneyLeg.__table__,
                trip_id=trip_id,
                position=position,
                from_place_id=journey_leg.from_place_id,
                to_place_id=journey_leg.to_place_id,
                mode=journey_leg.mode,
                from_airport=journey_leg.from_airport,
                to_airport=journey_leg.to_airport,
                cabin=journey_leg.cabin,
                train_minutes=journey_leg.train_minutes,
            )
        for position, stay in enumerate(trip.stays):
            add(TripStay.__table__, trip_id=trip_id, position=position, **stay.columns())
        for position, (contact, role) in enumerate(trip.hosts):
            add(
                TripHost.__table__,
                trip_id=trip_id,
                contact_id=contact.id,
                position=position,
                role=role,
            )
        for position, gift in enumerate(trip.columns.gifts if trip.columns else []):
            add(
                TripGift.__table__,
                trip_id=trip_id,
                position=position,
                description=gift.description,
                giver=gift.giver,
                value=gift.value,
                kept_at=gift.kept_at,
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
