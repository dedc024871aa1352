"""What a careful controller would question before figures go to the council.

Findings are warnings: they never block a save, they ask someone to look.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.costs import total_costs
from ..domain.enums import DatePrecision, TransportMode, TripStatus
from ..domain.labels import label
from ..domain.units import CENT, KILOGRAM_IN_TONNES, from_units
from ..formatting import country_name, dutch_list, long_date, money, month_year
from ..i18n import _
from ..registers import RegisterKey
from .co2_checks import mismatch_message, policy_message

# Re-exported: callers import the finding's types from here, where findings are made.
from .finding import CO2 as CO2
from .finding import COSTS as COSTS
from .finding import Finding as Finding
from .finding import Questioned as Questioned
from .register_findings import agreement_findings, budget_findings, succession_findings
from .travel_policy import TravelPolicy, travel_policy
from .trip_facts import TripFacts, facts_of, read_trip_facts, stored_date
from .trip_listing import dialect_name, driver_connection

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from ..domain.models import Trip

# How far a trip's CO2 offset rate may stray from the median rate before it is questioned.
OFFSET_RATE_TOLERANCE = Decimal("0.25")
# Costs per traveller-day above this multiple of the median of comparable trips stand out.
COST_OUTLIER_FACTOR = 3
MIN_COMPARABLE_TRIPS = 5
# A report's trips are compared with the trips made in their years and the years before.
NORM_YEARS = 3


def _trip_subject(trip: TripFacts) -> str:
    if trip.start_date is None:
        when = _("without a date")
    elif trip.date_precision is DatePrecision.YEAR:
        when = str(trip.start_date.year)
    elif trip.date_precision is DatePrecision.MONTH:
        when = month_year(trip.start_date)
    else:
        when = long_date(trip.start_date)
    places = _destinations(trip)
    if places:
        # Where it went: the title alone seldom tells which trip of the report it is.
        return _("Trip '{title}' to {places} ({when})").format(
            title=trip.title, places=places, when=when
        )
    return _("Trip '{title}' ({when})").format(title=trip.title, when=when)


def _destinations(trip: TripFacts) -> str:
    """Nantes; Malmö en Stockholm; Peru (a country where no place is known)."""
    names = [
        d.place if d.place is not None else country_name(d.country_code, d.country)
        for d in trip.destinations
    ]
    return dutch_list(list(dict.fromkeys(names)))


def _offset_rate(trip: TripFacts) -> Decimal | None:
    if trip.co2_tonnes and trip.co2_offset is not None:
        return trip.co2_offset / trip.co2_tonnes
    return None


def _per_traveller_day(
    total: Decimal, start: dt.date | None, end: dt.date | None, travellers: int
) -> Decimal | None:
    if not start or not end or not travellers:
        return None
    return total / (((end - start).days + 1) * travellers)


def _cost_per_day(trip: TripFacts) -> Decimal | None:
    return _per_traveller_day(
        trip.total_costs, trip.start_date, trip.end_date, len(trip.travellers)
    )


@dataclass(frozen=True)
class TripNorms:
    """What is usual among carried-out trips: the yardstick for a single trip."""

    median_rate: Decimal | None  # CO2 offset per tonne
    median_cost: dict[TransportMode | None, Decimal]  # per traveller-day, by main mode


def _norms(rates: list[Decimal], costs: dict[TransportMode | None, list[Decimal]]) -> TripNorms:
    median_rate = statistics.median(rates) if len(rates) >= MIN_COMPARABLE_TRIPS else None
    return TripNorms(
        median_rate,
        {
            mode: statistics.median(values)
            for mode, values in costs.items()
            if len(values) >= MIN_COMPARABLE_TRIPS
        },
    )


def _norms_of(trips: list[TripFacts]) -> TripNorms:
    done = [t for t in trips if t.status is TripStatus.DONE]
    rates = [r for t in done if (r := _offset_rate(t)) is not None]
    by_mode: dict[TransportMode | None, list[Decimal]] = {}
    for trip in done:
        per_day = _cost_per_day(trip)
        if per_day is not None:
            by_mode.setdefault(_main_mode(trip), []).append(per_day)
    return _norms(rates, by_mode)


# On SQLite the status is written `+t.status` when the trips are also limited by start
# date: the unary plus keeps SQLite from picking the status index, which its planner
# (without statistics) prefers over the date range although nearly every trip of an
# archive is done; the start date index reads a few years' trips instead of all of them.
_DONE = "{plus}t.status = {mark}{started}"
_NORM_TRIPS = """
SELECT t.id, t.start_date, t.end_date, t.travel_and_stay, t.other_costs, t.co2_offset,
       t.co2_tonnes
  FROM trips t WHERE {done}
"""
_NORM_TRAVELLERS = """
SELECT x.trip_id, count(*) FROM trip_travellers x JOIN trips t ON t.id = x.trip_id
 WHERE {done} GROUP BY x.trip_id
"""
_NORM_MODES = """
SELECT x.trip_id, x.mode FROM trip_transport x JOIN trips t ON t.id = x.trip_id
 WHERE {done} ORDER BY x.trip_id, x.position
"""


def trip_norms(
    session: Session | Connection, *, started: tuple[dt.date, dt.date] | None = None
) -> TripNorms:
    """The same norms as `plausibility_findings` uses, read with column queries: a form
    checking one trip must not load every trip in the archive (seconds at 100,000).
    With `started` (first, last day), only among the trips that began in that period."""
    sqlite = dialect_name(session) == "sqlite"
    mark = "?" if sqlite else "%s"
    params: tuple[Any, ...] = (TripStatus.DONE.value,)
    done = _DONE.format(plus="", mark=mark, started="")
    if started is not None:
        done = _DONE.format(
            plus="+" if sqlite else "",
            mark=mark,
            started=f" AND t.start_date >= {mark} AND t.start_date <= {mark}",
        )
        first, last = started
        params += (first.isoformat(), last.isoformat()) if sqlite else (first, last)
    connection = driver_connection(session)

    def rows(sql: str) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = connection.execute(sql.format(done=done), params).fetchall()
        return found

    # The travellers and means of transport of those trips only, not of the archive.
    travellers = dict(rows(_NORM_TRAVELLERS))
    modes: dict[int, list[TransportMode]] = {}
    for trip_id, mode in rows(_NORM_MODES):
        modes.setdefault(trip_id, []).append(TransportMode(mode))
    rates: list[Decimal] = []
    by_mode: dict[TransportMode | None, list[Decimal]] = {}
    for trip_id, start, end, travel_and_stay, other_costs, co2_offset, co2 in rows(_NORM_TRIPS):
        co2_tonnes = None if co2 is None else from_units(co2, KILOGRAM_IN_TONNES)
        offset = None if co2_offset is None else from_units(co2_offset, CENT)
        if co2_tonnes and offset is not None:
            rates.append(offset / co2_tonnes)
        costs = [None if c is None else from_units(c, CENT) for c in (travel_and_stay, other_costs)]
        per_day = _per_traveller_day(
            total_costs(costs[0], costs[1], offset),
            stored_date(start),
            stored_date(end),
            travellers.get(trip_id, 0),
        )
        if per_day is not None:
            by_mode.setdefault(_main_mode_among(modes.get(trip_id, [])), []).append(per_day)
    return _norms(rates, by_mode)


def _trip_findings(
    trips: list[TripFacts],
    today: dt.date,
    norms: TripNorms | None = None,
    policy: TravelPolicy | None = None,
) -> list[Finding]:
    findings: list[Finding] = []

    def add(trip: TripFacts, message: str, questions: frozenset[Questioned] = frozenset()) -> None:
        findings.append(
            Finding(RegisterKey.TRIPS, trip.id, _trip_subject(trip), message, questions)
        )

    norms = norms or _norms_of(trips)
    median_rate, median_cost = norms.median_rate, norms.median_cost

    for trip in trips:
        modes = set(trip.modes)
        if trip.status is TripStatus.DONE:
            if trip.start_date and trip.start_date > today:
                add(trip, _("is marked done, but only begins in the future."))
            if TransportMode.PLANE in modes and trip.co2_tonnes is None:
                add(trip, _("was made by plane, but the CO2 emissions are missing."), CO2)
            if TransportMode.PLANE in modes and trip.co2_tonnes and trip.co2_offset is None:
                add(trip, _("has CO2 emissions, but no CO2 offset."), COSTS)
            if trip.travel_and_stay is None:
                add(trip, _("is done, but the travel and stay costs are missing."), COSTS)
            if not modes:
                add(trip, _("is done, but the means of transport is missing."))
        if trip.co2_tonnes and TransportMode.PLANE not in modes:
            add(
                trip,
                _("has CO2 emissions, but the plane is not among the means of transport."),
                CO2,
            )
        rate = _offset_rate(trip)
        if (
            rate is not None
            and median_rate
            and abs(rate - median_rate) > median_rate * OFFSET_RATE_TOLERANCE
        ):
            add(
                trip,
                _(
                    "CO2 offset of {rate} per tonne differs widely from the usual "
                    "{usual} per tonne; are the emissions or the amount right?"
                ).format(rate=money(rate), usual=money(median_rate)),
                CO2 | COSTS,  # the emissions, the amount, or both
            )
        # The estimate from the journey: on its own, whatever the offset paid says.
        mismatch = mismatch_message(trip)
        if mismatch:
            add(trip, mismatch, CO2)
        below_policy = policy_message(trip, policy or TravelPolicy())
        if below_policy:
            add(trip, below_policy)
        per_day = _cost_per_day(trip)
        typical = median_cost.get(_main_mode(trip))
        if per_day is not None and typical and per_day > typical * COST_OUTLIER_FACTOR:
            add(
                trip,
                _(
                    "costs {cost} per traveller per day, more than {factor} times the "
                    "usual {usual} on comparable trips."
                ).format(cost=money(per_day), factor=COST_OUTLIER_FACTOR, usual=money(typical)),
                COSTS,
            )
        if (
            trip.status in (TripStatus.PLANNED, TripStatus.APPROVED)
            and trip.end_date
            and trip.end_date < today
        ):
            add(
                trip,
                _("is over but still marked '{status}'; has the status been updated?").format(
                    status=label(trip.status)
                ),
            )
        for traveller in trip.travellers:
            if trip.start_date and not traveller.in_office:
                add(
                    trip,
                    _(
                        "{name} was not in office on the date of the trip according to "
                        "the terms of office."
                    ).format(name=traveller.name),
                )
    return findings


_OUTSIDE_ITEMS = """
SELECT DISTINCT t.id, i.day FROM trips t JOIN programme_items i ON i.trip_id = t.id
 WHERE (i.day < t.start_date OR i.day > t.end_date) {ids} ORDER BY t.id, i.day
"""
_OUTSIDE_STAYS = """
SELECT t.id, s.hotel FROM trips t JOIN trip_stays s ON s.trip_id = t.id
 WHERE (s.check_in < t.start_date OR s.check_out > t.end_date) {ids}
 ORDER BY t.id, s.position
"""


def _outside_dates_findings(
    session: Session | Connection, trips: dict[int, TripFacts], all_trips: bool
) -> list[Finding]:
    """Programme items and stays outside the trip's dates (moved dates, a typing slip):
    a warning, as a stay may start the evening before. Column queries, for any number of
    trips: every trip with `all_trips`, else those in `trips`."""
    findings: list[Finding] = []
    mark = "?" if dialect_name(session) == "sqlite" else "%s"
    ids = ""
    params: tuple[int, ...] = ()
    if not all_trips:
        ids = f"AND t.id IN ({', '.join([mark] * len(trips))})" if trips else "AND 1 = 0"
        params = tuple(trips)
    connection = driver_connection(session)
    for trip_id, item_day in connection.execute(_OUTSIDE_ITEMS.format(ids=ids), params):
        message = _("has a programme item on {day}, outside the trip's dates.")
        findings.append(
            Finding(
                RegisterKey.TRIPS,
                trip_id,
                _trip_subject(trips[trip_id]),
                message.format(day=long_date(stored_date(item_day))),
            )
        )
    for trip_id, hotel in connection.execute(_OUTSIDE_STAYS.format(ids=ids), params):
        message = _("has a stay at {hotel} outside the trip's dates.")
        findings.append(
            Finding(
                RegisterKey.TRIPS,
                trip_id,
                _trip_subject(trips[trip_id]),
                message.format(hotel=hotel),
            )
        )
    return findings


def _main_mode(trip: TripFacts) -> TransportMode | None:
    return _main_mode_among(list(trip.modes))


def _main_mode_among(modes: list[TransportMode]) -> TransportMode | None:
    """The mode that decides the cost level: a flight, else the first mode named."""
    if TransportMode.PLANE in modes:
        return TransportMode.PLANE
    return modes[0] if modes else None


def plausibility_findings(
    session: Session | Connection,
    today: dt.date | None = None,
    *,
    trips_since: dt.date | None = None,
) -> list[Finding]:
    """Every finding; with `trips_since`, only about trips from that date on (and those
    without a date), measured against the norms of the whole archive. Read as rows (from a
    session, or a Core connection as `intzaken check` gives), never as mapped objects."""
    today = today or dt.date.today()
    if trips_since is None:
        trips = read_trip_facts(session)
        trip_part = _trip_findings(trips, today, policy=travel_policy(session))
    else:
        trips = read_trip_facts(session, since=trips_since)
        trip_part = _trip_findings(trips, today, trip_norms(session), travel_policy(session))
    dates = _outside_dates_findings(session, {t.id: t for t in trips}, trips_since is None)
    return (
        trip_part
        + dates
        + agreement_findings(session, today)
        + budget_findings(session, today.year)
        + succession_findings(session, today)
    )


def trips_findings(session: Session, trips: Sequence[Trip], today: dt.date) -> list[Finding]:
    """The findings about `trips` (those a report contains), trip by trip in their order,
    measured against the norms of the trips made in their years and the NORM_YEARS - 1
    before: comparable in prices (costs and offset rates move over the decades), and
    enough of them that the odd one does not move its own yardstick. Reading only those
    keeps a report on a large archive quick (the benchmark's annual overview)."""
    if not trips:
        return []
    ids = [trip.id for trip in trips]
    years = [trip.start_date.year for trip in trips if trip.start_date is not None]
    started = (
        (dt.date(min(years) - NORM_YEARS + 1, 1, 1), dt.date(max(years), 12, 31)) if years else None
    )
    facts = [facts_of(trip) for trip in trips]
    found = _trip_findings(
        facts, today, trip_norms(session, started=started), travel_policy(session)
    )
    found += _outside_dates_findings(session, {t.id: t for t in facts}, False)
    order = {trip_id: index for index, trip_id in enumerate(ids)}
    return sorted(found, key=lambda finding: order[finding.record_id])


def record_findings(
    session: Session, register: str, record_id: int, today: dt.date, norms: TripNorms | None = None
) -> list[Finding]:
    """The findings about one record, as `plausibility_findings` would report them.

    For a trip, pass the `trip_norms` once computed (a form keeps them while it is open):
    they describe the archive, which one edit hardly moves.
    """
    if register == RegisterKey.TRIPS:
        trips = read_trip_facts(session, ids=[record_id])
        if not trips:
            return []
        return _trip_findings(
            trips, today, norms or trip_norms(session), travel_policy(session)
        ) + (_outside_dates_findings(session, {record_id: trips[0]}, False))
    if register == RegisterKey.AGREEMENTS:
        return agreement_findings(session, today, record_id)
    if register == RegisterKey.BUDGET:
        mark = "?" if dialect_name(session) == "sqlite" else "%s"
        year = (
            driver_connection(session)
            .execute(f"SELECT year FROM budget_lines WHERE id = {mark}", (record_id,))
            .fetchone()
        )
        if year is None:
            return []
        return [f for f in budget_findings(session, year[0]) if f.record_id == record_id]
    if register in (RegisterKey.NETWORKS, RegisterKey.RELATIONS):
        return [
            f
            for f in succession_findings(session, today)
            if f.register == register and f.record_id == record_id
        ]
    return []
