"""What a careful controller would question before figures go to the council.

Findings are warnings: they never block a save, they ask someone to look.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import AgreementStatus, DatePrecision, TransportMode, TripStatus
from ..domain.labels import label
from ..domain.models import (
    Agreement,
    BudgetLine,
    ProgrammeItem,
    Trip,
    TripStay,
    TripTransport,
    TripTraveller,
)
from ..domain.titles import term_on
from ..domain.trips import total_costs
from ..formatting import country_name, dutch_list, long_date, money, month_year
from ..i18n import _
from ..registers import RegisterKey
from .budget import budget_use
from .co2_checks import mismatch_message, policy_message
from .travel_policy import TravelPolicy, travel_policy
from .trips import list_trips, trips_query

# How far a trip's CO2 offset rate may stray from the median rate before it is questioned.
OFFSET_RATE_TOLERANCE = Decimal("0.25")
# Costs per traveller-day above this multiple of the median of comparable trips stand out.
COST_OUTLIER_FACTOR = 3
MIN_COMPARABLE_TRIPS = 5
# A report's trips are compared with the trips made in their years and the years before.
NORM_YEARS = 3


class Questioned(StrEnum):
    """Which printed figures of a trip a finding puts in doubt: a report marks those."""

    COSTS = "costs"
    CO2 = "co2"


@dataclass(frozen=True)
class Finding:
    register: RegisterKey  # trips, agreements or budget
    record_id: int
    subject: str  # what the finding is about, for the user
    message: str  # in the current language
    questions: frozenset[Questioned] = frozenset()

    @property
    def text(self) -> str:
        """Subject and message as one sentence: "Trip 'X' (13 November 2024) has ..."."""
        return f"{self.subject} {self.message}"


COSTS = frozenset({Questioned.COSTS})
CO2 = frozenset({Questioned.CO2})


def _trip_subject(trip: Trip) -> str:
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


def _destinations(trip: Trip) -> str:
    """Nantes; Malmö en Stockholm; Peru (a country where no place is known)."""
    names = [
        d.place.name if d.place is not None else country_name(d.country_code, d.country.name)
        for d in trip.destinations
    ]
    return dutch_list(list(dict.fromkeys(names)))


def _offset_rate(trip: Trip) -> Decimal | None:
    if trip.co2_tonnes and trip.co2_offset is not None:
        return trip.co2_offset / trip.co2_tonnes
    return None


def _per_traveller_day(
    total: Decimal, start: dt.date | None, end: dt.date | None, travellers: int
) -> Decimal | None:
    if not start or not end or not travellers:
        return None
    return total / (((end - start).days + 1) * travellers)


def _cost_per_day(trip: Trip) -> Decimal | None:
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


def _norms_of(trips: list[Trip]) -> TripNorms:
    done = [t for t in trips if t.status is TripStatus.DONE]
    rates = [r for t in done if (r := _offset_rate(t)) is not None]
    by_mode: dict[TransportMode | None, list[Decimal]] = {}
    for trip in done:
        per_day = _cost_per_day(trip)
        if per_day is not None:
            by_mode.setdefault(_main_mode(trip), []).append(per_day)
    return _norms(rates, by_mode)


def trip_norms(session: Session, *, started: tuple[dt.date, dt.date] | None = None) -> TripNorms:
    """The same norms as `plausibility_findings` uses, read with column queries: a form
    checking one trip must not load every trip in the archive (seconds at 100,000).
    With `started` (first, last day), only among the trips that began in that period."""
    done_ones = [Trip.status == TripStatus.DONE]
    if started is not None:
        done_ones += [Trip.start_date >= started[0], Trip.start_date <= started[1]]
    done = session.execute(
        select(
            Trip.id,
            Trip.start_date,
            Trip.end_date,
            Trip.travel_and_stay,
            Trip.other_costs,
            Trip.co2_offset,
            Trip.co2_tonnes,
        ).where(*done_ones)
    ).all()
    # The travellers and means of transport of those trips only, not of the archive.
    travellers = dict(
        session.execute(
            select(TripTraveller.trip_id, func.count())
            .join(Trip, Trip.id == TripTraveller.trip_id)
            .where(*done_ones)
            .group_by(TripTraveller.trip_id)
        ).all()
    )
    modes: dict[int, list[TransportMode]] = {}
    for trip_id, mode in session.execute(
        select(TripTransport.trip_id, TripTransport.mode)
        .join(Trip, Trip.id == TripTransport.trip_id)
        .where(*done_ones)
        .order_by(TripTransport.trip_id, TripTransport.position)
    ):
        modes.setdefault(trip_id, []).append(mode)
    rates: list[Decimal] = []
    by_mode: dict[TransportMode | None, list[Decimal]] = {}
    for row in done:
        if row.co2_tonnes and row.co2_offset is not None:
            rates.append(row.co2_offset / row.co2_tonnes)
        per_day = _per_traveller_day(
            total_costs(row.travel_and_stay, row.other_costs, row.co2_offset),
            row.start_date,
            row.end_date,
            travellers.get(row.id, 0),
        )
        if per_day is not None:
            by_mode.setdefault(_main_mode_among(modes.get(row.id, [])), []).append(per_day)
    return _norms(rates, by_mode)


def _trip_findings(
    trips: list[Trip],
    today: dt.date,
    norms: TripNorms | None = None,
    policy: TravelPolicy | None = None,
) -> list[Finding]:
    findings: list[Finding] = []

    def add(trip: Trip, message: str, questions: frozenset[Questioned] = frozenset()) -> None:
        findings.append(
            Finding(RegisterKey.TRIPS, trip.id, _trip_subject(trip), message, questions)
        )

    norms = norms or _norms_of(trips)
    median_rate, median_cost = norms.median_rate, norms.median_cost

    for trip in trips:
        modes = {t.mode for t in trip.transport}
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
            if trip.start_date and term_on(traveller.official, trip.start_date) is None:
                add(
                    trip,
                    _(
                        "{name} was not in office on the date of the trip according to "
                        "the terms of office."
                    ).format(name=traveller.official.name),
                )
    return findings


def _outside_dates_findings(session: Session, trip_ids: list[int] | None) -> list[Finding]:
    """Programme items and stays outside the trip's dates (moved dates, a typing slip):
    a warning, as a stay may start the evening before. Column queries, for any number of
    trips."""
    findings: list[Finding] = []
    day = ProgrammeItem.day
    items = (
        select(Trip, day)
        .join(ProgrammeItem, ProgrammeItem.trip_id == Trip.id)
        .where((day < Trip.start_date) | (day > Trip.end_date))
        .order_by(Trip.id, day)
    )
    stays = (
        select(Trip, TripStay.hotel)
        .join(TripStay, TripStay.trip_id == Trip.id)
        .where((TripStay.check_in < Trip.start_date) | (TripStay.check_out > Trip.end_date))
        .order_by(Trip.id, TripStay.position)
    )
    if trip_ids is not None:
        items, stays = items.where(Trip.id.in_(trip_ids)), stays.where(Trip.id.in_(trip_ids))
    for trip, item_day in session.execute(items.distinct()):
        message = _("has a programme item on {day}, outside the trip's dates.")
        findings.append(
            Finding(
                RegisterKey.TRIPS,
                trip.id,
                _trip_subject(trip),
                message.format(day=long_date(item_day)),
            )
        )
    for trip, hotel in session.execute(stays):
        message = _("has a stay at {hotel} outside the trip's dates.")
        findings.append(
            Finding(RegisterKey.TRIPS, trip.id, _trip_subject(trip), message.format(hotel=hotel))
        )
    return findings


def _main_mode(trip: Trip) -> TransportMode | None:
    return _main_mode_among([t.mode for t in trip.transport])


def _main_mode_among(modes: list[TransportMode]) -> TransportMode | None:
    """The mode that decides the cost level: a flight, else the first mode named."""
    if TransportMode.PLANE in modes:
        return TransportMode.PLANE
    return modes[0] if modes else None


def _agreement_findings(
    session: Session, today: dt.date, agreement_id: int | None = None
) -> list[Finding]:
    findings = []
    query = select(Agreement).options(selectinload(Agreement.documents))
    if agreement_id is not None:
        query = query.where(Agreement.id == agreement_id)
    for agreement in session.scalars(query):
        subject = _("Agreement '{title}'").format(title=agreement.title)
        if (
            agreement.status is AgreementStatus.ACTIVE
            and agreement.valid_until
            and agreement.valid_until < today
        ):
            findings.append(
                Finding(
                    RegisterKey.AGREEMENTS,
                    agreement.id,
                    subject,
                    _("is marked active, but has expired."),
                )
            )
        if agreement.status is AgreementStatus.ACTIVE and not agreement.documents:
            findings.append(
                Finding(
                    RegisterKey.AGREEMENTS,
                    agreement.id,
                    subject,
                    _("is active, but the signed document is missing."),
                )
            )
    return findings


def _budget_findings(session: Session, year: int) -> list[Finding]:
    findings = []
    for use in budget_use(session, year):
        if use.left is not None and use.left < 0:
            findings.append(
                Finding(
                    RegisterKey.BUDGET,
                    use.line.id,
                    _("Budget line '{name}' ({year})").format(name=use.line.name, year=year),
                    _("is overrun by {amount}.").format(amount=money(-use.left)),
                )
            )
    return findings


def plausibility_findings(
    session: Session, today: dt.date | None = None, *, trips_since: dt.date | None = None
) -> list[Finding]:
    """Every finding; with `trips_since`, only about trips from that date on (and those
    without a date), measured against the norms of the whole archive."""
    today = today or dt.date.today()
    if trips_since is None:
        trip_part = _trip_findings(list_trips(session), today, policy=travel_policy(session))
        dates = _outside_dates_findings(session, None)
    else:
        recent = session.scalars(
            trips_query().where((Trip.start_date >= trips_since) | Trip.start_date.is_(None))
        ).all()
        trip_part = _trip_findings(list(recent), today, trip_norms(session), travel_policy(session))
        dates = _outside_dates_findings(session, [trip.id for trip in recent])
    return (
        trip_part
        + dates
        + _agreement_findings(session, today)
        + _budget_findings(session, today.year)
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
    found = _trip_findings(
        list(trips), today, trip_norms(session, started=started), travel_policy(session)
    )
    found += _outside_dates_findings(session, ids)
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
        trip = session.scalars(trips_query().where(Trip.id == record_id)).one_or_none()
        if trip is None:
            return []
        policy = travel_policy(session)
        return _trip_findings([trip], today, norms or trip_norms(session), policy) + (
            _outside_dates_findings(session, [record_id])
        )
    if register == RegisterKey.AGREEMENTS:
        return _agreement_findings(session, today, record_id)
    if register == RegisterKey.BUDGET:
        line = session.get(BudgetLine, record_id)
        if line is None:
            return []
        return [f for f in _budget_findings(session, line.year) if f.record_id == record_id]
    return []
