"""Read-only facts a briefing pack derives from the records: which meetings matter most,
who of the people met the city's officials saw before (from earlier trips' programmes),
the open follow-up actions of a relation, and the time difference with the Netherlands.

Kept apart from the reports (and Qt-free) so the window can show the same answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import TripStatus
from ..domain.models import (
    FollowUp,
    ProgrammeContact,
    ProgrammeItem,
    Relation,
    Trip,
    TripDestination,
)
from ..i18n import _
from .time_zones import is_known_zone, utc_offset

HOME_ZONE = "Europe/Amsterdam"
IMPORTANT_MEETINGS = 3  # what one page "at a glance" can show with its reasons


@dataclass(frozen=True)
class ImportantMeeting:
    item: ProgrammeItem
    reasons: tuple[str, ...]  # why it was chosen, in the current language


def _meeting_score(item: ProgrammeItem, host_rank: dict[int, int]) -> tuple[int, list[str]]:
    """A score and its reasons. A meeting with a host of the trip outranks everything
    (the first host listed is the highest-ranked one), then prepared talking points,
    then a stated purpose, then the number of people met: what the official must not
    walk into unprepared."""
    score, reasons = 0, []
    ranks = sorted(host_rank[c] for c in item.contact_ids if c in host_rank)
    if ranks:
        score += 1000 - 100 * ranks[0]
        host = next(c for c in item.contacts if host_rank.get(c.id) == ranks[0])
        reasons.append(_("meets the host {name}").format(name=host.name))
    if item.talking_points.strip():
        score += 50
        reasons.append(_("talking points prepared"))
    if item.purpose.strip():
        score += 20
    if item.contact_links:
        score += min(len(item.contact_links), 5) * 5
        if not ranks:
            reasons.append(
                _("with {name}").format(name=", ".join(c.name for c in item.contacts[:2]))
            )
    return score, reasons


def is_meeting(item: ProgrammeItem) -> bool:
    """An item with someone to meet or something to discuss (not a transfer or meal)."""
    return bool(
        item.contact_links
        or item.purpose.strip()
        or item.talking_points.strip()
        or item.questions.strip()
    )


def important_meetings(trip: Trip, limit: int = IMPORTANT_MEETINGS) -> list[ImportantMeeting]:
    """The `limit` meetings that matter most, in programme order."""
    host_rank = {host.contact_id: rank for rank, host in enumerate(trip.hosts)}
    scored = [
        (_meeting_score(item, host_rank), order, item)
        for order, item in enumerate(trip.programme)
        if is_meeting(item)
    ]
    best = sorted(scored, key=lambda entry: (-entry[0][0], entry[1]))[:limit]
    return [
        ImportantMeeting(item, tuple(reasons))
        for (_score, reasons), _order, item in sorted(best, key=lambda entry: entry[1])
    ]


@dataclass(frozen=True)
class EarlierMeeting:
    day: dt.date
    activity: str
    trip_title: str
    travellers: tuple[str, ...]  # the city's officials on that trip


def earlier_meetings(
    session: Session, contact_ids: Iterable[int], trip: Trip
) -> dict[int, list[EarlierMeeting]]:
    """Per contact, the programme items of earlier trips (made, or at least started
    before this one) at which the city's officials met them, newest first."""
    wanted = sorted(set(contact_ids))
    if not wanted:
        return {}
    query = (
        select(ProgrammeContact.contact_id, ProgrammeItem, Trip)
        .join(ProgrammeItem, ProgrammeItem.id == ProgrammeContact.programme_item_id)
        .join(Trip, Trip.id == ProgrammeItem.trip_id)
        .where(
            ProgrammeContact.contact_id.in_(wanted),
            Trip.id != trip.id,
            Trip.status != TripStatus.CANCELLED,
        )
        .order_by(ProgrammeItem.day.desc(), ProgrammeItem.id.desc())
    )
    if trip.start_date is not None:
        query = query.where(ProgrammeItem.day < trip.start_date)
    found: dict[int, list[EarlierMeeting]] = {}
    for contact_id, item, earlier in session.execute(query):
        found.setdefault(contact_id, []).append(
            EarlierMeeting(
                item.day,
                item.activity,
                earlier.title,
                tuple(t.official.name for t in earlier.travellers),
            )
        )
    return found


def open_follow_ups(
    session: Session, relation: Relation, trip: Trip
) -> list[tuple[Trip, FollowUp]]:
    """Follow-up actions not yet done of this trip and of earlier trips to the relation
    (linked to it, or to its place), by due date."""
    query = (
        select(Trip, FollowUp)
        .join(FollowUp, FollowUp.trip_id == Trip.id)
        .where(
            FollowUp.done.is_(False),
            (Trip.id == trip.id)
            | Trip.relations.any(Relation.id == relation.id)
            | Trip.destinations.any(TripDestination.place_id == relation.place_id),
        )
        .order_by(FollowUp.due.nulls_last(), FollowUp.id)
    )
    return [(row[0], row[1]) for row in session.execute(query)]


def hours_from_home(zone_name: str, at: dt.datetime) -> dt.timedelta | None:
    """How far `zone_name` is ahead of the Netherlands at local time `at` (negative
    behind); None for an unknown zone."""
    if not zone_name or not is_known_zone(zone_name):
        return None
    return utc_offset(zone_name, at) - utc_offset(HOME_ZONE, at)


def time_difference_text(difference: dt.timedelta) -> str:
    """ "7 hours ahead of the Netherlands", "5½ hours …", "the same time as …"."""
    minutes = int(difference.total_seconds() // 60)
    if minutes == 0:
        return _("the same time as in the Netherlands")
    hours, rest = divmod(abs(minutes), 60)
    amount = f"{hours}" + ("½" if rest == 30 else (f":{rest:02d}" if rest else ""))
    if minutes > 0:
        return _("{hours} h ahead of the Netherlands").format(hours=amount)
    return _("{hours} h behind the Netherlands").format(hours=amount)
