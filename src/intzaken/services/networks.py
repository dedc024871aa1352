"""International networks and the organisation's membership of each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import MembershipStatus, NetworkRole
from ..domain.models import Contact, Network, Official, Trip
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import (
    Records,
    check_reference,
    check_references,
    delete_unless_used,
    themes_named,
)
from .data import NetworkData
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source
from .tracking import deleting, editing, new_record, record_created

# name -> (number, name as stored) of the first network whose name SQLite's lower()
# makes name.lower(), or None: the twin a network must not have. The first by number, so
# an import can give the same answer from memory (its number None for a network the
# import has accepted but not yet written).
NetworkTwin = Callable[[str], tuple[int | None, str] | None]


def network_twin(session: Session) -> NetworkTwin:
    """The twin test against the database (the form's); an import answers it from the
    networks it has read and accepted (exchange/twins.py, the same comparison in Python)."""

    def twin(name: str) -> tuple[int | None, str] | None:
        row = session.execute(
            select(Network.id, Network.name)
            .where(func.lower(Network.name) == name.lower())
            .order_by(Network.id)
            .limit(1)
        ).first()
        return None if row is None else (row[0], row[1])

    return twin


@dataclass
class CheckedNetwork:
    """A network the rules accepted (check_network), with the records it names."""

    name: str
    acronym: str
    scope: str
    role: NetworkRole
    membership: MembershipStatus
    member_since: int | None
    annual_fee: Decimal | None
    portfolio_code: str
    responsible: Official | None
    contacts: list[Contact]
    themes: list[str]  # the tags as given; themes_named normalises them
    notes: str
    sourced: CheckedSource = CheckedSource()  # services/sources.py


def check_network(
    check: Checker,
    source: Records,
    data: NetworkData,
    twin: NetworkTwin,
    network_id: int | None = None,
) -> CheckedNetwork | None:
    """The network rules: problems go to `check`; None when there are any. `source`
    answers `get(model, record_id)` (the session, or records an import loaded once);
    `network_id` is the network's own number (None for a new one)."""
    name = check.text("name", data.name, required=True, max_length=200)
    if name:
        found = twin(name)
        if found is not None and (network_id is None or found[0] != network_id):
            check.fail(
                "name",
                _("{field}: a network '{name}' already exists.").format(
                    field=field_label("name"), name=found[1]
                ),
            )
    acronym = check.text("acronym", data.acronym, max_length=40)
    role = check.choice("role", NetworkRole, data.role)
    membership = check.choice("membership", MembershipStatus, data.membership)
    since = check.year("member_since", data.member_since)
    fee = check.amount("annual_fee", data.annual_fee)
    code = check.text("portfolio_code", data.portfolio_code, max_length=20).upper()
    responsible = check_reference(
        check, source, Official, "responsible_official_id", data.responsible_official_id
    )
    contacts = check_references(check, source, Contact, "contact_ids", data.contact_ids)
    themes = check.themes("themes", data.themes)
    scope = check.text("scope", data.scope, multiline=True)
    notes = check.text("notes", data.notes, multiline=True)
    sourced = check_source(check, data)
    if check.problems:
        return None
    assert role is not None and membership is not None
    return CheckedNetwork(
        name=name,
        acronym=acronym,
        scope=scope,
        role=role,
        membership=membership,
        member_since=since,
        annual_fee=fee,
        portfolio_code=code,
        responsible=responsible,
        contacts=contacts,
        themes=themes,
        notes=notes,
        sourced=sourced,
    )


def _apply(session: Session, network: Network, data: NetworkData) -> Network:
    check = Checker()
    checked = check_network(check, session, data, network_twin(session), network.id)
    check.done()
    assert checked is not None
    apply_source(network, checked.sourced)
    network.name, network.acronym, network.role = checked.name, checked.acronym, checked.role
    network.scope, network.notes = checked.scope, checked.notes
    network.membership = checked.membership
    network.member_since, network.annual_fee = checked.member_since, checked.annual_fee
    network.portfolio_code = checked.portfolio_code
    network.responsible_official, network.contacts = checked.responsible, checked.contacts
    network.themes = themes_named(session, checked.themes)
    session.add(network)
    session.flush()
    return network


def create_network(session: Session, data: NetworkData, *, record_id: int | None = None) -> Network:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    network = _apply(session, new_record(session, RegisterKey.NETWORKS, record_id), data)
    record_created(session, RegisterKey.NETWORKS, network)
    return network


def update_network(
    session: Session, network_id: int, data: NetworkData, *, expected_version: int | None = None
) -> Network:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, RegisterKey.NETWORKS, network_id, expected_version) as network:
        return _apply(session, network, data)


def delete_network(
    session: Session, network_id: int, *, expected_version: int | None = None
) -> None:
    with deleting(session, RegisterKey.NETWORKS, network_id, expected_version) as network:
        trips = session.scalars(select(Trip).where(Trip.networks.any(Network.id == network_id)))
        delete_unless_used(
            session,
            network,
            _("Network {name}").format(name=network.name),
            [_("trip '{title}'").format(title=t.title) for t in trips],
        )
