"""What the bulk writers (trip_rows.py, relation_rows.py, ...) share: numbers for new
records as the database would give them one by one, a uuid and the first version for each, rows
gathered per table and written with one executemany each, and themes by name as
services.common.themes_named adds them.

The rows go to the driver's executemany as tuples, converted by each column's own bind
processor: what `connection.execute(insert(table), rows)` stores, without its
per-row work (a parameter dictionary compiled and processed for each of some 80,000 rows
of a 10,000-trip file). Python-side column defaults are not filled in here, as insert()
would: a bulk writer gives every such column itself, and is refused when it does not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from ..domain.base import table_of
from ..domain.models import Theme

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


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT `rows` (dictionaries with the same keys, column keys of `table`) with one
    executemany of the driver, in the connection's transaction; the database's refusal is
    SQLAlchemy's exception (IntegrityError), as with insert()."""
    if not rows:
        return
    keys = list(rows[0])
    missing = [
        column.key
        for column in table.columns
        if column.default is not None and column.key not in keys
    ]
    if missing:
        raise ValueError(
            f"insert_rows({table.name}): no value for {', '.join(missing)}, "
            "which insert() would fill in from the column's default"
        )
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    if not compiled.positional or compiled.positiontup is None:
        # A named paramstyle (psycopg's): SQLAlchemy's own executemany, after the same
        # check of the rows as below.
        if any(len(row) != len(keys) for row in rows):
            raise ValueError(f"insert_rows({table.name}): rows with different columns")
        connection.execute(insert(table), rows)
        return
    columns = list(compiled.positiontup)  # the keys in the statement's order
    if sorted(columns) != sorted(keys):
        raise ValueError(
            f"insert_rows({table.name}): the statement's parameters are {columns}, not {keys}"
        )
    processors: list[tuple[int, Callable[[Any], Any]]] = []
    for position, key in enumerate(columns):
        processor = table.columns[key].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            processors.append((position, processor))
    width = len(columns)
    parameters = []
    for row in rows:
        if len(row) != width:
            raise ValueError(f"insert_rows({table.name}): rows with different columns")
        values = [row[key] for key in columns]
        try:
            for position, process in processors:
                values[position] = process(values[position])
        except Exception as exc:  # as insert() reports a value its column cannot take
            raise StatementError(
                f"({type(exc).__module__}.{type(exc).__qualname__}) {exc}",
                compiled.string,
                row,
                exc,
            ) from exc
        parameters.append(tuple(values))
    connection.exec_driver_sql(compiled.string, parameters)


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
