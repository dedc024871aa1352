"""The networks and relations still held by an official who left office, read as rows.

`intzaken check` reads without the ORM (its start-up is measured against a floor of raw
SQL; see services/trip_facts.py), so the finding cannot go through succession.py's mapped
officials. The rule is the same: an official is in office on a day when a term covers it
(domain/titles.term_on); one who is not has left on the end of the term that ended last.
tests/test_succession.py holds both readings equal on the demos.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.enums import DatePrecision
from ..i18n import _
from ..registers import RegisterKey
from .trip_facts import stored_date
from .trip_listing import driver_connection

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

_TERMS = "SELECT official_id, start_date, end_date, end_precision FROM office_terms"
_HELD = """
SELECT 'networks', n.id, n.name, o.id, o.name FROM networks n
  JOIN officials o ON o.id = n.responsible_official_id
UNION ALL
SELECT 'relations', r.id, p.name, o.id, o.name FROM relations r
  JOIN officials o ON o.id = r.responsible_official_id
  JOIN places p ON p.id = r.place_id
"""


@dataclass(frozen=True)
class HeldByLeaver:
    register: RegisterKey
    record_id: int
    subject: str  # "Netwerk Polis", "Relatie met Shanghai"
    holder_name: str
    left_on: dt.date | None  # None: no term of theirs has ended (none yet, or one to come)
    left_precision: DatePrecision


def held_by_leavers(source: Session | Connection, day: dt.date) -> list[HeldByLeaver]:
    """Networks first, by name; then relations by place: as succession.py lists them."""
    connection = driver_connection(source)
    terms: dict[int, list[tuple[dt.date, dt.date | None, str]]] = {}
    for official_id, start, end, precision in connection.execute(_TERMS).fetchall():
        terms.setdefault(official_id, []).append(
            (stored_date(start), stored_date(end), precision)  # type: ignore[arg-type]
        )
    found = []
    for register, record_id, name, holder_id, holder_name in connection.execute(_HELD).fetchall():
        held = terms.get(holder_id, [])
        if any(start <= day and (end is None or day <= end) for start, end, _p in held):
            continue
        ended = [(end, precision) for _s, end, precision in held if end is not None and end < day]
        left_on, precision = max(ended, key=lambda item: item[0], default=(None, "day"))
        subject = (
            _("Network {name}").format(name=name)
            if register == "networks"
            else _("Relation with {place}").format(place=name)
        )
        found.append(
            HeldByLeaver(
                RegisterKey(register),
                record_id,
                subject,
                holder_name,
                left_on,
                DatePrecision(precision),
            )
        )
    found.sort(key=lambda h: (h.register != RegisterKey.NETWORKS, h.subject, h.record_id))
    return found
