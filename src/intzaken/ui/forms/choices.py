"""What the pickers in the forms offer, read in one go when a form opens."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...domain.enums import DatePrecision
from ...domain.labels import label
from ...domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Country,
    Network,
    Official,
    Place,
    Relation,
    Theme,
    Trip,
)
from ...formatting import period_start
from ..country_names import shown_countries, shown_country

Options = list[tuple[Any, str]]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def enum_options(enum: type[StrEnum]) -> Options:
    return [(member, capitalised(label(member))) for member in enum]


def officials(session: Session) -> Options:
    return [(o.id, o.name) for o in session.scalars(select(Official).order_by(Official.name))]


def countries(session: Session) -> Options:
    """Every country by its name in the window's language (stored in Dutch)."""
    return shown_countries([(c.code, c.name) for c in session.scalars(select(Country))])


def places(session: Session) -> Options:
    rows = session.scalars(select(Place).options(selectinload(Place.country)).order_by(Place.name))
    return [(p.id, f"{p.name} ({_country_of(p)})") for p in rows]


def destinations(session: Session) -> Options:
    """Cities and regions first (with their country), then whole countries."""
    options: Options = [
        ((p.country_code, p.id), f"{p.name} ({_country_of(p)})")
        for p in session.scalars(
            select(Place).options(selectinload(Place.country)).order_by(Place.name)
        )
    ]
    options += [((code, None), name) for code, name in countries(session)]
    return options


def _country_of(place: Place) -> str:
    return shown_country(place.country.name, place.country_code)


def contacts(session: Session) -> Options:
    rows = session.scalars(select(Contact).order_by(Contact.name))
    return [(c.id, f"{c.name} — {c.organisation}" if c.organisation else c.name) for c in rows]


def relations(session: Session) -> Options:
    rows = session.scalars(select(Relation).options(selectinload(Relation.place)))
    options = [(r.id, f"{r.place.name} ({label(r.kind)})") for r in rows]
    return sorted(options, key=lambda item: item[1].lower())


def networks(session: Session) -> Options:
    return [(n.id, n.name) for n in session.scalars(select(Network).order_by(Network.name))]


def agreements(session: Session) -> Options:
    rows = session.scalars(select(Agreement).order_by(Agreement.title))
    return [(a.id, a.title) for a in rows]


def budget_lines(session: Session) -> Options:
    rows = session.scalars(select(BudgetLine).order_by(BudgetLine.year.desc(), BudgetLine.name))
    return [(b.id, f"{b.year} — {b.name}") for b in rows]


def themes(session: Session) -> list[str]:
    return list(session.scalars(select(Theme.name).order_by(Theme.name)))


def trips(session: Session) -> Options:
    """Newest first: the trip being prepared is usually near the top. Columns only: an
    archive of 100,000 trips would take seconds as whole records."""
    rows = session.execute(
        select(Trip.id, Trip.title, Trip.start_date, Trip.date_precision).order_by(
            Trip.start_date.desc(), Trip.id.desc()
        )
    )
    return [
        (trip_id, f"{_when(start, precision)} — {title}")
        for trip_id, title, start, precision in rows
    ]


def _when(start: dt.date | None, precision: DatePrecision) -> str:
    return period_start(start, precision)
