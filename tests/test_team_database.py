"""What only a team database on a PostgreSQL server has: its address, opening it (empty,
from a newer version, someone else's), migrating it once when two start at the same
moment, the Dutch messages when the server cannot be reached or refuses, and the
command line's refusals of what only a file can do. The tests shared with SQLite run on
the server too (conftest.py: `backend`)."""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from intzaken.cli.main import main as cli_main
from intzaken.demo.build import DemoTargetInUseError, write_demo
from intzaken.store.database import open_database
from intzaken.store.errors import DatabaseTooNewError, NotAnIntzakenDatabaseError
from intzaken.store.location import BadAddressError, ServerAddress, parse_location
from intzaken.store.migrations import schema_differences
from intzaken.store.schema_version import SCHEMA_REVISION
from intzaken.store.server import MIGRATION_LOCK
from intzaken.store.server_errors import (
    ServerBusyError,
    ServerDatabaseEmptyError,
    ServerDatabaseMissingError,
    ServerLoginError,
    ServerNotRunningError,
    ServerRefusedError,
    ServerStoppingError,
    ServerTimeoutError,
    ServerUnreachableError,
    server_failure,
)

from .conftest import dump, run_cli
from .postgres_server import TestServer

NewDatabase = Callable[..., ServerAddress]
SECRET = "geheim-wachtwoord-123"


# --- the address, without a server ------------------------------------------------------------
def test_an_address_never_shows_its_password() -> None:
    for url in (
        f"postgresql://ann:{SECRET}@db.gemeente.nl:5433/intzaken",
        f"postgres://ann@db.gemeente.nl/intzaken?password={SECRET}&sslmode=require",
    ):
        address = parse_location(url)
        assert isinstance(address, ServerAddress)
        assert address.password == SECRET
        for shown in (
            str(address),
            repr(address),
            address.display,
            str(address.without_password()),
            address.server,
        ):
            assert SECRET not in shown
        assert address.database_name == "intzaken" and address.user == "ann"
        assert address.sqlalchemy_url().password == SECRET  # for libpq only
        assert address == address.without_password()  # the same database
    assert str(parse_location("postgresql://ann@db.gemeente.nl:5433/intzaken")) == (
        "postgresql://ann@db.gemeente.nl:5433/intzaken"
    )
    assert parse_location("~/iz.sqlite") == Path.home() / "iz.sqlite"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://ann@db.gemeente.nl", "ontbreekt de naam van de database"),
        ("postgresql://ann@db.gemeente.nl:poort/iz", "poortnummer"),
    ],
)
def test_an_address_that_is_not_one_says_why(url: str, words: str) -> None:
    with pytest.raises(BadAddressError, match=words):
        ServerAddress(url)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exit_info:
        cli_main(["list", "trips", "--db", url])
    assert exit_info.value.code == 2 and words in err.getvalue()


def test_an_unreachable_server_is_named_in_dutch_without_the_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    address = ServerAddress(f"postgresql://ann:{SECRET}@127.0.0.1:1/intzaken")
    with pytest.raises(ServerUnreachableError, match="niet bereikbaar") as caught:
        open_database(address)
    assert "127.0.0.1:1" in str(caught.value) and SECRET not in str(caught.value)
    code, out, err = run_cli("list", "trips", "--db", address.display)
    assert code == 1 and "De databaseserver 127.0.0.1:1 is niet bereikbaar" in err
    assert SECRET not in caplog.text + out + err


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (
            psycopg.OperationalError(
                'connection failed: connection to server at "10.0.0.5", '
                "port 5432 failed: FATAL:  password authentication failed for "
                'user "ann"'
            ),
            ServerLoginError,
        ),
        (
            psycopg.OperationalError(
                'connection failed: connection to server at "10.0.0.5", '
                "port 5432 failed: timeout expired"
            ),
            ServerUnreachableError,
        ),
        (
            psycopg.OperationalError(
                'connection failed: connection to server at "10.0.0.5", '
                "port 5432 failed: Connection refused"
            ),
            ServerNotRunningError,
        ),
        (
            psycopg.errors.CannotConnectNow("the database system is shutting down"),
            ServerStoppingError,
        ),
        (
            psycopg.errors.CrashShutdown(
                "terminating connection because of crash of another server process"
            ),
            ServerStoppingError,
        ),
        (
            psycopg.errors.LockNotAvailable("canceling statement due to lock timeout"),
            ServerBusyError,
        ),
        (
            psycopg.errors.QueryCanceled("canceling statement due to statement timeout"),
            ServerTimeoutError,
        ),
        (
            psycopg.errors.InvalidCatalogName('database "iz" does not exist'),
            ServerDatabaseMissingError,
        ),
        (psycopg.errors.SerializationFailure("could not serialize access"), ServerBusyError),
        (psycopg.errors.DeadlockDetected("deadlock detected"), ServerBusyError),
        (
            psycopg.errors.InsufficientPrivilege("permission denied for table trips"),
            ServerRefusedError,
        ),
        (psycopg.errors.StringDataRightTruncation("value too long"), type(None)),  # a bug
    ],
)
def test_what_the_server_says_is_told_apart(error: Exception, kind: type) -> None:
    wrapped = DBAPIError("SELECT 1", {}, error)  # as SQLAlchemy hands it on
    failure = server_failure(ServerAddress("postgresql://ann@db/iz"), wrapped)
    assert isinstance(failure, kind)
    # libpq's English words stay in the log: the message is Dutch throughout.
    assert failure is None or str(error).split(":")[-1].strip() not in str(failure)


# --- on the test server -----------------------------------------------------------------------
def test_a_missing_database_and_an_unknown_user(postgres_server: TestServer) -> None:
    with pytest.raises(ServerDatabaseMissingError, match="bestaat geen database iz_nergens"):
        open_database(postgres_server.address("iz_nergens"))
    stranger = ServerAddress(postgres_server.url.replace("intzaken@", "onbekend@", 1))
    with pytest.raises(ServerLoginError, match="als onbekend is mislukt"):
        open_database(stranger)


def test_an_empty_database_is_set_up_only_when_asked(server_databases: NewDatabase) -> None:
    address = server_databases()
    with pytest.raises(ServerDatabaseEmptyError, match="is nog leeg"):
        open_database(address)
    code, _, err = run_cli("list", "trips", "--db", str(address))
    assert code == 1 and "intzaken init --organisation NAAM" in err
    assert run_cli("init", "--organisation", "Gemeente Delft", "--db", str(address))[0] == 0
    database = open_database(address)
    try:
        assert schema_differences(database.engine) == []  # exactly the models' schema
        with database.engine.connect() as connection:
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == (
                SCHEMA_REVISION
            )
    finally:
        database.close()


def test_a_database_from_a_newer_version_is_refused_untouched(
    server_databases: NewDatabase,
) -> None:
    address = server_databases()
    open_database(address, create=True).close()
    engine = create_engine(address.sqlalchemy_url())
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNewError, match="nieuwere versie van Intzaken"):
        open_database(address, create=True)


def test_a_database_of_another_program_is_refused(server_databases: NewDatabase) -> None:
    address = server_databases()
    engine = create_engine(address.sqlalchemy_url())
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE klanten (naam text)"))
    engine.dispose()
    with pytest.raises(NotAnIntzakenDatabaseError, match="tabellen van een ander programma"):
        open_database(address, create=True)


def test_two_laptops_opening_at_once_migrate_once(server_databases: NewDatabase) -> None:
    """The second waits for the first's migration (advisory lock), then finds it done."""
    address = server_databases()
    holder = create_engine(address.sqlalchemy_url())
    opened, errors = [], []

    def open_it() -> None:
        try:
            opened.append(open_database(address, create=True))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    with holder.begin() as connection:  # as if another laptop were migrating right now
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        threads = [threading.Thread(target=open_it) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        assert not opened and not errors  # both wait for the lock
    for thread in threads:
        thread.join(timeout=60)
    holder.dispose()
    assert errors == [] and len(opened) == 2
    with opened[0].engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM alembic_version")) == 1
    for database in opened:
        database.close()


def test_file_only_commands_refuse_a_team_database(
    server_databases: NewDatabase, tmp_path: Path
) -> None:
    address = str(server_databases())
    assert run_cli("init", "--organisation", "Gemeente Delft", "--db", address)[0] == 0
    for args in (("backup",), ("backup", "--list"), ("restore", str(tmp_path / "x.sqlite"))):
        code, _, err = run_cli(*args, "--db", address)
        assert code == 1 and "kan alleen bij een databasebestand" in err and "pg_dump" in err
    code, out, _ = run_cli("check", "--db", address)
    assert code == 0 and f"Teamdatabase {address}: in orde." in out


def test_a_demo_goes_into_an_empty_team_database_and_replaces_only_a_demo(
    server_databases: NewDatabase,
) -> None:
    address = server_databases()
    assert write_demo(address, "almere")["relations"] > 0
    assert write_demo(address, "groningen")["budget_lines"] > 0  # a demo: replaced
    real = server_databases()
    assert run_cli("init", "--organisation", "Gemeente Delft", "--db", str(real))[0] == 0
    database = open_database(real)
    before = dump(database)
    for force in (False, True):  # no backup to fall back on: not even with --force
        with pytest.raises(DemoTargetInUseError, match="ook niet met --force"):
            write_demo(real, "almere", force=force)
    assert dump(database) == before
    database.close()


def test_a_travel_copy_of_a_team_database_goes_out_and_comes_back(
    server_databases: NewDatabase, tmp_path: Path
) -> None:
    """The team's use of a team database: a copy of a trip taken on a laptop, edited on
    the way without a network, merged back while a colleague worked in the server."""
    from intzaken.domain.models import Trip
    from intzaken.services.places import sync_countries

    from .travel_helpers import STAY_AT_HOME, TRAVELLER, build_team, change

    address = server_databases()
    team = open_database(address, create=True)
    try:
        with team.sessions.begin() as session:
            sync_countries(session)
            ids = build_team(session)
        db, copy = str(address), tmp_path / "reis.sqlite"
        code, text, err = run_cli(
            "travel-copy", "--db", db, "--trip", str(ids["mission"]), "--out", str(copy)
        )
        assert code == 0, err
        assert text.startswith("Reiskopie voor reis 'Handelsmissie Japan en Portugal'")
        travelled = open_database(copy, daily_backup=False)
        with travelled.sessions.begin() as session:
            session.info["author"] = TRAVELLER
            change(session, "trips", ids["mission"], outcomes="Afspraken met Osaka")
        travelled.close()
        with team.sessions.begin() as session:
            session.info["author"] = STAY_AT_HOME
            change(session, "trips", ids["mission"], notes="Visum geregeld")
        code, text, err = run_cli("merge", "--db", db, str(copy))
        assert code == 0, err
        assert "Back-up" not in text  # a team database's backups are the server's
        assert "Teruggezet: 0 toegevoegd, 1 gewijzigd" in text
        with team.sessions() as session:
            trip = session.get(Trip, ids["mission"])
            assert (trip.outcomes, trip.notes) == ("Afspraken met Osaka", "Visum geregeld")
        code, _, err = run_cli("merge", "--db", db, str(copy))
        assert code == 1 and "al teruggezet" in err
    finally:
        team.close()
