"""A merge's values as people read them, in the current language: names instead of
uuids, dates and amounts through Babel, labels instead of codes, one line per row of a
list of rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ..domain.labels import LABELS, label
from ..dutch_text import DutchText
from ..formatting import money, short_date, tonnes
from ..i18n import N_, _
from .registers import REGISTERS

EMPTY = DutchText(N_("(empty)"))
DELETED = N_("(deleted)")
DATES = {
    "check_in",
    "check_out",
    "start_date",
    "end_date",
    "day",
    "due",
    "date",
    "signed_on",
    "valid_from",
    "valid_until",
    "renewal_date",
    "source_date",
}
AMOUNTS = {
    "travel_and_stay",
    "other_costs",
    "co2_offset",
    "annual_fee",
    "amount",
    # Issue 21: the columns councils ask for, and a gift's estimated value.
    "third_party_costs",
    "cancellation_costs",
    "estimated_travel_and_stay",
    "estimated_other_costs",
    "value",
}
CHOICES = {"kind", "status", "role", "membership", "transport", "mode"}
PRECISION_KEYS = {"date_precision", "start_precision", "end_precision"}
MOMENTS = {"departure", "arrival"}  # local date and time
# The choices by their stored codes; a trip's date precision has words of its own.
CHOICE_MEMBERS = {str(member): member for member in LABELS}
PRECISIONS = {
    "day": N_("on the day"),
    "month": N_("only the month"),
    "year": N_("only the year"),
}
# The parts of a row in a list of rows, in the order they are read.
ROW_PARTS = {
    "destinations": ("place_id", "country_code"),
    "programme": (
        "day",
        "time",
        "end_time",
        "time_zone",
        "activity",
        "place",
        "address",
        "contact_ids",
        "attendee_ids",
        "purpose",
        "talking_points",
        "questions",
        "dress_code",
        "gifts",
    ),
    "delegation": ("organisation", "name", "function", "role"),
    "legs": (
        "mode",
        "carrier",
        "number",
        "from_place",
        "to_place",
        "departure",
        "departure_time_zone",
        "arrival",
        "arrival_time_zone",
        "reference",
    ),
    "stays": ("hotel", "address", "phone", "check_in", "check_out", "notes"),
    "hosts": ("contact_id", "role"),
    "gifts": ("description", "giver", "value", "kept_at"),
    "follow_ups": ("description", "due", "done"),
    "events": ("date", "kind", "description"),
    "terms": (
        "role",
        "portfolio",
        "portfolio_code",
        "start_date",
        "end_date",
        "start_precision",
        "end_precision",
    ),
    "entries": ("kind", "date", "description", "amount"),
    "documents": ("filename", "added_at"),
}


def value_text(register: str, name: str, value: Any, names: dict[str, str]) -> str:
    """A field's value as text; a list of rows has one line per row."""
    references = {
        path.partition(".")[2] or name: path
        for path in REGISTERS[register].references
        if path.partition(".")[0] == name
    }
    if value in (None, "", [], {}):
        return str(EMPTY)
    if isinstance(value, dict):  # a traveller's role, keyed by the official
        return ", ".join(
            f"{_part(name, key, references, names)}: {role}" for key, role in value.items()
        )
    if name in ROW_PARTS:
        ordered = (
            value
            if name != "programme"
            else sorted(value, key=lambda row: (row.get("day") or "", row.get("time") or ""))
        )
        return "\n".join(_row(name, row, references, names) for row in ordered)
    if isinstance(value, list):
        return ", ".join(_part(name, item, references, names) for item in value)
    return _part(name, value, references, names)


def _row(field: str, row: dict[str, Any], references: dict[str, str], names: dict[str, str]) -> str:
    if field == "destinations":
        country = names.get(f"country:{row['country_code']}", row["country_code"])
        place = row.get("place_id")
        return names.get(place, "?") if place else country  # a place is named with its country
    parts = [
        _listed(key, row.get(key), references, names)
        for key in ROW_PARTS[field]
        if row.get(key) not in (None, "", [])
    ]
    return " · ".join(parts)


def _listed(key: str, value: Any, references: dict[str, str], names: dict[str, str]) -> str:
    if isinstance(value, list):  # the people met at a programme item
        return ", ".join(_part(key, item, references, names) for item in value)
    return _part(key, value, references, names)


def _part(key: str, value: Any, references: dict[str, str], names: dict[str, str]) -> str:
    if key in references:
        return names.get(str(value), "?")
    if key == "done":
        return _("finished") if value else _("open")
    if isinstance(value, bool) or value is None:
        return str(value)
    if key in DATES:
        return short_date(dt.date.fromisoformat(value))
    if key in MOMENTS:
        moment = dt.datetime.fromisoformat(value)
        return f"{short_date(moment.date())} {moment:%H:%M}"
    if key == "added_at":
        return short_date(dt.datetime.fromisoformat(value).date())
    if key in ("time", "end_time"):
        return str(value)[:5]
    if key in AMOUNTS:
        return money(Decimal(value))
    if key == "co2_tonnes":
        return _("{amount} tonnes").format(amount=tonnes(Decimal(value)))
    if key in CHOICES or key in PRECISION_KEYS:
        return _choice_text(str(value))
    if isinstance(value, str) and value.startswith("sha256:"):
        return _("(file)")
    return str(value)


def _choice_text(code: str) -> str:
    member = CHOICE_MEMBERS.get(code)
    if member is not None:
        return label(member)
    precision = PRECISIONS.get(code)
    return _(precision) if precision is not None else code


def deleted_text() -> str:
    """What a side shows for a record deleted there."""
    return _(DELETED)
