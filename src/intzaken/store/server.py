"""Opening a team database on a PostgreSQL server: connect, check it is ours and not
from a newer version, bring its schema up to date.

What a file needs and a server does itself is left out: no integrity check (the server
keeps its pages sound), no lock (many people work in one database at once), no backups
(the server's administrator makes them with pg_dump). A migration runs in one
transaction, so it is applied whole or not at all, and under a transaction-level
advisory lock: when two laptops open a database that needs migrating at the same moment,
the second waits, then finds it up to date. Setting up an empty database for its
organisation (new_database.py) takes the same lock.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, text

from .errors import DatabaseTooNewError, NotAnIntzakenDatabaseError
from .location import ServerAddress
from .schema_version import SCHEMA_REVISION
from .server_errors import ServerDatabaseEmptyError
from .server_limits import LONG_LOCK_TIMEOUT_MS, set_long_limits

log = logging.getLogger(__name__)

# pg_advisory_xact_lock's key for "migrating the Intzaken schema": any 64-bit number no
# other program on the server uses; these are the bytes of "IZschema".
MIGRATION_LOCK = int.from_bytes(b"IZschema", "big")


def stored_revision(connection: Connection) -> str | None:
    """The schema revision in the database; None when it has no version table."""
    # Read from pg_tables, not with to_regclass: right after the advisory lock was had,
    # to_regclass may still answer from this backend's catalog cache, from before the
    # migration the lock waited for was committed.
    if connection.scalar(
        text(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
            "current_schema() AND tablename = 'alembic_version')"
        )
    ):
        revision: str | None = connection.scalar(text("SELECT version_num FROM alembic_version"))
        return revision
    return None


def _has_tables(connection: Connection) -> bool:
    return bool(
        connection.scalar(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables "
                "WHERE schemaname = current_schema())"
            )
        )
    )


def prepare(address: ServerAddress, engine: Engine, *, create: bool) -> None:
    """Check the database at `engine` and migrate it to the current schema.

    An empty database is set up only with `create`; without it ServerDatabaseEmptyError
    says how. Connection and login failures are raised as the driver's errors; the
    caller turns them into Dutch (server_errors.server_failure).
    """
    with engine.connect() as connection:
        revision = stored_revision(connection)
        if revision == SCHEMA_REVISION:
            return  # the common case, without loading Alembic
    # Everything else is judged under the lock only: another laptop may be migrating
    # right now, and between two reads its tables can appear without their version.
    with engine.begin() as connection:
        hold_schema_lock(connection)
        revision = stored_revision(connection)  # someone may have migrated while we waited
        _refuse_strangers(address, connection, revision, create=create)
        from .migrations import head_revision, upgrade_in

        if revision != head_revision():
            log.info("Migrating %s from %s", address, revision or "an empty database")
            upgrade_in(connection)


def hold_schema_lock(connection: Connection) -> None:
    """Wait for, then hold until the end of `connection`'s transaction, the lock under
    which the schema is migrated and an empty database set up for its organisation, so
    the second of two laptops doing either at once finds the work done. Waiting for
    another's migration, and migrating, may take longer than a save is allowed."""
    set_long_limits(connection, lock_timeout_ms=LONG_LOCK_TIMEOUT_MS)
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def _refuse_strangers(
    address: ServerAddress, connection: Connection, revision: str | None, *, create: bool
) -> None:
    from .migrations import known_revisions

    if revision is None and _has_tables(connection):
        raise NotAnIntzakenDatabaseError(address)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(address, revision)
    if revision is None and not create:
        raise ServerDatabaseEmptyError(address)
