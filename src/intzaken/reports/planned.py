"""Voorgenomen buitenlandse ambtsreizen for a period, in the form of Rotterdam's letter to
the council of June 2025: per trip the destination, the subject, who goes, the month and
what the trip is for."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.enums import TripStatus
from ..domain.models import Organisation, Trip
from ..formatting import money, month_range, tonnes
from ..i18n import _, ngettext
from ..services.compensation import expected_compensation
from ..services.organisation import get_organisation
from ..services.reporting import trips_between
from .content import Block, Gap, Grid, Heading, Text, Together, body
from .content_pdf import flowables
from .council_letter import as_letter, letter_day, letter_facts
from .job import Job, ReportError
from .pdf import Report
from .wording import capitalised, kind_heading, places_text, travellers_text, trip_when

PLANNED_STATUSES = (TripStatus.PLANNED, TripStatus.APPROVED)
MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_month(value: str | dt.date, what: str) -> dt.date:
    """The first day of a month given as "2025-06" (or a date), or a ReportError."""
    if isinstance(value, dt.date):
        return value.replace(day=1)
    match = MONTH.match(value or "")
    if not match or not 1 <= int(match[2]) <= 12:
        raise ReportError(
            _(
                "Period: {what} '{value}' is not a valid month; write yyyy-mm, for example 2025-06."
            ).format(what=what, value=value)
        )
    return dt.date(int(match[1]), int(match[2]), 1)


def period(start: str | dt.date, end: str | dt.date) -> tuple[dt.date, dt.date]:
    first = parse_month(start, _("the first month"))
    last_month = parse_month(end, _("the last month"))
    if last_month < first:
        raise ReportError(
            _("Period: the first month ({first}) is after the last ({last}).").format(
                first=f"{first:%Y-%m}", last=f"{last_month:%Y-%m}"
            )
        )
    last = last_month.replace(day=calendar.monthrange(last_month.year, last_month.month)[1])
    return first, last


def _intro(organisation: Organisation | None, when: str) -> str:
    city = organisation.name if organisation else _("the municipality")
    return _(
        "The board of mayor and aldermen of {city} hereby informs the municipal "
        "council of the official trips abroad it intends to make in the period {when}. "
        "For each trip the destination, the subject, the official and the month are "
        "given, with an explanation of its purpose. Afterwards the costs and, for trips "
        "by plane, the CO₂ emissions are accounted for in the annual overview of "
        "official trips abroad."
    ).format(city=city, when=when)


def _estimate_lines(trip: Trip, compensation: Decimal | None) -> list[Block]:
    """The CO₂ estimated from the trip's route, with its expected compensation."""
    if trip.co2_estimate is None:
        return []
    text = _("Estimated CO₂ emissions: {tonnes} t").format(tonnes=tonnes(trip.co2_estimate))
    if compensation is not None:
        text = _("{estimate}; expected compensation {amount}").format(
            estimate=text, amount=money(compensation)
        )
    return [Text(text, "Meta")]


def _total_lines(trips: list[Trip], compensations: dict[int, Decimal | None]) -> list[Block]:
    estimated = [t.co2_estimate for t in trips if t.co2_estimate is not None]
    if not estimated:
        return []
    total = sum(estimated, Decimal(0))
    paid = [amount for amount in compensations.values() if amount is not None]
    text = ngettext(
        "Estimated CO₂ emissions of {count} trip: {tonnes} t",
        "Estimated CO₂ emissions of {count} trips: {tonnes} t",
        len(estimated),
    ).format(count=len(estimated), tonnes=tonnes(total))
    if paid:
        text = _("{estimate}; expected compensation {amount}").format(
            estimate=text, amount=money(sum(paid, Decimal(0)))
        )
    return [Gap(2), Text(text)]


def report_trips(
    session: Session, *, start: str | dt.date, end: str | dt.date, **_other: object
) -> list[Trip]:
    """The trips the letter names: planned or approved, starting in the period."""
    first, last = period(start, end)
    return trips_between(session, first, last, PLANNED_STATUSES)


def build(
    session: Session,
    job: Job,
    *,
    start: str | dt.date,
    end: str | dt.date,
    as_of: dt.date,
    reference: str | None = None,
    letter_date: str | dt.date | None = None,
    findings: object = None,  # the preflight's; the letter marks no figure with them
) -> Report:
    """The letter to the council, as a raadsinformatiebrief (council_letter.py) dated
    `letter_date` (default: `as_of`) with the kenmerk `reference`."""
    first, last = period(start, end)
    day = letter_day(letter_date, as_of)
    when = month_range(first, last)
    trips = report_trips(session, start=first, end=last)
    if not trips:
        raise ReportError(_("There are no planned trips in the period {when}.").format(when=when))
    title = _("Planned official trips abroad")
    subject = _("Planned official trips abroad {when}").format(when=when)
    story: list[Block] = [Text(_intro(get_organisation(session), when)), Gap(4)]
    compensations = {trip.id: expected_compensation(session, trip) for trip in trips}
    for trip in trips:
        job.check()
        block: list[Block] = [
            Heading(kind_heading(trip.kind, places_text(trip, brackets=True)), 0),
            Text(trip.title, "Lead"),
            Text(_("by {travellers}").format(travellers=travellers_text(trip, as_of)), "Meta"),
            Text(capitalised(trip_when(trip)), "Meta"),
            *_estimate_lines(trip, compensations[trip.id]),
            Gap(1.5),
            *body(trip.purpose),
        ]
        story += [Together(block), Gap(5)]
    story += [
        Heading(_("Overview"), 0),
        Grid(
            (_("When"), _("Destination"), _("Official"), _("Subject"), _("CO₂ (estimated)")),
            [
                [
                    capitalised(trip_when(t)),
                    places_text(t, brackets=True),
                    travellers_text(t, as_of),
                    t.title,
                    _("{tonnes} t").format(tonnes=tonnes(t.co2_estimate))
                    if t.co2_estimate is not None
                    else "",
                ]
                for t in trips
            ],
            (1.1, 1.5, 1.3, 2.0, 0.9),
        ),
        *_total_lines(trips, compensations),
    ]
    facts = letter_facts(session, subject=subject, day=day, reference=reference)
    story = as_letter(facts, story)
    return Report(
        title=f"{title} {when}",
        subject=subject,
        story=flowables(story),
        content=story,
        meta={"trips": len(trips), "first": first, "last": last, "letter": facts},
    )
