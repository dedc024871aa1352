"""Reiskaart: one page per trip with everything known about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak, Paragraph
from sqlalchemy.orm import Session

from ..domain.enums import DatePrecision, TripStatus
from ..domain.labels import label
from ..domain.models import Trip, TripGift
from ..domain.titles import titled_name
from ..formatting import country_name, long_date, money, tonnes
from ..i18n import _
from ..services.cost_columns import estimate_comparison
from ..services.known_figures import expects_co2, unknown_text
from ..services.reporting import get_trip, relations_of_trip
from ..services.trip_links import TripAgreement, agreements_of_trip
from .annual_columns import signed
from .content import Gap
from .content_pdf import flowables
from .job import Job, ReportError
from .markup import paragraphs, text
from .pdf import Report, heading
from .sources_section import sources_blocks
from .styles import styles
from .tables import key_value_table
from .wording import (
    capitalised,
    kind_heading,
    places_text,
    themes_text,
    total_costs_text,
    transport_text,
    trip_day,
    trip_when,
)

NOT_YET_KNOWN = (TripStatus.IDEA, TripStatus.PLANNED, TripStatus.APPROVED)


def lines(items: Sequence[str], empty: str = "-") -> Paragraph:
    """Several values in one cell, one per line, each printed exactly as typed."""
    markup = "<br/>".join(text(item) for item in items) if items else text(empty)
    return Paragraph(markup, styles()["Cell"])


def _figure(trip: Trip, value: Decimal | None, shown: str, *, expected: bool = True) -> str:
    """A figure, or why there is none: not yet known before the trip, unknown after it
    (never "-", which reads as nothing), "-" only where none is expected (CO2 by train)."""
    if value is not None:
        return shown
    if trip.status in NOT_YET_KNOWN:
        return _("not yet known")
    return unknown_text() if expected else "-"


def _travellers(trip: Trip, as_of: dt.date) -> list[str]:
    day = trip_day(trip, as_of)
    several = len(trip.travellers) > 1
    return [
        titled_name(t.official, day, as_of)
        + (" " + _("(delegation leader)") if t.is_lead and several else "")
        for t in trip.travellers
    ]


def _destinations(trip: Trip) -> list[str]:
    return [
        f"{d.place.name} ({country_name(d.country_code, d.country.name)})"
        if d.place
        else country_name(d.country_code, d.country.name)
        for d in trip.destinations
    ]


def _delegation(trip: Trip) -> list[str]:
    result = []
    for member in trip.delegation:
        who = ", ".join(p for p in (member.name, member.function) if p)
        result.append(f"{who} – {member.organisation}" if who else member.organisation)
    return result


def _dates(trip: Trip) -> str:
    when = trip_when(trip)
    if trip.date_precision is not DatePrecision.DAY and trip.start_date is not None:
        return _("{when} (exact dates not yet known)").format(when=when)
    return when


def _agreements(trip: Trip) -> list[str]:
    session = Session.object_session(trip)
    found = agreements_of_trip(session, trip) if session is not None else []
    return [_agreement(item) for item in found]


def _agreement(item: TripAgreement) -> str:
    agreement = item.agreement
    facts = [label(agreement.kind)]
    if agreement.signed_on:
        facts.append(_("signed {date}").format(date=long_date(agreement.signed_on)))
    facts.append(label(agreement.status))
    if not item.linked:
        facts.append(_("signed during this trip, not linked to it"))
    return f"{agreement.title} ({', '.join(facts)})"


def _follow_ups(trip: Trip) -> list[str]:
    result = []
    for follow_up in trip.follow_ups:
        state = _("done") if follow_up.done else _("open")
        if follow_up.due is not None:
            state = _("due {date}, {state}").format(date=long_date(follow_up.due), state=state)
        result.append(f"{follow_up.description} ({state})")
    return result


def _columns(trip: Trip) -> list[tuple[str, str | Flowable]]:
    """The columns councils ask for (issue 21), where the trip has them: the estimate,
    what it came to, what others paid and the cancellation costs (in neither total)."""
    found: list[tuple[str, str | Flowable]] = []
    estimates = (
        (_("Estimate of travel and stay"), trip.estimated_travel_and_stay),
        (_("Estimate of other costs"), trip.estimated_other_costs),
    )
    found += [(name, money(value, whole=True)) for name, value in estimates if value is not None]
    compared = estimate_comparison(trip)
    if compared is not None:
        found.append((_("Actual minus estimate"), signed(compared.difference)))
    if trip.third_party_costs is not None or trip.third_party_payer:
        paid = money(trip.third_party_costs, whole=True) if trip.third_party_costs else ""
        who = f"({trip.third_party_payer})" if paid and trip.third_party_payer else ""
        found.append(
            (
                _("Paid by a third party"),
                " ".join(p for p in (paid, who) if p) or trip.third_party_payer,
            )
        )
    if trip.cancellation_costs is not None:
        found.append(
            (
                _("Cancellation costs"),
                _("{amount} (in neither total)").format(
                    amount=money(trip.cancellation_costs, whole=True)
                ),
            )
        )
    return found


def gift_text(gift: TripGift) -> str:
    """ "Delfts blauw bord – from: the mayor of Nantes – € 150,- – kept at: Kabinet"."""
    parts = [gift.description]
    if gift.giver:
        parts.append(_("from: {giver}").format(giver=gift.giver))
    if gift.value is not None:
        parts.append(money(gift.value, whole=True))
    if gift.kept_at:
        parts.append(_("kept at: {place}").format(place=gift.kept_at))
    return " – ".join(parts)


def _purpose(trip: Trip) -> Paragraph:
    parts = paragraphs(trip.purpose) or [text("-")]
    return Paragraph("<br/><br/>".join(parts), styles()["Cell"])


def card_flowables(trip: Trip, as_of: dt.date, *, toc: bool = True) -> list[Flowable]:
    """The card of one trip (also printed at the end of a briefing pack)."""
    s = styles()
    co2 = expects_co2(trip)
    costs = [
        (
            _("Travel and stay"),
            _figure(trip, trip.travel_and_stay, money(trip.travel_and_stay, whole=True)),
        ),
        (_("Other costs"), _figure(trip, trip.other_costs, money(trip.other_costs, whole=True))),
        (
            _("CO₂ emissions"),
            _figure(
                trip,
                trip.co2_tonnes,
                _("{tonnes} tonnes").format(tonnes=tonnes(trip.co2_tonnes)),
                expected=co2,
            ),
        ),
        (
            _("CO₂ offset"),
            _figure(trip, trip.co2_offset, money(trip.co2_offset, whole=True), expected=co2),
        ),
    ]
    if any(v is not None for v in (trip.travel_and_stay, trip.other_costs, trip.co2_offset)):
        costs.append((_("Total costs"), total_costs_text(trip, whole=True)))
    costs += _columns(trip)
    line = trip.budget_line
    none = _("none")
    pairs: list[tuple[str, str | Flowable]] = [
        (_("Kind"), capitalised(label(trip.kind))),
        (_("Themes"), themes_text(trip.themes) or "-"),
        (_("Travellers"), lines(_travellers(trip, as_of))),
        (_("Destinations"), lines(_destinations(trip))),
        (_("Dates"), _dates(trip)),
        (_("Purpose"), _purpose(trip)),
        (_("Delegation"), lines(_delegation(trip), none)),
        (_("Transport"), transport_text(trip) or "-"),
        *costs,
        (_("Budget line"), f"{line.name} ({line.year})" if line else none),
        (
            _("Relations"),
            lines(
                [
                    f"{r.place.name} ({label(r.kind)}, {label(r.status)})"
                    for r in relations_of_trip(trip)
                ],
                none,
            ),
        ),
        (_("Networks"), lines([f"{n.name} ({label(n.role)})" for n in trip.networks], none)),
        (_("Agreements"), lines(_agreements(trip), none)),
        (_("Follow-up actions"), lines(_follow_ups(trip), none)),
    ]
    if trip.gifts:
        pairs.append((_("Gifts received"), lines([gift_text(g) for g in trip.gifts])))
    if trip.outcomes:
        pairs.append(
            (_("Outcomes"), Paragraph("<br/><br/>".join(paragraphs(trip.outcomes)), s["Cell"]))
        )
    pairs.append((_("Status"), capitalised(label(trip.status))))
    return [
        Paragraph(text(_("Trip card")), s["Meta"]),
        heading(text(trip.title), 0, toc=toc),
        Paragraph(
            text(f"{kind_heading(trip.kind, places_text(trip))}, {trip_when(trip)}"),
            s["Subtitle"],
        ),
        key_value_table(pairs),
    ]


def build(
    session: Session,
    job: Job,
    *,
    trip_ids: Sequence[int] | int,
    as_of: dt.date,
    sources: bool = False,
) -> Report:
    ids = [trip_ids] if isinstance(trip_ids, int) else list(trip_ids)
    if not ids:
        raise ReportError(_("Choose at least one trip for the trip card."))
    trips = [get_trip(session, trip_id) for trip_id in ids]
    story: list[Flowable] = []
    for index, trip in enumerate(trips):
        job.check()
        if index:
            story.append(PageBreak())
        story += card_flowables(trip, as_of)
    if sources:  # where each card's facts come from (sources_section.py)
        story += flowables([Gap(6), *sources_blocks([(trip.title, trip) for trip in trips])])
    title = (
        _("Trip card {title}").format(title=trips[0].title)
        if len(trips) == 1
        else _("Trip cards ({count} trips)").format(count=len(trips))
    )
    return Report(
        title=title,
        subject=_("Trip card of an official trip abroad"),
        story=story,
        meta={"trips": len(trips)},
    )
