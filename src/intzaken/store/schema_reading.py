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
SQLITE_INTERNAL = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                   "sqlite_stat4"}

Schema = dict[str, Any]


def read_schema(connection: sqlite3.Connection) -> Schema:
    """{"tables": {name: table}, "views": {name: sql}, "triggers": {name: sql}}.

    A view or trigger is only named with its canonical SQL: neither is ever read or run
    here, so one that SQLite would refuse to run cannot make this fail.
    """
    schema: Schema = {"tables": {}, "views": {}, "triggers": {}}
    kinds = {name: (kind, strict, without_rowid) for name, kind, strict, without_rowid in
             connection.execute("SELECT name, type, strict, wr FROM pragma_table_list "
                                "WHERE schema = 'main'")}
    entries = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name").fetchall()
    for kind, name, table, sql in entries:
        if kind == "table" and name not in SQLITE_INTERNAL:
            table_kind, strict, without_rowid = kinds.get(name, ("table", 0, 0))
            schema["tables"][name] = _table(connection, name, sql or "", table_kind,
                                            strict, without_rowid)
        elif kind == "view":
            schema["views"][name] = _canonical(sql)
        elif kind == "trigger":
            schema["triggers"][name] = {"table": table, "sql": _canonical(sql)}
    return schema


def _table(connection: sqlite3.Connection, name: str, sql: str, kind: str,
           strict: int, without_rowid: int) -> dict[str, Any]:
    if kind != "table":  # a virtual or shadow table: its columns are another module's
        return {"kind": kind, "sql": _canonical(sql)}
    return {
        "kind": kind,
        "strict": bool(strict),
        "without_rowid": bool(without_rowid),
        "columns": {
            column: {"type": type_, "notnull": bool(notnull), "default": default,
                     "pk": pk, "hidden": hidden}
            for _, column, type_, notnull, default, pk, hidden
            in connection.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))},
        "foreign_keys": _foreign_keys(connection, name),
        "indexes": _indexes(connection, name),
        "rules": hidden_rules(sql),
    }


def _foreign_keys(connection: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    grouped: dict[int, dict[str, Any]] = {}
    rows = connection.execute("SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq",
                              (table,))
    for key, _, parent, column, parent_column, on_update, on_delete, match in rows:
        found = grouped.setdefault(key, {
            "table": parent, "from": [], "to": [], "on_update": on_update,
            "on_delete": on_delete, "match": match})
        found["from"].append(column)
        found["to"].append(parent_column)
    return sorted(grouped.values(), key=repr)


def _indexes(connection: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    """Named indexes by name; SQLite's automatic ones (of UNIQUE and PRIMARY KEY) without
    their name, which numbers them in the order the constraints happen to be written."""
    found = []
    rows = connection.execute("SELECT name, \"unique\", origin, partial "
                              "FROM pragma_index_list(?)", (table,)).fetchall()
    for name, unique, origin, partial in rows:
        columns = [[column, bool(descending), collation] for _, _, column, descending,
                   collation, key in connection.execute(
                       "SELECT * FROM pragma_index_xinfo(?) ORDER BY seqno", (name,)) if key]
        found.append({"name": None if origin in ("u", "pk") else name, "unique": bool(unique),
                      "origin": origin, "partial": bool(partial), "columns": columns})
    return sorted(found, key=repr)


def _canonical(sql: str | None) -> str:
    return " ".join(text for _, text in tokens(sql or ""))
