"""Refusing a file whose schema is not the one Intzaken itself makes.

A backup, a travel copy or any opened file can come from anywhere. A trigger in it runs
inside every later transaction of ours, a view can stand where a table should be, an
extra index or rule can make saves fail. Before a file is opened for writing, restored or
merged, its schema is compared with the schema our own migrations create at the file's
revision (a snapshot per revision in resources/schema/, see store/schema_snapshots.py):
tables, columns, references, indexes and rules, and no view or trigger that is not ours.
Anything else refuses the file with a message naming what is foreign. Only the
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

from ..i18n import N_, _
from ..resources import resource_path
from .application_id import APPLICATION_ID, UNMARKED, application_id
from .errors import NOT_OPENED, DatabaseDamagedError, ForeignSchemaError
from .integrity import is_damage
from .read_only import connect_read_only
from .schema_reading import Schema, read_schema

# What is not done with a foreign file: ids, translated in the message (ForeignSchemaError).
OPENED = NOT_OPENED
RESTORED = N_("it is not restored")
NOT_COPIED = N_("no backup is made of it")
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
                [
                    _("is a file of another program (application_id {marked})").format(
                        marked=f"{marked:#010x}"
                    )
                ],
                refusal,
            )
        revision = _revision(connection, path, refusal)
        if revision is None:
            if require_revision:
                raise ForeignSchemaError(
                    path,
                    [_("has no schema version (the table alembic_version is missing or empty)")],
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
        raise ForeignSchemaError(path, [_("has an unreadable schema version")], refusal) from exc
    if len(rows) > 1:  # our history is a single line: one row
        raise ForeignSchemaError(path, [_("has more than one schema version")], refusal)
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
    """What `actual` has that `reference` has not, or lacks, as phrases (empty when
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
        findings.append(_("contains an unknown table {name}").format(name=_quoted(name)))
    for name in sorted(set(expected) - set(tables) - set(actual["views"])):
        findings.append(_("lacks the table {name}").format(name=_quoted(name)))
    for name in sorted(set(tables) & set(expected)):
        findings += _table_findings(name, tables[name], expected[name])
    return findings


def _named(what: str, actual: dict[str, Any], reference: dict[str, Any]) -> list[str]:
    """Views or triggers (`what`, SQL's word in either language): ours by name and
    canonical SQL, nothing else."""
    findings = [
        _("contains an unknown {kind} {name}").format(kind=what, name=_quoted(name))
        for name in sorted(set(actual) - set(reference))
    ]
    findings += [
        _("lacks the {kind} {name}").format(kind=what, name=_quoted(name))
        for name in sorted(set(reference) - set(actual))
    ]
    findings += [
        _("has a changed {kind} {name}").format(kind=what, name=_quoted(name))
        for name in sorted(set(actual) & set(reference))
        if actual[name] != reference[name]
    ]
    return findings


COLUMN_PARTS = {  # ids, translated where a finding names them
    "type": N_("type"),
    "notnull": N_("required"),
    "default": N_("default value"),
    "pk": N_("primary key"),
    "hidden": N_("computed"),
}


def _table_findings(name: str, actual: dict[str, Any], reference: dict[str, Any]) -> list[str]:
    table = _quoted(name)
    shape = ("kind", "strict", "without_rowid", "sql")
    if any(actual.get(part) != reference.get(part) for part in shape):
        # virtual, STRICT, WITHOUT ROWID
        return [_("has a different table {table}").format(table=table)]
    findings: list[str] = []
    columns, expected = actual["columns"], reference["columns"]
    findings += [
        _("contains an unknown column {column} in table {table}").format(
            column=_quoted(column), table=table
        )
        for column in sorted(set(columns) - set(expected))
    ]
    findings += [
        _("lacks the column {column} in table {table}").format(column=_quoted(column), table=table)
        for column in sorted(set(expected) - set(columns))
    ]
    for column in sorted(set(columns) & set(expected)):
        differ = [
            _(label)
            for part, label in COLUMN_PARTS.items()
            if columns[column][part] != expected[column][part]
        ]
        if differ:
            findings.append(
                _("has a different column {column} in table {table} ({parts})").format(
                    column=_quoted(column), table=table, parts=", ".join(differ)
                )
            )
    findings += _listed(
        actual["foreign_keys"],
        reference["foreign_keys"],
        lambda key, unknown: (
            _("contains an unknown reference from table {table} to {target}")
            if unknown
            else _("lacks the reference from table {table} to {target}")
        ).format(table=table, target=_quoted(key["table"])),
    )
    findings += _index_findings(table, actual["indexes"], reference["indexes"])
    findings += _listed(
        actual["rules"],
        reference["rules"],
        lambda rule, unknown: (
            _("contains an unknown rule in table {table}: {rule}")
            if unknown
            else _("lacks the rule in table {table}: {rule}")
        ).format(table=table, rule=_shortened(rule)),
    )
    return findings


def _index_findings(
    table: str, actual: list[dict[str, Any]], reference: list[dict[str, Any]]
) -> list[str]:
    named = {index["name"]: index for index in actual if index["name"] is not None}
    ours = {index["name"]: index for index in reference if index["name"] is not None}
    findings = [
        _("contains an unknown index {index} on table {table}").format(
            index=_quoted(name), table=table
        )
        for name in sorted(set(named) - set(ours))
    ]
    findings += [
        _("lacks the index {index} on table {table}").format(index=_quoted(name), table=table)
        for name in sorted(set(ours) - set(named))
    ]
    findings += [
        _("has a different index {index} on table {table}").format(index=_quoted(name), table=table)
        for name in sorted(set(named) & set(ours))
        if named[name] != ours[name]
    ]
    findings += _listed(
        [index for index in actual if index["name"] is None],
        [index for index in reference if index["name"] is None],
        lambda index, unknown: (
            _("contains an unknown uniqueness rule on ({columns}) in table {table}")
            if unknown
            else _("lacks the uniqueness rule on ({columns}) in table {table}")
        ).format(columns=", ".join(str(c[0]) for c in index["columns"]), table=table),
    )
    return findings


def _listed(actual: Iterable[Any], reference: Iterable[Any], phrase: Any) -> list[str]:
    """Items without a name of their own, compared as multisets: `phrase(item, unknown)`
    for each one too many (unknown: True) or too few (False)."""

    def counted(items: Iterable[Any]) -> Counter[str]:
        return Counter(json.dumps(item, sort_keys=True) for item in items)

    have, want = counted(actual), counted(reference)
    return [phrase(json.loads(item), True) for item in sorted((have - want).elements())] + [
        phrase(json.loads(item), False) for item in sorted((want - have).elements())
    ]


def _instead_of_table(name: str, kind: str) -> str:
    return _("has {name} as a {kind} instead of as a table").format(name=_quoted(name), kind=kind)


def _quoted(name: str) -> str:
    return f"'{_shortened(name, SHOWN_NAME)}'"


def _shortened(text: str, limit: int = 80) -> str:
    """Printable and short: a name or rule comes from whoever made the file."""
    printable = "".join(c if c.isprintable() else "?" for c in str(text))
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"
