"""The travel copy reads its records as rows (travel/record_rows.py, issue 22). What it
writes must be what it wrote when it loaded the mapped objects: every copied record's
base equal to `content_of` the ORM's record (the way the bases were made before, kept
here as the yardstick), every row equal to the team database's, for every demo and for
a database with every kind of record and child row, copies of everything and of single
trips, on both backends; and such a copy merges back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.enums import BudgetEntryKind
from intzaken.domain.models import (
    Agreement,
    AgreementDocument,
    Base,
    BudgetEntry,
    BudgetLine,
    Contact,
    Network,
    Policy,
    Project,
    Relation,
    TravelCopyBase,
    Trip,
    TripGift,
)
from intzaken.operations.travel_copying import take_travel_copy
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location
from intzaken.travel.identities import Identities
from intzaken.travel.portable import content_of, loads
from intzaken.travel.registers import REGISTERS
from intzaken.travel.writer import NOT_COPIED

Bases = dict[UUID, tuple[str, int, dict[str, Any]]]


def orm_bases(session: Session, uuids: set[UUID]) -> Bases:
    """The base of each record in `uuids` as the copy made it from the mapped objects."""
    identities = Identities(session)
    found: Bases = {}
    for register in REGISTERS.values():
        for record in session.scalars(select(register.model).order_by(register.model.id)):
            if record.uuid in uuids:
                content = content_of(register, record, identities.uuid_text_of)
                found[record.uuid] = (register.name, record.version, content)
    return found


def copy_bases(path: Path) -> Bases:
    copy = open_database(path, daily_backup=False)
    try:
        with copy.sessions() as session:
            return {
                base.record_uuid: (base.register, base.version, loads(base.content))
                for base in session.scalars(select(TravelCopyBase))
            }
    finally:
        copy.close()


def _value(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # a server's moments are aware
    return value


def table_rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every copied table's rows through the column types, uuids and all."""
    found = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table not in NOT_COPIED:
                rows = [tuple(_value(v) for v in row) for row in connection.execute(select(table))]
                found[table.name] = sorted(rows, key=repr)
    return found


def assert_copies_are_the_orm_s(location: Location, folder: Path, trips: int = 4) -> None:
    """A copy of everything and of the first `trips` trips: bases as the ORM's records
    give them, and (of everything) every row as the team's."""
    team = open_database(location, daily_backup=False)
    try:
        with team.sessions() as session:
            trip_ids = list(session.scalars(select(Trip.id).order_by(Trip.id)))[:trips]
        for trip_id in [None, *trip_ids]:
            target = folder / f"copy-{trip_id or 'all'}.sqlite"
            with team.sessions() as session:
                take_travel_copy(session, target, trip_id=trip_id)
            bases = copy_bases(target)
            with team.sessions() as session:
                assert bases == orm_bases(session, set(bases)), trip_id
                if trip_id is None:  # every record
                    assert len(bases) == sum(
                        len(Identities(session).records(r.model)) for r in REGISTERS.values()
                    )
            if trip_id is None:
                copy = open_database(target, daily_backup=False)
                try:
                    assert table_rows(copy) == table_rows(team)
                finally:
                    copy.close()
    finally:
        team.close()


@pytest.mark.parametrize("profile", ["rotterdam", "groningen", "almere"])
def test_a_demo_s_copies_are_what_the_orm_made(
    demo_template: Callable[[str], Location], profile: str, tmp_path: Path
) -> None:
    assert_copies_are_the_orm_s(demo_template(profile), tmp_path)


def add_every_kind(session: Session) -> None:
    """What the Rotterdam demo lacks: documents, budget entries, gifts, the contacts of
    relations and networks (names whose order differs between collations), a project's
    networks; and a trip without dates, first among a priority's trips."""
    contacts = [Contact(name=name) for name in ("émile Roux", "Zoë Adams", "anna Berg", "Bob")]
    session.add_all(contacts)
    relation = session.scalars(select(Relation).order_by(Relation.id)).first()
    relation.contacts.extend(contacts)
    networks = session.scalars(select(Network).order_by(Network.id)).all()
    networks[0].contacts.extend(contacts[1:3])
    networks[1].name = "zuid-netwerk"  # lower case: sorts apart by collation
    agreement = session.scalars(select(Agreement).order_by(Agreement.id)).first()
    for number in (2, 1):
        agreement.documents.append(
            AgreementDocument(
                filename=f"mou-{number}.pdf",
                media_type="application/pdf",
                sha256=f"{number}" * 64,
                size=3,
                content=b"%PD",
                added_at=dt.datetime(2025, 3, number, 10, 30),
            )
        )
    line = session.scalars(select(BudgetLine).order_by(BudgetLine.id)).first()
    for day in (9, 2):
        line.entries.append(
            BudgetEntry(
                kind=next(iter(BudgetEntryKind)),
                date=dt.date(2025, 5, day),
                description=f"Boeking {day}",
                amount=Decimal("12.50"),
            )
        )
    trips = session.scalars(select(Trip).order_by(Trip.id)).all()
    trips[0].gifts.append(
        TripGift(position=0, description="Vaas", giver="Burgemeester", value=Decimal("45"))
    )
    trips[-1].start_date = trips[-1].end_date = None
    project = session.scalars(select(Project)).first()
    project.networks.extend(networks[:3])
    policy = session.scalars(select(Policy)).first()
    priority = policy.priorities[0]
    priority.networks.extend(n for n in networks[:4] if n not in priority.networks)
    priority.trips.append(trips[-1])


def test_a_copy_of_every_kind_of_record_is_what_the_orm_made(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    location = demo_copy("rotterdam")
    team = open_database(location, daily_backup=False)
    try:
        with team.sessions.begin() as session:
            add_every_kind(session)
    finally:
        team.close()
    assert_copies_are_the_orm_s(location, tmp_path, trips=40)
