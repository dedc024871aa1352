"""A team database under faults, against the real server: a colleague holding a row, a
statement running too long, ten first opens of an empty database at once, a COMMIT cut
off on its way, and the session ended by an administrator, the server restarted or
stopped. Each says in Dutch what happened, without libpq's English, and nothing is
lost, half-written or wrongly reported as (not) saved."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from intzaken.domain.changes import Change
from intzaken.domain.models import Organisation, Trip
from intzaken.new_database import create_database
from intzaken.services.editing import EDITORS, snapshot, version_of
from intzaken.store.commit_outcome import CommitOutcomeUnknownError, confirmed_transaction
from intzaken.store.database import Database, open_database
from intzaken.store.errors import StoreError
from intzaken.store.location import ServerAddress
from intzaken.store.server_errors import (
    ServerBusyError,
    ServerConnectionDroppedError,
    ServerNotRunningError,
    ServerRestartedError,
    ServerSessionEndedError,
    ServerStoppingError,
    ServerUnreachableError,
    server_failure,
)
from intzaken.store.server_limits import allow_long_work

from .conftest import dump, run_cli
from .postgres_server import TestServer
from .server_faults import Break, CommitBreaker, pg_ctl, start_args

ENGLISH = ("canceling", "terminating", "connection", "server closed", "timeout", "lock")
AUTHOR = "ann"


def _failure(address: ServerAddress, work: Callable[[], Any]) -> StoreError:
    """What the window and the command line make of `work`'s error."""
    with pytest.raises(DBAPIError) as caught:
        work()
    failure = server_failure(address, caught.value)
    assert failure is not None, caught.value
    for words in ENGLISH:  # the server's own words stay in the log
        assert words not in str(failure).lower()
    return failure


def _first_trip(database: Database) -> tuple[int, Any]:
    with database.sessions() as session:
        trip_id = session.scalars(select(Trip.id).order_by(Trip.id)).first()
        assert trip_id is not None
        return trip_id, snapshot(session, "trips", trip_id)


def _save_notes(
    database: Database, trip_id: int, notes: str, expected_version: int | None = None
) -> int:
    data = _first_trip(database)[1]
    data.notes = notes
    with confirmed_transaction(database.sessions, database.location) as session:
        session.info["author"] = AUTHOR
        trip = EDITORS["trips"].update(session, trip_id, data, expected_version=expected_version)
        return trip.version


@pytest.fixture
def team(team_demo_copy: Callable[[str], ServerAddress]) -> Iterator[Database]:
    database = open_database(team_demo_copy("rotterdam"))
    yield database
    database.close()


# --- 14: a held row, a statement too long -----------------------------------------------------
def test_a_save_behind_a_colleagues_row_lock_is_busy_within_seconds(team: Database) -> None:
    address = team.server
    assert address is not None
    trip_id, _ = _first_trip(team)
    before = dump(team)
    colleague = create_engine(address.sqlalchemy_url())
    with colleague.begin() as connection:  # holds the row until the assertions are done
        connection.execute(text("SELECT id FROM trips WHERE id = :id FOR UPDATE"), {"id": trip_id})
        failure = _failure(address, lambda: _save_notes(team, trip_id, "Mijn versie"))
        assert isinstance(failure, ServerBusyError)
        assert "was even bezet door het werk van een collega" in str(failure)
        assert "Er is niets opgeslagen" in str(failure)
    colleague.dispose()
    assert dump(team) == before
    _save_notes(team, trip_id, "Mijn versie")  # the colleague is done: it saves


def test_a_statement_that_runs_too_long_is_a_dutch_message_not_a_crash(team: Database) -> None:
    address = team.server
    assert address is not None
    # The address's own limits win over ours: no lock wait limit, a statement limit of
    # 0.3 s, and a colleague's lock on the whole table makes the listing wait for it.
    slow = ServerAddress(f"{address}&options=-c%20lock_timeout%3D0%20-c%20statement_timeout%3D300")
    colleague = create_engine(address.sqlalchemy_url())
    with colleague.begin() as connection:
        connection.execute(text("LOCK TABLE trips IN ACCESS EXCLUSIVE MODE"))
        code, out, err = run_cli("list", "trips", "--db", str(slow))
    colleague.dispose()
    assert code == 1 and out == ""
    assert "deed er te lang over, en het werk is afgebroken" in err
    assert "Traceback" not in err and "canceling" not in err


def test_long_work_gets_longer_limits_for_its_transactions_only(team: Database) -> None:
    def limits(session: Any) -> tuple[str, str]:
        return (
            session.scalar(text("SHOW statement_timeout")),
            session.scalar(text("SHOW lock_timeout")),
        )

    with team.sessions() as session:
        assert limits(session) == ("10s", "3s")  # what the window waits at most
    with allow_long_work(team.sessions()) as session:
        assert limits(session) == ("15min", "3s")  # a held row is still a held row
        session.commit()
        assert limits(session) == ("15min", "3s")  # each of its transactions
    with team.sessions() as session:  # the pooled connection did not keep them
        assert limits(session) == ("10s", "3s")


# --- 15: ten first opens at once --------------------------------------------------------------
def test_ten_first_opens_of_an_empty_database_set_it_up_once(
    server_databases: Callable[..., ServerAddress],
) -> None:
    address = server_databases()  # nothing in it: each of the ten migrates or waits
    opened: list[Database] = []
    errors: list[BaseException] = []
    start = threading.Barrier(10)

    def first_open() -> None:
        start.wait()
        try:
            opened.append(create_database(address, "Gemeente Delft"))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=first_open) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and len(opened) == 10
    with opened[0].sessions() as session:
        assert session.scalars(select(Organisation.name)).all() == ["Gemeente Delft"]
        countries = session.scalar(text("SELECT count(*) FROM countries"))
    for database in opened:
        database.close()
    code, _, err = run_cli("init", "--organisation", "Gemeente Delft", "--db", str(address))
    assert code == 0, err  # set up as asked: nothing to do
    code, _, err = run_cli("init", "--organisation", "Gemeente Leiden", "--db", str(address))
    assert code == 1 and "is al ingericht, voor Gemeente Delft" in err
    database = open_database(address)
    with database.sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM countries")) == countries > 100
    database.close()


def test_two_inits_at_once_in_two_processes_both_succeed_once(
    server_databases: Callable[..., ServerAddress],
) -> None:
    address = str(server_databases())
    command = [
        str(Path(sys.executable).with_name("intzaken")),
        "init",
        "--organisation",
        "Gemeente Delft",
        "--db",
        address,
    ]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0] and errors == ["", ""]
    code, out, _ = run_cli("list", "trips", "--format", "json", "--db", address)
    assert (code, out.strip()) == (0, "[]")
    database = open_database(ServerAddress(address))
    with database.sessions() as session:
        assert session.scalars(select(Organisation.name)).all() == ["Gemeente Delft"]
    database.close()


# --- 16: a COMMIT cut off ---------------------------------------------------------------------
@pytest.fixture
def breaker(postgres_server: TestServer) -> Iterator[CommitBreaker]:
    proxy = CommitBreaker(postgres_server.url)
    yield proxy
    proxy.close()


@pytest.fixture
def team_behind_breaker(team: Database, breaker: CommitBreaker) -> Iterator[Database]:
    assert team.server is not None
    database = open_database(breaker.address(team.server.database_name))
    yield database
    database.close()


def test_a_commit_whose_answer_is_lost_is_found_saved(
    team_behind_breaker: Database, breaker: CommitBreaker
) -> None:
    database = team_behind_breaker
    trip_id, _ = _first_trip(database)
    with database.sessions() as session:
        version = version_of(session, "trips", trip_id)
    breaker.arm(Break.AFTER_COMMIT)
    saved = _save_notes(database, trip_id, "Vastgelegd", expected_version=version)
    assert breaker.broken.is_set()  # the connection did break at the COMMIT
    with database.sessions() as session:
        trip = session.get(Trip, trip_id)
        assert trip is not None and (trip.notes, trip.version) == ("Vastgelegd", saved)
        entries = session.scalars(
            select(Change).where(
                Change.record_id == trip_id, Change.register == "trips", Change.version == saved
            )
        ).all()
        assert [(entry.author, entry.new_value) for entry in entries] == [(AUTHOR, "Vastgelegd")]
    # Saving on from the version it was told about is no conflict with oneself.
    assert _save_notes(database, trip_id, "Daarna", expected_version=saved) == saved + 1


def test_a_commit_that_never_arrived_is_reported_not_saved(
    team_behind_breaker: Database, breaker: CommitBreaker
) -> None:
    database = team_behind_breaker
    address = database.server
    assert address is not None
    trip_id, _ = _first_trip(database)
    before = dump(database)
    breaker.arm(Break.BEFORE_COMMIT)
    failure = _failure(address, lambda: _save_notes(database, trip_id, "Niet aangekomen"))
    assert breaker.broken.is_set()
    assert isinstance(failure, ServerConnectionDroppedError)
    assert "Er is niets opgeslagen" in str(failure)
    assert dump(database) == before  # and that is the truth


def test_a_commit_cut_off_with_the_server_out_of_reach_is_unknown_not_unsaved(
    team_behind_breaker: Database, breaker: CommitBreaker
) -> None:
    database = team_behind_breaker
    trip_id, _ = _first_trip(database)
    breaker.arm(Break.AFTER_COMMIT, refuse_after_break=True)
    with pytest.raises(CommitOutcomeUnknownError) as caught:
        _save_notes(database, trip_id, "Onbekend")
    message = str(caught.value)
    assert "Of de wijziging is opgeslagen, is daardoor niet bekend" in message
    assert "niets opgeslagen" not in message


# --- 17: the kinds of a session's end ---------------------------------------------------------
def test_a_network_gone_mid_work_is_named_as_the_network(
    team_behind_breaker: Database, breaker: CommitBreaker
) -> None:
    address = team_behind_breaker.server
    assert address is not None
    with team_behind_breaker.sessions() as session:
        session.execute(text("SELECT 1"))
        breaker.cut()
        failure = _failure(address, lambda: session.execute(text("SELECT 1")))
    assert isinstance(failure, ServerUnreachableError)
    assert str(failure).startswith(
        f"De verbinding met de databaseserver {address.server} "
        "is weggevallen en de server is nu niet bereikbaar"
    )
    assert "VPN" in str(failure)  # here the network is the first thing to check


def test_a_session_ended_by_an_administrator_is_named_so(
    team: Database, postgres_server: TestServer
) -> None:
    address = team.server
    assert address is not None
    with team.sessions() as session:
        session.execute(text("SELECT 1"))  # the session now holds its connection
        with postgres_server.engine.connect() as admin:
            assert (
                admin.scalar(
                    text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE datname = :name AND application_name = 'intzaken'"
                    ),
                    {"name": address.database_name},
                )
                >= 1
            )
        failure = _failure(address, lambda: session.execute(text("SELECT 1")))
    assert isinstance(failure, ServerSessionEndedError)
    assert str(failure).startswith(
        f"Een beheerder van de databaseserver {address.server} heeft uw verbinding beëindigd"
    )
    assert "VPN" not in str(failure)
    _first_trip(team)  # and the next piece of work reconnects by itself


@pytest.fixture(scope="module")
def own_server(request: pytest.FixtureRequest) -> Iterator[str]:
    """A server of this module's own, to stop and restart (tools/test-postgres.sh)."""
    request.getfixturevalue("postgres_server")  # skipped without a test server
    tool = Path(__file__).resolve().parents[1] / "tools" / "test-postgres.sh"
    url = subprocess.run(
        [str(tool), "start"], check=True, capture_output=True, text=True, timeout=180
    ).stdout.strip()
    yield url
    subprocess.run([str(tool), "stop", url], check=False, capture_output=True, timeout=180)


@pytest.fixture
def own_database(own_server: str) -> Iterator[Database]:
    database = open_database(ServerAddress(own_server), create=True)
    yield database
    database.close()


def test_a_restarted_server_is_named_so(own_server: str, own_database: Database) -> None:
    address = own_database.server
    assert address is not None
    with own_database.sessions() as session:
        session.execute(text("SELECT 1"))
        pg_ctl(own_server, "-m", "fast", "restart")
        failure = _failure(address, lambda: session.execute(text("SELECT 1")))
    assert isinstance(failure, ServerRestartedError)
    assert "is zojuist opnieuw gestart" in str(failure) and "VPN" not in str(failure)


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_a_stopped_server_is_named_so(own_server: str, own_database: Database, mode: str) -> None:
    address = own_database.server
    assert address is not None
    with own_database.sessions() as session:
        session.execute(text("SELECT 1"))
        pg_ctl(own_server, "-m", mode, "stop")
        try:
            failure = _failure(address, lambda: session.execute(text("SELECT 1")))
            assert isinstance(failure, ServerStoppingError)
            assert "wordt gestopt of opnieuw gestart" in str(failure)
            with pytest.raises(ServerNotRunningError, match="draait nu geen databaseserver"):
                open_database(address)
        finally:
            pg_ctl(own_server, *start_args(own_server))
