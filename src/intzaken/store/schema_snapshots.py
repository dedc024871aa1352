"""The schema our migrations create at each revision, written down once per revision.

store/schema_trust.py compares every file from outside with the schema of its revision.
Running the migrations on a scratch file at every open would cost Alembic's import and
seconds of DDL, so the result is kept in resources/schema/<revision>.json instead: made by
`tools/make-schema-snapshots.py` after a migration is added, and remade and compared by
tests/test_foreign_schema.py, so a snapshot can never drift from the migrations.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from ..resources import resource_path
from .engine import make_engine
from .migrations import alembic_config
from .read_only import connect_read_only
from .schema_reading import Schema, read_schema
from .schema_trust import SNAPSHOTS


def revisions_in_order() -> list[str]:
    """Every migration's revision, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def schema_at(revision: str) -> Schema:
    """The schema of an empty file migrated from nothing up to `revision`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{revision}.sqlite"
        engine = make_engine(path, foreign_keys=False)  # as the app migrates
        try:
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
        finally:
            engine.dispose()
        reader = connect_read_only(path)
        try:
            return read_schema(reader)
        finally:
            reader.close()


def snapshot_text(revision: str) -> str:
    """The snapshot file's content: stable, so an unchanged schema gives unchanged bytes."""
    snapshot = {
        "revision": revision,
        "made_by": "tools/make-schema-snapshots.py; do not edit by hand",
        "schema": schema_at(revision),
    }
    return json.dumps(snapshot, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_snapshots(folder: Path | None = None) -> list[Path]:
    """(Re)write the snapshot of every revision into `folder` (resources/schema/)."""
    folder = folder or resource_path(SNAPSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for revision in revisions_in_order():
        target = folder / f"{revision}.json"
        target.write_text(snapshot_text(revision), encoding="utf-8")
        written.append(target)
    return written
