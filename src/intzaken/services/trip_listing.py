"""The trips list as the window shows it: one row per trip, straight from the database.

A municipality's archive can hold 100,000 trips. Reading them as ORM objects took
minutes and gigabytes; even dicts of Python values took seconds. These are the driver's
own tuples from one query, values as stored: dates as ISO text, enums as their values,
money in cents and CO2 in kilograms (integers, so exact). The window formats a cell only
when it shows it.

A trip's destinations and travellers come as one text each, packed here and unpacked
by the functions below (nothing else reads the packing):
destinations "<position>:<country code>:<place, or the country's name>" and travellers
"<position>:<official id>:<1 if lead>:<name>", items separated by UNIT.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.units import CENT, KILOGRAM_IN_TONNES, from_units
from . import trip_list_sql

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

UNIT = "\x1f"  # ASCII unit separator: never part of a name

TRIP_LIST_FIELDS = (
    "id",
    "start_date",
    "end_date",
    "status",
    "title",
    "destinations",
    "travellers",
    "travel_and_stay",
    "other_costs",
    "co2_tonnes",
    "derived_from",
)

_TRAVELLING_OFFICIALS_SQL = """
SELECT DISTINCT o.id, o.name FROM trip_travellers tt JOIN officials o ON o.id = tt.official_id
"""
_DESTINATION_COUNTRIES_SQL = """
SELECT DISTINCT c.code, c.name FROM trip_destinations d JOIN countries c ON c.code = d.country_code
"""


def trip_list_rows(
    session: Session, limit: int | None = None, *, newest_first: bool = False
) -> list[tuple[Any, ...]]:
    """Every trip (or the first `limit`) as a tuple of TRIP_LIST_FIELDS, by start date
    (the first `limit` from the newest down with `newest_first`)."""
    connection, dialect = driver_connection(session), dialect_name(session)
    rows: list[tuple[Any, ...]]  # the driver's rows (a DB-API cursor is untyped)
    if limit is None:
        rows = connection.execute(trip_list_sql.ALL_TRIPS[dialect]).fetchall()
    else:
        first = trip_list_sql.NEWEST_TRIPS if newest_first else trip_list_sql.FIRST_TRIPS
        rows = connection.execute(first[dialect], (limit,)).fetchall()
    return rows


def travelling_officials(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every official on at least one trip, by name."""
    rows = driver_connection(session).execute(_TRAVELLING_OFFICIALS_SQL).fetchall()
    return sorted(rows, key=lambda row: row[1].lower())


def destination_countries(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every country some trip goes to, by name."""
    rows = driver_connection(session).execute(_DESTINATION_COUNTRIES_SQL).fetchall()
    return sorted(rows, key=lambda row: row[1].lower())


def driver_connection(source: Session | Connection) -> Any:
    """The driver's connection (sqlite3 or psycopg) under a session's transaction, or under
    a Core connection (a command that reads rows only, without the ORM)."""
    # Its fetchall() makes the tuples in C, where SQLAlchemy's result rows would cost a
    # Python call per row. Both take a query string and a tuple of parameters.
    return _core(source).connection.driver_connection


def dialect_name(source: Session | Connection) -> str:
    """ "sqlite" or "postgresql": which SQL the driver connection speaks."""
    return _core(source).dialect.name


def _core(source: Session | Connection) -> Connection:
    # A Core connection has its dialect; a session gives the connection of its transaction,
    # its pending changes written first (the driver's queries do not flush it as the ORM's
    # do). No isinstance: the window imports this module before SQLAlchemy is loaded.
    if hasattr(source, "dialect"):
        return source  # type: ignore[return-value]
    source.flush()
    return source.connection()


def _items(packed: str | None) -> list[list[str]]:
    if not packed:
        return []
    items = [item.split(":", 3) for item in packed.split(UNIT)]
    items.sort(key=lambda item: int(item[0]))
    return items


def destination_names(packed: str | None) -> list[str]:
    """Place (or country) names of a row's destinations, in the trip's order."""
    return [item[2] for item in _items(packed)]


def travellers(packed: str | None) -> list[tuple[int, bool, str]]:
    """(official id, is lead, name) of a row's travellers, in the trip's order."""
    return [(int(item[1]), item[2] == "1", item[3]) for item in _items(packed)]


def goes_to(packed: str | None, country_code: str) -> bool:
    """Whether a row's destinations include `country_code`."""
    return _has_second_field(packed, country_code)


def travelled_by(packed: str | None, official_id: int) -> bool:
    return _has_second_field(packed, str(official_id))


def _has_second_field(packed: str | None, wanted: str) -> bool:
    # Both packings have the country code or official id second. No sorting, no list:
    # this runs for every row when the list is filtered.
    if not packed:
        return False
    return any(item.split(":", 2)[1] == wanted for item in packed.split(UNIT))


def euros(cents: int | None) -> Decimal | None:
    return None if cents is None else from_units(cents, CENT)


def tonnes(kilograms: int | None) -> Decimal | None:
    return None if kilograms is None else from_units(kilograms, KILOGRAM_IN_TONNES)
