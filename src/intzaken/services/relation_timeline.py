"""A relation's history on one line: its agreements, the trips to its place (or linked to
it) and its events, newest first. Shown in the relation's form and printed in its report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.labels import label
from ..domain.models import Relation, Trip, TripDestination
from ..formatting import period_start, short_date
from ..registers import NOUNS, RegisterKey
from .common import fetch
from .reporting import agreements_of_relation


@dataclass(frozen=True)
class TimelineEntry:
    """One line: when, what kind of thing, what it was, and the record it opens (an
    event opens its relation: it is part of it)."""

    date: dt.date | None
    date_text: str  # as precisely as it is known: 27-01-2024, januari 2024 or 2024
    what: str  # "Overeenkomst", "Reis", or the event's kind ("Bezoek")
    description: str
    register: RegisterKey
    record_id: int


def relation_timeline(session: Session, relation_id: int) -> list[TimelineEntry]:
    """The relation's agreements, trips and events, newest first; undated ones last."""
    relation = fetch(session, Relation, relation_id, NOUNS[RegisterKey.RELATIONS].capitalised)
    entries = [
        *_agreement_entries(session, relation_id),
        *_trip_entries(session, relation),
        *(
            TimelineEntry(
                event.date,
                short_date(event.date),
                _capitalised(label(event.kind)),
                event.description,
                RegisterKey.RELATIONS,
                relation.id,
            )
            for event in relation.events
        ),
    ]
    # Newest first; on one day agreements, then trips, then events, as listed above.
    dated = sorted((e for e in entries if e.date is not None), key=_day, reverse=True)
    return dated + [e for e in entries if e.date is None]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _day(entry: TimelineEntry) -> dt.date:
    return entry.date or dt.date.min


def _agreement_entries(session: Session, relation_id: int) -> list[TimelineEntry]:
    noun = NOUNS[RegisterKey.AGREEMENTS].capitalised
    entries = []
    for agreement in agreements_of_relation(session, relation_id):
        date = agreement.signed_on or agreement.valid_from
        facts = f"{label(agreement.kind)}, {label(agreement.status)}"
        entries.append(
            TimelineEntry(
                date,
                short_date(date),
                noun,
                f"{agreement.title} ({facts})",
                RegisterKey.AGREEMENTS,
                agreement.id,
            )
        )
    return entries


def _trip_entries(session: Session, relation: Relation) -> list[TimelineEntry]:
    """Trips linked to the relation or going to its place, in any status."""
    trips = session.scalars(
        select(Trip)
        .where(
            or_(
                Trip.relations.any(Relation.id == relation.id),
                Trip.destinations.any(TripDestination.place_id == relation.place_id),
            )
        )
        .order_by(Trip.id)
    )
    noun = NOUNS[RegisterKey.TRIPS].capitalised
    return [
        TimelineEntry(
            trip.start_date,
            period_start(trip.start_date, trip.date_precision.value),
            noun,
            f"{trip.title} ({label(trip.status)})",
            RegisterKey.TRIPS,
            trip.id,
        )
        for trip in trips
    ]
