"""The logistics tables of the trip form: legs of the journey, stays and hosts, as rows of
RowsEditor and back into the services' data classes.

A leg's departure and arrival are local wall times with their own zones (as the ticket
says); the table shows date, time and zone as three cells each, and refuses a date
without a time (or a time without a date) rather than guessing midnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ...domain.enums import TransportMode
from ...services.data import HostData, LegData, StayData
from ...services.zone_proposals import HOME_ZONE
from ..forms import choices
from ..widgets.rows_editor import Column, RowsEditor

ENDS = ("departure", "arrival")


def fitting(heading: str, width: int) -> int:
    """At least `width` characters, and room for the heading (Dutch ones are longer)."""
    return max(width, len(heading) + 2)


class LegsEditor(RowsEditor):
    """The journey's legs. `zones()` gives the destination's zones (first the likeliest):
    a new leg out leaves from Europe/Amsterdam and lands there; the next leaves from it."""

    def __init__(self, zone_options: list[tuple[str, str]], zones: Callable[[], list[str]]) -> None:
        self._zones = zones
        super().__init__(
            [
                Column("mode", self.tr("Mode"), "choice", choices.enum_options(TransportMode)),
                Column("carrier", h := self.tr("Carrier"), width=fitting(h, 10)),
                Column("number", h := self.tr("Number"), width=fitting(h, 8)),
                Column("from_place", h := self.tr("From"), width=fitting(h, 14)),
                Column("to_place", h := self.tr("To"), width=fitting(h, 14)),
                Column("departure_date", self.tr("Departs"), "date"),
                Column("departure_time", self.tr("at"), "time"),
                Column(
                    "departure_time_zone",
                    h := self.tr("Zone"),
                    "choice",
                    zone_options,
                    width=fitting(h, 19),
                ),
                Column("arrival_date", self.tr("Arrives"), "date"),
                Column("arrival_time", self.tr("at"), "time"),
                Column(
                    "arrival_time_zone",
                    h := self.tr("Zone"),
                    "choice",
                    zone_options,
                    width=fitting(h, 19),
                ),
                Column("reference", h := self.tr("Booking"), width=fitting(h, 9)),
            ],
            new_row=self._new_leg,
            accessible_name=self.tr("Legs of the journey"),
        )
        self.view.setWordWrap(False)

    def _new_leg(self) -> dict[str, Any]:
        there = (self._zones() or [""])[0]
        outbound = not self.rows()
        leg = LegData(
            mode=TransportMode.PLANE,
            departure_time_zone=HOME_ZONE if outbound else there,
            arrival_time_zone=there if outbound else HOME_ZONE,
        )
        return leg_row(leg)

    def error(self) -> str:
        own = super().error()
        if own:
            return own
        for number, row in enumerate(self.rows(), start=1):
            for end in ENDS:
                if (row[f"{end}_date"] is None) != (row[f"{end}_time"] is None):
                    text = (
                        self.tr("Journey, leg {number}: give the departure date and time.")
                        if end == "departure"
                        else self.tr("Journey, leg {number}: give the arrival date and time.")
                    )
                    return text.format(number=number)
        return ""


def leg_row(leg: LegData) -> dict[str, Any]:
    row: dict[str, Any] = {
        "mode": TransportMode(leg.mode) if leg.mode else None,
        "carrier": leg.carrier,
        "number": leg.number,
        "from_place": leg.from_place,
        "to_place": leg.to_place,
        "reference": leg.reference,
    }
    for end in ENDS:
        moment: dt.datetime | None = getattr(leg, end)
        row[f"{end}_date"] = moment.date() if moment else None
        row[f"{end}_time"] = moment.time() if moment else None
        row[f"{end}_time_zone"] = getattr(leg, f"{end}_time_zone") or None
    return row


def leg_data(row: dict[str, Any]) -> LegData:
    moments = {}
    for end in ENDS:
        day, time = row[f"{end}_date"], row[f"{end}_time"]
        moments[end] = dt.datetime.combine(day, time) if day and time else None
    return LegData(
        mode=row["mode"] or "",
        carrier=row["carrier"] or "",
        number=row["number"] or "",
        from_place=row["from_place"] or "",
        to_place=row["to_place"] or "",
        departure=moments["departure"],
        departure_time_zone=row["departure_time_zone"] or "",
        arrival=moments["arrival"],
        arrival_time_zone=row["arrival_time_zone"] or "",
        reference=row["reference"] or "",
    )


class StaysEditor(RowsEditor):
    def __init__(self) -> None:
        super().__init__(
            [
                Column("hotel", h := self.tr("Hotel"), width=fitting(h, 26)),
                Column("address", h := self.tr("Address"), width=fitting(h, 22)),
                Column("phone", h := self.tr("Phone"), width=fitting(h, 17)),
                Column("check_in", self.tr("Check-in"), "date"),
                Column("check_out", self.tr("Check-out"), "date"),
                Column("notes", h := self.tr("Notes"), width=fitting(h, 16)),
            ],
            new_row=lambda: stay_row(StayData(hotel="")),
            accessible_name=self.tr("Stays"),
        )


def stay_row(stay: StayData) -> dict[str, Any]:
    return {
        "hotel": stay.hotel,
        "address": stay.address,
        "phone": stay.phone,
        "check_in": stay.check_in,
        "check_out": stay.check_out,
        "notes": stay.notes,
    }


def stay_data(row: dict[str, Any]) -> StayData:
    return StayData(
        hotel=row["hotel"] or "",
        address=row["address"] or "",
        phone=row["phone"] or "",
        check_in=row["check_in"],
        check_out=row["check_out"],
        notes=row["notes"] or "",
    )


class HostsEditor(RowsEditor):
    def __init__(self, contacts: list[tuple[Any, str]]) -> None:
        super().__init__(
            [
                Column("contact_id", self.tr("Host"), "choice", contacts, width=34),
                Column("role", h := self.tr("Role"), width=fitting(h, 30)),
            ],
            new_row=lambda: {"contact_id": None, "role": ""},
            accessible_name=self.tr("Hosts"),
        )


def host_row(host: HostData) -> dict[str, Any]:
    return {"contact_id": host.contact_id, "role": host.role}


def host_data(row: dict[str, Any]) -> HostData:
    return HostData(contact_id=row["contact_id"], role=row["role"] or "")
