"""Why a team database on a PostgreSQL server could not be used, in words for the user
(in the current language), and which of
these a driver error stands for.

Each kind of trouble has its own message: nothing answers (network, VPN), the server
refuses connections (stopped), it is starting or stopping, it restarted, an
administrator ended our session, the login was refused, a colleague's work held what we
needed (lock_timeout: "busy"), a statement ran too long (statement_timeout), the
account lacks a right. The SQLSTATE decides first; libpq reports a failed connection as
text (psycopg's OperationalError, without an SQLSTATE), so its words decide after. A
session that simply ended is explained by asking the server (store/server_probe.py).
libpq's English detail goes to the log, never into the message. Nothing here ever shows
a password: addresses are shown by `str()`, which leaves it out, and libpq never puts it
in its messages.
"""

from __future__ import annotations

import logging
import sys

from ..i18n import _
from .errors import StoreError
from .location import ServerAddress

log = logging.getLogger(__name__)

# SQLSTATE codes (PostgreSQL, appendix A).
INVALID_CATALOG_NAME = "3D000"  # the database does not exist
INVALID_PASSWORD = "28P01"
INVALID_AUTHORIZATION = "28000"  # no such role, or pg_hba.conf refuses
INSUFFICIENT_PRIVILEGE = "42501"
CONNECTION_CLASS = "08"
ADMIN_SHUTDOWN = "57P01"  # pg_terminate_backend, or the server stopping (fast)
CRASH_SHUTDOWN = "57P02"  # another server process crashed: all sessions end
CANNOT_CONNECT_NOW = "57P03"  # starting up or shutting down
QUERY_CANCELED = "57014"  # statement_timeout (store/server_limits.py), or a cancel
# Another session's work in the way: a serialization failure, a deadlock, a lock not had
# within lock_timeout.
CONFLICTS = ("40001", "40P01", "55P03")

_LOGIN_WORDS = (
    "password authentication failed",
    "no password supplied",
    'role "',
    "pg_hba.conf",
    "authentication failed",
    "password is required",
)


class ServerUnreachableError(StoreError):
    """Nothing answers: the network, the VPN, or the address. `lost`: the connection
    was there and went away during the work."""

    def __init__(self, address: ServerAddress, *, lost: bool = False) -> None:
        what = (
            _(
                "The connection to the database server {server} was lost and the server "
                "cannot be reached now"
            )
            if lost
            else _("The database server {server} cannot be reached")
        ).format(server=address.server)
        super().__init__(
            address,
            _(
                "{what}. Please check the network connection (at home: the VPN) and the "
                "address; otherwise the server is unavailable for a moment. Nothing has "
                "been saved; try again shortly."
            ).format(what=what),
        )


class ServerNotRunningError(ServerUnreachableError):
    """The computer answers, but no database server listens there (refused)."""

    def __init__(self, address: ServerAddress) -> None:
        StoreError.__init__(
            self,
            address,
            _(
                "The database server {server} cannot be reached: the computer answers, but "
                "no database server runs there now. Check the address (the port); if that "
                "is right, the server has been stopped, for example for maintenance. Try "
                "again in a few minutes, or ask the administrator. Nothing has been saved."
            ).format(server=address.server),
        )


class ServerStoppingError(StoreError):
    """The server is shutting down, starting up, or recovering after a crash."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "The database server {server} is being stopped or restarted (maintenance, "
                "or recovery after a failure). Nothing has been saved. Try again in a few "
                "minutes; if it takes longer, ask the administrator."
            ).format(server=address.server),
        )


class ServerRestartedError(StoreError):
    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "The database server {server} has just restarted, and that broke your "
                "connection. Nothing has been saved; try again (Intzaken makes a new "
                "connection itself)."
            ).format(server=address.server),
        )


class ServerSessionEndedError(StoreError):
    """An administrator ended our session (pg_terminate_backend); the server runs on."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "An administrator of the database server {server} has ended your "
                "connection. Nothing has been saved; try again (Intzaken makes a new "
                "connection itself)."
            ).format(server=address.server),
        )


class ServerConnectionDroppedError(StoreError):
    """The connection dropped without a word from the server, which runs on as before:
    the network, most likely, for a moment."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "The connection to the database server {server} dropped for a moment; the "
                "server itself runs on. Nothing has been saved; try again (Intzaken makes a "
                "new connection itself). If this happens more often, check the network "
                "connection (at home: the VPN)."
            ).format(server=address.server),
        )


class ServerLoginError(StoreError):
    def __init__(self, address: ServerAddress) -> None:
        who = _(" as {user}").format(user=address.user) if address.user else ""
        super().__init__(
            address,
            _(
                "Signing in to the database server {server}{as_user} failed. Check the user "
                "name and the password, or ask the administrator whether you have access "
                "to this database."
            ).format(server=address.server, as_user=who),
        )


class ServerDatabaseMissingError(StoreError):
    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "There is no database {database} on the database server {server}. Check "
                "the name in the address, or ask the administrator to create the database "
                "(see the manual: createdb)."
            ).format(server=address.server, database=address.database_name),
        )


class ServerDatabaseEmptyError(StoreError):
    """A database on the server with nothing in it yet: it is set up by `init` (or the
    window's question for the organisation's name), not by merely opening it."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "The database {database} on {server} is still empty. First set it up for "
                "your organisation: in the window with Open team database, or with "
                "intzaken init --organisation {name} --db {address}."
            ).format(
                database=address.database_name,
                server=address.server,
                name=_("NAME"),
                address=address,
            ),
        )


class ServerBusyError(StoreError):
    """A colleague's transaction held what this work needed longer than lock_timeout,
    or the two collided (deadlock, serialization): trying again is the remedy."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "The team database {database} on {server} was busy for a moment with a "
                "colleague's work on the same data. Nothing has been saved; try again."
            ).format(database=address.database_name, server=address.server),
        )


class ServerTimeoutError(StoreError):
    """A statement ran longer than statement_timeout (or was cancelled)."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "The database server {server} took too long, and the work was stopped. "
                "Nothing has been saved; try again. If this happens more often, tell the "
                "administrator: the server may be overloaded."
            ).format(server=address.server),
        )


class ServerRefusedError(StoreError):
    """The server refused the work: the account lacks a privilege."""

    def __init__(self, address: ServerAddress) -> None:
        who = f" ({address.user})" if address.user else ""
        super().__init__(
            address,
            _(
                "The database server {server} refused this: your account{user} has no "
                "permission for it. Ask the administrator for the permissions. Nothing has "
                "been saved."
            ).format(server=address.server, user=who),
        )


class FileOnlyError(StoreError):
    """Something only a database file has (backups, restore, the file's checks).
    `what` names it, already in the current language ("Making a backup")."""

    def __init__(self, address: ServerAddress, what: str) -> None:
        super().__init__(
            address,
            _(
                "{what} is only possible with a database file, not with the team database "
                "{database} on {server}: there the server takes care of it (the "
                "administrator makes backups with pg_dump)."
            ).format(what=what, database=address.database_name, server=address.server),
        )


def _driver_error(exc: BaseException) -> BaseException | None:
    # Not imported here: nothing of SQLAlchemy or psycopg is loaded before it is needed.
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is not None and isinstance(exc, sqlalchemy_errors.DBAPIError):
        orig: BaseException | None = exc.orig
        return orig
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(exc, psycopg.Error):
        driver_error: BaseException = exc
        return driver_error
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    # "connection failed: connection to server at ... failed: FATAL:  password ..." -> the
    # last part says what went wrong.
    for marker in ("FATAL:", "ERROR:", " failed: "):
        if marker in text:
            text = text.rsplit(marker, 1)[1]
            break
    return " ".join(text.split("\n", 1)[0].split())


# Passing trouble, where trying again is the remedy (the window offers "Opnieuw
# proberen"); not so a refused login, a missing database or a missing right.
RETRYABLE: tuple[type[StoreError], ...] = (
    ServerBusyError,
    ServerTimeoutError,
    ServerSessionEndedError,
    ServerRestartedError,
    ServerConnectionDroppedError,
    ServerStoppingError,
    ServerUnreachableError,
)


def connection_broke(exc: BaseException) -> bool:
    """Whether `exc` means the connection ended (so a COMMIT sent may or may not have
    been carried out), as opposed to the server refusing the work."""
    error = _driver_error(exc)
    if error is None:
        return False
    code = getattr(error, "sqlstate", None) or ""
    psycopg = sys.modules.get("psycopg")
    unanswered = not code and psycopg is not None and isinstance(error, psycopg.OperationalError)
    return unanswered or code.startswith((CONNECTION_CLASS, "57P"))


def server_failure(address: ServerAddress, exc: BaseException) -> StoreError | None:
    """The StoreError that explains `exc`, or None when it is not a problem of the
    server, the connection or the login (then it is a bug, and raised as it is).

    The Dutch message names the kind of trouble; the server's own (English) words go to
    the log only."""
    if isinstance(exc, StoreError):
        return exc
    error = _driver_error(exc)
    if error is None:
        return None
    failure = _failure_of(address, error)
    if failure is not None:
        log.warning("Team database %s: %s: %s", address, type(error).__name__, _first_line(error))
    return failure


def _failure_of(address: ServerAddress, error: BaseException) -> StoreError | None:
    code = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    psycopg = sys.modules.get("psycopg")
    # Without a code the server never answered: libpq could not connect, or lost it.
    unanswered = not code and psycopg is not None and isinstance(error, psycopg.OperationalError)
    if code == INVALID_CATALOG_NAME or (
        unanswered and 'database "' in text and "does not exist" in text
    ):
        return ServerDatabaseMissingError(address)
    if code in (INVALID_PASSWORD, INVALID_AUTHORIZATION) or (
        unanswered and any(words in text for words in _LOGIN_WORDS)
    ):
        return ServerLoginError(address)
    if code in CONFLICTS:
        return ServerBusyError(address)
    if code == QUERY_CANCELED:
        return ServerTimeoutError(address)
    if code == INSUFFICIENT_PRIVILEGE:
        return ServerRefusedError(address)
    if code in (CRASH_SHUTDOWN, CANNOT_CONNECT_NOW):
        return ServerStoppingError(address)
    if code == ADMIN_SHUTDOWN:
        return _ended(address, lost=False)
    if code.startswith(CONNECTION_CLASS) or unanswered:
        if _never_connected(text):
            return _unreachable(address, text)
        return _ended(address, lost=True)
    return None


def _never_connected(text: str) -> bool:
    # psycopg: "connection failed: ..." (3.2+) or "connection is bad: ..." (3.1)
    return text.startswith(("connection failed", "connection is bad")) or (
        "could not connect" in text
        or "timeout expired" in text
        or "could not translate host name" in text
    )


def _unreachable(address: ServerAddress, text: str) -> StoreError:
    if "starting up" in text or "shutting down" in text or "in recovery mode" in text:
        return ServerStoppingError(address)
    if "connection refused" in text or "no such file or directory" in text:
        return ServerNotRunningError(address)
    return ServerUnreachableError(address)


def _ended(address: ServerAddress, *, lost: bool) -> StoreError:
    """A session that ended: ask the server what happened (store/server_probe.py)."""
    from .server_probe import ServerState, probe

    state = probe(address)
    if state is ServerState.SAME and lost:
        return ServerConnectionDroppedError(address)  # no word from it: the network
    if state is ServerState.SAME:
        return ServerSessionEndedError(address)  # it said "administrator command"
    if state is ServerState.RESTARTED:
        return ServerRestartedError(address)
    if state in (ServerState.STARTING_OR_STOPPING, ServerState.NOT_RUNNING):
        return ServerStoppingError(address)
    return ServerUnreachableError(address, lost=True)
