"""Why a team database on a PostgreSQL server could not be used, in Dutch, and which of
these a driver error stands for.

libpq reports a failed connection as text (psycopg's OperationalError, usually without
an SQLSTATE), in English unless the server or client was built to translate; the codes
are checked first and the words after. Nothing here ever shows a password: addresses are
shown by `str()`, which leaves it out, and libpq never puts it in its messages.
"""

from __future__ import annotations

import sys

from .errors import StoreError
from .location import ServerAddress

# SQLSTATE codes (PostgreSQL, appendix A).
INVALID_CATALOG_NAME = "3D000"  # the database does not exist
INVALID_PASSWORD = "28P01"
INVALID_AUTHORIZATION = "28000"  # no such role, or pg_hba.conf refuses
INSUFFICIENT_PRIVILEGE = "42501"
CONNECTION_CLASS = "08"
ADMIN_SHUTDOWN_CLASS = "57P"
# Another session's work in the way: a serialization failure, a deadlock, a lock not had.
CONFLICTS = ("40001", "40P01", "55P03")

_LOGIN_WORDS = ("password authentication failed", "no password supplied",
                "role \"", "pg_hba.conf", "authentication failed", "password is required")


class ServerUnreachableError(StoreError):
    def __init__(self, address: ServerAddress, detail: str = "") -> None:
        why = f" ({detail})" if detail else ""
        super().__init__(
            address,
            f"De databaseserver {address.server} is niet bereikbaar{why}. Controleert u de "
            "netwerkverbinding (thuis: de VPN) en het adres; anders is de server even "
            "niet beschikbaar. Er is niets opgeslagen; probeer het zo opnieuw.")


class ServerLoginError(StoreError):
    def __init__(self, address: ServerAddress, detail: str = "") -> None:
        who = f" als {address.user}" if address.user else ""
        why = f" ({detail})" if detail else ""
        super().__init__(
            address,
            f"Aanmelden bij de databaseserver {address.server}{who} is mislukt{why}. "
            "Controleer de gebruikersnaam en het wachtwoord, of vraag de beheerder of u "
            "toegang heeft tot deze database.")


class ServerDatabaseMissingError(StoreError):
    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            f"Op de databaseserver {address.server} bestaat geen database "
            f"{address.database_name}. Controleer de naam in het adres, of vraag de "
            "beheerder de database aan te maken (zie de handleiding: createdb).")


class ServerDatabaseEmptyError(StoreError):
    """A database on the server with nothing in it yet: it is set up by `init` (or the
    window's question for the organisation's name), not by merely opening it."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            f"De database {address.database_name} op {address.server} is nog leeg. Richt "
            "haar eerst in voor uw organisatie: in het venster met Teamdatabase openen, of "
            f"met intzaken init --organisation NAAM --db {address}.")


class ServerBusyError(StoreError):
    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            f"De teamdatabase {address.database_name} op {address.server} was even bezet "
            "door het werk van een collega aan dezelfde gegevens. Er is niets opgeslagen; "
            "probeer het opnieuw.")


class ServerRefusedError(StoreError):
    """The server refused the work for another reason; its own words are kept."""

    def __init__(self, address: ServerAddress, detail: str) -> None:
        super().__init__(
            address,
            f"De databaseserver {address.server} weigerde dit ({detail}). Er is niets "
            "opgeslagen.")


class FileOnlyError(StoreError):
    """Something only a database file has (backups, restore, the file's checks)."""

    def __init__(self, address: ServerAddress, what: str) -> None:
        super().__init__(
            address,
            f"{what} kan alleen bij een databasebestand, niet bij de teamdatabase "
            f"{address.database_name} op {address.server}: daar zorgt de server voor "
            "(de beheerder maakt back-ups met pg_dump).")


def _driver_error(exc: BaseException) -> BaseException | None:
    # Not imported here: nothing of SQLAlchemy or psycopg is loaded before it is needed.
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is not None and isinstance(exc, sqlalchemy_errors.DBAPIError):
        return exc.orig
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(exc, psycopg.Error):
        return exc
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


def server_failure(address: ServerAddress, exc: BaseException) -> StoreError | None:
    """The StoreError that explains `exc`, or None when it is not a problem of the
    server, the connection or the login (then it is a bug, and raised as it is)."""
    if isinstance(exc, StoreError):
        return exc
    error = _driver_error(exc)
    if error is None:
        return None
    code = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    detail = _first_line(error)
    psycopg = sys.modules.get("psycopg")
    # Without a code the server never answered: libpq could not connect, or lost it.
    unanswered = (not code and psycopg is not None
                  and isinstance(error, psycopg.OperationalError))
    if code == INVALID_CATALOG_NAME or (
            unanswered and "database \"" in text and "does not exist" in text):
        return ServerDatabaseMissingError(address)
    if code in (INVALID_PASSWORD, INVALID_AUTHORIZATION) or (
            unanswered and any(words in text for words in _LOGIN_WORDS)):
        return ServerLoginError(address, detail)
    if code in CONFLICTS:
        return ServerBusyError(address)
    if code.startswith((CONNECTION_CLASS, ADMIN_SHUTDOWN_CLASS)) or unanswered:
        return ServerUnreachableError(address, detail)
    if code == INSUFFICIENT_PRIVILEGE:
        return ServerRefusedError(address, detail)
    return None
