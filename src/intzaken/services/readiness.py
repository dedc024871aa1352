"""What is still missing before a mission leaves ("nog aan te vullen"): the officer's
checklist, shown in the window and by `intzaken check --trip N` before the briefing pack
is printed. Each item names the day or programme item it is about and the field to go to.

Only for trips still ahead (or under way): a trip that is over, done or cancelled needs
no preparation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from ..domain.enums import DatePrecision, TripStatus
from ..domain.models import Contact, CountryFacts, ProgrammeItem, Trip
from ..formatting import country_name, weekday_date
from ..i18n import _
from .country_facts import facts_by_country, travel_advice_warning


class ReadinessKind(StrEnum):
    MEETING_WITHOUT_CONTACT = "meeting_without_contact"
    NO_STAY = "no_stay"
    NO_OUTBOUND_LEG = "no_outbound_leg"
    NO_RETURN_LEG = "no_return_leg"
    TRAVEL_ADVICE = "travel_advice"
    CONTACT_WITHOUT_PHONE = "contact_without_phone"
    NO_EMERGENCY_NUMBER = "no_emergency_number"
    NO_PROGRAMME = "no_programme"
    EMPTY_DAY = "empty_day"
    NO_GROUND_CONTACT = "no_ground_contact"


@dataclass(frozen=True)
class ReadinessItem:
    kind: ReadinessKind
    message: str  # in the current language, naming the day or item
    field: str  # the trip's field to go to: "programme[3].contact_ids", "legs", ...
    country_code: str | None = None  # for facts kept per country (country_facts)
    contact_id: int | None = None  # for a contact's own record


def needs_preparation(trip: Trip, today: dt.date) -> bool:
    """Whether the trip is still to come or under way (and not done or cancelled)."""
    if trip.status in (TripStatus.DONE, TripStatus.CANCELLED):
        return False
    return trip.end_date is None or trip.end_date >= today


def readiness(
    trip: Trip, facts_by_country: Mapping[str, CountryFacts], today: dt.date
) -> list[ReadinessItem]:
    """What is still to be filled in for `trip`; empty when it is ready (or past)."""
    if not needs_preparation(trip, today):
        return []
    return [
        *_programme(trip),
        *_logistics(trip),
        *_countries(trip, facts_by_country),
        *_people(trip),
    ]


def _item_name(item: ProgrammeItem) -> str:
    time = f"{item.time:%H:%M} " if item.time else ""
    return f"{weekday_date(item.day)}, {time}{item.activity.splitlines()[0][:60]}"


def _is_meeting(item: ProgrammeItem) -> bool:
    """An item with something to discuss: a purpose, talking points or questions."""
    return bool(item.purpose.strip() or item.talking_points.strip() or item.questions.strip())


def _trip_days(trip: Trip) -> list[dt.date]:
    if trip.start_date is None or trip.end_date is None:
        return []
    if trip.date_precision is not DatePrecision.DAY:
        return []  # only the month or year is known: no days to fill yet
    count = (trip.end_date - trip.start_date).days + 1
    return [trip.start_date + dt.timedelta(days=n) for n in range(count)]


def _programme(trip: Trip) -> Iterator[ReadinessItem]:
    if not trip.programme:
        yield ReadinessItem(
            ReadinessKind.NO_PROGRAMME,
            _("No programme has been recorded yet."),
            "programme",
        )
        return
    for index, item in enumerate(trip.programme):
        if _is_meeting(item) and not item.contact_links:
            yield ReadinessItem(
                ReadinessKind.MEETING_WITHOUT_CONTACT,
                _("Programme, {item}: no person met has been recorded.").format(
                    item=_item_name(item)
                ),
                f"programme[{index}].contact_ids",
            )
    planned = {item.day for item in trip.programme}
    for day in _trip_days(trip):
        if day not in planned:
            yield ReadinessItem(
                ReadinessKind.EMPTY_DAY,
                _("Programme: nothing is planned on {day}.").format(day=weekday_date(day)),
                "programme",
            )


def _logistics(trip: Trip) -> Iterator[ReadinessItem]:
    days = _trip_days(trip)
    if len(days) > 1 and not trip.stays:
        yield ReadinessItem(
            ReadinessKind.NO_STAY,
            _("Stay: no hotel has been recorded for this trip of {days} days.").format(
                days=len(days)
            ),
            "stays",
        )
    outbound, home = _legs_there_and_back(trip)
    if not outbound:
        yield ReadinessItem(
            ReadinessKind.NO_OUTBOUND_LEG,
            _("Journey: the outbound leg has not been recorded."),
            "legs",
        )
    if not home:
        yield ReadinessItem(
            ReadinessKind.NO_RETURN_LEG,
            _("Journey: the return leg has not been recorded."),
            "legs",
        )
    if trip.ground_contact_id is None:
        yield ReadinessItem(
            ReadinessKind.NO_GROUND_CONTACT,
            _("No contact on the ground has been chosen."),
            "ground_contact_id",
        )


def _legs_there_and_back(trip: Trip) -> tuple[bool, bool]:
    """Whether the legs hold a way there and a way back. One leg is the way there,
    unless it leaves on the last day of a trip of several days."""
    if not trip.legs:
        return False, False
    if len(trip.legs) > 1:
        return True, True
    departure = trip.legs[0].departure
    end = trip.end_date
    if end is not None and end != trip.start_date and departure and departure.date() >= end:
        return False, True
    return True, False


def _countries(trip: Trip, facts_by_country: Mapping[str, CountryFacts]) -> Iterator[ReadinessItem]:
    seen: set[str] = set()
    for index, destination in enumerate(trip.destinations):
        code = destination.country_code
        if code in seen:
            continue
        seen.add(code)
        facts = facts_by_country.get(code)
        field = f"destinations[{index}]"
        country = country_name(code, destination.country.name if destination.country else code)
        warning = travel_advice_warning(facts, trip.start_date)
        if warning is not None:
            yield ReadinessItem(
                ReadinessKind.TRAVEL_ADVICE,
                _("{country}: {warning}").format(country=country, warning=warning),
                f"{field}.travel_advice",
                country_code=code,
            )
        if facts is None or not facts.local_emergency_number:
            yield ReadinessItem(
                ReadinessKind.NO_EMERGENCY_NUMBER,
                _("{country}: the local emergency number has not been recorded.").format(
                    country=country
                ),
                f"{field}.local_emergency_number",
                country_code=code,
            )
        if facts is None or not (facts.embassy_emergency_phone or facts.embassy_phone):
            yield ReadinessItem(
                ReadinessKind.NO_EMERGENCY_NUMBER,
                _(
                    "{country}: no phone number of the Dutch embassy or consulate has been "
                    "recorded."
                ).format(country=country),
                f"{field}.embassy_emergency_phone",
                country_code=code,
            )


def _people(trip: Trip) -> Iterator[ReadinessItem]:
    """Everyone the delegation will meet or call on, each once: without a phone number
    the delegation cannot reach them on the way."""
    met: dict[int, tuple[Contact, str]] = {}
    for index, item in enumerate(trip.programme):
        for position, link in enumerate(item.contact_links):
            met.setdefault(
                link.contact_id, (link.contact, f"programme[{index}].contact_ids[{position}]")
            )
    for index, host in enumerate(trip.hosts):
        met.setdefault(host.contact_id, (host.contact, f"hosts[{index}].contact_id"))
    if trip.ground_contact is not None:
        met.setdefault(trip.ground_contact.id, (trip.ground_contact, "ground_contact_id"))
    for contact_id, (contact, field) in met.items():
        if contact.phone.strip():
            continue
        if contact.email.strip():
            message = _("{name} ({organisation}) has no phone number.")
        else:
            message = _("{name} ({organisation}) has no phone number or e-mail address.")
        yield ReadinessItem(
            ReadinessKind.CONTACT_WITHOUT_PHONE,
            message.format(name=contact.name, organisation=contact.organisation or "-"),
            field,
            contact_id=contact_id,
        )


def readiness_of_trips(
    session: Session, trip_ids: list[int], today: dt.date
) -> dict[int, list[ReadinessItem]]:
    """The checklist of each of these trips (the dashboard's upcoming ones), the country
    facts of all their destinations read once."""
    trips = [trip for trip in (session.get(Trip, trip_id) for trip_id in trip_ids) if trip]
    codes = [d.country_code for trip in trips for d in trip.destinations]
    facts = facts_by_country(session, codes)
    return {trip.id: readiness(trip, facts, today) for trip in trips}
