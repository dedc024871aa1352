"""What a careful controller would question before figures go to the council.

Findings are warnings: they never block a save, they ask someone to look.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AgreementStatus, DatePrecision, TransportMode, TripStatus
from ..domain.labels import label
from ..domain.models import Agreement, Trip
from ..domain.titles import term_on
from ..formatting import long_date, money, month_year
from .budget import budget_use
from .trips import list_trips

# How far a trip's CO2 offset rate may stray from the median rate before it is questioned.
OFFSET_RATE_TOLERANCE = Decimal("0.25")
# Costs per traveller-day above this multiple of the median of comparable trips stand out.
COST_OUTLIER_FACTOR = 3
MIN_COMPARABLE_TRIPS = 5


@dataclass(frozen=True)
class Finding:
    register: str  # "trips", "agreements", "budget"
    record_id: int
    subject: str  # what the finding is about, for the user
    message: str  # Dutch


def _trip_subject(trip: Trip) -> str:
    if trip.start_date is None:
        when = "zonder datum"
    elif trip.date_precision is DatePrecision.MONTH:
        when = month_year(trip.start_date)
    else:
        when = long_date(trip.start_date)
    return f"Reis '{trip.title}' ({when})"


def _offset_rate(trip: Trip) -> Decimal | None:
    if trip.co2_tonnes and trip.co2_offset is not None:
        return trip.co2_offset / trip.co2_tonnes
    return None


def _cost_per_day(trip: Trip) -> Decimal | None:
    if not trip.start_date or not trip.end_date or not trip.travellers:
        return None
    days = (trip.end_date - trip.start_date).days + 1
    return trip.total_costs / (days * len(trip.travellers))


def _trip_findings(trips: list[Trip], today: dt.date) -> list[Finding]:
    findings: list[Finding] = []

    def add(trip: Trip, message: str) -> None:
        findings.append(Finding("trips", trip.id, _trip_subject(trip), message))

    done = [t for t in trips if t.status is TripStatus.DONE]
    rates = [r for t in done if (r := _offset_rate(t)) is not None]
    median_rate = statistics.median(rates) if len(rates) >= MIN_COMPARABLE_TRIPS else None
    by_mode: dict[TransportMode | None, list[Decimal]] = {}
    for trip in done:
        per_day = _cost_per_day(trip)
        if per_day is not None:
            by_mode.setdefault(_main_mode(trip), []).append(per_day)
    median_cost = {mode: statistics.median(values) for mode, values in by_mode.items()
                   if len(values) >= MIN_COMPARABLE_TRIPS}

    for trip in trips:
        modes = {t.mode for t in trip.transport}
        if trip.status is TripStatus.DONE:
            if trip.start_date and trip.start_date > today:
                add(trip, "staat op uitgevoerd, maar begint pas in de toekomst.")
            if TransportMode.PLANE in modes and trip.co2_tonnes is None:
                add(trip, "is met het vliegtuig gemaakt, maar de CO2-uitstoot ontbreekt.")
            if TransportMode.PLANE in modes and trip.co2_tonnes and trip.co2_offset is None:
                add(trip, "heeft CO2-uitstoot, maar geen CO2-compensatie.")
            if trip.travel_and_stay is None:
                add(trip, "is uitgevoerd, maar de reis- en verblijfkosten ontbreken.")
            if not modes:
                add(trip, "is uitgevoerd, maar het vervoersmiddel ontbreekt.")
        if trip.co2_tonnes and TransportMode.PLANE not in modes:
            add(trip, "heeft CO2-uitstoot, maar het vliegtuig staat niet bij de vervoersmiddelen.")
        rate = _offset_rate(trip)
        if rate is not None and median_rate \
                and abs(rate - median_rate) > median_rate * OFFSET_RATE_TOLERANCE:
            add(trip, f"CO2-compensatie van {money(rate)} per ton wijkt sterk af van de "
                      f"gebruikelijke {money(median_rate)} per ton; klopt de uitstoot "
                      "of het bedrag?")
        per_day = _cost_per_day(trip)
        typical = median_cost.get(_main_mode(trip))
        if per_day is not None and typical and per_day > typical * COST_OUTLIER_FACTOR:
            add(trip, f"kost {money(per_day)} per reiziger per dag, meer dan "
                      f"{COST_OUTLIER_FACTOR} keer het gebruikelijke {money(typical)} bij "
                      "vergelijkbare reizen.")
        if trip.status in (TripStatus.PLANNED, TripStatus.APPROVED) and trip.end_date \
                and trip.end_date < today:
            add(trip, f"is voorbij maar staat nog op '{label(trip.status)}'; "
                      "is de status bijgewerkt?")
        for traveller in trip.travellers:
            if trip.start_date and term_on(traveller.official, trip.start_date) is None:
                add(trip, f"{traveller.official.name} was op de reisdatum niet in functie "
                          "volgens de ambtstermijnen.")
    return findings


def _main_mode(trip: Trip) -> TransportMode | None:
    """The mode that decides the cost level: a flight, else the first mode named."""
    modes = [t.mode for t in trip.transport]
    if TransportMode.PLANE in modes:
        return TransportMode.PLANE
    return modes[0] if modes else None


def _agreement_findings(session: Session, today: dt.date) -> list[Finding]:
    findings = []
    for agreement in session.scalars(select(Agreement)):
        subject = f"Overeenkomst '{agreement.title}'"
        if agreement.status is AgreementStatus.ACTIVE and agreement.valid_until \
                and agreement.valid_until < today:
            findings.append(Finding("agreements", agreement.id, subject,
                                    "staat op actief, maar is verlopen."))
        if agreement.status is AgreementStatus.ACTIVE and not agreement.documents:
            findings.append(Finding("agreements", agreement.id, subject,
                                    "is actief, maar het getekende document ontbreekt."))
    return findings


def _budget_findings(session: Session, year: int) -> list[Finding]:
    findings = []
    for use in budget_use(session, year):
        if use.left < 0:
            findings.append(Finding(
                "budget", use.line.id, f"Begrotingspost '{use.line.name}' ({year})",
                f"is overschreden met {money(-use.left)}."))
    return findings


def plausibility_findings(session: Session, today: dt.date | None = None) -> list[Finding]:
    today = today or dt.date.today()
    return (_trip_findings(list_trips(session), today) + _agreement_findings(session, today)
            + _budget_findings(session, today.year))
