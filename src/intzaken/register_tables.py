"""Registers as rows of Dutch text cells, shared by the command line and the window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from .domain.enums import Role
from .domain.labels import label
from .formatting import money, short_date, tonnes
from .register_fields import DATE_FIELDS, ENUM_FIELDS, MONEY_FIELDS
from .registers import RegisterKey

# Columns of the table view per register: (field, heading).
TABLE_COLUMNS: dict[str, list[tuple[str, str]]] = {
    RegisterKey.TRIPS: [
        ("id", "Nr"),
        ("start_date", "Begin"),
        ("end_date", "Einde"),
        ("status", "Status"),
        ("title", "Titel"),
        ("destinations", "Bestemmingen"),
        ("travellers", "Reizigers"),
        ("travel_and_stay", "Reis en verblijf"),
        ("other_costs", "Overig"),
        ("co2_tonnes", "CO2 (ton)"),
    ],
    RegisterKey.RELATIONS: [
        ("id", "Nr"),
        ("place", "Plaats"),
        ("country_code", "Land"),
        ("kind", "Soort"),
        ("status", "Status"),
        ("since_year", "Sinds"),
    ],
    RegisterKey.NETWORKS: [
        ("id", "Nr"),
        ("name", "Netwerk"),
        ("acronym", "Afk."),
        ("responsible_official", "Portefeuillehouder"),
        ("portfolio_code", "Port."),
        ("role", "Rol"),
    ],
    RegisterKey.AGREEMENTS: [
        ("id", "Nr"),
        ("kind", "Soort"),
        ("title", "Titel"),
        ("signed_on", "Getekend"),
        ("valid_until", "Geldig t/m"),
        ("status", "Status"),
    ],
    RegisterKey.OFFICIALS: [
        ("id", "Nr"),
        ("name", "Naam"),
        ("current_role", "Huidige rol"),
        ("terms", "Termijnen"),
    ],
    RegisterKey.BUDGET: [
        ("id", "Nr"),
        ("year", "Jaar"),
        ("name", "Post"),
        ("amount", "Begroot"),
        ("spent", "Besteed"),
        ("committed", "Verplicht"),
        ("left", "Over"),
    ],
}


def traveller_names(travellers: list[tuple[str, bool]]) -> str:
    """Names in the trip's order, the lead marked when there is more than one."""
    several = len(travellers) > 1
    return "; ".join(name + (" (leider)" if lead and several else "") for name, lead in travellers)


def cell(register: str, field: str, value: Any) -> str:
    """One value of `field` as the lists print it, in Dutch notation."""
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
            f"{label(Role(t['role']))} {t['start_date']} – {t['end_date'] or ''}" for t in value
        )
    if field in ENUM_FIELDS.get(register, {}):
        return label(ENUM_FIELDS[register][field](value))
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def table_cells(
    register: str, records: list[dict[str, Any]], fields: list[str] | None = None
) -> list[list[str]]:
    """The records as text cells under `fields` (default TABLE_COLUMNS), in Dutch notation."""
    fields = fields or [field for field, _ in TABLE_COLUMNS[register]]
    return [[cell(register, field, record.get(field)) for field in fields] for record in records]
