"""The sheets of what the registers stand on: the organisation (printed in every report's
header) and the places with their kind and coordinates. Without them an export of
everything read into a new file lost the department and e-mail address of the annual
overview's header and the places' positions on the maps.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import OpenDataLicence, PlaceKind
from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Network,
    Official,
    Organisation,
    Relation,
    Trip,
)
from ..i18n import _
from ..services.data import OrganisationData, PlaceData
from ..services.organisation import get_organisation, set_organisation
from . import cells as c
from .sheets import SOURCE_COLUMNS, Column, Sheet

ORGANISATION_SHEET = Sheet(
    "Organisatie",
    (
        Column("Naam", "name", c.Text(200), 36),
        Column("Afdeling", "department", c.Text(200), 36),
        Column("E-mailadres", "email", c.Text(200), 32),
        Column("Licentie open data", "open_data_licence", c.Choice(OpenDataLicence), 30),
        # Where journeys start (CO2 estimate, map); a place not known yet is added.
        Column("Thuisplaats", "home_place_id", c.Place("home_country"), 22),
        Column("Land thuisplaats", "home_place_id", c.Country(), 18, target="home_country"),
        # The council letter's addressee, signatories and reference (council_letter.py).
        Column("Geadresseerde raadsbrief", "letter_addressee", c.Text(200), 32),
        Column("Secretaris", "letter_secretary", c.Text(200), 24),
        Column("Burgemeester", "letter_mayor", c.Text(200), 24),
        Column("Voorvoegsel kenmerk", "letter_reference_prefix", c.Text(50), 18),
        # Whether the annual overview prints the gifts register (issue 21); a workbook
        # written before it reads as before (the setting stays).
        Column("Geschenken in jaaroverzicht", "print_gifts", c.YesNo(), 14, optional=True),
        *SOURCE_COLUMNS,
    ),
    key=("Naam",),
)


def set_organisation_from_file(session: Session, data: OrganisationData) -> Organisation:
    """There is one organisation per database: a row names it (whatever its name) and
    changes its name, department, e-mail address and letter settings; the logo is not in
    the file and stays as it is."""
    stored = get_organisation(session)
    if stored is not None and data.logo is None:
        data = dataclasses.replace(data, logo=stored.logo, logo_media_type=stored.logo_media_type)
    return set_organisation(session, data)


class CountryCode(c.Codec):
    """A country by its Dutch name (as written) or its code (as read too)."""

    def write(self, value: str | None, names: c.Names) -> str:
        return "" if not value else names.country_name(value)

    def read(self, raw: object, names: c.Names, row: dict[str, Any]) -> str | None:
        text = c.plain_text(raw)
        return names.country_code(text) if text else None


class Degrees(c.Codec):
    """A latitude or longitude in decimal degrees ("51,9225"), to six decimals."""

    number_format = "0.0000##"

    def write(self, value: float | None, names: c.Names) -> float | None:
        return value

    def text(self, value: float | None, names: c.Names) -> str:
        return "" if value is None else str(value).replace(".", ",")

    def read(self, raw: object, names: c.Names, row: dict[str, Any]) -> float | None:
        if isinstance(raw, str) and raw.count(".") == 1 and "," not in raw:
            # "51.9225" as maps write it: never a thousands mark in degrees
            raw = raw.replace(".", ",")
        value: Decimal | None = c._decimal(raw, 6, currency=False)
        return None if value is None else float(value)


PLACE_SHEET = Sheet(
    "Plaatsen",
    (
        Column("Naam", "name", c.Text(200), 28),
        Column("Land", "country_code", CountryCode(), 20),
        Column("Soort", "kind", c.Choice(PlaceKind, {"city": "stad", "region": "regio"}), 10),
        Column("Breedtegraad", "latitude", Degrees(), 12),
        Column("Lengtegraad", "longitude", Degrees(), 12),
        *SOURCE_COLUMNS,
    ),
    key=("Naam", "Land"),
)


def empty_place() -> PlaceData:
    return PlaceData(name="", country_code="")


def holds_nothing_yet(session: Session) -> bool:
    """Whether the database holds no records but its organisation: a file just made,
    whose organisation a file's row may rename (an export read into a new file)."""
    return all(
        session.scalar(select(model.id).limit(1)) is None
        for model in (Official, Contact, Relation, Network, Agreement, Trip, BudgetLine)
    )


def other_organisation(sheet: str, row: int, name: str, own: str) -> str:
    """Said when a row names another organisation than the database's own: the file is
    someone else's (a colleague's export), and their name must not replace ours."""
    return _(
        "Sheet '{sheet}', row {row}: '{name}' is not this database's organisation "
        "('{own}'); the row is passed over. The organisation is changed under Settings → "
        "Your organisation."
    ).format(sheet=sheet, row=row, name=name, own=own)


def only_one_organisation() -> str:
    return _("a database holds one organisation: remove this row, or the other.")
