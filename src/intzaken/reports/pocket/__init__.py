"""Zakprogramma: the programme and the emergency numbers to carry, in local times, on
A5, two A5 pages per A4 sheet, or one narrow column for a phone (pocket/page.py).

Plain paragraphs rather than tables, so the same story flows on every width.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph
from sqlalchemy.orm import Session

from ...domain.models import ProgrammeItem, Trip
from ...formatting import weekday_date
from ...i18n import _
from ...services.country_facts import facts_by_country
from ...services.reporting import get_trip
from ..briefing.common import item_time
from ..briefing.glance import emergency_lines
from ..briefing.programme import keep_items
from ..job import Job, ReportError
from ..markup import text
from ..pdf import Report, heading
from ..styles import styles
from ..wording import places_text, trip_when
from .page import PocketLayout, pocket_writer

__all__ = ["PocketLayout", "build"]


def _style(name: str) -> ParagraphStyle:
    return styles()[name]


def _item(item: ProgrammeItem, trip: Trip) -> list[Flowable]:
    when = item_time(item, trip.time_zone)
    title = f"<b>{text(when)}</b>&nbsp;&nbsp;{text(item.activity)}" if when else text(item.activity)
    parts: list[Flowable] = [Paragraph(title, _style("Lead"))]
    where = ", ".join(p for p in (item.place, item.address) if p)
    if where:
        parts.append(Paragraph(text(where), _style("Cell")))
    if item.contacts:
        met = "; ".join(
            ", ".join(p for p in (c.name, c.function, c.organisation) if p) for c in item.contacts
        )
        parts.append(Paragraph(text(_("With: {people}").format(people=met)), _style("Cell")))
    extras = [
        _("Dress code: {value}").format(value=item.dress_code) if item.dress_code else "",
        _("Gifts: {value}").format(value=item.gifts) if item.gifts else "",
    ]
    if any(extras):
        parts.append(Paragraph(text(" · ".join(e for e in extras if e)), _style("Small")))
    return parts


def _layout(value: PocketLayout | str) -> PocketLayout:
    try:
        return PocketLayout(value)
    except ValueError:
        raise ReportError(
            _("Unknown layout '{layout}'; choose from {layouts}.").format(
                layout=value, layouts=", ".join(PocketLayout)
            )
        ) from None


def build(
    session: Session,
    job: Job,
    *,
    trip_id: int,
    as_of: dt.date,
    layout: PocketLayout | str = PocketLayout.A5,
) -> Report:
    chosen = _layout(layout)
    trip = get_trip(session, trip_id)
    facts = facts_by_country(session, [d.country_code for d in trip.destinations])
    story: list[Flowable] = [
        Paragraph(text(trip.title), _style("Heading1")),
        Paragraph(text(f"{places_text(trip)}, {trip_when(trip)}"), _style("Meta")),
    ]
    if trip.time_zone:
        story.append(
            Paragraph(
                text(_("All times are local ({zone}).").format(zone=trip.time_zone)),
                _style("Small"),
            )
        )
    for day, items in groupby(trip.programme, key=lambda item: item.day):
        story += keep_items(heading(text(weekday_date(day)), 1), items, trip, _item)
    numbers = emergency_lines(trip, facts)  # the hotel with its address and phone too
    if numbers:
        # Together on one page: the numbers are looked up in a hurry.
        story.append(
            KeepTogether(
                [heading(_("Emergency numbers"), 0)]
                + [Paragraph(text(line), _style("Body")) for line in numbers]
            )
        )
    job.step(20, _("Laying out"))
    return Report(
        title=_("Pocket programme {title}").format(title=trip.title),
        subject=_("Programme and emergency numbers of the trip {title}").format(title=trip.title),
        story=story,
        meta={"trip": trip.id, "layout": str(chosen)},
        writer=pocket_writer(chosen),
    )
