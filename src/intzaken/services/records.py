"""Every register as plain records (dicts of JSON-ready values), for listing and export.

Amounts are strings with two decimals ("22360.00"), CO2 in tonnes with at least two
("23.32"), dates ISO; nothing is rounded, so a record says exactly what the file holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import extract, select
from sqlalchemy.orm import Session, selectinload

from ..domain.models import (
    Agreement,
    JourneyLeg,
    Network,
    OfficeTerm,
    Official,
    Place,
    ProgrammeItem,
    Relation,
    Trip,
    TripLeg,
)
from ..domain.titles import term_on
from ..registers import RegisterKey
from .budget import budget_use
from .journey import estimate_method
from .known_figures import known_total
from .trips import trips_query

Record = dict[str, Any]


def amount_text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def tonnes_text(value: Decimal | None) -> str | None:
    """At least two decimals, more only where the value has them: 23.32, 0.185."""
    if value is None:
        return None
    return f"{value:.2f}" if value == round(value, 2) else f"{value.normalize():f}"


def date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _term(term: OfficeTerm) -> Record:
    return {
        "role": term.role.value,
        "portfolio": term.portfolio,
        "portfolio_code": term.portfolio_code,
        "start_date": date_text(term.start_date),
        "end_date": date_text(term.end_date),
    }


def _journey_leg(leg: JourneyLeg) -> Record:
    return {
        "from_place_id": leg.from_place_id,
        "from_place": leg.from_place.name,
        "to_place_id": leg.to_place_id,
        "to_place": leg.to_place.name,
        "mode": leg.mode.value,
        "from_airport": leg.from_airport or None,
        "to_airport": leg.to_airport or None,
        "cabin": leg.cabin.value,
    }


def trip_records(session: Session, year: int | None = None) -> list[Record]:
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
                "journey": [_journey_leg(leg) for leg in trip.journey],
                "policy_reason": trip.policy_reason,
                "total_costs": amount_text(known_total(trip)),
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


def official_records(session: Session, year: int | None = None) -> list[Record]:
    officials = session.scalars(
        select(Official).options(selectinload(Official.terms)).order_by(Official.name)
    ).all()
    if year is not None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        officials = [
            o
            for o in officials
            if any(
                t.start_date <= last and (t.end_date is None or t.end_date >= first)
                for t in o.terms
            )
        ]
    today = dt.date.today()
    records = []
    for official in officials:
        current = term_on(official, today)
        records.append(
            {
                "id": official.id,
                "name": official.name,
                "short_name": official.short_name,
                "current_role": current.role.value if current else None,
                "terms": [_term(t) for t in official.terms],
                "notes": official.notes,
            }
        )
    return records


def relation_records(session: Session, year: int | None = None) -> list[Record]:
    relations = session.scalars(
        select(Relation).options(
            selectinload(Relation.place).selectinload(Place.country),
            selectinload(Relation.themes),
            selectinload(Relation.contacts),
            selectinload(Relation.events),
        )
    ).all()
    relations = sorted(relations, key=lambda r: (r.place.name.lower(), r.id))
    return [
        {
            "id": r.id,
            "kind": r.kind.value,
            "place_id": r.place_id,
            "place": r.place.name,
            "country_code": r.place.country_code,
            "country": r.place.country.name,
            "since_year": r.since_year,
            "status": r.status.value,
            "themes": [t.name for t in r.themes],
            "responsible_official_id": r.responsible_official_id,
            "contact_ids": [c.id for c in r.contacts],
            "notes": r.notes,
            "events": [
                {"date": date_text(e.date), "kind": e.kind.value, "description": e.description}
                for e in r.events
            ],
        }
        for r in relations
    ]


def network_records(session: Session, year: int | None = None) -> list[Record]:
    networks = session.scalars(
        select(Network)
        .options(selectinload(Network.themes), selectinload(Network.responsible_official))
        .order_by(Network.name)
    ).all()
    return [
        {
            "id": n.id,
            "name": n.name,
            "acronym": n.acronym,
            "scope": n.scope,
            "themes": [t.name for t in n.themes],
            "member_since": n.member_since,
            "annual_fee": amount_text(n.annual_fee),
            "responsible_official_id": n.responsible_official_id,
            "responsible_official": (
                n.responsible_official.name if n.responsible_official else None
            ),
            "portfolio_code": n.portfolio_code,
            "role": n.role.value,
            "contact_ids": [c.id for c in n.contacts],
            "notes": n.notes,
        }
        for n in networks
    ]


def agreement_records(session: Session, year: int | None = None) -> list[Record]:
    query = select(Agreement).options(
        selectinload(Agreement.themes),
        selectinload(Agreement.relations),
        selectinload(Agreement.documents),
    )
    if year is not None:
        query = query.where(extract("year", Agreement.signed_on) == year)
    agreements = session.scalars(
        query.order_by(Agreement.signed_on.nulls_first(), Agreement.id)
    ).all()
    return [
        {
            "id": a.id,
            "kind": a.kind.value,
            "title": a.title,
            "counterparts": a.counterparts,
            "signed_on": date_text(a.signed_on),
            "signed_by": a.signed_by,
            "valid_from": date_text(a.valid_from),
            "valid_until": date_text(a.valid_until),
            "renewal_date": date_text(a.renewal_date),
            "status": a.status.value,
            "document_published": a.document_published,
            "themes": [t.name for t in a.themes],
            "relation_ids": [r.id for r in a.relations],
            "documents": [
                {"id": d.id, "filename": d.filename, "size": d.size, "sha256": d.sha256}
                for d in a.documents
            ],
            "notes": a.notes,
        }
        for a in agreements
    ]


def budget_records(session: Session, year: int | None = None) -> list[Record]:
    return [
        {
            "id": use.line.id,
            "year": use.line.year,
            "code": use.line.code,
            "name": use.line.name,
            "amount": amount_text(use.line.amount),
            "spent": amount_text(use.spent),
            "committed": amount_text(use.committed),
            "left": amount_text(use.left),
            "notes": use.line.notes,
        }
        for use in budget_use(session, year)
    ]


# Each register's records, for `intzaken list` (and SPECS): listing needs only this module,
# not the services that create, change and delete records (register_specs.py imports
# them all: a tenth of the command's start).
REGISTER_RECORDS: dict[RegisterKey, Callable[[Session, int | None], list[Record]]] = {
    RegisterKey.TRIPS: trip_records,
    RegisterKey.RELATIONS: relation_records,
    RegisterKey.NETWORKS: network_records,
    RegisterKey.AGREEMENTS: agreement_records,
    RegisterKey.OFFICIALS: official_records,
    RegisterKey.BUDGET: budget_records,
}
