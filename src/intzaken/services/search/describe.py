"""How a found record is shown: its title, what it is in a few words, its date, and the
form that opens it. Read for the few records a search shows, never for all matches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select, union_all
from sqlalchemy.orm import selectinload

from ...domain.enums import TripStatus
from ...domain.labels import label
from ...domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Network,
    Official,
    Place,
    ProgrammeContact,
    ProgrammeItem,
    Relation,
    Trip,
    TripDestination,
    network_contacts,
    relation_contacts,
    trip_relations,
)
from ...formatting import country_name, long_date, period_range
from ...i18n import _
from ...registers import RegisterKey

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SEPARATOR = " · "


@dataclass(frozen=True)
class About:
    title: str
    detail: str = ""
    when: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    opens: tuple[RegisterKey, int] | None = None


def describe(session: Session, register: RegisterKey, ids: list[int]) -> dict[int, About]:
    return _DESCRIBERS[register](session, ids)


def _joined(*parts: str) -> str:
    return SEPARATOR.join(part for part in parts if part)


def _trips(session: Session, ids: list[int]) -> dict[int, About]:
    trips = session.scalars(
        select(Trip)
        .where(Trip.id.in_(ids))
        .options(selectinload(Trip.destinations).selectinload(TripDestination.place))
        .options(selectinload(Trip.destinations).selectinload(TripDestination.country))
    )
    found = {}
    for trip in trips:
        places = [
            d.place.name if d.place is not None else country_name(d.country_code, d.country.name)
            for d in trip.destinations
        ]
        found[trip.id] = About(
            title=trip.title,
            detail=_joined(", ".join(places), label(trip.status)),
            when=_trip_when(trip),
            start_date=trip.start_date,
            end_date=trip.end_date,
            opens=(RegisterKey.TRIPS, trip.id),
        )
    return found


def _trip_when(trip: Trip) -> str:
    if trip.start_date is None:
        return _("date not yet known")
    return period_range(trip.start_date, trip.end_date, trip.date_precision)


def _relations(session: Session, ids: list[int]) -> dict[int, About]:
    relations = session.scalars(
        select(Relation)
        .where(Relation.id.in_(ids))
        .options(selectinload(Relation.place).selectinload(Place.country))
    ).all()
    last = _last_visits(session, relations)
    found = {}
    for relation in relations:
        place = relation.place
        country = country_name(place.country_code, place.country.name)
        visited = last.get(relation.id)
        found[relation.id] = About(
            title=place.name if place.name == country else f"{place.name}, {country}",
            detail=_joined(
                label(relation.kind),
                label(relation.status),
                _("last visit {date}").format(date=long_date(visited)) if visited else "",
            ),
            opens=(RegisterKey.RELATIONS, relation.id),
        )
    return found


def _last_visits(session: Session, relations: Iterable[Relation]) -> dict[int, dt.date]:
    """Per relation, the first day of the latest trip carried out to its place or on
    its behalf: "when were we last there"."""
    by_place = {relation.place_id: relation.id for relation in relations}
    if not by_place:
        return {}
    # The status is looked at in the sum, not in WHERE: there SQLite would walk the
    # index of all trips carried out instead of the few to these places.
    to_place = (
        select(TripDestination.place_id.label("place_id"), Trip.status, Trip.start_date)
        .join(Trip, Trip.id == TripDestination.trip_id)
        .where(TripDestination.place_id.in_(by_place))
    )
    for_relation = (
        select(Relation.place_id, Trip.status, Trip.start_date)
        .join(trip_relations, trip_relations.c.relation_id == Relation.id)
        .join(Trip, Trip.id == trip_relations.c.trip_id)
        .where(Relation.id.in_(by_place.values()))
    )
    visits = union_all(to_place, for_relation).subquery()
    done = case((visits.c.status == TripStatus.DONE.value, visits.c.start_date))
    rows = session.execute(select(visits.c.place_id, func.max(done)).group_by(visits.c.place_id))
    return {by_place[place]: day for place, day in rows if day is not None}


def _contacts(session: Session, ids: list[int]) -> dict[int, About]:
    contacts = session.scalars(select(Contact).where(Contact.id.in_(ids)))
    opens = _contact_records(session, ids)
    # "Who do we know there, and when did we last see them": the latest programme day.
    met = {
        contact_id: day
        for contact_id, day in session.execute(
            select(ProgrammeContact.contact_id, func.max(ProgrammeItem.day))
            .join(ProgrammeItem, ProgrammeItem.id == ProgrammeContact.programme_item_id)
            .where(ProgrammeContact.contact_id.in_(ids))
            .group_by(ProgrammeContact.contact_id)
        )
    }
    return {
        contact.id: About(
            title=contact.name,
            detail=_joined(
                contact.function,
                contact.organisation,
                _("last met {date}").format(date=long_date(met[contact.id]))
                if contact.id in met
                else "",
            ),
            opens=opens.get(contact.id),
        )
        for contact in contacts
    }


def _contact_records(session: Session, ids: list[int]) -> dict[int, tuple[RegisterKey, int]]:
    """What opens for a contact, which has no form of its own: the relation it belongs
    to, else its network, else the latest trip it was met on."""
    found: dict[int, tuple[RegisterKey, int]] = {}
    latest_trip = (
        select(ProgrammeContact.contact_id, ProgrammeItem.trip_id)
        .join(ProgrammeItem, ProgrammeItem.id == ProgrammeContact.programme_item_id)
        .join(Trip, Trip.id == ProgrammeItem.trip_id)
        .where(ProgrammeContact.contact_id.in_(ids))
        .order_by(Trip.start_date.desc().nulls_last(), Trip.id.desc())
    )
    network = select(network_contacts.c.contact_id, network_contacts.c.network_id).where(
        network_contacts.c.contact_id.in_(ids)
    )
    relation = select(relation_contacts.c.contact_id, relation_contacts.c.relation_id).where(
        relation_contacts.c.contact_id.in_(ids)
    )
    # Later assignments win: the relation over the network over the trip.
    for register, statement in (
        (RegisterKey.TRIPS, latest_trip),
        (RegisterKey.NETWORKS, network.order_by(network_contacts.c.network_id.desc())),
        (RegisterKey.RELATIONS, relation.order_by(relation_contacts.c.relation_id.desc())),
    ):
        chosen: dict[int, int] = {}
        for contact_id, record_id in session.execute(statement):
            chosen.setdefault(contact_id, record_id)  # the first in the statement's order
        found.update({contact: (register, record) for contact, record in chosen.items()})
    return found


def _agreements(session: Session, ids: list[int]) -> dict[int, About]:
    agreements = session.scalars(select(Agreement).where(Agreement.id.in_(ids)))
    return {
        agreement.id: About(
            title=agreement.title,
            detail=_joined(label(agreement.kind), label(agreement.status)),
            when=long_date(agreement.signed_on),
            start_date=agreement.signed_on,
            opens=(RegisterKey.AGREEMENTS, agreement.id),
        )
        for agreement in agreements
    }


def _networks(session: Session, ids: list[int]) -> dict[int, About]:
    networks = session.scalars(select(Network).where(Network.id.in_(ids)))
    return {
        network.id: About(
            title=f"{network.name} ({network.acronym})" if network.acronym else network.name,
            detail=label(network.role),
            opens=(RegisterKey.NETWORKS, network.id),
        )
        for network in networks
    }


def _officials(session: Session, ids: list[int]) -> dict[int, About]:
    officials = session.scalars(
        select(Official).where(Official.id.in_(ids)).options(selectinload(Official.terms))
    )
    found = {}
    for official in officials:
        term = official.terms[-1] if official.terms else None
        found[official.id] = About(
            title=official.name,
            detail=_joined(label(term.role), term.portfolio) if term is not None else "",
            opens=(RegisterKey.OFFICIALS, official.id),
        )
    return found


def _budget(session: Session, ids: list[int]) -> dict[int, About]:
    lines = session.scalars(select(BudgetLine).where(BudgetLine.id.in_(ids)))
    return {
        line.id: About(
            title=line.name,
            detail=_joined(str(line.year), line.code),
            opens=(RegisterKey.BUDGET, line.id),
        )
        for line in lines
    }


_DESCRIBERS: dict[RegisterKey, Callable[[Session, list[int]], dict[int, About]]] = {
    RegisterKey.TRIPS: _trips,
    RegisterKey.RELATIONS: _relations,
    RegisterKey.CONTACTS: _contacts,
    RegisterKey.AGREEMENTS: _agreements,
    RegisterKey.NETWORKS: _networks,
    RegisterKey.OFFICIALS: _officials,
    RegisterKey.BUDGET: _budget,
}
