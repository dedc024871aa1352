"""Reading the change history: a record's entries, everything since a version, and the
entries as rows a person reads (for the window, the command line and an export)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..domain.enums import ChangeAction
from ..domain.labels import label
from ..formatting import short_date_time
from ..i18n import N_, _, dutch
from .change_texts import shown_value
from .fields import history_field, shown_history_label
from .history import REDO_ID, UNDO_ID
from .tracked_records import REGISTERS

# In the order of HistoryRow.cells(): message ids (`headings` translates them).
HEADING_IDS = (
    N_("Date and time"),
    N_("By"),
    N_("Register"),
    N_("No."),
    N_("Record"),
    N_("Action"),
    N_("Field"),
    N_("Old value"),
    N_("New value"),
    N_("Version"),
    N_("Origin"),
)
# The Dutch headings, for what is written in Dutch whatever the language.
HEADINGS = tuple(dutch(heading) for heading in HEADING_IDS)
# Contexts the window writes itself (in Dutch, as the history stores every text), shown
# in the current language.
KNOWN_CONTEXTS = {dutch(context): context for context in (UNDO_ID, REDO_ID)}


def headings() -> list[str]:
    """The headings of HistoryRow.cells() in the current language."""
    return [_(heading) for heading in HEADING_IDS]


# The fields of one save share its moment: within it, in the order they were written.
NEWEST_FIRST = (Change.at.desc(), Change.id)


def local_time(at: dt.datetime) -> dt.datetime:
    """An entry's moment (stored in UTC) in this computer's time zone, without zone."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def register_label(register: str) -> str:
    """'reis' ('trip') for "trips"; the register's own name for one the history does not
    know."""
    tracked = REGISTERS.get(register)
    return tracked.nouns.word() if tracked is not None else register


def shown_context(context: str) -> str:
    """Where an entry came from, in the current language where the app wrote it itself
    ("ongedaan maken"); an import's or a merge's own text as stored."""
    known = KNOWN_CONTEXTS.get(context)
    return _(known) if known is not None else context


@dataclass(frozen=True)
class HistoryRow:
    """One entry as a person reads it, in the current language where the app wrote the
    text (values and titles stay as stored: services/history.py)."""

    at: dt.datetime  # local time
    author: str
    register: str  # "reis" ("trip")
    record_id: int | None
    title: str
    action: str  # "gewijzigd" ("changed")
    field: str
    old: str
    new: str
    version: int | None
    context: str

    @classmethod
    def of(cls, entry: Change) -> HistoryRow:
        field = history_field(entry.field or "")
        return cls(
            at=local_time(entry.at),
            author=entry.author,
            register=register_label(entry.register),
            record_id=entry.record_id,
            title=entry.title,
            action=label(entry.action),
            field=shown_history_label(entry.field or ""),
            old=shown_value(field, entry.old_value),
            new=shown_value(field, entry.new_value),
            version=entry.version,
            context=shown_context(entry.context),
        )

    @property
    def when(self) -> str:
        return short_date_time(self.at)

    def cells(self) -> list[str]:
        """Texts in the order of HEADINGS."""
        return [
            self.when,
            self.author,
            self.register,
            "" if self.record_id is None else str(self.record_id),
            self.title,
            self.action,
            self.field,
            self.old,
            self.new,
            "" if self.version is None else str(self.version),
            self.context,
        ]


def record_uuid(session: Session, register: str, record_id: int) -> UUID | None:
    """The identity of record `record_id`: of the record, or of the entries of a record
    deleted since (its newest, should the number have been used again)."""
    tracked = REGISTERS.get(register)
    if tracked is not None:
        found = session.scalar(select(tracked.model.uuid).where(tracked.model.id == record_id))
        if found is not None:
            return found
    return session.scalar(
        select(Change.record_uuid)
        .where(Change.register == register, Change.record_id == record_id)
        .order_by(Change.at.desc(), Change.id.desc())
        .limit(1)
    )


def record_entries(session: Session, register: str, record_id: int) -> list[Change]:
    """Every entry of one record, newest first."""
    uuid = record_uuid(session, register, record_id)
    if uuid is None:
        return []
    return list(
        session.scalars(select(Change).where(Change.record_uuid == uuid).order_by(*NEWEST_FIRST))
    )


def entries(
    session: Session, *, register: str | None = None, record_id: int | None = None
) -> list[Change]:
    """Entries of the whole file, of one register, or of one record; newest first."""
    if register is not None and record_id is not None:
        return record_entries(session, register, record_id)
    query = select(Change).order_by(*NEWEST_FIRST)
    if register is not None:
        query = query.where(Change.register == register)
    return list(session.scalars(query))


def entries_since(session: Session, uuid: UUID, version: int) -> list[Change]:
    """What was done to a record after its `version`, oldest first."""
    return list(
        session.scalars(
            select(Change)
            .where(Change.record_uuid == uuid, Change.version > version)
            .order_by(Change.at, Change.id)
        )
    )


def last_deletion(session: Session, register: str, record_id: int) -> Change | None:
    """The entry of the newest deletion of record `record_id`, if it was deleted."""
    newest = session.scalar(
        select(Change)
        .where(Change.register == register, Change.record_id == record_id)
        .order_by(Change.at.desc(), Change.id.desc())
        .limit(1)
    )
    return newest if newest is not None and newest.action is ChangeAction.DELETED else None
