"""International networks and the organisation's membership of each."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import NetworkRole
from ..domain.models import Contact, Network, Official, Trip
from .checks import Checker
from .common import (
    check_reference,
    check_references,
    delete_unless_used,
    themes_named,
)
from .tracking import deleting, editing, new_record, record_created


@dataclass
class NetworkData:
    name: str
    acronym: str = ""
    scope: str = ""
    themes: list[str] = field(default_factory=list)
    member_since: int | None = None
    annual_fee: Decimal | None = None
    responsible_official_id: int | None = None
    portfolio_code: str = ""
    role: NetworkRole | str = NetworkRole.MEMBER
    contact_ids: list[int] = field(default_factory=list)
    notes: str = ""


def _apply(session: Session, network: Network, data: NetworkData) -> Network:
    check = Checker()
    name = check.text("name", data.name, required=True, max_length=200)
    if name:
        twin = session.scalar(select(Network).where(func.lower(Network.name) == name.lower()))
        if twin is not None and twin is not network:
            check.fail("name", f"Naam: er bestaat al een netwerk '{twin.name}'.")
    acronym = check.text("acronym", data.acronym, max_length=40)
    role = check.choice("role", NetworkRole, data.role)
    since = check.year("member_since", data.member_since)
    fee = check.amount("annual_fee", data.annual_fee)
    code = check.text("portfolio_code", data.portfolio_code, max_length=20).upper()
    responsible = check_reference(check, session, Official, "responsible_official_id",
                                  data.responsible_official_id)
    contacts = check_references(check, session, Contact, "contact_ids", data.contact_ids)
    check.done()
    assert role is not None
    network.name, network.acronym, network.role = name, acronym, role
    network.scope, network.notes = data.scope.strip(), data.notes.strip()
    network.member_since, network.annual_fee, network.portfolio_code = since, fee, code
    network.responsible_official, network.contacts = responsible, contacts
    network.themes = themes_named(session, data.themes)
    session.add(network)
    session.flush()
    return network


def create_network(session: Session, data: NetworkData, *,
                   record_id: int | None = None) -> Network:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    network = _apply(session, new_record(session, "networks", record_id), data)
    record_created(session, "networks", network)
    return network


def update_network(session: Session, network_id: int, data: NetworkData, *,
                   expected_version: int | None = None) -> Network:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, "networks", network_id, expected_version) as network:
        return _apply(session, network, data)


def delete_network(session: Session, network_id: int, *,
                   expected_version: int | None = None) -> None:
    with deleting(session, "networks", network_id, expected_version) as network:
        trips = session.scalars(select(Trip).where(Trip.networks.any(
            Network.id == network_id)))
        delete_unless_used(session, network, f"Netwerk {network.name}",
                           [f"reis '{t.title}'" for t in trips])
