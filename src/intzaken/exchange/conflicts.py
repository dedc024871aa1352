"""An import from an older export that would change a record a colleague saved since: a
conflict, shown in the preview and settled per record (keep the database's, take the
file's), as merging a travel copy settles its conflicts. Until each is settled, nothing
is imported.

A conflict needs both: the record's version in the database is newer than the version
in the file's "versie" column, and the row would change the record. A row that says what
the database says is no conflict, whatever its version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..domain.enums import ChangeAction
from ..formatting import short_date_time
from ..i18n import N_, _, dutch, ngettext
from ..services.history import CONTEXT_KEY, current_context
from ..services.history_query import local_time, register_label
from .cells import Names
from .identity import UUID_HEADING, VERSION_HEADING, RowIdentity
from .import_history import title
from .layout import SheetLayout
from .problems import ImportProblem

CONTEXT_LENGTH = 300  # changes.context
# uuids per query of the history: far below SQLite's and PostgreSQL's limits on parameters.
UUIDS_PER_QUERY = 5_000
MAX_AUTHORS = 3  # named in a conflict's line; the rest are counted


class Keep(StrEnum):
    DATABASE = "database"  # the colleague's later save stays
    FILE = "file"  # the file's values are saved over it


Choices = dict[UUID, Keep]  # record uuid -> what wins


@dataclass(frozen=True)
class Difference:
    heading: str  # the column (or child sheet) as the file names it
    in_file: str
    in_database: str


@dataclass
class ImportConflict:
    register: str
    sheet: str
    row: int
    uuid: UUID
    title: str
    file_version: int
    database_version: int
    differences: list[Difference]
    choice: Keep | None
    # (author, local time) of each save after the file's version, oldest first.
    saves: list[tuple[str, dt.datetime]] = field(default_factory=list)

    @property
    def what(self) -> str:
        """The record and its row: "trip 'Werkbezoek Tokio' (sheet 'Reizen', row 5)"."""
        return _("{register} '{title}' (sheet '{sheet}', row {row})").format(
            register=register_label(self.register), title=self.title, sheet=self.sheet, row=self.row
        )

    @property
    def changed_by(self) -> str:
        """Who saved the record after the export, and when."""
        if not self.saves:
            return _("someone (not in the history)")
        named = [
            _("{author} on {moment}").format(author=author, moment=short_date_time(at))
            for author, at in self.saves[-MAX_AUTHORS:]
        ]
        earlier = len(self.saves) - len(named)
        more = (
            ngettext(" and {count} time before", " and {count} times before", earlier).format(
                count=earlier
            )
            if earlier
            else ""
        )
        return ", ".join(named) + more

    def describe(self) -> str:
        return _(
            "{what} was changed after the export by {by} (version {file_version} in the "
            "file, now version {database_version})."
        ).format(
            what=f"{self.what[:1].upper()}{self.what[1:]}",
            by=self.changed_by,
            file_version=self.file_version,
            database_version=self.database_version,
        )

    def problem(self) -> ImportProblem:
        """An open conflict as a reason why nothing was imported."""
        return ImportProblem(
            self.sheet,
            self.row,
            None,
            _(
                "{register} '{title}' was changed after the export by {by}; choose whether "
                "the database or the file goes first."
            ).format(register=register_label(self.register), title=self.title, by=self.changed_by),
        )


class Conflicts:
    """The conflicts one run of an import finds, settled by `choices` or `prefer`."""

    def __init__(self, session: Session, choices: Choices | None, prefer: Keep | None) -> None:
        self.session = session
        self.choices = dict(choices or {})
        self.prefer = prefer
        self.found: list[ImportConflict] = []

    def choice(self, uuid: UUID) -> Keep | None:
        return self.choices.get(uuid, self.prefer)

    @contextmanager
    def saving(self, record: Any, identity: RowIdentity) -> Iterator[bool]:
        """Around the update of `record` from a row with `identity`: yields whether the
        record was saved after the file's version. When the file's values are chosen over
        that save, the history entries of the update say so."""
        # Only the record the row's uuid names: a row matched by name (its uuid from
        # another database) says nothing of this record's versions.
        stale = (
            identity.uuid == record.uuid
            and identity.version is not None
            and record.version > identity.version
        )
        marked = stale and self.choice(record.uuid) is Keep.FILE
        before = self.session.info.get(CONTEXT_KEY)
        if marked:
            # Stored in the history, whose texts are Dutch whatever the language.
            note = dutch(N_("conflict: the file chosen over version {version} in the database"))
            note = note.format(version=record.version)
            context = current_context(self.session)
            self.session.info[CONTEXT_KEY] = (f"{context} ({note})" if context else note)[
                :CONTEXT_LENGTH
            ]
        try:
            yield stale
        finally:
            if marked:
                self.session.info[CONTEXT_KEY] = before

    def holds_back(
        self,
        register: SheetLayout,
        sheet: str,
        row: int,
        record: Any,
        identity: RowIdentity,
        version: int,
        before: Any,
        stored: Any,
        names: Names,
    ) -> bool:
        """A stale record that the row would change from `before` to `stored`: a conflict.
        True when the database's version stays (chosen, or not yet decided)."""
        uuid = record.uuid
        choice = self.choice(uuid)
        self.found.append(
            ImportConflict(
                register=register.name,
                sheet=sheet,
                row=row,
                uuid=uuid,
                title=title(register.name, record),
                file_version=identity.version or 0,
                database_version=version,
                differences=differences(register, stored, before, names),
                choice=choice,
            )
        )
        return choice is not Keep.FILE

    def open(self) -> list[ImportConflict]:
        return [c for c in self.found if c.choice is None]

    def read_saves(self) -> None:
        """Who saved each conflicting record after the file's version, and when: one
        query for all of them (a few thousand at a time)."""
        by_uuid = {c.uuid: c for c in self.found}
        uuids = list(by_uuid)
        entries: list[Any] = []  # rows of (record_uuid, author, at, version)
        for start in range(0, len(uuids), UUIDS_PER_QUERY):
            entries += self.session.execute(
                select(Change.record_uuid, Change.author, Change.at, Change.version)
                .where(
                    Change.record_uuid.in_(uuids[start : start + UUIDS_PER_QUERY]),
                    Change.action == ChangeAction.CHANGED,
                )
                .distinct()
            ).all()
        for uuid, author, at, version in sorted(entries, key=lambda entry: entry[2]):
            conflict = by_uuid[uuid]
            save = (author, local_time(at))
            if (
                version is not None
                and version > conflict.file_version
                and save not in conflict.saves
            ):
                conflict.saves.append(save)


def differences(
    register: SheetLayout, in_file: Any, in_database: Any, names: Names
) -> list[Difference]:
    """The columns (and child sheets) whose text differs, as the export writes them."""
    found = []
    for col in register.sheet.columns:
        mine = col.codec.text(getattr(in_file, col.field), names)
        theirs = col.codec.text(getattr(in_database, col.field), names)
        if mine != theirs:
            found.append(Difference(col.heading, mine, theirs))
    for sheet in register.children:
        own = sheet.columns[len(sheet.key) :]

        def lines(data: Any, own: Any = own, sheet: Any = sheet) -> str:
            return "\n".join(
                "; ".join(col.codec.text(getattr(item, col.field), names) for col in own)
                for item in getattr(data, sheet.field) or []
            )

        mine, theirs = lines(in_file), lines(in_database)
        if mine != theirs:
            found.append(Difference(sheet.name, mine, theirs))
    return found


def deleted_records(session: Session, register: str) -> dict[UUID, Change]:
    """The records of `register` deleted at some time, by uuid: their deletion entries."""
    entries = session.scalars(
        select(Change)
        .where(Change.register == register, Change.action == ChangeAction.DELETED)
        .order_by(Change.at)
    )
    return {entry.record_uuid: entry for entry in entries}


def deleted_message(register: str, entry: Change) -> str:
    return _(
        "{register} '{title}' was deleted after the export by {author} on {moment}; an "
        "import does not create a deleted record again. Remove the row, or empty the "
        "columns '{uuid}' and '{version}' to import it as a new record."
    ).format(
        register=register_label(register),
        title=entry.title,
        author=entry.author,
        moment=short_date_time(local_time(entry.at)),
        uuid=UUID_HEADING,
        version=VERSION_HEADING,
    )
