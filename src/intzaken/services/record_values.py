"""How a register's records (services/records.py, services/trip_records.py) write their
values: JSON-ready, without SQLAlchemy.

Amounts are strings with two decimals ("22360.00"), CO2 in tonnes with at least two
("23.32"), dates ISO; nothing is rounded, so a record says exactly what the file holds.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

Record = dict[str, Any]


def amount_text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def tonnes_text(value: Decimal | None) -> str | None:
    """At least two decimals, more only where the value has them: 23.32, 0.185."""
    if value is None:
        return None
    return f"{value:.2f}" if value == round(value, 2) else f"{value.normalize():f}"


def date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def estimate_method_text(
    estimated: bool, factor_set: str, year: int | None, with_rf: bool | None
) -> str | None:
    """How a stored CO2 estimate was made, enough to reproduce it:
    'uk-desnz-2025 (2025), with radiative forcing'; None without an estimate."""
    if not estimated or not factor_set:
        return None
    rf = "with radiative forcing" if with_rf else "without radiative forcing"
    return f"{factor_set} ({year}), {rf}"


def source_text(
    source: str, day: dt.date | None, page: str, note: str, derived_from: str
) -> Record:
    """A record's source (domain/sourcing.py) as the lists and the export give it; from
    the ORM's attributes or from a row read without it (trip_records.py)."""
    return {
        "source": source,
        "source_date": date_text(day),
        "source_page": page,
        "source_note": note,
        "derived": bool(derived_from),
        "derived_from": derived_from,
    }


def record_source(record: Any) -> Record:
    """source_text() of a mapped record that has the Sourced columns."""
    return source_text(
        record.source,
        record.source_date,
        record.source_page,
        record.source_note,
        record.derived_from,
    )
