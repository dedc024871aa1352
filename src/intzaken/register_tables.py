"""Registers as rows of text cells in the current language, shared by the command line
and the window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from .domain.enums import PriorityKind, Role
from .domain.labels import label
from .formatting import money, period_start, short_date, tonnes
from .i18n import N_, _
from .register_fields import DATE_FIELDS, ENUM_FIELDS, MONEY_FIELDS
from .registers import RegisterKey

# Columns of the table view per register: (field, heading as an English message id;
# `headings` translates them).
TABLE_COLUMNS: dict[str, list[tuple[str, str]]] = {
    RegisterKey.TRIPS: [
        ("id", N_("Number")),
        ("start_date", N_("Start")),
        ("end_date", N_("End")),
        ("status", N_("Status")),
        ("title", N_("Title")),
        ("destinations", N_("Destinations")),
        ("travellers", N_("Travellers")),
        ("travel_and_stay", N_("Travel and stay")),
        ("other_costs", N_("Other")),
        ("co2_tonnes", N_("CO2 (tonnes)")),
    ],
    RegisterKey.RELATIONS: [
        ("id", N_("Number")),
        ("place", N_("Place")),
        ("country_code", N_("Country")),
        ("kind", N_("Kind")),
        ("status", N_("Status")),
        ("since_year", N_("Since")),
    ],
    RegisterKey.NETWORKS: [
        ("id", N_("Number")),
        ("name", N_("Network")),
        ("acronym", N_("Abbr.")),
        ("responsible_official", N_("Portfolio holder")),
        ("portfolio_code", N_("Portf.")),
        ("role", N_("Role")),
        ("membership", N_("Membership")),
    ],
    RegisterKey.AGREEMENTS: [
        ("id", N_("Number")),
        ("kind", N_("Kind")),
        ("title", N_("Title")),
        ("signed_on", N_("Signed")),
        ("valid_until", N_("Valid until")),
        ("status", N_("Status")),
    ],
    RegisterKey.OFFICIALS: [
        ("id", N_("Number")),
        ("name", N_("Name")),
        ("current_role", N_("Current role")),
        ("terms", N_("Terms")),
    ],
    RegisterKey.POLICIES: [
        ("id", N_("Number")),
        ("title", N_("Title")),
        ("period_from", N_("From")),
        ("period_to", N_("Through")),
        ("adopted_on", N_("Adopted")),
        ("priorities", N_("Priorities")),
        ("source", N_("Source document")),
    ],
    RegisterKey.PROJECTS: [
        ("id", N_("Number")),
        ("name", N_("Project")),
        ("funding_programme", N_("Programme")),
        ("role", N_("Role")),
        ("status", N_("Status")),
        ("grant", N_("Grant")),
        ("call_deadline", N_("Call deadline")),
        ("end_date", N_("End")),
    ],
    RegisterKey.BUDGET: [
        ("id", N_("Number")),
        ("year", N_("Year")),
        ("name", N_("Line")),
        ("amount", N_("Budgeted")),
        ("spent", N_("Spent")),
        ("committed", N_("Committed")),
        ("left", N_("Left over")),
    ],
}


# `intzaken list priorities`: every priority of the policies, one line each.
PRIORITY_COLUMNS: list[tuple[str, str]] = [
    ("policy", N_("Policy")),
    ("kind", N_("Kind")),
    ("name", N_("Priority")),
    ("country_codes", N_("Countries")),
    ("themes", N_("Themes")),
    ("trip_ids", N_("Trips")),
    ("relation_ids", N_("Relations")),
    ("network_ids", N_("Networks")),
]
_COUNTED = frozenset({"trip_ids", "relation_ids", "network_ids"})  # shown as how many


def priority_cells(records: list[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """The headings and text cells of `intzaken list priorities`."""
    rows = []
    for record in records:
        row = []
        for field, _heading in PRIORITY_COLUMNS:
            value = record[field]
            if field == "kind":
                row.append(label(PriorityKind(value)))
            elif field in _COUNTED:
                row.append(str(len(value)))
            else:
                row.append(cell(RegisterKey.POLICIES, field, value))
        rows.append(row)
    return [_(heading) for _field, heading in PRIORITY_COLUMNS], rows


def traveller_names(travellers: list[tuple[str, bool]]) -> str:
    """Names in the trip's order, the lead marked when there is more than one."""
    several = len(travellers) > 1
    marked = _("{name} (leader)")
    return "; ".join(
        marked.format(name=name) if lead and several else name for name, lead in travellers
    )


def headings(register: str) -> list[str]:
    """The column headings of `register`'s table in the current language."""
    return [_(heading) for _field, heading in TABLE_COLUMNS[register]]


def cell(register: str, field: str, value: Any) -> str:
    """One value of `field` as the lists print it, in the current language's notation."""
    if value is None:
        return ""
    if field in MONEY_FIELDS:
        return money(Decimal(value))
    if field in DATE_FIELDS:
        return short_date(dt.date.fromisoformat(value))
    if field == "co2_tonnes":
        return tonnes(Decimal(value))
    if field == "destinations":
        return "; ".join(d["place"] or d["country"] for d in value)
    if field == "travellers":
        return traveller_names([(t["name"], t["lead"]) for t in value])
    if field == "terms":
        return "; ".join(
            f"{label(Role(t['role']))} {_iso_date(t['start_date'], t.get('start_precision'))}"
            f" – {_iso_date(t['end_date'], t.get('end_precision'))}"
            for t in value
        )
    if field in ENUM_FIELDS.get(register, {}):
        return label(ENUM_FIELDS[register][field](value))
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _iso_date(value: str | None, precision: str | None = None) -> str:
    """A stored ISO date as the lists write dates (05-01-2009, or as precisely as it is
    known: juli 2024), empty for none."""
    return period_start(dt.date.fromisoformat(value), precision or "day") if value else ""


def table_cells(
    register: str, records: list[dict[str, Any]], fields: list[str] | None = None
) -> list[list[str]]:
    """The records as text cells under `fields` (default TABLE_COLUMNS)."""
    fields = fields or [field for field, _heading in TABLE_COLUMNS[register]]
    return [[_record_cell(register, field, record) for field in fields] for record in records]


def _record_cell(register: str, field: str, record: dict[str, Any]) -> str:
    """cell(), except that a trip known only by its month or year shows its dates so
    ("oktober 2016", "2016"), as the reports do."""
    value = record.get(field)
    precision = record.get("date_precision")
    if field in TRIP_DATES and value and precision in ("month", "year"):
        return period_start(dt.date.fromisoformat(value), precision)
    return cell(register, field, value)


TRIP_DATES = frozenset({"start_date", "end_date"})
