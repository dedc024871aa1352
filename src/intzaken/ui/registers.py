"""What each register page shows: its columns and the filters that fit its records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject

from ..domain.enums import AgreementStatus, RelationKind, RelationStatus, TripStatus
from ..domain.labels import label
from ..register_tables import MONEY_FIELDS

Record = dict[str, Any]
Options = list[tuple[Any, str]]



@dataclass(frozen=True)
class ChoiceFilter:
    """A drop-down filter: `options` come from the loaded records, `matches` tests one."""

    key: str
    title: str
    options: Callable[[list[Record]], Options]
    matches: Callable[[Record, Any], bool]


@dataclass(frozen=True)
class ExpiryFilter:
    """Agreements whose validity ends within N months from today (0 = no filter)."""

    key: str = "expiry"


@dataclass(frozen=True)
class RegisterSpec:
    name: str  # key in services.records.REGISTERS / services.editing.EDITORS
    title: str
    columns: list[tuple[str, str]]  # (record field, heading)
    filters: list[ChoiceFilter | ExpiryFilter] = field(default_factory=list)
    default_sort: int = 0  # column the list is sorted on until the user picks another

    @property
    def numeric(self) -> set[str]:
        return {f for f, _ in self.columns if f in MONEY_FIELDS | NUMBER_FIELDS}


NUMBER_FIELDS = {"id", "year", "since_year", "co2_tonnes", "member_since"}


def _enum_options(enum: type[StrEnum]) -> Callable[[list[Record]], Options]:
    return lambda records: [(member.value, label(member)) for member in enum]


def _year_options(field_name: str) -> Callable[[list[Record]], Options]:
    def options(records: list[Record]) -> Options:
        years = {int(str(r[field_name])[:4]) for r in records if r.get(field_name)}
        return [(year, str(year)) for year in sorted(years, reverse=True)]
    return options


def _traveller_options(records: list[Record]) -> Options:
    names = {t["official_id"]: t["name"] for r in records for t in r["travellers"]}
    return sorted(names.items(), key=lambda item: item[1].lower())


def _trip_country_options(records: list[Record]) -> Options:
    names = {d["country_code"]: d["country"] for r in records for d in r["destinations"]}
    return sorted(names.items(), key=lambda item: item[1].lower())


def _relation_country_options(records: list[Record]) -> Options:
    names = {r["country_code"]: r["country"] for r in records}
    return sorted(names.items(), key=lambda item: item[1].lower())


def _starts_in(record: Record, year: int) -> bool:
    return bool(record.get("start_date")) and int(record["start_date"][:4]) == year


def within_months(record: Record, months: int, today: dt.date) -> bool:
    """Valid until a date between today and `months` months from today."""
    until = record.get("valid_until")
    if not until or record.get("status") != AgreementStatus.ACTIVE.value:
        return False
    end = dt.date.fromisoformat(until)
    month = today.month - 1 + months
    horizon_year, horizon_month = today.year + month // 12, month % 12 + 1
    return today <= end and (end.year, end.month) <= (horizon_year, horizon_month)


class _RegisterTexts(QObject):
    """The headings and filter names; a QObject so Qt's translation files them by class."""

    def specs(self) -> list[RegisterSpec]:
        return [
            RegisterSpec("trips", self.tr("Trips"), [
                ("id", self.tr("No.")), ("start_date", self.tr("Start")),
                ("end_date", self.tr("End")),
                ("status", self.tr("Status")), ("title", self.tr("Title")),
                ("destinations", self.tr("Destinations")), ("travellers", self.tr("Travellers")),
                ("travel_and_stay", self.tr("Travel and stay")),
                ("other_costs", self.tr("Other costs")),
                ("co2_tonnes", self.tr("CO₂ (tonnes)"))], default_sort=1, filters=[
                ChoiceFilter("year", self.tr("Year"), _year_options("start_date"), _starts_in),
                ChoiceFilter("status", self.tr("Status"), _enum_options(TripStatus),
                             lambda r, v: r["status"] == v),
                ChoiceFilter("official", self.tr("Official"), _traveller_options,
                             lambda r, v: any(t["official_id"] == v for t in r["travellers"])),
                ChoiceFilter("country", self.tr("Country"), _trip_country_options,
                             lambda r, v: any(d["country_code"] == v for d in r["destinations"])),
            ]),
            RegisterSpec("relations", self.tr("Relations"), [
                ("id", self.tr("No.")), ("place", self.tr("City")), ("country", self.tr("Country")),
                ("kind", self.tr("Kind")), ("status", self.tr("Status")),
                ("since_year", self.tr("Since")),
                ("themes", self.tr("Themes"))], default_sort=1, filters=[
                ChoiceFilter("kind", self.tr("Kind"), _enum_options(RelationKind),
                             lambda r, v: r["kind"] == v),
                ChoiceFilter("status", self.tr("Status"), _enum_options(RelationStatus),
                             lambda r, v: r["status"] == v),
                ChoiceFilter("country", self.tr("Country"), _relation_country_options,
                             lambda r, v: r["country_code"] == v),
            ]),
            RegisterSpec("networks", self.tr("Networks"), [
                ("id", self.tr("No.")), ("name", self.tr("Network")), ("acronym", self.tr("Abbr.")),
                ("responsible_official", self.tr("Portfolio holder")),
                ("portfolio_code", self.tr("Portfolio")), ("role", self.tr("Role")),
                ("themes", self.tr("Themes"))], default_sort=1),
            RegisterSpec("agreements", self.tr("Agreements"), [
                ("id", self.tr("No.")), ("kind", self.tr("Kind")), ("title", self.tr("Title")),
                ("signed_on", self.tr("Signed")), ("valid_until", self.tr("Valid until")),
                ("status", self.tr("Status"))], default_sort=3, filters=[
                ChoiceFilter("status", self.tr("Status"), _enum_options(AgreementStatus),
                             lambda r, v: r["status"] == v),
                ExpiryFilter(),
            ]),
            RegisterSpec("officials", self.tr("Officials"), [
                ("id", self.tr("No.")), ("name", self.tr("Name")),
                ("current_role", self.tr("Current role")),
                ("terms", self.tr("Terms of office"))], default_sort=1),
            RegisterSpec("budget", self.tr("Budget"), [
                ("id", self.tr("No.")), ("year", self.tr("Year")), ("code", self.tr("Code")),
                ("name", self.tr("Line")), ("amount", self.tr("Budget")),
                ("spent", self.tr("Spent")),
                ("committed", self.tr("Committed")), ("left", self.tr("Left"))],
                default_sort=1, filters=[
                ChoiceFilter("year", self.tr("Year"), _year_options("year"),
                             lambda r, v: r["year"] == v),
            ]),
        ]


def register_specs() -> list[RegisterSpec]:
    """Built on demand so the headings follow the language chosen at start-up."""
    return _RegisterTexts().specs()
