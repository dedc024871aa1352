"""The sheets of the strategy's registers (issue 23): the policies with their priorities,
and the EU projects. Part of the layout (layout.py), kept apart to keep it readable."""

from __future__ import annotations

from typing import Any

from ..domain.enums import FundingProgramme, PriorityKind, ProjectRole, ProjectStatus
from ..services.data import PriorityData
from . import cells as c
from .cells import SEPARATOR, Codec, Names, _items
from .sheets import NOTES, SOURCE_COLUMNS, THEMES, Column, Sheet, child


class Countries(Codec):
    """Countries by Dutch name or ISO code, in one cell; written by their Dutch names."""

    def write(self, value: list[str], names: Names) -> str:
        return SEPARATOR.join(names.country_name(code) for code in value)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> list[str]:
        return [names.country_code(item) for item in _items(raw)]


# --- policies and their priorities (issue 23) ---------------------------------------------------
POLICY_SHEET = Sheet(
    "Beleid",
    (
        Column("Titel", "title", c.Text(300), 40),
        Column("Periode vanaf", "period_from", c.Integer(), 10),
        Column("Periode tot en met", "period_to", c.Integer(), 10),
        Column("Vastgesteld op", "adopted_on", c.Date(), 13),
        NOTES,
        *SOURCE_COLUMNS,
    ),
    key=("Titel",),
)
PRIORITIES = child(
    "Prioriteiten",
    POLICY_SHEET,
    {"Titel": "Beleid"},
    (
        Column("Soort", "kind", c.Choice(PriorityKind), 18),
        Column("Naam", "name", c.Text(200), 30),
        Column("Landen", "country_codes", Countries(), 30),
        THEMES,
        Column("Reizen", "trip_ids", c.References("trip"), 30),
        Column("Relaties", "relation_ids", c.References("relation_of_kind"), 28),
        Column("Netwerken", "network_ids", c.References("network"), 28),
    ),
    "priorities",
    PriorityData,
)


# --- EU projects (issue 23) ---------------------------------------------------------------------
PROJECT_SHEET = Sheet(
    "EU-projecten",
    (
        Column("Naam", "name", c.Text(300), 36),
        Column("Programma", "funding_programme", c.Choice(FundingProgramme), 18),
        Column("Oproep", "call", c.Text(300), 24),
        Column("Rol", "role", c.Choice(ProjectRole), 12),
        Column("Status", "status", c.Choice(ProjectStatus), 12),
        Column("Relaties", "relation_ids", c.References("relation_of_kind"), 28),
        Column("Netwerken", "network_ids", c.References("network"), 28),
        Column("Overige partners", "other_partners", c.Note(), 30),
        Column("Totale begroting", "total_budget", c.Money(), 14),
        Column("Subsidie gemeente", "grant", c.Money(), 14),
        Column("Cofinanciering", "co_financing", c.Money(), 14),
        Column("Deadline oproep", "call_deadline", c.Date(), 13),
        Column("Startdatum", "start_date", c.Date(), 13),
        Column("Einddatum", "end_date", c.Date(), 13),
        Column("Rapportage uiterlijk", "report_due", c.Date(), 13),
        Column("Reizen", "trip_ids", c.References("trip"), 30),
        NOTES,
        *SOURCE_COLUMNS,
    ),
    key=("Naam",),
)
