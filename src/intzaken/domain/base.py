"""Declarative base with a constraint naming convention (needed for Alembic batch
migrations on SQLite, which can only alter constraints that have names)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Column, Enum, ForeignKey, Integer, MetaData, Table
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The Table `model` is mapped to (SQLAlchemy types `__table__` as any FromClause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def link_table(name: str, left: str, right: str) -> Table:
    """A many-to-many table; rows go when either side goes."""
    return Table(
        name,
        Base.metadata,
        Column(
            f"{left}_id", Integer, ForeignKey(f"{left}s.id", ondelete="CASCADE"), primary_key=True
        ),
        Column(
            f"{right}_id",
            Integer,
            ForeignKey(f"{right}s.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


def enum_column(enum_type: type[StrEnum], name: str | None = None) -> Enum:
    # Stored as the value string; a CHECK constraint keeps unknown codes out even
    # when something writes to the file without the services. `name` names the
    # constraint when one table has two columns of the same enum.
    return Enum(
        enum_type,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=True,
        length=32,
        name=name or enum_type.__name__.lower(),
    )
