"""What the bulk writers (trip_rows.py, relation_rows.py, ...) share: numbers for new
records as the database would give them one by one, a uuid and the first version for each, rows
gathered per table and written with one executemany each, and themes by name as
services.common.themes_named adds them.

The rows go to the driver's executemany (store/bulk_insert.py), without insert()'s
per-row work for each of some 80,000 rows of a 10,000-trip file.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session

from ..domain.base import table_of
from ..domain.models import Theme
from ..store.bulk_insert import insert_rows

Written = list[tuple[int, UUID]]  # (number, uuid) of each new record a writer stored


class BulkRows:
    """`count` new records of `model` (a Tracked one: domain/identity.py) and their rows."""

    def __init__(self, session: Session, model: Any, count: int) -> None:
        session.flush()  # what the session holds (places, themes) goes first
        self.connection = session.connection()
        self.table = model.__table__
        self.ids = new_ids(self.connection, model, count)  # what the service's inserts get
        # Each record's identity in every copy of the database, as insert() would give it
        # from the column's default (uuid4); its version is the first.
        self.uuids = [uuid4() for _ in self.ids]
        self.rows: dict[Any, list[dict[str, Any]]] = {}

    def record(self, record_id: int, **values: Any) -> None:
        """The row of new record `record_id` in the model's own table."""
        self.add(
            self.table, id=record_id, uuid=self.uuids[record_id - self.ids[0]], version=1, **values
        )

    def add(self, table: Any, **values: Any) -> None:
        self.rows.setdefault(table, []).append(values)

    def write(self) -> Written:
        """Tables in the order their first row was added: the records first, as the rows
        of the others refer to them. The new records' (number, uuid)."""
        for table, values in self.rows.items():
            insert_rows(self.connection, table, values)
        return list(zip(self.ids, self.uuids, strict=True))


def new_ids(connection: Connection, model: Any, count: int) -> list[int]:
    """Numbers for `count` new records of `model`. SQLite gives a new row the highest
    number plus one (and this transaction holds the write lock); PostgreSQL takes them
    from the column's sequence, which must move along with them, also when others add
    records at the same time."""
    if connection.dialect.name == "postgresql":
        table = model.__table__.name
        return list(
            connection.scalars(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                    "FROM generate_series(1, :count)"
                ),
                {"table": table, "count": count},
            )
        )
    first = (connection.scalar(select(func.max(model.id))) or 0) + 1
    return list(range(first, first + count))


def theme_ids(session: Session, names: list[str]) -> dict[str, int]:
    """The numbers of these (normalised) themes, adding the ones that are new in the
    order they first appear, as the service would."""
    connection = session.connection()
    known = {
        name: theme_id
        for name, theme_id in connection.execute(
            select(Theme.name, Theme.id).where(Theme.name.in_(names))
        )
    }
    for name in names:
        if name not in known:
            result = connection.execute(insert(table_of(Theme)).values(name=name))
            known[name] = result.inserted_primary_key[0]  # type: ignore[index]  # one row
    return known
