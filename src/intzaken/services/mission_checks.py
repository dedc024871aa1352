"""The rules for what mission preparation adds to a trip: the programme with its people
met and talking points, the legs of the journey, the stays, the hosts, the travellers'
roles and the time zones. Each problem names its field and row (services/fields.py).

Called by services/trips.check_trip, for a form and for an import alike.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..domain.enums import TransportMode
from ..domain.models import Contact, Official
from ..i18n import _
from .checks import Checker
from .common import Records, check_reference, check_references
from .data import HostData, LegData, ProgrammeItemData, StayData
from .fields import field_label
from .time_zones import in_utc, is_known_zone

ZONE_LENGTH = 64


def check_zone(check: Checker, field: str, value: str | None) -> str:
    """An IANA time zone name, or "" (none given)."""
    name = check.text(field, value, max_length=ZONE_LENGTH)
    if name and not is_known_zone(name):
        check.fail(
            field,
            _(
                "{field} '{zone}' is not a known time zone; use a name such as "
                "Europe/Amsterdam or Asia/Shanghai."
            ).format(field=field_label(field), zone=name[:40]),
        )
        return ""
    return name


def _columns(row: Any) -> dict[str, Any]:
    """The values of a checked row that are columns of its table (not its links)."""
    return {
        f.name: getattr(row, f.name)
        for f in dataclasses.fields(row)
        if f.name not in ("contacts", "attendees")
    }


@dataclass
class CheckedProgrammeItem:
    day: dt.date
    position: int  # within the day, in the order given
    time: dt.time | None
    end_time: dt.time | None
    time_zone: str
    activity: str
    place: str
    address: str
    purpose: str
    talking_points: str
    questions: str
    dress_code: str
    gifts: str
    contacts: list[Contact]
    attendees: list[Official]

    def columns(self) -> dict[str, Any]:
        return _columns(self)


@dataclass
class CheckedLeg:
    mode: TransportMode
    carrier: str
    number: str
    from_place: str
    to_place: str
    departure: dt.datetime | None
    departure_time_zone: str
    arrival: dt.datetime | None
    arrival_time_zone: str
    reference: str

    def columns(self) -> dict[str, Any]:
        return _columns(self)


@dataclass
class CheckedStay:
    hotel: str
    address: str
    phone: str
    check_in: dt.date | None
    check_out: dt.date | None
    notes: str

    def columns(self) -> dict[str, Any]:
        return _columns(self)


def _among_travellers(
    check: Checker, source: Records, field: str, official_id: int, traveller_ids: list[int]
) -> None:
    if official_id in traveller_ids:
        return
    official = source.get(Official, official_id)
    if official is None:
        return  # check_references has said so already
    check.fail(
        field,
        _("{field}: {name} is not one of the travellers.").format(
            field=field_label(field), name=official.name
        ),
    )


def check_programme(
    check: Checker, source: Records, items: list[ProgrammeItemData], traveller_ids: list[int]
) -> list[CheckedProgrammeItem]:
    result = []
    per_day: dict[dt.date, int] = {}
    for index, item in enumerate(items):
        prefix = f"programme[{index}]"
        check.required(f"{prefix}.day", item.day)
        activity = check.text(f"{prefix}.activity", item.activity, required=True, multiline=True)
        if item.end_time is not None and item.time is None:
            check.fail(
                f"{prefix}.end_time",
                _("{field}: give the start time as well.").format(
                    field=field_label(f"{prefix}.end_time")
                ),
            )
        elif item.end_time is not None and item.time is not None and item.end_time < item.time:
            check.fail(
                f"{prefix}.end_time",
                _("{field} ({end}) is before the start time ({start}).").format(
                    field=field_label(f"{prefix}.end_time"),
                    end=item.end_time.strftime("%H:%M"),
                    start=item.time.strftime("%H:%M"),
                ),
            )
        contacts = check_references(
            check, source, Contact, f"{prefix}.contact_ids", item.contact_ids
        )
        attendees = check_references(
            check, source, Official, f"{prefix}.attendee_ids", item.attendee_ids
        )
        for position, official_id in enumerate(item.attendee_ids):
            _among_travellers(
                check, source, f"{prefix}.attendee_ids[{position}]", official_id, traveller_ids
            )
        checked = CheckedProgrammeItem(
            day=item.day or dt.date.min,
            position=0,
            time=item.time,
            end_time=item.end_time,
            time_zone=check_zone(check, f"{prefix}.time_zone", item.time_zone),
            activity=activity,
            place=check.text(f"{prefix}.place", item.place, max_length=300),
            address=check.text(f"{prefix}.address", item.address, max_length=300),
            purpose=check.text(f"{prefix}.purpose", item.purpose, multiline=True),
            talking_points=check.text(
                f"{prefix}.talking_points", item.talking_points, multiline=True
            ),
            questions=check.text(f"{prefix}.questions", item.questions, multiline=True),
            dress_code=check.text(f"{prefix}.dress_code", item.dress_code, max_length=200),
            gifts=check.text(f"{prefix}.gifts", item.gifts, max_length=300),
            contacts=contacts,
            attendees=attendees,
        )
        if item.day is not None:
            checked.position = per_day.get(item.day, 0)
            per_day[item.day] = checked.position + 1
            result.append(checked)
    return result


def _leg_time(
    check: Checker, field: str, zone_field: str, when: dt.datetime | None, zone_name: str | None
) -> str:
    zone_name = check_zone(check, zone_field, zone_name)
    if when is not None and not zone_name and not check.problems_on(zone_field):
        check.fail(
            zone_field,
            _("{field}: give the time zone of {time} (for example Europe/Amsterdam).").format(
                field=field_label(zone_field), time=field_label(field.rsplit(".", 1)[-1]).lower()
            ),
        )
    return zone_name


def check_legs(check: Checker, items: list[LegData]) -> list[CheckedLeg]:
    result = []
    for index, item in enumerate(items):
        prefix = f"legs[{index}]"
        mode = check.choice(f"{prefix}.mode", TransportMode, item.mode)
        departure_zone = _leg_time(
            check,
            f"{prefix}.departure",
            f"{prefix}.departure_time_zone",
            item.departure,
            item.departure_time_zone,
        )
        arrival_zone = _leg_time(
            check,
            f"{prefix}.arrival",
            f"{prefix}.arrival_time_zone",
            item.arrival,
            item.arrival_time_zone,
        )
        if (
            item.departure is not None
            and item.arrival is not None
            and departure_zone
            and arrival_zone
            and in_utc(item.arrival, arrival_zone) <= in_utc(item.departure, departure_zone)
        ):
            check.fail(
                f"{prefix}.arrival",
                _(
                    "{field} ({arrival} {arrival_zone}) is not after the departure "
                    "({departure} {departure_zone})."
                ).format(
                    field=field_label(f"{prefix}.arrival"),
                    arrival=item.arrival.strftime("%d-%m-%Y %H:%M"),
                    arrival_zone=arrival_zone,
                    departure=item.departure.strftime("%d-%m-%Y %H:%M"),
                    departure_zone=departure_zone,
                ),
            )
        leg = CheckedLeg(
            mode=mode or TransportMode.OTHER,
            carrier=check.text(f"{prefix}.carrier", item.carrier, max_length=100),
            number=check.text(f"{prefix}.number", item.number, max_length=40),
            from_place=check.text(f"{prefix}.from_place", item.from_place, max_length=200),
            to_place=check.text(f"{prefix}.to_place", item.to_place, max_length=200),
            departure=item.departure,
            departure_time_zone=departure_zone,
            arrival=item.arrival,
            arrival_time_zone=arrival_zone,
            reference=check.text(f"{prefix}.reference", item.reference, max_length=100),
        )
        result.append(leg)
    return result


def check_stays(check: Checker, items: list[StayData]) -> list[CheckedStay]:
    result = []
    for index, item in enumerate(items):
        prefix = f"stays[{index}]"
        if item.check_in and item.check_out and item.check_out <= item.check_in:
            check.fail(
                f"{prefix}.check_out",
                _("{field} must be after the check-in date.").format(
                    field=field_label(f"{prefix}.check_out")
                ),
            )
        result.append(
            CheckedStay(
                hotel=check.text(f"{prefix}.hotel", item.hotel, required=True, max_length=200),
                address=check.text(f"{prefix}.address", item.address, max_length=300),
                phone=check.text(f"{prefix}.phone", item.phone, max_length=50),
                check_in=item.check_in,
                check_out=item.check_out,
                notes=check.text(f"{prefix}.notes", item.notes, multiline=True),
            )
        )
    return result


def check_hosts(
    check: Checker, source: Records, items: list[HostData]
) -> list[tuple[Contact, str]]:
    check.no_duplicates("hosts", [item.contact_id for item in items])
    result = []
    for index, item in enumerate(items):
        prefix = f"hosts[{index}]"
        contact = check_reference(
            check, source, Contact, f"{prefix}.contact_id", item.contact_id, required=True
        )
        role = check.text(f"{prefix}.role", item.role, max_length=200)
        if contact is not None:
            result.append((contact, role))
    return result


def check_traveller_roles(
    check: Checker, source: Records, roles: dict[int, str], traveller_ids: list[int]
) -> dict[int, str]:
    """The roles of travellers (official id -> role); empty roles are left out."""
    result = {}
    for official_id, role in roles.items():
        known = official_id in traveller_ids
        field = (
            f"traveller_roles[{traveller_ids.index(official_id)}]" if known else "traveller_roles"
        )
        text = check.text(field, role, max_length=200)
        if official_id not in traveller_ids:
            official = source.get(Official, official_id)
            check.fail(
                field,
                _("{field}: {name} is not one of the travellers.").format(
                    field=field_label(field),
                    name=official.name if official else str(official_id),
                ),
            )
        elif text:
            result[official_id] = text
    # In the travellers' order, so the same roles always read the same.
    return {i: result[i] for i in traveller_ids if i in result}
