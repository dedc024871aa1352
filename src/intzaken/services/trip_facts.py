"""What the plausibility rules look at in a trip, read as rows without the ORM.

`intzaken check` and the dashboard question every trip in the archive: reading them as
mapped objects (and declaring the classes first) cost `check` twice its floor (issue
22). A report or a form that holds the mapped trips already makes the same facts of
them (`facts_of`), so the rules (plausibility.py) have one input either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.costs import total_costs
from ..domain.enums import DatePrecision, TransportMode, TripStatus
from ..domain.units import CENT, KILOGRAM_IN_TONNES, from_units
from .airports import airport_point
from .co2_estimate import Point
from .trip_listing import dialect_name, driver_connection

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from ..domain.models import Trip


@dataclass(frozen=True)
class Destination:
    country_code: str
    country: str  # the country's stored name
    place: str | None  # the place's name, if the trip names one


@dataclass(frozen=True)
class Traveller:
    name: str
    in_office: bool  # held a term on the trip's first day (False for a trip without one)


@dataclass(frozen=True)
class JourneyFacts:
    """A leg of the CO2 estimate's journey: how, between which places, and where those
    are (a flight's airports where given, else the places' coordinates)."""

    mode: TransportMode
    from_name: str
    to_name: str
    start: Point | None
    end: Point | None
    # A flight's door-to-door train time as looked up (minutes); None: not looked up.
    train_minutes: int | None = None


@dataclass(frozen=True)
class TripFacts:
    id: int
    title: str
    status: TripStatus
    date_precision: DatePrecision
    start_date: dt.date | None
    end_date: dt.date | None
    travel_and_stay: Decimal | None
    other_costs: Decimal | None
    co2_tonnes: Decimal | None
    co2_offset: Decimal | None
    destinations: tuple[Destination, ...]
    modes: tuple[TransportMode, ...]  # the means of transport, in the trip's order
    travellers: tuple[Traveller, ...]
    co2_estimate: Decimal | None = None  # from the journey (issue 20)
    policy_reason: str = ""  # why a flight below the travel policy's distance
    journey: tuple[JourneyFacts, ...] = ()

    @property
    def total_costs(self) -> Decimal:
        return total_costs(self.travel_and_stay, self.other_costs, self.co2_offset)


def facts_of(trip: Trip) -> TripFacts:
    """The facts of a mapped trip (its destinations, transport and travellers loaded)."""
    from ..domain.titles import term_on  # the mapped classes: loaded by the caller already

    start = trip.start_date
    return TripFacts(
        id=trip.id,
        title=trip.title,
        status=trip.status,
        date_precision=trip.date_precision,
        start_date=start,
        end_date=trip.end_date,
        travel_and_stay=trip.travel_and_stay,
        other_costs=trip.other_costs,
        co2_tonnes=trip.co2_tonnes,
        co2_offset=trip.co2_offset,
        destinations=tuple(
            Destination(d.country_code, d.country.name, d.place.name if d.place else None)
            for d in trip.destinations
        ),
        modes=tuple(t.mode for t in trip.transport),
        travellers=tuple(
            Traveller(
                t.official.name,
                start is not None and term_on(t.official, start) is not None,
            )
            for t in trip.travellers
        ),
        co2_estimate=trip.co2_estimate,
        policy_reason=trip.policy_reason,
        journey=tuple(
            journey_facts(
                leg.mode,
                (leg.from_place.name, leg.from_place.latitude, leg.from_place.longitude),
                (leg.to_place.name, leg.to_place.latitude, leg.to_place.longitude),
                (leg.from_place.country_code, leg.to_place.country_code),
                (leg.from_airport, leg.to_airport),
                leg.train_minutes,
            )
            for leg in trip.journey
        ),
    )


def journey_facts(
    mode: TransportMode,
    start: tuple[str, float | None, float | None],
    end: tuple[str, float | None, float | None],
    countries: tuple[str, str],
    airports: tuple[str, str],
    train_minutes: int | None = None,
) -> JourneyFacts:
    """A leg's facts: (name, latitude, longitude) of each end; a flight's airports, where
    given and known, stand for the places (as services/journey.leg_input does)."""
    points = [
        None if lat is None or lon is None else Point(lat, lon, country)
        for (_name, lat, lon), country in zip((start, end), countries, strict=True)
    ]
    if mode is TransportMode.PLANE:
        points = [
            (airport_point(code) if code else None) or point
            for code, point in zip(airports, points, strict=True)
        ]
    return JourneyFacts(mode, start[0], end[0], points[0], points[1], train_minutes)


# Per dialect, the same rows: SQLite gives dates as ISO text, PostgreSQL as dates.
_TRIPS = """
SELECT t.id, t.title, t.status, t.date_precision, t.start_date, t.end_date,
       t.travel_and_stay, t.other_costs, t.co2_tonnes, t.co2_offset, t.co2_estimate,
       t.policy_reason
  FROM trips t {where} ORDER BY t.start_date NULLS FIRST, t.id
"""
_DESTINATIONS = """
SELECT d.trip_id, d.country_code, c.name, p.name
  FROM trip_destinations d JOIN countries c ON c.code = d.country_code
  LEFT JOIN places p ON p.id = d.place_id
 WHERE d.trip_id IN (SELECT t.id FROM trips t {where}) ORDER BY d.position
"""
_TRANSPORT = """
SELECT x.trip_id, x.mode FROM trip_transport x
 WHERE x.trip_id IN (SELECT t.id FROM trips t {where}) ORDER BY x.position
"""
_JOURNEY = """
SELECT x.trip_id, x.mode, fp.name, fp.latitude, fp.longitude, fp.country_code,
       tp.name, tp.latitude, tp.longitude, tp.country_code, x.from_airport, x.to_airport,
       x.train_minutes
  FROM journey_legs x JOIN places fp ON fp.id = x.from_place_id
  JOIN places tp ON tp.id = x.to_place_id
 WHERE x.trip_id IN (SELECT t.id FROM trips t {where}) ORDER BY x.position
"""
# A traveller is in office when some term holds the trip's first day.
_TRAVELLERS = """
SELECT x.trip_id, o.name,
       EXISTS (SELECT 1 FROM office_terms ot
                WHERE ot.official_id = x.official_id AND ot.start_date <= t.start_date
                  AND (ot.end_date IS NULL OR t.start_date <= ot.end_date))
  FROM trip_travellers x JOIN officials o ON o.id = x.official_id
  JOIN trips t ON t.id = x.trip_id
 WHERE x.trip_id IN (SELECT t.id FROM trips t {where}) ORDER BY x.position
"""


def read_trip_facts(
    source: Session | Connection,
    *,
    since: dt.date | None = None,
    ids: Sequence[int] | None = None,
) -> list[TripFacts]:
    """Every trip's facts in date order; with `since`, of the trips from that day on and
    those without a date; with `ids`, of those trips."""
    connection = driver_connection(source)
    mark = "?" if dialect_name(source) == "sqlite" else "%s"
    where = ""
    params: tuple[Any, ...] = ()
    if since is not None:
        where, params = f"WHERE (t.start_date >= {mark} OR t.start_date IS NULL)", (since,)
        if dialect_name(source) == "sqlite":
            params = (since.isoformat(),)  # as the column holds it
    elif ids is not None:
        where = f"WHERE t.id IN ({', '.join([mark] * len(ids))})" if ids else "WHERE 1 = 0"
        params = tuple(ids)

    def rows(sql: str) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = connection.execute(
            sql.replace("{where}", where), params
        ).fetchall()
        return found

    destinations: dict[int, list[Destination]] = {}
    for trip_id, code, country, place in rows(_DESTINATIONS):
        destinations.setdefault(trip_id, []).append(Destination(code, country, place))
    modes: dict[int, list[TransportMode]] = {}
    for trip_id, mode in rows(_TRANSPORT):
        modes.setdefault(trip_id, []).append(TransportMode(mode))
    travellers: dict[int, list[Traveller]] = {}
    for trip_id, name, in_office in rows(_TRAVELLERS):
        travellers.setdefault(trip_id, []).append(Traveller(name, bool(in_office)))
    journeys: dict[int, list[JourneyFacts]] = {}
    for trip_id, mode, *ends in rows(_JOURNEY):
        journeys.setdefault(trip_id, []).append(
            journey_facts(
                TransportMode(mode),
                (ends[0], ends[1], ends[2]),
                (ends[4], ends[5], ends[6]),
                (ends[3], ends[7]),
                (ends[8], ends[9]),
                ends[10],
            )
        )
    found = []
    for row in rows(_TRIPS):
        trip_id, title, status, precision, start, end = row[:6]
        travel_and_stay, other_costs, co2_tonnes, co2_offset, co2_estimate, reason = row[6:]
        found.append(
            TripFacts(
                id=trip_id,
                title=title,
                status=TripStatus(status),
                date_precision=DatePrecision(precision),
                start_date=stored_date(start),
                end_date=stored_date(end),
                travel_and_stay=_units(travel_and_stay, CENT),
                other_costs=_units(other_costs, CENT),
                co2_tonnes=_units(co2_tonnes, KILOGRAM_IN_TONNES),
                co2_offset=_units(co2_offset, CENT),
                destinations=tuple(destinations.get(trip_id, ())),
                modes=tuple(modes.get(trip_id, ())),
                travellers=tuple(travellers.get(trip_id, ())),
                co2_estimate=_units(co2_estimate, KILOGRAM_IN_TONNES),
                policy_reason=reason,
                journey=tuple(journeys.get(trip_id, ())),
            )
        )
    return found


def stored_date(value: str | dt.date | None) -> dt.date | None:
    """A date as the driver gives it: ISO text from SQLite, a date from PostgreSQL."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _units(value: int | None, unit: Decimal) -> Decimal | None:
    return None if value is None else from_units(value, unit)
