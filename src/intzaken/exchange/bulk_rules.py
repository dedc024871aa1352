"""The import's bulk path per register: the service's own rules, asked with a row's data
and the record it would leave unchanged (None for a new one) against what the import has
read once (records by number, names for the twin tests) instead of a query each, and the
writer of the new records the rules accepted (one executemany per table).

Contacts and the organisation go through their services (import_run.Run.save), as
do changed records of every register.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..domain.models import Agreement, BudgetLine, Network, Official, Place, Relation, Trip
from ..services.agreements import check_agreement
from ..services.budget import charged_if_moved, check_budget_line
from ..services.checks import Checker
from ..services.networks import check_network
from ..services.officials import check_official
from ..services.places import check_place
from ..services.relations import check_relation
from ..services.trips import check_trip
from .agreement_rows import insert_agreements
from .budget_rows import insert_budget_lines
from .bulk_rows import Written
from .loaded_records import LoadedRecords
from .network_rows import insert_networks
from .official_rows import insert_officials
from .place_rows import insert_places
from .relation_rows import insert_relations
from .trip_rows import insert_trips
from .twins import Twins


@dataclass
class Sources:
    session: Session
    records: LoadedRecords
    twins: Twins


def trip_rules(check: Checker, sources: Sources, data: Any, record: Any) -> Any:
    return check_trip(check, sources.records, data)


def official_rules(check: Checker, sources: Sources, data: Any, record: Any) -> Any:
    return check_official(check, data)


def place_rules(check: Checker, sources: Sources, data: Any, record: Any) -> Any:
    return check_place(
        check,
        sources.session,
        data,
        None if record is None else record.id,
        twin=sources.twins.place,
    )


def relation_rules(check: Checker, sources: Sources, data: Any, record: Any) -> Any:
    return check_relation(check, sources.records, data)


def agreement_rules(check: Checker, sources: Sources, data: Any, record: Any) -> Any:
    return check_agreement(check, sources.records, data)


def budget_rules(check: Checker, sources: Sources, data: Any, record: Any) -> Any:
    return check_budget_line(
        check,
        data,
        sources.twins.budget_line,
        None if record is None else record.id,
        charged_if_moved(sources.session, record),
    )


def network_rules(check: Checker, sources: Sources, data: Any, record: Any) -> Any:
    return check_network(
        check, sources.records, data, sources.twins.network, None if record is None else record.id
    )


@dataclass(frozen=True)
class Bulk:
    # (check, sources, data, record or None) -> the checked record, or None (problems)
    rules: Callable[[Checker, Sources, Any, Any], Any]
    write: Callable[[Session, Sequence[Any]], Written]  # checked records -> (number, uuid)


BULK: dict[Any, Bulk] = {
    Place: Bulk(place_rules, insert_places),
    Official: Bulk(official_rules, insert_officials),
    Trip: Bulk(trip_rules, insert_trips),
    Relation: Bulk(relation_rules, insert_relations),
    BudgetLine: Bulk(budget_rules, insert_budget_lines),
    Network: Bulk(network_rules, insert_networks),
    Agreement: Bulk(agreement_rules, insert_agreements),
}
