"""Comparing registers across two databases, with record numbers replaced by names."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy.orm import Session

from intzaken.domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Network,
    Official,
    Place,
    Relation,
    Trip,
)
from intzaken.exchange.layout import REGISTERS
from intzaken.store.database import open_database
from intzaken.store.location import Location


def _relation(session: Session, relation_id: int) -> tuple[str, str, str]:
    relation = session.get(Relation, relation_id)
    return relation.place.name, relation.place.country_code, relation.kind.value


def _place(session: Session, place_id: int | None) -> tuple[str, str] | None:
    if place_id is None:
        return None
    place = session.get(Place, place_id)
    return place.name, place.country_code


NAMED = {
    "traveller_ids": lambda s, i: s.get(Official, i).name,
    "lead_official_id": lambda s, i: s.get(Official, i).name,
    "responsible_official_id": lambda s, i: s.get(Official, i).name,
    "relation_ids": _relation,
    "network_ids": lambda s, i: s.get(Network, i).name,
    "agreement_ids": lambda s, i: s.get(Agreement, i).title,
    "contact_ids": lambda s, i: s.get(Contact, i).name,
    "contact_id": lambda s, i: s.get(Contact, i).name,
    "ground_contact_id": lambda s, i: s.get(Contact, i).name,
    "attendee_ids": lambda s, i: s.get(Official, i).name,
    "budget_line_id": lambda s, i: (s.get(BudgetLine, i).year, s.get(BudgetLine, i).name),
    "trip_ids": lambda s, i: (s.get(Trip, i).title, s.get(Trip, i).start_date),
}


def _roles(session: Session, roles: dict[int, str]) -> list[tuple[str, str]]:
    return [(session.get(Official, key).name, role) for key, role in roles.items()]


def canonical(session: Session, value: Any) -> Any:
    """`value` (a service data object) with every record number replaced by a name."""
    if dataclasses.is_dataclass(value):
        result = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name in ("place_id", "home_place_id", "from_place_id", "to_place_id"):
                result[field.name] = _place(session, item)
            elif field.name == "traveller_roles":
                result[field.name] = {s_name: role for s_name, role in _roles(session, item)}
            elif field.name in NAMED and item is not None:
                name = NAMED[field.name]
                result[field.name] = (
                    [name(session, i) for i in item]
                    if isinstance(item, list)
                    else name(session, item)
                )
            else:
                result[field.name] = canonical(session, item)
        return result
    if isinstance(value, list):
        return [canonical(session, item) for item in value]
    return value


def registers_of(path: Location) -> dict[str, list[str]]:
    """Per register, every record's data with names for numbers, sorted."""
    database = open_database(path)
    try:
        with database.sessions() as session:
            return {
                name: sorted(
                    repr(canonical(session, register.to_data(record)))
                    for record in register.records(session)
                )
                for name, register in REGISTERS.items()
            }
    finally:
        database.close()


def plan_into_new_database(file: Path, location: Location) -> Any:
    """The plan of importing `file` into a new, empty database at `location` (nothing is
    written)."""
    from intzaken.exchange import plan_import
    from intzaken.new_database import create_database

    target = create_database(location, "Gemeente Proef")
    try:
        with target.sessions() as session:
            plan = plan_import(session, file)
            session.rollback()
    finally:
        target.close()
    return plan


def service_problems(database: Any, create: Any, data: Any) -> list[str]:
    """The messages with which the service `create(session, data)` refuses `data`."""
    import pytest

    from intzaken.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught, database.sessions() as session:
        try:
            create(session, data)
        finally:
            session.rollback()
    return [problem.message for problem in caught.value.problems]


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook with these sheets, each its rows (headings first), and nothing else."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
