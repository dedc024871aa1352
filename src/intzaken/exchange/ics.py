"""Trips as an iCalendar file (RFC 5545) for Outlook and other calendars.

Written by hand: one kind of event with a handful of properties needs only the escaping
and line folding below, not another dependency. Each trip is an all-day event (DTEND is
the day after the last day, as the standard counts it) whose UID stays the same from one
export to the next, so a calendar that imports the file again updates the trip instead of
adding it twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.enums import DatePrecision, TripStatus
from ..domain.labels import label
from ..domain.models import Trip
from ..formatting import country_name
from ..i18n import _
from ..services.organisation import get_organisation
from ..services.trips import list_trips
from .export import replacing

_STATUS = {
    TripStatus.IDEA: "TENTATIVE",
    TripStatus.PLANNED: "TENTATIVE",
    TripStatus.APPROVED: "CONFIRMED",
    TripStatus.DONE: "CONFIRMED",
    TripStatus.CANCELLED: "CANCELLED",
}


# Every line break a program may honour, and the controls RFC 5545 does not allow in a
# TEXT value. The services refuse them in what they store (services/text_rules.py), but a
# record saved before that rule may still hold them: never written raw.
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _CONTROL.sub("", _LINE_BREAK.sub("\\\\n", text))


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued after CRLF and a space (RFC 5545 3.1); a
    UTF-8 character is never split."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not parts else 74  # a continuation line starts with the space
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def _day(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def _event(trip: Trip, uid_domain: str, stamp: str) -> list[str]:
    assert trip.start_date is not None
    end = trip.end_date or trip.start_date
    # The texts a calendar shows, in the current language (the UID never changes with it).
    countries = {
        d.country.code: country_name(d.country.code, d.country.name) for d in trip.destinations
    }
    places = [
        f"{d.place.name} ({countries[d.country.code]})" if d.place else countries[d.country.code]
        for d in trip.destinations
    ]
    lead = _("(delegation leader)")
    travellers = [t.official.name + (f" {lead}" if t.is_lead else "") for t in trip.travellers]
    description = [
        _("Kind: {kind}").format(kind=label(trip.kind)),
        _("Status: {status}").format(status=label(trip.status)),
    ]
    if travellers:
        description.append(_("Travellers: {names}").format(names=", ".join(travellers)))
    if trip.purpose:
        description.append(_("Purpose: {purpose}").format(purpose=trip.purpose))
    if trip.date_precision is DatePrecision.MONTH:
        description.append(_("Only the month is known; the dates will follow."))
    elif trip.date_precision is DatePrecision.YEAR:
        description.append(_("Only the year is known; the dates will follow."))
    return [
        "BEGIN:VEVENT",
        f"UID:reis-{trip.id}@{uid_domain}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(trip.start_date)}",
        f"DTEND;VALUE=DATE:{_day(end + dt.timedelta(days=1))}",
        f"SUMMARY:{escape(trip.title)}",
        f"LOCATION:{escape(', '.join(places))}",
        f"DESCRIPTION:{escape(chr(10).join(description))}",
        f"STATUS:{_STATUS[trip.status]}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]


def export_ics(
    session: Session, path: Path, *, year: int | None = None, now: dt.datetime | None = None
) -> int:
    """The trips (of `year`, or all) with a start date to `path`; returns how many."""
    organisation = get_organisation(session)
    name = organisation.name if organisation else "Intzaken"
    # The same organisation gives the same UIDs; two municipalities never clash.
    uid_domain = f"{hashlib.sha256(name.encode('utf-8')).hexdigest()[:12]}.intzaken"
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    trips = [t for t in list_trips(session, year) if t.start_date is not None]
    calendar_name = _("Official trips {organisation}").format(organisation=name)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Intzaken//Ambtsreizen//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(calendar_name)}",
    ]
    for trip in trips:
        lines.extend(_event(trip, uid_domain, stamp))
    lines.append("END:VCALENDAR")
    with replacing(path) as partial:
        partial.write_bytes("".join(fold(line) for line in lines).encode("utf-8"))
    return len(trips)
