"""Finding out what happened to the server after a connection ended without a clear
reason: the session ended by an administrator, the server restarted, stopping, or out of
reach.

PostgreSQL ends a session with the same error (57P01 admin_shutdown, "terminating
connection due to administrator command") when an administrator calls
pg_terminate_backend and when the server is stopped; a crash or `pg_ctl stop -m
immediate` only closes the socket, as a lost network does. Whether the server still
runs, and since when (pg_postmaster_start_time, remembered per address when a connection
is made), tells them apart. The probe is one new connection with a short timeout.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import threading
from typing import Any

from .location import ServerAddress

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 3  # seconds: the server just spoke to us, or refuses at once
CANNOT_CONNECT_NOW = "57P03"  # the database system is starting up or shutting down

_started: dict[ServerAddress, dt.datetime] = {}
_started_lock = threading.Lock()


class ServerState(enum.Enum):
    SAME = "the same server process runs"
    RESTARTED = "the server runs, but was started since we connected"
    STARTING_OR_STOPPING = "the server answers that it is starting up or shutting down"
    NOT_RUNNING = "the computer answers, but no server listens (refused)"
    OUT_OF_REACH = "nothing answers: network, VPN, or the computer is off"


def remember_start(address: ServerAddress, started: dt.datetime) -> None:
    """Called for each new connection (store/engine.py make_server_engine)."""
    with _started_lock:
        _started[address.without_password()] = started


def probe(address: ServerAddress) -> ServerState:
    import psycopg

    extra: dict[str, Any] = {"password": address.password} if address.password else {}
    try:
        # The address without its password is a libpq URI; the password goes apart.
        connection = psycopg.connect(
            address.display,
            connect_timeout=PROBE_TIMEOUT,
            application_name="intzaken-probe",
            autocommit=True,
            **extra,
        )
    except psycopg.Error as exc:
        log.info("Probing %s after a lost connection: %s", address, exc)
        return _state_of_refusal(exc)
    try:
        row = connection.execute("SELECT pg_postmaster_start_time()").fetchone()
        assert row is not None  # a SELECT of one value returns one row
        started = row[0]
    except psycopg.Error as exc:
        log.info("Probing %s after a lost connection: %s", address, exc)
        return _state_of_refusal(exc)
    finally:
        connection.close()
    with _started_lock:
        known = _started.get(address.without_password())
    if known is not None and started != known:
        return ServerState.RESTARTED
    return ServerState.SAME


def _state_of_refusal(exc: BaseException) -> ServerState:
    if getattr(exc, "sqlstate", None) == CANNOT_CONNECT_NOW:
        return ServerState.STARTING_OR_STOPPING
    text = str(exc).lower()
    if "starting up" in text or "shutting down" in text or "in recovery mode" in text:
        return ServerState.STARTING_OR_STOPPING
    # Refused (TCP) or no socket file (a server on this computer): the computer answered.
    if "connection refused" in text or "no such file or directory" in text:
        return ServerState.NOT_RUNNING
    if getattr(exc, "sqlstate", None):
        return ServerState.SAME  # it answered with a reason of its own (login, ...)
    return ServerState.OUT_OF_REACH
