"""A mission's programme as calendar events (RFC 5545), one per programme item, in the
local time of the item with its time zone (TZID and VTIMEZONE).

Written with the `icalendar` library rather than by hand like the trips' file (ics.py):
a VTIMEZONE with the zone's rules and its daylight saving changes is taken from the zone
database, not something to write out by hand.

UIDs are stable from one export to the next: the trip, the day and the item's place in
that day (the services renumber items when a trip is saved, so the record id would
change). Importing the file again updates the events instead of adding them twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from ..domain.models import ProgrammeItem, Trip
from ..i18n import _
from ..services.organisation import get_organisation
from ..services.reporting import get_trip
from ..services.time_zones import is_known_zone, zone
from .export import replacing

DEFAULT_LENGTH = dt.timedelta(hours=1)  # an item with a start and no end


def _uid_domain(session: Session) -> str:
    organisation = get_organisation(session)
    name = organisation.name if organisation else "Intzaken"
    return f"{hashlib.sha256(name.encode('utf-8')).hexdigest()[:12]}.intzaken"


def _moments(
    item: ProgrammeItem, trip: Trip
) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    """Start and end: local times with their zone, floating times where no zone is
    known, or the whole day for an item without a time."""
    if item.time is None:
        return item.day, item.day + dt.timedelta(days=1)
    name = item.time_zone or trip.time_zone
    tz = zone(name) if name and is_known_zone(name) else None
    start = dt.datetime.combine(item.day, item.time, tzinfo=tz)
    if item.end_time is None:
        return start, start + DEFAULT_LENGTH
    end = dt.datetime.combine(item.day, item.end_time, tzinfo=tz)
    if end <= start:  # a dinner until past midnight
        end += dt.timedelta(days=1)
    return start, end


def _description(item: ProgrammeItem) -> str:
    parts = []
    if item.purpose.strip():
        parts.append(_("Purpose: {purpose}").format(purpose=item.purpose.strip()))
    if item.contacts:
        people = [
            ", ".join(p for p in (c.name, c.function, c.organisation, c.phone) if p)
            for c in item.contacts
        ]
        parts.append(_("With:") + "\n" + "\n".join(f"- {p}" for p in people))
    points = [line.strip() for line in item.talking_points.splitlines() if line.strip()]
    if points:
        parts.append(_("Talking points:") + "\n" + "\n".join(f"- {p}" for p in points))
    questions = [line.strip() for line in item.questions.splitlines() if line.strip()]
    if questions:
        parts.append(_("Questions:") + "\n" + "\n".join(f"- {q}" for q in questions))
    extras = [
        _("Dress code: {value}").format(value=item.dress_code) if item.dress_code else "",
        _("Gifts: {value}").format(value=item.gifts) if item.gifts else "",
    ]
    parts += [e for e in extras if e]
    return "\n\n".join(parts)


def programme_calendar(
    session: Session, trip_id: int, *, now: dt.datetime | None = None
) -> tuple[Calendar, int]:
    """The trip's programme as a calendar, and how many events it holds."""
    trip = get_trip(session, trip_id)
    domain = _uid_domain(session)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Intzaken//Programma//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Programme {title}").format(title=trip.title))
    ordinal: dict[dt.date, int] = {}
    for item in trip.programme:
        ordinal[item.day] = ordinal.get(item.day, 0) + 1
        start, end = _moments(item, trip)
        event = Event()
        event.add("uid", f"programme-{trip.id}-{item.day:%Y%m%d}-{ordinal[item.day]}@{domain}")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", item.activity.strip().splitlines()[0] if item.activity.strip() else "")
        location = ", ".join(p for p in (item.place, item.address) if p)
        if location:
            event.add("location", location)
        description = _description(item)
        if description:
            event.add("description", description)
        calendar.add_component(event)
    # The VTIMEZONE of every zone the events use, from the zone database.
    calendar.add_missing_timezones()
    return calendar, len(trip.programme)


def export_programme_ics(
    session: Session, trip_id: int, path: Path, *, now: dt.datetime | None = None
) -> int:
    """Write the programme of trip `trip_id` to `path`; returns the number of events.
    The file appears only when complete."""
    calendar, count = programme_calendar(session, trip_id, now=now)
    with replacing(path) as partial:
        partial.write_bytes(calendar.to_ical())
    return count
