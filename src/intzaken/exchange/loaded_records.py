"""The records an import's rows name, each model read in one query, for the rules to
check references against (services.common.Records) without a query per reference."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

T = TypeVar("T")


class LoadedRecords:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._loaded: dict[type[Any], dict[Any, Any]] = {}

    def get(self, model: type[T], record_id: Any) -> T | None:
        records = self._loaded.get(model)
        if records is None:
            key = model.__mapper__.primary_key[0].key  # type: ignore[attr-defined]
            records = {getattr(r, key): r for r in self.session.scalars(select(model))}
            self._loaded[model] = records
        found = records.get(record_id)
        if found is None:
            # A record written after the model was read: ask the session, as the service
            # would (it answers None for a number that does not exist), and keep it.
            found = self.session.get(model, record_id)
            if found is not None:
                records[record_id] = found
        return found

    def add(self, record: Any) -> None:
        """`record` was written after its model was read (an import adds places, and saves
        records through the services): found without asking the session, which would
        query for a row written in bulk, past its identity map."""
        records = self._loaded.get(type(record))
        if records is not None:
            key = type(record).__mapper__.primary_key[0].key
            records[getattr(record, key)] = record
