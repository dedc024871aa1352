"""Read-only look-ups the printed reports need, beyond the registers' own lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import literal_column, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import ColumnElement

from ..domain.enums import AgreementStatus, TripStatus
from ..domain.models import (
    Agreement,
    Network,
    Official,
    Relation,
    Trip,
    TripDestination,
    TripTraveller,
)
from ..registers import NOUNS, RegisterKey
from .common import fetch
from .trip_listing import dialect_name
from .trips import trips_query


def get_trip(session: Session, trip_id: int) -> Trip:
    """The trip, or NotFoundError with a Dutch message."""
    return fetch(session, Trip, trip_id, NOUNS[RegisterKey.TRIPS].capitalised)


def done_trips(session: Session, year: int) -> list[Trip]:
    """The trips of `year` that took place, in date order.

    Filtered in SQL on the indexed start date and the status: a year of a large archive
    holds thousands of trips, and loading the others with their lists only to drop them
    cost more than the report's own query.
    """
    return trips_between(session, dt.date(year, 1, 1), dt.date(year, 12, 31), [TripStatus.DONE])


def trips_between(
    session: Session, first: dt.date, last: dt.date, statuses: Iterable[TripStatus]
) -> list[Trip]:
    """Trips starting from `first` up to and including `last`, in date order."""
    status: ColumnElement[TripStatus] = Trip.status.expression
    if dialect_name(session) == "sqlite":
        # `+trips.status`: SQLite's planner, without statistics, prefers the status index
        # to the start date range, and reads every done trip of the archive for a year's.
        status = literal_column(f"+{Trip.__tablename__}.status", Trip.status.type)
    query = trips_query().where(
        Trip.start_date >= first, Trip.start_date <= last, status.in_(list(statuses))
    )
    return list(session.scalars(query))


def relations_of_trip(trip: Trip) -> list[Relation]:
    """The relations linked to the trip, followed by those with a destination's place."""
    relations = list(trip.relations)
    session = Session.object_session(trip)
    place_ids = [d.place_id for d in trip.destinations if d.place_id is not None]
    if session is not None and place_ids:
        for relation in session.scalars(
            select(Relation).where(Relation.place_id.in_(place_ids)).order_by(Relation.id)
        ):
            if relation not in relations:
                relations.append(relation)
    return relations


def earlier_visits(
    session: Session, relation: Relation, before: dt.date | None, exclude_trip_id: int | None = None
) -> list[Trip]:
    """Trips that took place before `before` to the relation or its place, newest first."""
    query = (
        select(Trip)
        .options(
            selectinload(Trip.travellers)
            .selectinload(TripTraveller.official)
            .selectinload(Official.terms)
        )
        .where(
            Trip.status == TripStatus.DONE,
            or_(
                Trip.relations.any(Relation.id == relation.id),
                Trip.destinations.any(TripDestination.place_id == relation.place_id),
            ),
        )
        .order_by(Trip.start_date.desc().nulls_last(), Trip.id.desc())
    )
    if before is not None:
        query = query.where(Trip.start_date < before)
    if exclude_trip_id is not None:
        query = query.where(Trip.id != exclude_trip_id)
    return list(session.scalars(query))


def agreements_of_relation(session: Session, relation_id: int) -> list[Agreement]:
    return list(
        session.scalars(
            select(Agreement)
            .where(Agreement.relations.any(Relation.id == relation_id))
            .order_by(Agreement.signed_on.nulls_first(), Agreement.id)
        )
    )


def agreements_without_relation(session: Session) -> list[Agreement]:
    return list(
        session.scalars(
            select(Agreement)
            .where(~Agreement.relations.any())
            .order_by(Agreement.signed_on.nulls_first(), Agreement.id)
        )
    )


def published_agreements(session: Session) -> list[Agreement]:
    """The agreements the Woo list names: every one concluded (all but drafts), in the
    order they were signed, with their relations and whether a document is kept."""
    return list(
        session.scalars(
            select(Agreement)
            .where(Agreement.status != AgreementStatus.DRAFT)
            .options(selectinload(Agreement.relations), selectinload(Agreement.documents))
            .order_by(Agreement.signed_on.nulls_first(), Agreement.id)
        )
    )


def all_networks(session: Session) -> list[Network]:
    return list(
        session.scalars(
            select(Network)
            .options(
                selectinload(Network.responsible_official).selectinload(Official.terms),
                selectinload(Network.themes),
            )
            .order_by(Network.name)
        )
    )


def all_relations(session: Session) -> list[Relation]:
    relations = session.scalars(
        select(Relation).options(selectinload(Relation.place), selectinload(Relation.themes))
    ).all()
    return sorted(relations, key=lambda r: (r.place.name.lower(), r.id))


def trips_on_budget_line(session: Session, line_id: int) -> list[Trip]:
    return list(
        session.scalars(
            select(Trip)
            .where(Trip.budget_line_id == line_id)
            .order_by(Trip.start_date.nulls_first(), Trip.id)
        )
    )
