"""What each register page shows: its columns and the filters that fit its records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from ..domain.enums import (
    AgreementStatus,
    ProjectStatus,
    RelationKind,
    RelationStatus,
    TripStatus,
)
from ..domain.labels import label
from ..register_fields import MONEY_FIELDS
from ..registers import RegisterKey
from ..services.trip_listing import goes_to, travelled_by
from .country_names import shown_countries
from .register_model import Listing
from .register_titles import register_titles

Options = list[tuple[Any, str]]


@dataclass(frozen=True)
class ChoiceFilter:
    """A drop-down filter on one field of the rows: `options` come from the listing,
    `matches(value of field, chosen)` tests one row."""

    key: str
    title: str
    field: str
    options: Callable[[Listing], Options]
    matches: Callable[[Any, Any], bool]


@dataclass(frozen=True)
class ExpiryFilter:
    """Agreements whose validity ends within N months from today (0 = no filter)."""

    key: str = "expiry"


@dataclass(frozen=True)
class RegisterPageSpec:
    name: RegisterKey  # key of services.register_specs.SPECS
    title: str
    columns: list[tuple[str, str]]  # (record field, heading)
    filters: list[ChoiceFilter | ExpiryFilter] = field(default_factory=list)
    default_sort: int = 0  # column the list is sorted on until the user picks another
    default_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder

    @property
    def numeric(self) -> set[str]:
        return {f for f, _ in self.columns if f in MONEY_FIELDS | NUMBER_FIELDS}


NUMBER_FIELDS = {
    "id",
    "year",
    "since_year",
    "co2_tonnes",
    "member_since",
    "period_from",
    "period_to",
    "priorities",
}


def _enum_options(enum: type[StrEnum]) -> Callable[[Listing], Options]:
    return lambda _listing: [(member.value, label(member)) for member in enum]


def _year_options(field_name: str) -> Callable[[Listing], Options]:
    def options(listing: Listing) -> Options:
        if "year" in listing.choices:  # made by the loader, off the GUI thread
            return listing.choices["year"]
        years = {int(str(value)[:4]) for value in listing.values(field_name) if value}
        return [(year, str(year)) for year in sorted(years, reverse=True)]

    return options


def _listed_choices(key: str) -> Callable[[Listing], Options]:
    return lambda listing: listing.choices.get(key, [])


def _relation_country_options(listing: Listing) -> Options:
    names = dict(zip(listing.values("country_code"), listing.values("country"), strict=True))
    return shown_countries(list(names.items()))


def _starts_in(start: str | None, year: int) -> bool:
    return start is not None and start != "" and int(start[:4]) == year


def _equals(value: Any, chosen: Any) -> bool:
    return value == chosen


def within_months(valid_until: str | None, status: str | None, months: int, today: dt.date) -> bool:
    """Active and valid until a date between today and `months` months from today."""
    if not valid_until or status != AgreementStatus.ACTIVE.value:
        return False
    end = dt.date.fromisoformat(valid_until)
    month = today.month - 1 + months
    horizon_year, horizon_month = today.year + month // 12, month % 12 + 1
    return today <= end and (end.year, end.month) <= (horizon_year, horizon_month)


class _RegisterTexts(QObject):
    """The headings and filter names; a QObject so Qt's translation files them by class."""

    def derived_column(self) -> tuple[str, str]:
        return ("derived_from", self.tr("Derived"))

    def specs(self) -> list[RegisterPageSpec]:
        titles = register_titles()
        return [
            RegisterPageSpec(
                RegisterKey.TRIPS,
                titles[RegisterKey.TRIPS],
                [
                    ("id", self.tr("No.")),
                    ("start_date", self.tr("Start")),
                    ("end_date", self.tr("End")),
                    ("status", self.tr("Status")),
                    ("title", self.tr("Title")),
                    ("destinations", self.tr("Destinations")),
                    ("travellers", self.tr("Travellers")),
                    ("travel_and_stay", self.tr("Travel and stay")),
                    ("other_costs", self.tr("Other costs")),
                    ("co2_tonnes", self.tr("CO₂ (tonnes)")),
                ],
                default_sort=1,
                # Newest first: what the team works on now, whatever year the data ends.
                default_order=Qt.SortOrder.DescendingOrder,
                filters=[
                    ChoiceFilter(
                        "year",
                        self.tr("Year"),
                        "start_date",
                        _year_options("start_date"),
                        _starts_in,
                    ),
                    ChoiceFilter(
                        "status", self.tr("Status"), "status", _enum_options(TripStatus), _equals
                    ),
                    ChoiceFilter(
                        "official",
                        self.tr("Official"),
                        "travellers",
                        _listed_choices("official"),
                        travelled_by,
                    ),
                    ChoiceFilter(
                        "country",
                        self.tr("Country"),
                        "destinations",
                        _listed_choices("country"),
                        goes_to,
                    ),
                ],
            ),
            RegisterPageSpec(
                RegisterKey.RELATIONS,
                titles[RegisterKey.RELATIONS],
                [
                    ("id", self.tr("No.")),
                    ("place", self.tr("City")),
                    ("country", self.tr("Country")),
                    ("kind", self.tr("Kind")),
                    ("status", self.tr("Status")),
                    ("since_year", self.tr("Since")),
                    ("themes", self.tr("Themes")),
                ],
                default_sort=1,
                filters=[
                    ChoiceFilter(
                        "kind", self.tr("Kind"), "kind", _enum_options(RelationKind), _equals
                    ),
                    ChoiceFilter(
                        "status",
                        self.tr("Status"),
                        "status",
                        _enum_options(RelationStatus),
                        _equals,
                    ),
                    ChoiceFilter(
                        "country",
                        self.tr("Country"),
                        "country_code",
                        _relation_country_options,
                        _equals,
                    ),
                ],
            ),
            RegisterPageSpec(
                RegisterKey.NETWORKS,
                titles[RegisterKey.NETWORKS],
                [
                    ("id", self.tr("No.")),
                    ("name", self.tr("Network")),
                    ("acronym", self.tr("Abbr.")),
                    ("responsible_official", self.tr("Portfolio holder")),
                    ("portfolio_code", self.tr("Portfolio")),
                    ("role", self.tr("Role")),
                    ("themes", self.tr("Themes")),
                ],
                default_sort=1,
            ),
            RegisterPageSpec(
                RegisterKey.AGREEMENTS,
                titles[RegisterKey.AGREEMENTS],
                [
                    ("id", self.tr("No.")),
                    ("kind", self.tr("Kind")),
                    ("title", self.tr("Title")),
                    ("signed_on", self.tr("Signed")),
                    ("valid_until", self.tr("Valid until")),
                    ("status", self.tr("Status")),
                ],
                default_sort=3,
                filters=[
                    ChoiceFilter(
                        "status",
                        self.tr("Status"),
                        "status",
                        _enum_options(AgreementStatus),
                        _equals,
                    ),
                    ExpiryFilter(),
                ],
            ),
            RegisterPageSpec(
                RegisterKey.OFFICIALS,
                titles[RegisterKey.OFFICIALS],
                [
                    ("id", self.tr("No.")),
                    ("name", self.tr("Name")),
                    ("current_role", self.tr("Current role")),
                    ("terms", self.tr("Terms of office")),
                ],
                default_sort=1,
            ),
            RegisterPageSpec(
                RegisterKey.BUDGET,
                titles[RegisterKey.BUDGET],
                [
                    ("id", self.tr("No.")),
                    ("year", self.tr("Year")),
                    ("code", self.tr("Code")),
                    ("name", self.tr("Line")),
                    ("amount", self.tr("Budget")),
                    ("spent", self.tr("Spent")),
                    ("committed", self.tr("Committed")),
                    ("left", self.tr("Left")),
                ],
                default_sort=1,
                filters=[
                    ChoiceFilter("year", self.tr("Year"), "year", _year_options("year"), _equals),
                ],
            ),
            RegisterPageSpec(
                RegisterKey.POLICIES,
                titles[RegisterKey.POLICIES],
                [
                    ("id", self.tr("No.")),
                    ("title", self.tr("Title")),
                    ("period_from", self.tr("From")),
                    ("period_to", self.tr("Through")),
                    ("adopted_on", self.tr("Adopted")),
                    ("priorities", self.tr("Priorities")),
                    ("source", self.tr("Source document")),
                ],
                default_sort=2,
                default_order=Qt.SortOrder.DescendingOrder,
            ),
            RegisterPageSpec(
                RegisterKey.PROJECTS,
                titles[RegisterKey.PROJECTS],
                [
                    ("id", self.tr("No.")),
                    ("name", self.tr("Project")),
                    ("funding_programme", self.tr("Programme")),
                    ("role", self.tr("Role")),
                    ("status", self.tr("Status")),
                    ("grant", self.tr("Grant")),
                    ("call_deadline", self.tr("Call deadline")),
                    ("report_due", self.tr("Report due")),
                    ("end_date", self.tr("End")),
                ],
                default_sort=1,
                filters=[
                    ChoiceFilter(
                        "status",
                        self.tr("Status"),
                        "status",
                        _enum_options(ProjectStatus),
                        _equals,
                    ),
                ],
            ),
        ]


def register_specs() -> list[RegisterPageSpec]:
    """Built on demand so the headings follow the language chosen at start-up. Every list
    ends with the derived mark (domain/sourcing.py): why a record is derived rather than
    read, in words, so the mark is seen without colour."""
    texts = _RegisterTexts()
    derived = texts.derived_column()
    return [dataclasses.replace(spec, columns=[*spec.columns, derived]) for spec in texts.specs()]
