"""Which number each record has in one database, by its uuid, and its version.

Record numbers differ between a team database and a travel copy (a record made in the
copy gets a new number when it reaches the team database); uuids do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from .registers import REGISTERS


class Identities:
    """The (number, version) of every record of a database by uuid, read per kind once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_uuid: dict[type[Any], dict[UUID, tuple[int, int]]] = {}
        self._by_id: dict[type[Any], dict[int, UUID]] = {}
        self._texts: dict[type[Any], dict[int, str]] = {}

    def records(self, model: type[Any]) -> dict[UUID, tuple[int, int]]:
        """uuid -> (number, version) of every record of `model`."""
        if model not in self._by_uuid:
            rows = self.session.execute(select(model.uuid, model.id, model.version))
            self._by_uuid[model] = {uuid: (id_, version) for uuid, id_, version in rows}
            self._by_id[model] = {id_: uuid for uuid, (id_, _) in self._by_uuid[model].items()}
        return self._by_uuid[model]

    def uuid_of(self, model: type[Any], record_id: int) -> UUID:
        self.records(model)
        return self._by_id[model][record_id]

    def uuid_text_of(self, model: type[Any], record_id: int) -> str:
        """The uuid as text: a travel copy's bases name each one many times."""
        texts = self._texts.setdefault(model, {})
        text = texts.get(record_id)
        if text is None:
            text = texts[record_id] = str(self.uuid_of(model, record_id))
        return text

    def id_of(self, model: type[Any], uuid: UUID) -> int | None:
        found = self.records(model).get(uuid)
        return None if found is None else found[0]

    def added(self, model: type[Any], record: Any) -> None:
        """Note a record made after the numbers were read."""
        self.records(model)[record.uuid] = (record.id, record.version)
        self._by_id[model][record.id] = record.uuid
        self._texts.get(model, {}).pop(record.id, None)

    def removed(self, model: type[Any], uuid: UUID) -> None:
        found = self.records(model).pop(uuid, None)
        if found is not None:
            self._by_id[model].pop(found[0], None)
            self._texts.get(model, {}).pop(found[0], None)

    def all_ids(self) -> dict[UUID, int]:
        """uuid -> number over every kind of record."""
        return {
            uuid: id_
            for register in REGISTERS.values()
            for uuid, (id_, _) in self.records(register.model).items()
        }


@contextmanager
def new_records_named(session: Session, model: type[Any], uuid: UUID) -> Iterator[None]:
    """The record of `model` a service makes inside this block gets `uuid` (the uuid it
    has in the travel copy) instead of a fresh one: it is the same record."""

    def name_new(flushing: Session, _context: Any, _instances: Any) -> None:
        for record in flushing.new:
            if type(record) is model and record.uuid is None:
                record.uuid = uuid

    event.listen(session, "before_flush", name_new)
    try:
        yield
    finally:
        event.remove(session, "before_flush", name_new)
