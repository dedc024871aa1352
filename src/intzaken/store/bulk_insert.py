"""Rows written with one executemany of the driver, each value through its column's own
bind processor: what `connection.execute(insert(table), rows)` stores, without its
per-row work (a parameter dictionary compiled and processed for each row). The import's
bulk writers (exchange/bulk_rows.py) and the travel copy (travel/writer.py) use it for
tens of thousands of rows at a time. On PostgreSQL the rows go by COPY.

Python-side column defaults are not filled in here, as insert() would: a caller gives
every such column itself (insert_rows refuses rows that do not).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import StatementError

from . import copy_behind


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
    if set(map(len, rows)) != {len(keys)}:
        raise ValueError(f"insert_rows({table.name}): rows with different columns")
    # Each row's values by one C call (an import writes 97,511 rows for 10,000 trips).
    take = itemgetter(*keys) if len(keys) > 1 else (lambda row: tuple(row[k] for k in keys))
    insert_tuples(connection, table, keys, list(map(take, rows)))


def insert_tuples(
    connection: Connection, table: Table, keys: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """INSERT `rows`, each the values of the columns `keys` in that order, as insert_rows
    does (for rows read as tuples: no dictionary made for each)."""
    dialect = connection.dialect
    keys = list(keys)
    # The statement compiled, for the driver's executemany and a refused value's message:
    # COPY needs it for the latter only, and it is compiled then (0.3 ms each time).
    compiled = None
    if dialect.name == "postgresql":
        columns = keys  # COPY names them in this order
    else:
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        if not compiled.positional or compiled.positiontup is None:
            # Another named paramstyle: SQLAlchemy's own executemany.
            named = [dict(zip(keys, row, strict=True)) for row in rows]
            if named:
                connection.execute(insert(table), named)
            return
        columns = list(compiled.positiontup)  # the keys in the statement's order
    if sorted(columns) != sorted(keys):
        raise ValueError(
            f"insert_rows({table.name}): the statement's parameters are {columns}, not {keys}"
        )
    order = [keys.index(column) for column in columns]
    in_order = order == list(range(len(order)))
    processors: list[tuple[int, Callable[[Any], Any]]] = []
    for position, key in enumerate(columns):
        processor = table.columns[key].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            processors.append((position, processor))
    width = len(keys)
    parameters = []
    for row in rows:
        if len(row) != width:
            raise ValueError(f"insert_rows({table.name}): rows with different columns")
        values = list(row) if in_order else [row[index] for index in order]
        try:
            for position, process in processors:
                values[position] = process(values[position])
        except Exception as exc:  # as insert() reports a value its column cannot take
            raise StatementError(
                f"({type(exc).__module__}.{type(exc).__qualname__}) {exc}",
                (compiled or insert(table).compile(dialect=dialect, column_keys=keys)).string,
                dict(zip(keys, row, strict=True)),
                exc,
            ) from exc
        parameters.append(tuple(values))
    if not parameters:
        return
    if dialect.name == "postgresql":
        _copy(connection, table, columns, parameters)
    else:
        assert compiled is not None  # compiled above for every other dialect
        connection.exec_driver_sql(compiled.string, parameters)


def _copy(
    connection: Connection, table: Table, keys: list[str], parameters: list[tuple[Any, ...]]
) -> None:
    """The rows by COPY, on the connection's own transaction: each row of an executemany
    is a statement of its own for the server (a tenth of the time for ten thousand rows,
    measured for issue 22). A refusal is SQLAlchemy's exception, as with insert()."""
    quote = connection.dialect.identifier_preparer
    names = ", ".join(quote.quote(table.c[key].name) for key in keys)
    copy = (f"COPY {quote.format_table(table)} ({names}) FROM STDIN", parameters)
    behind = connection.info.get(copy_behind.INFO_KEY)
    if behind is not None and behind.take(copy):
        return  # sent with its batch (copy_behind.py)
    driver = connection.connection.driver_connection
    assert driver is not None  # the connection is open: it runs this transaction
    with driver.cursor() as cursor:
        copy_behind.copy_rows(cursor, copy, connection.dialect)
