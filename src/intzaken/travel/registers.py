"""The records a travel copy carries and a merge compares, one entry per kind of record:
how to read a record as the data its service takes, how to write that data back, what it
refers to, and what people call it.

A record's "fields" are the fields of its service's data class: child rows (a trip's
programme, a relation's events, an official's terms) are one field each, because the
services replace them as a whole on every save. References are given as paths into the
data ("traveller_ids", "programme.contact_ids"; a dict such as "traveller_roles" is
keyed by its references); their values are record ids in one database and uuids between
databases.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Network,
    Official,
    Organisation,
    Place,
    Policy,
    ProgrammeItem,
    Project,
    Relation,
    Trip,
    TripDestination,
)
from ..registers import NOUNS, RegisterKey
from ..services import (
    agreements,
    budget,
    networks,
    officials,
    organisation,
    places,
    policies,
    projects,
    relations,
    trips,
)
from ..services import snapshots as s
from ..services.tracked_records import REGISTERS as TRACKED


@dataclass(frozen=True)
class TravelRegister:
    name: RegisterKey  # equal to the name in the history: "trips", "contacts", ...
    model: type[Any]
    to_data: Callable[[Any], Any]  # record -> its service's data (ids as references)
    create: Callable[[Session, Any], Any] | None  # None: never made by a merge
    update: Callable[[Session, int, Any], Any]
    delete: Callable[[Session, int], None] | None  # None: never deleted by a merge
    references: Mapping[str, type[Any]] = field(default_factory=dict)
    unordered: frozenset[str] = frozenset()  # list fields whose order means nothing
    loads: tuple[LoaderOption, ...] = ()  # what to_data reads, loaded in batches
    # Fields to_data leaves out because they are large (signed documents): their value as
    # compared (record -> {field: value}), and the record's data with them filled in.
    extra: Callable[[Any], dict[str, Any]] | None = None
    with_extra: Callable[[Any], Any] | None = None
    # What no two records may share (record -> key): a record added in the copy with the
    # key of one added in the team database meanwhile is that record.
    natural_key: Callable[[Any], tuple[Any, ...]] | None = None

    def title(self, record: Any) -> str:
        """What the record is called, as the history calls it: "Osaka (stedenband)"."""
        return str(TRACKED[self.name].title(record))

    def describe(self, record: Any) -> str:
        """For messages and lists, in the current language: "reis 'Werkbezoek Tokio'"."""
        return f"{NOUNS[self.name].word()} '{self.title(record)}'"


def _documents(agreement: Agreement) -> dict[str, Any]:
    # By their checksums: the files themselves can be large and stay unread.
    return {
        "documents": [
            {"filename": d.filename, "sha256": d.sha256, "added_at": d.added_at.isoformat()}
            for d in agreement.documents
        ]
    }


def _set_organisation(session: Session, _record_id: int, data: Any) -> Any:
    return organisation.set_organisation(session, data)


def _creator(create: Callable[..., Any]) -> Callable[[Session, Any], Any]:
    return lambda session, data: create(session, data)


_THEMES_AND_CONTACTS = frozenset({"themes", "contact_ids"})

# In the order a merge writes them: what a record refers to comes before it.
REGISTERS: dict[str, TravelRegister] = {
    r.name: r
    for r in (
        TravelRegister(
            RegisterKey.OFFICIALS,
            Official,
            s.official_data,
            _creator(officials.create_official),
            officials.update_official,
            officials.delete_official,
            loads=(selectinload(Official.terms),),
        ),
        TravelRegister(
            RegisterKey.CONTACTS,
            Contact,
            s.contact_data,
            organisation.create_contact,
            organisation.update_contact,
            organisation.delete_contact,
        ),
        TravelRegister(
            RegisterKey.PLACES,
            Place,
            s.place_data,
            places.create_place,
            places.update_place,
            places.delete_place,
            loads=(selectinload(Place.country),),
            natural_key=lambda p: (p.country_code, p.name.casefold()),
        ),
        # After the places: its home place is one of them.
        TravelRegister(
            RegisterKey.ORGANISATION,
            Organisation,
            s.organisation_data,
            None,
            _set_organisation,
            None,
            {"home_place_id": Place},
        ),
        TravelRegister(
            RegisterKey.BUDGET,
            BudgetLine,
            s.budget_line_data,
            _creator(budget.create_budget_line),
            budget.update_budget_line,
            budget.delete_budget_line,
            loads=(selectinload(BudgetLine.entries),),
            natural_key=lambda b: (b.year, b.name.casefold()),
        ),
        TravelRegister(
            RegisterKey.RELATIONS,
            Relation,
            s.relation_data,
            _creator(relations.create_relation),
            relations.update_relation,
            relations.delete_relation,
            {"place_id": Place, "responsible_official_id": Official, "contact_ids": Contact},
            _THEMES_AND_CONTACTS,
            (
                selectinload(Relation.place),
                selectinload(Relation.themes),
                selectinload(Relation.contacts),
                selectinload(Relation.events),
            ),
        ),
        TravelRegister(
            RegisterKey.NETWORKS,
            Network,
            s.network_data,
            _creator(networks.create_network),
            networks.update_network,
            networks.delete_network,
            {"responsible_official_id": Official, "contact_ids": Contact},
            _THEMES_AND_CONTACTS,
            (selectinload(Network.themes), selectinload(Network.contacts)),
            natural_key=lambda n: (n.name.casefold(),),
        ),
        TravelRegister(
            RegisterKey.AGREEMENTS,
            Agreement,
            lambda a: s.agreement_data(a, with_documents=False),
            _creator(agreements.create_agreement),
            agreements.update_agreement,
            agreements.delete_agreement,
            {"relation_ids": Relation},
            frozenset({"themes", "relation_ids"}),
            (
                selectinload(Agreement.themes),
                selectinload(Agreement.relations),
                selectinload(Agreement.documents),
            ),
            extra=_documents,
            with_extra=s.agreement_data,
        ),
        TravelRegister(
            RegisterKey.TRIPS,
            Trip,
            s.trip_data,
            _creator(trips.create_trip),
            trips.update_trip,
            trips.delete_trip,
            {
                "destinations.place_id": Place,
                # The route of the CO2 estimate starts at the home place: copied along.
                "journey.from_place_id": Place,
                "journey.to_place_id": Place,
                "traveller_ids": Official,
                "lead_official_id": Official,
                "budget_line_id": BudgetLine,
                "relation_ids": Relation,
                "network_ids": Network,
                "agreement_ids": Agreement,
                "programme.contact_ids": Contact,
                "programme.attendee_ids": Official,
                "traveller_roles": Official,  # keyed by the official
                "hosts.contact_id": Contact,
                "ground_contact_id": Contact,
            },
            # The programme's order within a day is the user's (issue 17): compared as is.
            frozenset({"themes", "relation_ids", "network_ids", "agreement_ids"}),
            (
                selectinload(Trip.destinations).selectinload(TripDestination.place),
                selectinload(Trip.programme).selectinload(ProgrammeItem.contact_links),
                selectinload(Trip.programme).selectinload(ProgrammeItem.attendees),
                *(
                    selectinload(getattr(Trip, name))
                    for name in (
                        "travellers",
                        "transport",
                        "delegation",
                        "legs",
                        "stays",
                        "hosts",
                        "gifts",
                        "follow_ups",
                        "themes",
                        "relations",
                        "networks",
                        "agreements",
                    )
                ),
            ),
        ),
        # After what its priorities link to.
        TravelRegister(
            RegisterKey.POLICIES,
            Policy,
            s.policy_data,
            _creator(policies.create_policy),
            policies.update_policy,
            policies.delete_policy,
            {
                "priorities.trip_ids": Trip,
                "priorities.relation_ids": Relation,
                "priorities.network_ids": Network,
            },
            loads=policies.POLICY_LOADS,
            natural_key=lambda p: (p.title.casefold(),),
        ),
        TravelRegister(
            RegisterKey.PROJECTS,
            Project,
            s.project_data,
            _creator(projects.create_project),
            projects.update_project,
            projects.delete_project,
            {"relation_ids": Relation, "network_ids": Network, "trip_ids": Trip},
            frozenset({"relation_ids", "network_ids", "trip_ids"}),
            projects.PROJECT_LOADS,
            natural_key=lambda p: (p.name.casefold(),),
        ),
    )
}

BY_MODEL: dict[type[Any], TravelRegister] = {r.model: r for r in REGISTERS.values()}
