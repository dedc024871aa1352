"""The logistics and emergency page (legs in local times with their zones, the stay,
local transport, the contact on the ground, per country the embassy, emergency number,
travel advice with its date and the time difference with the Netherlands) and the
budget line with the estimated costs."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, PageBreak, Paragraph
from sqlalchemy.orm import Session

from ...domain.enums import TripStatus
from ...domain.labels import label
from ...domain.models import CountryFacts, Trip, TripLeg
from ...formatting import country_name, date_range, long_date, money, percent, short_date
from ...i18n import _
from ...services.briefing_facts import hours_from_home, time_difference_text
from ...services.budget import budget_use
from ..markup import paragraphs, text
from ..pdf import heading
from ..styles import styles
from ..tables import data_table
from ..wording import total_costs_text
from .common import person, present_rows, reach, titled

ESTIMATED = (TripStatus.IDEA, TripStatus.PLANNED, TripStatus.APPROVED)


def _local(moment: dt.datetime | None, zone: str) -> str:
    if moment is None:
        return ""
    return f"{short_date(moment.date())} {moment:%H:%M}" + (f"\n{zone}" if zone else "")


def _legs(trip: Trip) -> list[Flowable]:
    if not trip.legs:
        return []

    def service(leg: TripLeg) -> str:
        what = " ".join(p for p in (leg.carrier, leg.number) if p)
        return f"{label(leg.mode)}\n{what}" if what else label(leg.mode)

    rows = [
        [
            service(leg),
            f"{leg.from_place}\n{_local(leg.departure, leg.departure_time_zone)}".strip(),
            f"{leg.to_place}\n{_local(leg.arrival, leg.arrival_time_zone)}".strip(),
            leg.reference,
        ]
        for leg in trip.legs
    ]
    return [
        titled(
            _("Journey (local times)"),
            data_table(
                (_("Transport"), _("Departure"), _("Arrival"), _("Booking")),
                rows,
                (1.4, 2.2, 2.2, 1.0),
            ),
        ),
    ]


def _stays(trip: Trip) -> list[Flowable]:
    if not trip.stays:
        return []
    rows = [
        [
            stay.hotel,
            "\n".join(p for p in (stay.address, stay.phone) if p),
            date_range(stay.check_in, stay.check_out),
            stay.notes,
        ]
        for stay in trip.stays
    ]
    return [
        titled(
            _("Stay"),
            data_table(
                (_("Hotel"), _("Address and phone"), _("Dates"), _("Notes")),
                rows,
                (1.7, 2.2, 1.5, 1.4),
            ),
        ),
    ]


def _on_the_ground(trip: Trip) -> list[Flowable]:
    ground = trip.ground_contact
    local = paragraphs(trip.local_transport)
    rows = present_rows(
        [
            (
                _("Contact on the ground"),
                "\n".join(p for p in (person(ground), reach(ground)) if p) if ground else None,
            ),
            (
                _("Local transport"),
                Paragraph("<br/><br/>".join(local), styles()["Cell"]) if local else None,
            ),
        ],
        0.27,
    )
    return [Paragraph(_("On the ground"), styles()["Heading3"]), *rows] if rows else []


def _advice(facts: CountryFacts) -> str:
    if facts.travel_advice is None:
        return ""
    colour = label(facts.travel_advice)
    if facts.travel_advice_checked is None:
        return colour
    return _("{colour} (checked on {date})").format(
        colour=colour, date=long_date(facts.travel_advice_checked)
    )


def _country(trip: Trip, code: str, stored: str, facts: CountryFacts) -> list[Flowable]:
    moment = dt.datetime.combine(trip.start_date or dt.date.today(), dt.time(12))
    difference = hours_from_home(facts.time_zone, moment)
    embassy = "\n".join(p for p in (facts.embassy_name, facts.embassy_address) if p)
    phones = [
        _("phone {number}").format(number=facts.embassy_phone) if facts.embassy_phone else "",
        _("in an emergency {number}").format(number=facts.embassy_emergency_phone)
        if facts.embassy_emergency_phone
        else "",
    ]
    rows = present_rows(
        [
            (_("Emergency number"), facts.local_emergency_number),
            (_("Embassy or consulate"), embassy),
            (_("Embassy phone"), "\n".join(p for p in phones if p)),
            (_("Travel advice"), _advice(facts)),
            (
                _("Time"),
                f"{facts.time_zone}: {time_difference_text(difference)}"
                if difference is not None
                else "",
            ),
            (_("Currency"), facts.currency),
            (_("Languages"), facts.languages),
            (_("Notes"), facts.notes),
        ],
        0.27,
    )
    if not rows:
        return []
    return [Paragraph(text(country_name(code, stored)), styles()["Heading3"]), *rows]


def logistics(trip: Trip, facts: dict[str, CountryFacts]) -> list[Flowable]:
    body = _legs(trip) + _stays(trip) + _on_the_ground(trip)
    seen: set[str] = set()
    for destination in trip.destinations:
        code = destination.country_code
        if code in seen or code not in facts:
            continue
        seen.add(code)
        body += _country(trip, code, destination.country.name, facts[code])
    if not body:
        return []
    # On a page of its own: the page to keep at hand (or copy) on the way.
    return [PageBreak(), heading(_("Logistics and emergencies"), 0), *body]


def budget(session: Session, trip: Trip) -> list[Flowable]:
    """The budget line the trip is booked on and its (estimated) costs; nothing when
    neither is known."""
    costs = [
        (_("Travel and stay"), trip.travel_and_stay),
        (_("Other costs"), trip.other_costs),
        (_("CO₂ offset"), trip.co2_offset),
    ]
    known = [(name, money(value)) for name, value in costs if value is not None]
    if known:
        known.append((_("Total"), total_costs_text(trip)))
    line = trip.budget_line
    pairs: list[tuple[str, str]] = []
    if line is not None:
        pairs.append((_("Budget line"), f"{line.name} ({line.year})"))
        use = next(u for u in budget_use(session, line.year) if u.line.id == line.id)
        # A line whose amount no source gives (None) has no "left": only what is used.
        if line.amount is not None:
            pairs.append((_("Budgeted"), money(line.amount)))
        pairs.append((_("Spent and committed"), money(use.spent + use.committed)))
        if use.left is not None:
            overrun = " " + _("(line overrun)") if use.overrun else ""
            pairs.append((_("Left"), money(use.left) + overrun))
        if use.used_fraction is not None:
            pairs.append((_("Used"), percent(use.used_fraction)))
    if not pairs and not known:
        return []
    title = _("Estimated costs") if trip.status in ESTIMATED else _("Costs")
    story: list[Flowable] = [heading(_("Budget and costs"), 0), *present_rows(pairs, 0.27)]
    if known:
        story += [Paragraph(title, styles()["Heading3"]), *present_rows(known, 0.27)]
    return story
