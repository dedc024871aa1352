"""The relations list as the window shows it: one row per relation, straight from the
database (SQLite or PostgreSQL, see trip_listing).

A large archive has thousands of relations; loading each with its place, country,
themes, contacts and events as ORM objects (what the records for export need) cost
seconds and tens of megabytes for a list that shows seven columns. Values as stored;
the themes come packed, names separated by UNIT (see `theme_names`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .trip_listing import UNIT, dialect_name, driver_connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RELATION_LIST_FIELDS = (
    "id",
    "place",
    "country",
    "country_code",
    "kind",
    "status",
    "since_year",
    "themes",
    "derived_from",
)

_RELATION_LIST_SQL = """
SELECT r.id, p.name, c.name, p.country_code, r.kind, r.status, r.since_year,
       (SELECT {agg}(th.name, {unit})
          FROM relation_themes rt JOIN themes th ON th.id = rt.theme_id
         WHERE rt.relation_id = r.id),
       r.derived_from
  FROM relations r JOIN places p ON p.id = r.place_id
  JOIN countries c ON c.code = p.country_code
"""
_RELATION_LIST_SQLS = {
    "sqlite": _RELATION_LIST_SQL.format(agg="group_concat", unit="char(31)"),
    "postgresql": _RELATION_LIST_SQL.format(agg="string_agg", unit="chr(31)"),
}


def relation_list_rows(session: Session) -> list[tuple[Any, ...]]:
    """Every relation as a tuple of RELATION_LIST_FIELDS, by place (as the records)."""
    sql = _RELATION_LIST_SQLS[dialect_name(session)]
    rows: list[tuple[Any, ...]] = driver_connection(session).execute(sql).fetchall()
    # Sorted here: SQLite's lower() knows only ASCII, a server's collation is its own, and
    # places are named in every script.
    rows.sort(key=lambda row: (row[1].lower(), row[0]))
    return rows


def theme_names(packed: str | None) -> list[str]:
    """The themes of a row by name, as the records list them."""
    return sorted(packed.split(UNIT)) if packed else []
