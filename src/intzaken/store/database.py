"""Opening a database file: check it, bring its schema up to date safely, hand out sessions."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .backup import backup_to, restore_from
from .engine import make_engine
from .errors import (
    DatabaseDamagedError,
    DatabaseMissingError,
    DatabaseTooNewError,
    MigrationFailedError,
    NotAnIntzakenDatabaseError,
)
from .integrity import integrity_problems
from .migrations import current_revision, head_revision, known_revisions, upgrade_to_head

log = logging.getLogger(__name__)


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def backups_folder(path: Path) -> Path:
    """Where copies of `path` are kept: a folder beside it, so they travel together."""
    return path.parent / f"{path.stem}-backups"


def _has_tables(path: Path) -> bool:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        raise NotAnIntzakenDatabaseError(path) from None
    finally:
        connection.close()


def open_database(path: Path, *, create: bool = False) -> Database:
    """Open (or with `create`, make) the database at `path`, migrated to the current schema.

    Nothing is written to a file that fails its integrity check or that comes from a newer
    version. Before a migration the file is copied aside; if the migration fails or leaves
    broken references, the copy is put back.
    """
    path = path.expanduser().resolve()
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseMissingError(path)
    if exists:
        problems = integrity_problems(path)
        if problems:
            raise DatabaseDamagedError(path, problems)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    migration_engine = make_engine(path, foreign_keys=False)
    try:
        revision = current_revision(migration_engine) if exists else None
        if revision is None and exists and _has_tables(path):
            raise NotAnIntzakenDatabaseError(path)
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNewError(path, revision)
        if revision != head_revision():
            _migrate(path, migration_engine, revision)
    finally:
        migration_engine.dispose()

    engine = make_engine(path)
    return Database(path=path, engine=engine, sessions=sessionmaker(engine))


def _migrate(path: Path, engine: Engine, revision: str | None) -> None:
    backup = None
    if revision is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_to(path, backups_folder(path) / f"{path.stem}-voor-migratie-{stamp}.sqlite")
        log.info("Copied %s to %s before migrating from %s", path, backup, revision)
    try:
        upgrade_to_head(engine)
        problems = integrity_problems(path)
        if problems:
            raise RuntimeError("; ".join(problems[:5]))
    except Exception as exc:
        if backup is None:
            raise
        engine.dispose()
        restore_from(backup, path)
        raise MigrationFailedError(path, backup, str(exc)) from exc
