"""What a demo's missions add to a trip (programme details, legs, stays, hosts, roles) and
the country facts, read from the TOML files; and dates relative to the day the demo is
written, so an example mission always lies ahead.

A relative date is a string: "D+3" is three days after the day the demo is written,
"M-1" the day before M, the first Monday at least five weeks after that day (so a
mission's programme falls on working days whenever the demo is made). A time may
follow: "M+0 08:40".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Protocol

from ..services import data as records

LEAD_TIME = dt.timedelta(weeks=5)  # how far ahead M lies
_RELATIVE = re.compile(r"^([DM])([+-][0-9]{1,3})(?: ([0-9]{1,2}):([0-9]{2}))?$")


class DemoDateError(ValueError):
    pass


class Keys(Protocol):
    def get(self, table: str, key: Any, where: str) -> int: ...
    def opt(self, table: str, key: Any, where: str) -> int | None: ...
    def many(self, table: str, keys: list[Any], where: str) -> list[int]: ...


@dataclass(frozen=True)
class DemoDates:
    """Dates in a demo profile: TOML dates as they are, relative ones from `today`."""

    today: dt.date

    @property
    def mission_monday(self) -> dt.date:
        """M: the first Monday at least five weeks after the demo is written."""
        day = self.today + LEAD_TIME
        return day + dt.timedelta(days=(7 - day.weekday()) % 7)

    def _relative(self, text: str) -> tuple[dt.date, dt.time | None]:
        match = _RELATIVE.match(text.strip())
        if not match:
            raise DemoDateError(f"{text!r} is no date: write 2024-01-27, 'D+3' or 'M-1 14:40'")
        anchor = self.today if match[1] == "D" else self.mission_monday
        day = anchor + dt.timedelta(days=int(match[2]))
        try:
            time = dt.time(int(match[3]), int(match[4])) if match[3] else None
        except ValueError:
            raise DemoDateError(f"{text!r}: {match[3]}:{match[4]} is no time of day") from None
        return day, time

    def date(self, value: Any) -> dt.date | None:
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        if isinstance(value, str):
            day, time = self._relative(value)
            if time is None:
                return day
        raise DemoDateError(f"{value!r} is no date")

    def moment(self, value: Any) -> dt.datetime | None:
        if value is None or isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            day, time = self._relative(value)
            if time is not None:
                return dt.datetime.combine(day, time)
        raise DemoDateError(f"{value!r} is no date with a time ('M+0 08:40')")


def time_of(value: str | dt.time | None) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def programme(
    items: list[dict[str, Any]], keys: Keys, dates: DemoDates, where: str
) -> list[records.ProgrammeItemData]:
    return [
        records.ProgrammeItemData(
            day=dates.date(p.get("day")),
            activity=p.get("activity", ""),
            time=time_of(p.get("time")),
            end_time=time_of(p.get("end_time")),
            time_zone=p.get("time_zone", ""),
            place=p.get("place", ""),
            address=p.get("address", ""),
            contact_ids=keys.many("contacts", p.get("contacts", []), where),
            attendee_ids=keys.many("officials", p.get("attendees", []), where),
            purpose=p.get("purpose", ""),
            talking_points=p.get("talking_points", "").strip(),
            questions=p.get("questions", "").strip(),
            dress_code=p.get("dress_code", ""),
            gifts=p.get("gifts", ""),
        )
        for p in items
    ]


def legs(items: list[dict[str, Any]], dates: DemoDates) -> list[records.LegData]:
    return [
        records.LegData(
            mode=leg["mode"],
            carrier=leg.get("carrier", ""),
            number=leg.get("number", ""),
            from_place=leg.get("from", ""),
            to_place=leg.get("to", ""),
            departure=dates.moment(leg.get("departure")),
            departure_time_zone=leg.get("departure_time_zone", ""),
            arrival=dates.moment(leg.get("arrival")),
            arrival_time_zone=leg.get("arrival_time_zone", ""),
            reference=leg.get("reference", ""),
        )
        for leg in items
    ]


def stays(items: list[dict[str, Any]], dates: DemoDates) -> list[records.StayData]:
    return [
        records.StayData(
            hotel=stay["hotel"],
            address=stay.get("address", ""),
            phone=stay.get("phone", ""),
            check_in=dates.date(stay.get("check_in")),
            check_out=dates.date(stay.get("check_out")),
            notes=stay.get("notes", ""),
        )
        for stay in items
    ]


def hosts(items: list[dict[str, Any]], keys: Keys, where: str) -> list[records.HostData]:
    return [
        records.HostData(keys.get("contacts", h["contact"], where), h.get("role", ""))
        for h in items
    ]


def roles(items: dict[str, str], keys: Keys, where: str) -> dict[int, str]:
    """{"schouten": "delegatieleider"} as official number -> role."""
    return {keys.get("officials", key, where): role for key, role in items.items()}


def mission_fields(
    item: dict[str, Any], keys: Keys, dates: DemoDates, where: str
) -> dict[str, Any]:
    """The TripData fields of mission preparation, from a trip in a TOML file."""
    return {
        "programme": programme(item.get("programme", []), keys, dates, where),
        "legs": legs(item.get("legs", []), dates),
        "stays": stays(item.get("stays", []), dates),
        "hosts": hosts(item.get("hosts", []), keys, where),
        "traveller_roles": roles(item.get("roles", {}), keys, where),
        "local_transport": item.get("local_transport", "").strip(),
        "ground_contact_id": keys.opt("contacts", item.get("ground_contact"), where),
        "time_zone": item.get("time_zone", ""),
    }
