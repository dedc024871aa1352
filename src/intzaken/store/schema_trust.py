"""Refusing a file whose schema is not the one Intzaken itself makes.

A backup, a travel copy or any opened file can come from anywhere. A trigger in it runs
inside every later transaction of ours, a view can stand where a table should be, an
extra index or rule can make saves fail. Before a file is opened for writing, restored or
merged, its schema is compared with the schema our own migrations create at the file's
revision (a snapshot per revision in resources/schema/, see store/schema_snapshots.py):
tables, columns, references, indexes and rules, and no view or trigger that is not ours.
Anything else refuses the file with a Dutch message naming what is foreign. Only the
schema is read, never the data; Alembic is not imported.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from ..resources import resource_path
from .application_id import APPLICATION_ID, UNMARKED, application_id
from .errors import DatabaseDamagedError, ForeignSchemaError
from .integrity import is_damage
from .read_only import connect_read_only
from .schema_reading import Schema, read_schema

OPENED = "het wordt niet geopend"
RESTORED = "het wordt niet teruggezet"
NOT_COPIED = "er wordt geen back-up van gemaakt"
VERSION_TABLE = "alembic_version"
SNAPSHOTS = "schema"  # the folder under resources/
SHOWN_NAME = 60  # characters of a name (chosen by whoever made the file) in a message


def verify_schema(
    path: Path, *, refusal: str = OPENED, require_revision: bool = False
) -> str | None:
    """The file's schema revision, once its schema is known to be ours.

    Raises ForeignSchemaError for a file of another program (application_id), without a
    schema version (with `require_revision`; otherwise None is returned, and the caller
    decides about a file without one) or with anything the app would not have made;
    DatabaseDamagedError when the schema cannot be read for damage. A revision with no
    snapshot is newer than this app: it is returned unchecked, for the caller to refuse.
    """
    connection = connect_read_only(path)
    try:
        marked = application_id(connection)
        if marked not in (UNMARKED, APPLICATION_ID):
            raise ForeignSchemaError(
                path,
                [f"is een bestand van een ander programma (application_id {marked:#010x})"],
                refusal,
            )
        revision = _revision(connection, path, refusal)
        if revision is None:
            if require_revision:
                raise ForeignSchemaError(
                    path,
                    ["heeft geen schemaversie (de tabel alembic_version ontbreekt of is leeg)"],
                    refusal,
                )
            return None
        reference = reference_schema(revision)
        if reference is None:
            return revision
        findings = schema_findings(read_schema(connection), reference)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DatabaseDamagedError(path, [str(exc)]) from exc
        raise
    finally:
        connection.close()
    if findings:
        raise ForeignSchemaError(path, findings, refusal)
    return revision


def _revision(connection: sqlite3.Connection, path: Path, refusal: str) -> str | None:
    kind = connection.execute(
        "SELECT type FROM sqlite_schema WHERE name = ?", (VERSION_TABLE,)
    ).fetchone()
    if kind is None:
        return None
    if kind[0] != "table":  # a view could say any version: never read through it
        raise ForeignSchemaError(path, [_instead_of_table(VERSION_TABLE, kind[0])], refusal)
    try:
        rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except sqlite3.OperationalError as exc:
        if is_damage(exc):
            raise
        raise ForeignSchemaError(path, ["heeft een onleesbare schemaversie"], refusal) from exc
    if len(rows) > 1:  # our history is a single line: one row
        raise ForeignSchemaError(path, ["heeft meer dan één schemaversie"], refusal)
    return str(rows[0][0]) if rows else None


@cache
def _snapshot_files() -> dict[str, Path]:
    """Revision -> its snapshot. Looked up by key, so a revision read from a file can
    never become a path of its choosing."""
    return {file.stem: file for file in resource_path(SNAPSHOTS).glob("*.json")}


@cache
def reference_schema(revision: str) -> Schema | None:
    """The schema our migrations create at `revision`; None for a revision unknown here."""
    file = _snapshot_files().get(revision)
    if file is None:
        return None
    schema: Schema = json.loads(file.read_text(encoding="utf-8"))["schema"]
    return schema


def schema_findings(actual: Schema, reference: Schema) -> list[str]:
    """What `actual` has that `reference` has not, or lacks, as Dutch phrases (empty when
    the two agree). Triggers and views first: they are what runs SQL of someone else's."""
    if actual == reference:
        return []  # the common case, and the quickest way to say so
    findings = _named("trigger", actual["triggers"], reference["triggers"])
    tables, expected = actual["tables"], reference["tables"]
    for name in sorted(set(actual["views"]) & set(expected)):
        findings.append(_instead_of_table(name, "view"))
    findings += _named(
        "view",
        {name: sql for name, sql in actual["views"].items() if name not in expected},
        reference["views"],
    )
    for name in sorted(set(tables) - set(expected)):
        findings.append(f"bevat een onbekende tabel {_quoted(name)}")
    for name in sorted(set(expected) - set(tables) - set(actual["views"])):
        findings.append(f"mist de tabel {_quoted(name)}")
    for name in sorted(set(tables) & set(expected)):
        findings += _table_findings(name, tables[name], expected[name])
    return findings


def _named(what: str, actual: dict[str, Any], reference: dict[str, Any]) -> list[str]:
    """Views or triggers: ours by name and canonical SQL, nothing else."""
    findings = [
        f"bevat een onbekende {what} {_quoted(name)}"
        for name in sorted(set(actual) - set(reference))
    ]
    findings += [f"mist de {what} {_quoted(name)}" for name in sorted(set(reference) - set(actual))]
    findings += [
        f"heeft een gewijzigde {what} {_quoted(name)}"
        for name in sorted(set(actual) & set(reference))
        if actual[name] != reference[name]
    ]
    return findings


COLUMN_PARTS = {
    "type": "type",
    "notnull": "verplicht",
    "default": "standaardwaarde",
    "pk": "primaire sleutel",
    "hidden": "berekend",
}


def _table_findings(name: str, actual: dict[str, Any], reference: dict[str, Any]) -> list[str]:
    table = _quoted(name)
    shape = ("kind", "strict", "without_rowid", "sql")
    if any(actual.get(part) != reference.get(part) for part in shape):
        return [f"heeft een afwijkende tabel {table}"]  # virtual, STRICT, WITHOUT ROWID
    findings: list[str] = []
    columns, expected = actual["columns"], reference["columns"]
    findings += [
        f"bevat een onbekende kolom {_quoted(column)} in tabel {table}"
        for column in sorted(set(columns) - set(expected))
    ]
    findings += [
        f"mist de kolom {_quoted(column)} in tabel {table}"
        for column in sorted(set(expected) - set(columns))
    ]
    for column in sorted(set(columns) & set(expected)):
        differ = [
            label
            for part, label in COLUMN_PARTS.items()
            if columns[column][part] != expected[column][part]
        ]
        if differ:
            findings.append(
                f"heeft een afwijkende kolom {_quoted(column)} in tabel {table} "
                f"({', '.join(differ)})"
            )
    findings += _listed(
        actual["foreign_keys"],
        reference["foreign_keys"],
        lambda key, label: f"{label} verwijzing van tabel {table} naar {_quoted(key['table'])}",
    )
    findings += _index_findings(table, actual["indexes"], reference["indexes"])
    findings += _listed(
        actual["rules"],
        reference["rules"],
        lambda rule, label: f"{label} regel in tabel {table}: {_shortened(rule)}",
    )
    return findings


def _index_findings(
    table: str, actual: list[dict[str, Any]], reference: list[dict[str, Any]]
) -> list[str]:
    named = {index["name"]: index for index in actual if index["name"] is not None}
    ours = {index["name"]: index for index in reference if index["name"] is not None}
    findings = [
        f"bevat een onbekende index {_quoted(name)} op tabel {table}"
        for name in sorted(set(named) - set(ours))
    ]
    findings += [
        f"mist de index {_quoted(name)} op tabel {table}" for name in sorted(set(ours) - set(named))
    ]
    findings += [
        f"heeft een afwijkende index {_quoted(name)} op tabel {table}"
        for name in sorted(set(named) & set(ours))
        if named[name] != ours[name]
    ]
    findings += _listed(
        [index for index in actual if index["name"] is None],
        [index for index in reference if index["name"] is None],
        lambda index, label: (
            f"{label} uniciteitsregel op "
            f"({', '.join(str(c[0]) for c in index['columns'])}) "
            f"in tabel {table}"
        ),
    )
    return findings


def _listed(actual: Iterable[Any], reference: Iterable[Any], phrase: Any) -> list[str]:
    """Items without a name of their own, compared as multisets: `phrase(item, label)`
    for each one too many ("bevat een onbekende") or too few ("mist de")."""

    def counted(items: Iterable[Any]) -> Counter[str]:
        return Counter(json.dumps(item, sort_keys=True) for item in items)

    have, want = counted(actual), counted(reference)
    return [
        phrase(json.loads(item), "bevat een onbekende") for item in sorted((have - want).elements())
    ] + [phrase(json.loads(item), "mist de") for item in sorted((want - have).elements())]


def _instead_of_table(name: str, kind: str) -> str:
    return f"heeft {_quoted(name)} als {kind} in plaats van als tabel"


def _quoted(name: str) -> str:
    return f"'{_shortened(name, SHOWN_NAME)}'"


def _shortened(text: str, limit: int = 80) -> str:
    """Printable and short: a name or rule comes from whoever made the file."""
    printable = "".join(c if c.isprintable() else "?" for c in str(text))
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"
