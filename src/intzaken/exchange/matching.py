"""The stored record each row of a register's sheet is about: by the row's uuid when the
database knows it, by its natural key otherwise (identity.py says why)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..i18n import _
from .conflicts import deleted_message, deleted_records
from .identity import UUID_HEADING, VERSION_HEADING, RowIdentity


class Unmatched(ValueError):
    """The row names a record it cannot be about; the message is Dutch."""


class Matcher:
    def __init__(
        self, session: Session, register: str, records: list[Any], keys: list[tuple[object, ...]]
    ) -> None:
        self.session = session
        self.register = register
        self.by_key = dict(zip(keys, records, strict=True))
        self.by_uuid = {record.uuid: record for record in records}
        self._deleted: dict[UUID, Change] | None = None  # read at the first unknown uuid
        self._claimed: dict[int, int] = {}  # record number -> the row that is about it

    def record(self, number: int, key: tuple[object, ...], identity: RowIdentity) -> Any:
        """The record row `number` is about, or None for a new one."""
        record = None
        if identity.uuid is not None:
            record = self.by_uuid.get(identity.uuid)
            if record is None:
                deleted = self.deleted().get(identity.uuid)
                if deleted is not None:
                    raise Unmatched(deleted_message(self.register, deleted))
        if record is None:
            # A uuid this database never had: a file from another database, matched as a
            # file without the column is.
            record = self.by_key.get(key)
        if record is None:
            return None
        other = self._claimed.setdefault(record.id, number)
        if other != number:
            # Rows with the same natural key are refused before; this is a uuid twice (a
            # row copied in Excel to start a new record), or a uuid and a name.
            raise Unmatched(
                _(
                    "row {other} and row {row} are about the same record. Was a row copied "
                    "for a new record? Empty the columns '{uuid}' and '{version}' there."
                ).format(other=other, row=number, uuid=UUID_HEADING, version=VERSION_HEADING)
            )
        return record

    def deleted(self) -> dict[UUID, Change]:
        if self._deleted is None:
            self._deleted = deleted_records(self.session, self.register)
        return self._deleted
