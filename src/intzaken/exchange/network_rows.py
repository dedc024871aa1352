"""New networks written in bulk, as trip_rows.py writes trips: one executemany per table
instead of a unit-of-work flush per network, for networks the rules
(services.networks.check_network) have already accepted.

What is stored is what services.networks stores for the same checked network;
tests/test_exchange_bulk_registers.py holds the two side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.models import Network, network_contacts, network_themes
from ..services.checks import normalise_themes
from ..services.networks import CheckedNetwork
from ..services.sources import source_row
from .bulk_rows import BulkRows, Written, theme_ids


def insert_networks(session: Session, networks: Sequence[CheckedNetwork]) -> Written:
    """Store `networks` as new records in the session's transaction; (number, uuid) of each."""
    if not networks:
        return []
    rows = BulkRows(session, Network, len(networks))
    themes = [normalise_themes(network.themes) for network in networks]
    numbers = theme_ids(session, list(dict.fromkeys(name for names in themes for name in names)))
    add = rows.add
    for network_id, network, names in zip(rows.ids, networks, themes, strict=True):
        rows.record(
            network_id,
            **source_row(network.sourced),
            name=network.name,
            acronym=network.acronym,
            scope=network.scope,
            member_since=network.member_since,
            annual_fee=network.annual_fee,
            responsible_official_id=(
                network.responsible.id if network.responsible is not None else None
            ),
            portfolio_code=network.portfolio_code,
            role=network.role,
            membership=network.membership,
            notes=network.notes,
        )
        for contact in network.contacts:
            add(network_contacts, network_id=network_id, contact_id=contact.id)
        for name in names:
            add(network_themes, network_id=network_id, theme_id=numbers[name])
    return rows.write()
