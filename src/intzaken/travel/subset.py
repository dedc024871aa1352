"""Which records a travel copy for one trip holds.

For trip T:
- T itself;
- the relations at its destinations: with a place of T's destinations, or anywhere in a
  country T visits without naming a place; and the relations T is linked to;
- the agreements T is linked to, and those of the relations above;
- the networks T is linked to, and the networks one of T's travellers holds;
- earlier visits: the other trips to one of those places (or countries, as above) that
  started before T (all of them when T has no date yet);
- the contacts of those relations and networks and of the trips' programmes, and every
  other record any of these refers to (officials, places, budget lines), so that the
  copy is complete. The organisation always comes along; countries and themes are
  copied whole (they are short lists, and the forms offer them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.models import (
    Agreement,
    Network,
    Organisation,
    Place,
    Relation,
    Trip,
    TripDestination,
)
from ..registers import NOUNS, RegisterKey
from ..services.common import fetch
from .portable import map_references
from .registers import BY_MODEL

Selection = dict[type[Any], set[int]]  # model -> ids of the records to copy


def trip_selection(session: Session, trip_id: int) -> Selection:
    trip = fetch(session, Trip, trip_id, NOUNS[RegisterKey.TRIPS].capitalised)
    places = {d.place_id for d in trip.destinations if d.place_id is not None}
    countries = {d.country_code for d in trip.destinations if d.place_id is None}
    at_destination = or_(Place.id.in_(places), Place.country_code.in_(countries))
    relations = {r.id for r in trip.relations} | set(
        session.scalars(select(Relation.id).join(Place).where(at_destination))
    )
    agreements = {a.id for a in trip.agreements} | set(
        session.scalars(
            select(Agreement.id).where(Agreement.relations.any(Relation.id.in_(relations)))
        )
    )
    travellers = {t.official_id for t in trip.travellers}
    networks = {n.id for n in trip.networks} | set(
        session.scalars(select(Network.id).where(Network.responsible_official_id.in_(travellers)))
    )
    visits = (
        select(Trip.id)
        .join(TripDestination)
        .where(
            or_(TripDestination.place_id.in_(places), TripDestination.country_code.in_(countries)),
            Trip.id != trip.id,
        )
    )
    if trip.start_date is not None:
        visits = visits.where(Trip.start_date < trip.start_date)
    selection: Selection = {
        Trip: {trip.id, *session.scalars(visits)},
        Relation: relations,
        Agreement: agreements,
        Network: networks,
        Organisation: set(session.scalars(select(Organisation.id))),
    }
    return with_references(session, selection)


def with_references(session: Session, selection: Selection) -> Selection:
    """`selection` and every record its records refer to, and what those refer to."""
    result: Selection = {model: set(ids) for model, ids in selection.items()}
    pending = [(model, record_id) for model, ids in result.items() for record_id in ids]
    while pending:
        model, record_id = pending.pop()
        register = BY_MODEL[model]
        if not register.references:
            continue
        found: list[tuple[type[Any], int]] = []

        def note(target: type[Any], reference: int, found: list[Any] = found) -> int:
            found.append((target, reference))
            return reference

        map_references(register.to_data(session.get(model, record_id)), register.references, note)
        for target, reference in found:
            if reference not in result.setdefault(target, set()):
                result[target].add(reference)
                pending.append((target, reference))
    return result
