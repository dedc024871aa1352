"""Where a record's facts come from (domain/sourcing.py): the rules for the five source
fields every register's data carries, written once for all registers.

Each register's check (check_trip, check_network, ...) calls `check_source` beside its
own fields, so a form, an import and a travel copy's merge meet the same rules;
`apply_source` writes the accepted values to a record, `source_row` gives them to a bulk
writer, and `source_values` reads them back for a snapshot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from ..domain.sourcing import (
    DERIVED_LENGTH,
    SOURCE_FIELDS,
    SOURCE_LENGTH,
    SOURCE_PAGE_LENGTH,
    Sourced,
)
from ..i18n import _
from .checks import Checker
from .data import SourceFields
from .fields import field_label

# The earliest date a source may carry: older is a typing error (0224 for 2024).
EARLIEST_SOURCE = dt.date(1800, 1, 1)


@dataclass(frozen=True)
class CheckedSource:
    """The source fields as the rules accepted them."""

    source: str = ""
    source_date: dt.date | None = None
    source_page: str = ""
    source_note: str = ""
    derived_from: str = ""


_CHECKED_FIELDS = tuple(f.name for f in fields(CheckedSource))


def check_source(check: Checker, data: SourceFields, prefix: str = "") -> CheckedSource:
    """The source rules; problems go to `check`, named by the field. `prefix` names a
    row of a record's own list ("terms[2]."): an office term carries its own source."""
    source = check.text(f"{prefix}source", data.source, max_length=SOURCE_LENGTH)
    page = check.text(f"{prefix}source_page", data.source_page, max_length=SOURCE_PAGE_LENGTH)
    note = check.text(f"{prefix}source_note", data.source_note, multiline=True)
    derived = check.text(f"{prefix}derived_from", data.derived_from, max_length=DERIVED_LENGTH)
    day = data.source_date
    if day is not None and not isinstance(day, dt.date):
        check.fail(
            f"{prefix}source_date",
            _("{field} is not a date.").format(field=field_label(f"{prefix}source_date")),
        )
        day = None
    elif day is not None and not EARLIEST_SOURCE <= day <= dt.date.today() + dt.timedelta(days=366):
        check.fail(
            f"{prefix}source_date",
            _("{field}: {date} is not a plausible date of a document.").format(
                field=field_label(f"{prefix}source_date"), date=day.isoformat()
            ),
        )
    if (day is not None or page) and not source:
        # A date or page of no document cannot be looked up.
        check.fail(
            f"{prefix}source",
            _("{field} is missing: the date or page given belongs to a document.").format(
                field=field_label(f"{prefix}source")
            ),
        )
    return CheckedSource(source, day, page, note, derived)


def apply_source(record: Sourced, checked: CheckedSource) -> None:
    for name in SOURCE_FIELDS:
        setattr(record, name, getattr(checked, name))


def source_row(checked: CheckedSource) -> dict[str, Any]:
    """The columns of a bulk writer's row (exchange/bulk_rows.py): what `asdict` gives,
    without its deep copy of each value (all of them immutable), a row of every record."""
    return {name: getattr(checked, name) for name in _CHECKED_FIELDS}


def source_values(record: Sourced) -> dict[str, Any]:
    """A record's source as keyword arguments of its register's data class."""
    return {name: getattr(record, name) for name in SOURCE_FIELDS}
