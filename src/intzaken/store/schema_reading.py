"""A file's schema as structure: what its tables, columns, references, indexes, views and
triggers are, in plain JSON-like values that compare equal whenever they behave alike.

The stored SQL text is not compared: a file made at the newest schema and one migrated up
to it from 0001 hold different CREATE text for the same table (columns added at the end,
batch rebuilds that reorder constraints and quote names). SQLite's pragmas give the
structure instead; the few rules they do not show come from store/schema_clauses.py.
Only the schema is read, never a row: this costs the same for a file of any size.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .schema_clauses import hidden_rules, tokens

# SQLite's own bookkeeping (AUTOINCREMENT counters, ANALYZE statistics): tables it makes
# by itself, holding no SQL, which no one but SQLite may create.
SQLITE_INTERNAL = {
    "sqlite_sequence",
    "sqlite_stat1",
    "sqlite_stat2",
    "sqlite_stat3",
    "sqlite_stat4",
}

Schema = dict[str, Any]


def read_schema(connection: sqlite3.Connection) -> Schema:
    """{"tables": {name: table}, "views": {name: sql}, "triggers": {name: sql}}.

    A view or trigger is only named with its canonical SQL: neither is ever read or run
    here, so one that SQLite would refuse to run cannot make this fail. Each pragma is
    read for all tables in one statement (a few, not hundreds, per file).
    """
    schema: Schema = {"tables": {}, "views": {}, "triggers": {}}
    shapes = {
        name: (kind, strict, without_rowid)
        for name, kind, strict, without_rowid in connection.execute(
            f"SELECT name, type, strict, wr FROM {_TABLES}"
        )
    }
    columns, references, indexes = (
        _columns(connection),
        _foreign_keys(connection),
        _indexes(connection),
    )
    entries = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"
    ).fetchall()
    for kind, name, table, sql in entries:
        if kind == "table" and name not in SQLITE_INTERNAL:
            table_kind, strict, without_rowid = shapes.get(name, ("table", 0, 0))
            if table_kind != "table":  # virtual or shadow: its columns are another module's
                schema["tables"][name] = {"kind": table_kind, "sql": _canonical(sql)}
                continue
            schema["tables"][name] = {
                "kind": table_kind,
                "strict": bool(strict),
                "without_rowid": bool(without_rowid),
                "columns": columns.get(name, {}),
                "foreign_keys": sorted(references.get(name, {}).values(), key=repr),
                "indexes": sorted(indexes.get(name, {}).values(), key=repr),
                "rules": hidden_rules(sql or ""),
            }
        elif kind == "view":
            schema["views"][name] = _canonical(sql)
        elif kind == "trigger":
            schema["triggers"][name] = {"table": table, "sql": _canonical(sql)}
    return schema


_TABLES = "pragma_table_list AS t WHERE t.schema = 'main'"


def _each_table(pragmas: str) -> str:
    """FROM clause: `pragmas` (of t.name) joined to every ordinary table of the file, so
    none is asked about a view or a virtual table (whose module may not even exist)."""
    return f"pragma_table_list AS t, {pragmas} WHERE t.schema = 'main' AND t.type = 'table'"


def _columns(connection: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    rows = connection.execute(
        'SELECT t.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden '
        f"FROM {_each_table('pragma_table_xinfo(t.name) AS c')}"
    )
    for table, column, type_, notnull, default, pk, hidden in rows:
        found.setdefault(table, {})[column] = {
            "type": type_,
            "notnull": bool(notnull),
            "default": default,
            "pk": pk,
            "hidden": hidden,
        }
    return found


def _foreign_keys(connection: sqlite3.Connection) -> dict[str, dict[int, dict[str, Any]]]:
    found: dict[str, dict[int, dict[str, Any]]] = {}
    rows = connection.execute(
        'SELECT t.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete, '
        f"f.match FROM {_each_table('pragma_foreign_key_list(t.name) AS f')} "
        "ORDER BY t.name, f.id, f.seq"
    )
    for table, key, parent, column, parent_column, on_update, on_delete, match in rows:
        reference = found.setdefault(table, {}).setdefault(
            key,
            {
                "table": parent,
                "from": [],
                "to": [],
                "on_update": on_update,
                "on_delete": on_delete,
                "match": match,
            },
        )
        reference["from"].append(column)
        reference["to"].append(parent_column)
    return found


def _indexes(connection: sqlite3.Connection) -> dict[str, dict[str, dict[str, Any]]]:
    """Named indexes by name; SQLite's automatic ones (of UNIQUE and PRIMARY KEY) without
    their name, which numbers them in the order the constraints happen to be written."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    joined = _each_table("pragma_index_list(t.name) AS i, pragma_index_xinfo(i.name) AS x")
    rows = connection.execute(
        'SELECT t.name, i.name, i."unique", i.origin, i.partial, x.name, x.desc, x.coll '
        f"FROM {joined} AND x.key ORDER BY t.name, i.name, x.seqno"
    )
    for table, name, unique, origin, partial, column, descending, collation in rows:
        index = found.setdefault(table, {}).setdefault(
            name,
            {
                "name": None if origin in ("u", "pk") else name,
                "unique": bool(unique),
                "origin": origin,
                "partial": bool(partial),
                "columns": [],
            },
        )
        index["columns"].append([column, bool(descending), collation])
    return found


def _canonical(sql: str | None) -> str:
    return " ".join(text for _, text in tokens(sql or ""))
