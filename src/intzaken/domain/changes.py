"""The change history: who changed which record when, field by field."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from sqlalchemy import Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, enum_column
from .enums import ChangeAction


class Change(Base):
    """One entry of the history. A record's creation and deletion are one entry each; an
    edit is one entry per field that changed, all with the same `at` and `version`.

    Entries name the record by its `uuid`, so they stay readable after the record is
    deleted and mean the same record in a travel copy; `title` is what it was called then.
    Values are kept as the text a user would read, because the history is for people.
    """

    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_record", "record_uuid", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)  # UTC, without time zone
    author: Mapped[str] = mapped_column(String(100))  # the login name
    register: Mapped[str] = mapped_column(String(40))  # "trips", "relations", ...
    record_uuid: Mapped[UUID] = mapped_column(Uuid)
    record_id: Mapped[int | None]  # the number in this database when the entry was made
    title: Mapped[str] = mapped_column(String(300), default="")
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction))
    version: Mapped[int | None]  # the record's version after this change
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    # Where the change came from when not from a form: "import bestand.xlsx", a merge...
    context: Mapped[str] = mapped_column(String(300), default="")
