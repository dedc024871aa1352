"""What the bulk writers (trip_rows.py, relation_rows.py) share: numbers for new records
as the database would give them one by one, rows gathered per table and written with one
executemany each, and themes by name as services.common.themes_named adds them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session

from ..domain.models import Theme


class BulkRows:
    def __init__(self, session: Session, model: Any, count: int) -> None:
        session.flush()  # what the session holds (places, themes) goes first
        self.connection = session.connection()
        self.ids = new_ids(self.connection, model, count)  # what the service's inserts get
        self.rows: dict[Any, list[dict[str, Any]]] = {}

    def add(self, table: Any, **values: Any) -> None:
        self.rows.setdefault(table, []).append(values)

    def write(self) -> list[int]:
        """Tables in the order their first row was added: the records first, as the rows
        of the others refer to them."""
        for table, values in self.rows.items():
            self.connection.execute(insert(table), values)
        return self.ids


def new_ids(connection: Connection, model: Any, count: int) -> list[int]:
    """Numbers for `count` new records of `model`. SQLite gives a new row the highest
    number plus one (and this transaction holds the write lock); PostgreSQL takes them
    from the column's sequence, which must move along with them, also when others add
    records at the same time."""
    if connection.dialect.name == "postgresql":
        table = model.__table__.name
        return list(connection.scalars(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :count)"), {"table": table, "count": count}))
    first = (connection.scalar(select(func.max(model.id))) or 0) + 1
    return list(range(first, first + count))


def theme_ids(session: Session, names: list[str]) -> dict[str, int]:
    """The numbers of these (normalised) themes, adding the ones that are new in the
    order they first appear, as the service would."""
    connection = session.connection()
    known = {name: theme_id for name, theme_id in
             connection.execute(select(Theme.name, Theme.id).where(Theme.name.in_(names)))}
    for name in names:
        if name not in known:
            result = connection.execute(insert(Theme.__table__).values(name=name))
            known[name] = result.inserted_primary_key[0]
    return known
