"""The storage layer on real SQLite files (the team database's own: test_store_server.py)."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text

from intzaken.domain.models import BudgetLine
from intzaken.store.database import Database, open_database
from intzaken.store.errors import (
    DatabaseDamagedError,
    DatabaseMissingError,
    DatabaseTooNewError,
    NotAnIntzakenDatabaseError,
)
from intzaken.store.migrations import alembic_config, head_revision, schema_differences
from intzaken.store.rotation import list_backups
from intzaken.store.schema_version import SCHEMA_REVISION, stored_revision

from .conftest import damage


@pytest.mark.sqlite_only
def test_every_connection_has_foreign_keys_and_wal(database: Database) -> None:
    for _ in range(3):
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_upgrade_from_empty_gives_exactly_the_models_schema(database: Database) -> None:
    assert schema_differences(database.engine) == []
    with database.engine.connect() as connection:
        command.check(alembic_config(connection))  # raises on any difference


def test_missing_file_is_not_created_silently(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError, match="bestaat niet"):
        open_database(tmp_path / "nothing.sqlite")
    assert not (tmp_path / "nothing.sqlite").exists()


@pytest.mark.sqlite_only
def test_file_from_a_newer_version_is_refused_untouched(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    before = database.path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="nieuwere versie"):
        open_database(database.path)
    assert database.path.read_bytes() == before


def test_other_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE something (x)")
    with pytest.raises(NotAnIntzakenDatabaseError, match="geen Intzaken-database"):
        open_database(path)


@pytest.mark.sqlite_only
def test_damaged_file_is_detected_and_not_written(database: Database) -> None:
    with database.sessions.begin() as session:
        for year in range(2000, 2200):
            session.add(BudgetLine(year=year, name="Werkbudget " * 20, amount=Decimal("1.00")))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    damaged = damage(database.path)
    with pytest.raises(DatabaseDamagedError, match="beschadigd"):
        open_database(database.path)
    assert database.path.read_bytes() == damaged


@pytest.mark.sqlite_only
def test_reopening_keeps_data_and_needs_no_migration(database: Database) -> None:
    with database.sessions.begin() as session:
        session.add(BudgetLine(year=2024, name="Werkbudget", amount=Decimal("75000.00")))
    database.close()
    reopened = open_database(database.path)
    try:
        with reopened.sessions() as session:
            assert session.scalar(select(func.count()).select_from(BudgetLine)) == 1
        with reopened.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == head_revision()
    finally:
        reopened.close()
    # Nothing to migrate, so no copy before a migration (only the daily one).
    assert [b.reason for b in list_backups(database.path)] == ["dagelijks"]


def test_the_schema_revision_read_without_alembic_is_alembics_head() -> None:
    # The window compares files with SCHEMA_REVISION to skip importing Alembic; a new
    # migration must move it along.
    assert head_revision() == SCHEMA_REVISION


@pytest.mark.sqlite_only
def test_a_background_check_hands_out_the_file_and_holds_writes_for_the_verdict(
    database: Database,
) -> None:
    path = database.path
    database.close()
    opened = open_database(path, check_in_background=True)
    try:
        assert opened.check is not None
        opened.require_sound()  # waits for the verdict: sound
        assert opened.check.problems == []
        opened.check.finish()
        assert [b.reason for b in list_backups(path)] == ["dagelijks"]
        with opened.sessions.begin() as session:
            session.add(BudgetLine(year=2024, name="Werkbudget", amount=Decimal("1.00")))
    finally:
        opened.close()


@pytest.mark.sqlite_only
def test_damage_found_in_the_background_refuses_every_write(database: Database) -> None:
    path = database.path
    with database.sessions.begin() as session:  # enough pages to damage some of them
        session.add_all(
            BudgetLine(year=2000 + n % 30, name=f"Post {n}", amount=Decimal(n)) for n in range(2000)
        )
    database.close()
    damaged = damage(path, last=5)  # the budget lines' pages
    assert stored_revision(path) == SCHEMA_REVISION  # opens as if sound
    opened = open_database(path, check_in_background=True)
    try:
        with pytest.raises(DatabaseDamagedError, match="beschadigd"):
            opened.require_sound()
        assert opened.check is not None and opened.check.problems
        opened.check.finish()
        assert list_backups(path) == []  # no backup of a damaged file
    finally:
        opened.close()
    assert path.read_bytes() == damaged


@pytest.mark.sqlite_only
def test_a_migration_due_is_never_left_to_the_background(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Damage must be known before a migration writes, so then the check runs at once.
    monkeypatch.setattr("intzaken.store.database.SCHEMA_REVISION", "older")
    path = database.path
    database.close()
    opened = open_database(path, check_in_background=True)
    try:
        assert opened.check is None
    finally:
        opened.close()


@pytest.mark.sqlite_only
def test_a_check_that_could_not_run_is_run_again_before_a_write(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intzaken.store import soundness
    from intzaken.store.errors import FileBusyError

    path = database.path
    database.close()
    calls: list[Path] = []
    real = soundness.integrity_problems

    def busy_once(checked: Path) -> list[str]:
        calls.append(checked)
        if len(calls) == 1:
            busy = sqlite3.OperationalError("database is locked")
            busy.sqlite_errorname, busy.sqlite_errorcode = "SQLITE_BUSY", 5
            raise busy
        return real(checked)

    monkeypatch.setattr(soundness, "integrity_problems", busy_once)
    opened = open_database(path, check_in_background=True, daily_backup=False)
    try:
        assert opened.check is not None
        opened.check.wait()
        assert isinstance(opened.check.error, FileBusyError)  # not taken for damage
        opened.require_sound()  # checked again, now sound
        assert len(calls) == 2 and opened.check.problems == []
    finally:
        opened.close()
