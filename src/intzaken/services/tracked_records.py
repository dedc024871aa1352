"""The records the history follows: what each register's records are called, and the
fields whose values a save compares before and after.

A record's fields are the data that would create it again (services/snapshots.py), so
the history names exactly what a form or an import can change. Signed documents are
compared by name, size and checksum, never loaded whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy.orm import object_session

from ..domain.identity import Tracked
from ..domain.labels import label
from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Country,
    Network,
    Official,
    Organisation,
    Place,
    Policy,
    Project,
    Relation,
    Trip,
)
from ..registers import NOUNS, Nouns, RegisterKey
from .data import LETTER_FIELDS
from .snapshots import (
    agreement_data,
    budget_line_data,
    contact_data,
    network_data,
    official_data,
    policy_data,
    project_data,
    relation_data,
    trip_data,
)
from .sources import source_values

State = dict[str, Any]


class DocumentState(NamedTuple):
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class TrackedRegister:
    name: RegisterKey  # equal to "trips", as in the changes table
    model: type[Tracked]
    title: Callable[[Any], str]  # what the record is called in the history
    state: Callable[[Any], State]  # field -> value, compared before and after a save

    @property
    def nouns(self) -> Nouns:
        return NOUNS[self.name]

    @property
    def noun(self) -> str:
        """With its article, in the current language: "de reis", "the trip"."""
        return self.nouns.the_word()

    @property
    def what(self) -> str:
        """'Reis' ('Trip'), as NotFoundError names a record."""
        return self.nouns.capitalised


def _fields(data: Any) -> State:
    return {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}


def _trip(trip: Trip) -> State:
    return _fields(trip_data(trip))


def _relation(relation: Relation) -> State:
    return _fields(relation_data(relation))


def _network(network: Network) -> State:
    return _fields(network_data(network))


def _agreement(agreement: Agreement) -> State:
    state = _fields(agreement_data(agreement, with_documents=False))
    state["documents"] = [DocumentState(d.filename, d.size, d.sha256) for d in agreement.documents]
    return state


def _official(official: Official) -> State:
    return _fields(official_data(official))


def _budget_line(line: BudgetLine) -> State:
    return _fields(budget_line_data(line))


def _policy(policy: Policy) -> State:
    return _fields(policy_data(policy))


def _project(project: Project) -> State:
    return _fields(project_data(project))


def _place(place: Place) -> State:
    return {
        "name": place.name,
        "place_kind": place.kind,
        "country_code": place.country_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
        **source_values(place),
    }


def _place_title(place: Place) -> str:
    # By the code: after a save that moved the place, `place.country` is the old country.
    session = object_session(place)
    country = session.get(Country, place.country_code) if session is not None else None
    return f"{place.name} ({country.name if country else place.country_code})"


def _contact(contact: Contact) -> State:
    return _fields(contact_data(contact))


def _organisation(organisation: Organisation) -> State:
    return {
        "name": organisation.name,
        "department": organisation.department,
        "email": organisation.email,
        "logo": organisation.logo,
        "home_place_id": organisation.home_place_id,
        **{name: getattr(organisation, name) for name in LETTER_FIELDS},
        **source_values(organisation),
    }


REGISTERS: dict[str, TrackedRegister] = {
    r.name: r
    for r in (
        TrackedRegister(RegisterKey.TRIPS, Trip, lambda t: t.title, _trip),
        TrackedRegister(
            RegisterKey.RELATIONS,
            Relation,
            lambda r: f"{r.place.name} ({label(r.kind)})",
            _relation,
        ),
        TrackedRegister(RegisterKey.NETWORKS, Network, lambda n: n.name, _network),
        TrackedRegister(RegisterKey.AGREEMENTS, Agreement, lambda a: a.title, _agreement),
        TrackedRegister(RegisterKey.OFFICIALS, Official, lambda o: o.name, _official),
        TrackedRegister(
            RegisterKey.BUDGET, BudgetLine, lambda b: f"{b.name} ({b.year})", _budget_line
        ),
        TrackedRegister(RegisterKey.POLICIES, Policy, lambda p: p.title, _policy),
        TrackedRegister(RegisterKey.PROJECTS, Project, lambda p: p.name, _project),
        TrackedRegister(RegisterKey.PLACES, Place, _place_title, _place),
        TrackedRegister(RegisterKey.CONTACTS, Contact, lambda c: c.name, _contact),
        TrackedRegister(RegisterKey.ORGANISATION, Organisation, lambda o: o.name, _organisation),
    )
}
