"""The figures of the multi-year overview (reports/years.py): per year the trips carried
out, their costs per block, CO2, travellers and destinations.

One SQL query per figure over the whole range, grouped by year, rather than a loop over
the years loading trips: a range of 25 years of a large archive is tens of thousands of
trips with their lists. Each sum knows how many trips lacked its figure (KnownSum), so an
amount nobody recorded prints as unknown, never as € 0; a year without trips is a row of
zeros, there all the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, distinct, exists, extract, func, or_, select
from sqlalchemy.orm import Session

from ..domain.enums import TransportMode, TripStatus
from ..domain.models import Country, Trip, TripDestination, TripTransport, TripTraveller
from .known_figures import NO_TONNES, ZERO, KnownSum

MOST_VISITED = 3  # countries named per year


@dataclass(frozen=True)
class YearFigures:
    year: int
    trips: int = 0
    travel_and_stay: KnownSum = KnownSum()
    other_costs: KnownSum = KnownSum()
    co2_offset: KnownSum = KnownSum()
    co2_tonnes: KnownSum = KnownSum(NO_TONNES)
    travellers: int = 0  # officials travelling, each counted once per trip
    countries: int = 0  # different countries visited
    places: int = 0  # different places visited (those recorded with a place)
    # The most visited countries: (code, stored Dutch name, number of trips), most first.
    most_visited: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def council_costs(self) -> KnownSum:
        """What the council report totals: travel and stay plus other costs."""
        return _together(self.travel_and_stay, self.other_costs, self.council_missing)

    @property
    def total_costs(self) -> KnownSum:
        """The app's total costs: the council's plus the CO2 offset."""
        return _together(self.council_costs, self.co2_offset, self.total_missing)

    # Trips lacking a part of a total (set by years_figures; a trip counts once).
    council_missing: int = 0
    total_missing: int = 0


def _together(first: KnownSum, second: KnownSum, missing: int) -> KnownSum:
    return KnownSum(first.known + second.known, missing, first.any_known or second.any_known)


def carried_out() -> ColumnElement[bool]:
    return Trip.status == TripStatus.DONE


def _year() -> ColumnElement[int]:
    return extract("year", Trip.start_date)


def _in_range(first: int, last: int) -> ColumnElement[bool]:
    return and_(
        carried_out(),
        Trip.start_date >= dt.date(first, 1, 1),
        Trip.start_date <= dt.date(last, 12, 31),
    )


def _expects_co2() -> ColumnElement[bool]:
    """As known_figures.expects_co2, in SQL: the trip flew, or its transport is unknown."""
    any_transport = exists().where(TripTransport.trip_id == Trip.id)
    flew = exists().where(
        TripTransport.trip_id == Trip.id, TripTransport.mode == TransportMode.PLANE
    )
    return or_(~any_transport, flew)


def _missing(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def years_figures(session: Session, first: int, last: int) -> list[YearFigures]:
    """A row per year from `first` to `last`, years without trips included."""
    year = _year().label("year")
    expects = _expects_co2()
    sums = session.execute(
        select(
            year,
            func.count(Trip.id),
            func.sum(Trip.travel_and_stay),
            func.count(Trip.travel_and_stay),
            func.sum(Trip.other_costs),
            func.count(Trip.other_costs),
            func.sum(Trip.co2_offset),
            func.count(Trip.co2_offset),
            _missing(and_(Trip.co2_offset.is_(None), expects)),
            func.sum(Trip.co2_tonnes),
            func.count(Trip.co2_tonnes),
            _missing(and_(Trip.co2_tonnes.is_(None), expects)),
            _missing(or_(Trip.travel_and_stay.is_(None), Trip.other_costs.is_(None))),
            _missing(
                or_(
                    Trip.travel_and_stay.is_(None),
                    Trip.other_costs.is_(None),
                    and_(Trip.co2_offset.is_(None), expects),
                )
            ),
        )
        .where(_in_range(first, last))
        .group_by(year)
    ).all()
    rows: dict[int, dict[str, object]] = {}
    for (
        at,
        count,
        travel,
        travel_known,
        other,
        other_known,
        offset,
        offset_known,
        offset_missing,
        co2,
        co2_known,
        co2_missing,
        council_missing,
        total_missing,
    ) in sums:
        rows[int(at)] = {
            "trips": count,
            "travel_and_stay": _known(travel, count - travel_known, travel_known, ZERO),
            "other_costs": _known(other, count - other_known, other_known, ZERO),
            "co2_offset": _known(offset, offset_missing, offset_known, ZERO),
            "co2_tonnes": _known(co2, co2_missing, co2_known, NO_TONNES),
            "council_missing": council_missing,
            "total_missing": total_missing,
        }
    for at, travellers in session.execute(
        select(year, func.count(TripTraveller.official_id))
        .join(TripTraveller, TripTraveller.trip_id == Trip.id)
        .where(_in_range(first, last))
        .group_by(year)
    ):
        rows.setdefault(int(at), {})["travellers"] = travellers
    for at, countries, places in session.execute(
        select(
            year,
            func.count(distinct(TripDestination.country_code)),
            func.count(distinct(TripDestination.place_id)),
        )
        .join(TripDestination, TripDestination.trip_id == Trip.id)
        .where(_in_range(first, last))
        .group_by(year)
    ):
        rows.setdefault(int(at), {}).update(countries=countries, places=places)
    visits = func.count(distinct(Trip.id))
    for at, code, name, trips in session.execute(
        select(year, Country.code, Country.name, visits)
        .join(TripDestination, TripDestination.trip_id == Trip.id)
        .join(Country, Country.code == TripDestination.country_code)
        .where(_in_range(first, last))
        .group_by(year, Country.code, Country.name)
        .order_by(year, visits.desc(), Country.name)
    ):
        named = rows.setdefault(int(at), {}).setdefault("most_visited", [])
        assert isinstance(named, list)
        if len(named) < MOST_VISITED:
            named.append((code, name, trips))
    return [YearFigures(at, **rows.get(at, {})) for at in range(first, last + 1)]  # type: ignore[arg-type]


def _known(total: Decimal | None, missing: int, known: int, zero: Decimal) -> KnownSum:
    return KnownSum(total if total is not None else zero, missing, known > 0)
