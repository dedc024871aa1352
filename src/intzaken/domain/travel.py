"""Travel copies: where a copy came from and the state of each record when it was taken.

A travel copy is a database file like any other, with one row in `travel_copy_origin`
and, in `travel_copy_base`, each copied record as it was when the copy was taken (the
common ancestor of a three-way merge). In a team database both tables stay empty; the
team database lists the copies merged into it in `travel_copy_returns`, so a copy
cannot be merged twice.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from sqlalchemy import String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class TravelCopyOrigin(Base):
    """The one row of a travel copy: where, when, by whom and for which trip it was taken."""

    __tablename__ = "travel_copy_origin"

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_uuid: Mapped[UUID] = mapped_column(Uuid, unique=True)
    # The team database: a file's path, or a server's address without the password.
    source: Mapped[str] = mapped_column(String(500))
    database_name: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[dt.datetime]  # UTC, without time zone
    taken_by: Mapped[str] = mapped_column(String(100))
    trip_uuid: Mapped[UUID | None] = mapped_column(Uuid)  # None: everything was copied
    trip_title: Mapped[str] = mapped_column(String(300), default="")
    # The newest history entry copied along; entries after it were made in the copy.
    history_mark: Mapped[int] = mapped_column(default=0)
    returned_at: Mapped[dt.datetime | None]  # UTC; set after a merge into the team database
    returned_by: Mapped[str] = mapped_column(String(100), default="")


class TravelCopyBase(Base):
    """A copied record as it was when the copy was taken (its data, references by uuid)."""

    __tablename__ = "travel_copy_base"

    record_uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    register: Mapped[str] = mapped_column(String(40))
    version: Mapped[int]
    content: Mapped[str] = mapped_column(Text)  # JSON: field -> value (travel/portable.py)


class TravelCopyReturn(Base):
    """In a team database: a travel copy merged into it (in the merge's transaction)."""

    __tablename__ = "travel_copy_returns"

    copy_uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    returned_at: Mapped[dt.datetime]  # UTC
    returned_by: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(300), default="")
