"""Every trip as a plain record (`intzaken list trips`, the register's JSON and CSV),
read as rows without the ORM.

Declaring the mapped classes and configuring their mappers cost as much as importing
SQLAlchemy itself (measured with -X importtime and cProfile, issue 22): a listing needs
only rows, so it reads them from the driver in one query per table, as the window's
trips list does (trip_listing.py), and makes the same record the ORM's objects gave.
The SQL gives every value as SQLite stores it (ISO dates, "HH:MM" times, money in
cents, CO2 in kilograms), also on PostgreSQL, so one conversion serves both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..domain.costs import known_total_costs
from ..domain.units import CENT, KILOGRAM_IN_TONNES, from_units
from .record_values import Record, amount_text, estimate_method_text, source_text, tonnes_text
from .trip_listing import dialect_name, driver_connection

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# Per dialect: a date as ISO text, a time as "HH:MM", a moment as "YYYY-MM-DDTHH:MM"
# (what date.isoformat(), time.strftime("%H:%M") and isoformat(timespec="minutes") give
# of the ORM's values), the year of a date, and the parameter mark.
_DIALECT: dict[str, dict[str, Callable[[str], str] | str]] = {
    "sqlite": {
        "date": lambda column: column,
        "time": lambda column: f"substr({column}, 1, 5)",
        "moment": lambda column: f"substr({column}, 1, 10) || 'T' || substr({column}, 12, 5)",
        "year": lambda column: f"CAST(strftime('%Y', {column}) AS INTEGER)",
        "param": "?",
    },
    "postgresql": {
        "date": lambda column: f"to_char({column}, 'YYYY-MM-DD')",
        "time": lambda column: f"to_char({column}, 'HH24:MI')",
        "moment": lambda column: f"to_char({column}, 'YYYY-MM-DD\"T\"HH24:MI')",
        "year": lambda column: f"EXTRACT(year FROM {column})",
        "param": "%s",
    },
}

# Each child table: its columns (first the trip's id), FROM and ORDER BY, as the mapped
# relationships order them. {date}, {time} and {moment} wrap a column per dialect.
_CHILDREN: dict[str, tuple[str, str, str]] = {
    "themes": (
        "x.trip_id, th.name",
        "trip_themes x JOIN themes th ON th.id = x.theme_id",
        "th.name",
    ),
    "destinations": (
        "x.trip_id, x.country_code, c.name, x.place_id, p.name",
        "trip_destinations x JOIN countries c ON c.code = x.country_code"
        " LEFT JOIN places p ON p.id = x.place_id",
        "x.position",
    ),
    "travellers": (
        "x.trip_id, x.official_id, o.name, x.is_lead, x.role",
        "trip_travellers x JOIN officials o ON o.id = x.official_id",
        "x.position",
    ),
    "delegation": (
        "x.trip_id, x.organisation, x.name, x.function, x.role",
        "delegation_members x",
        "x.id",
    ),
    "transport": ("x.trip_id, x.mode", "trip_transport x", "x.position"),
    "journey": (
        "x.trip_id, x.from_place_id, fp.name, x.to_place_id, tp.name, x.mode,"
        " x.from_airport, x.to_airport, x.cabin, x.train_minutes",
        "journey_legs x JOIN places fp ON fp.id = x.from_place_id"
        " JOIN places tp ON tp.id = x.to_place_id",
        "x.position",
    ),
    "relations": ("x.trip_id, x.relation_id", "trip_relations x", "x.relation_id"),
    "networks": ("x.trip_id, x.network_id", "trip_networks x", "x.network_id"),
    "agreements": ("x.trip_id, x.agreement_id", "trip_agreements x", "x.agreement_id"),
    "programme": (
        "x.trip_id, x.id, {date(x.day)}, {time(x.time)}, {time(x.end_time)}, x.time_zone,"
        " x.activity, x.place, x.address, x.purpose, x.talking_points, x.questions,"
        " x.dress_code, x.gifts",
        "programme_items x",
        "x.day, x.position, x.id",
    ),
    "legs": (
        "x.trip_id, x.mode, x.carrier, x.number, x.from_place, x.to_place,"
        " {moment(x.departure)}, x.departure_time_zone, {moment(x.arrival)},"
        " x.arrival_time_zone, x.reference",
        "trip_legs x",
        "x.position, x.id",
    ),
    "stays": (
        "x.trip_id, x.hotel, x.address, x.phone, {date(x.check_in)}, {date(x.check_out)}, x.notes",
        "trip_stays x",
        "x.position, x.id",
    ),
    "hosts": ("x.trip_id, x.contact_id, x.role", "trip_hosts x", "x.position"),
    "gifts": (
        "x.trip_id, x.description, x.giver, x.value, x.kept_at",
        "trip_gifts x",
        "x.position, x.id",
    ),
    "follow_ups": (
        "x.trip_id, x.description, {date(x.due)}, x.done",
        "follow_ups x",
        "x.id",
    ),
}
# The programme items' own lists, keyed by the item's id.
_ITEM_CHILDREN: dict[str, tuple[str, str, str]] = {
    "contacts": ("x.programme_item_id, x.contact_id", "programme_contacts x", "x.position"),
    "attendees": ("x.programme_item_id, x.official_id", "programme_attendees x", "x.official_id"),
}

_TRIPS = """
SELECT t.id, t.title, t.kind, t.status, t.purpose, {date(t.start_date)}, {date(t.end_date)},
       t.date_precision, t.travel_and_stay, t.other_costs, t.co2_tonnes, t.co2_offset,
       t.budget_line_id, b.name, t.time_zone, t.local_transport, t.ground_contact_id,
       t.outcomes, t.notes, t.co2_estimate, t.co2_estimate_set, t.co2_estimate_year,
       t.co2_estimate_rf, t.policy_reason, t.source, {date(t.source_date)}, t.source_page,
       t.source_note, t.derived_from, t.third_party_costs, t.third_party_payer,
       t.cancellation_costs, t.estimated_travel_and_stay, t.estimated_other_costs
  FROM trips t LEFT JOIN budget_lines b ON b.id = t.budget_line_id
 {where} ORDER BY t.start_date NULLS FIRST, t.id
"""


def trip_records(source: Session | Connection, year: int | None = None) -> list[Record]:
    """Every trip (starting in `year`, if given) in date order, as a JSON-ready record.

    `source`: a session, or a Core connection (a command reading rows only)."""
    reader = _Reader(source, year)
    trips = reader.rows(_TRIPS)
    children = {name: reader.children(spec) for name, spec in _CHILDREN.items()}
    items = {
        name: reader.children(spec, of="programme_items") for name, spec in _ITEM_CHILDREN.items()
    }
    return [
        _record(trip, {n: c.get(trip[0], []) for n, c in children.items()}, items) for trip in trips
    ]


class _Reader:
    """Runs the SQL of one dialect on the driver's connection, for the trips wanted."""

    def __init__(self, source: Session | Connection, year: int | None) -> None:
        self.connection = driver_connection(source)
        self.dialect = _DIALECT[dialect_name(source)]
        self.where = ""
        self.params: tuple[int, ...] = ()
        if year is not None:
            self.where = f"WHERE {self._wrap('{year(t.start_date)}')} = {self.dialect['param']}"
            self.params = (year,)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        query = self._wrap(sql).replace("{where}", self.where)
        rows: list[tuple[Any, ...]] = self.connection.execute(query, self.params).fetchall()
        return rows

    def children(
        self, spec: tuple[str, str, str], of: str | None = None
    ) -> dict[int, list[tuple[Any, ...]]]:
        """The child rows by their parent's id, without that id, in the child's order."""
        columns, tables, order = spec
        sql = f"SELECT {columns} FROM {tables}"
        if self.where:
            trips = "SELECT t.id FROM trips t {where}"
            if of == "programme_items":
                trips = f"SELECT i.id FROM programme_items i WHERE i.trip_id IN ({trips})"
            parent = "x.programme_item_id" if of else "x.trip_id"
            sql += f" WHERE {parent} IN ({trips})"
        by_parent: dict[int, list[tuple[Any, ...]]] = {}
        for row in self.rows(f"{sql} ORDER BY {order}"):
            by_parent.setdefault(row[0], []).append(row[1:])
        return by_parent

    def _wrap(self, sql: str) -> str:
        # "{date(x.day)}" -> the dialect's expression for that column.
        for name in ("date", "time", "moment", "year"):
            wrap = self.dialect[name]
            assert callable(wrap)
            while "{" + name + "(" in sql:
                start = sql.index("{" + name + "(")
                end = sql.index(")}", start)
                sql = sql[:start] + wrap(sql[start + len(name) + 2 : end]) + sql[end + 2 :]
        return sql


def _euros(cents: int | None) -> Any:
    return None if cents is None else from_units(cents, CENT)


def _record(
    trip: tuple[Any, ...],
    children: dict[str, list[tuple[Any, ...]]],
    items: dict[str, dict[int, list[tuple[Any, ...]]]],
) -> Record:
    (trip_id, title, kind, status, purpose, start, end, precision, travel_and_stay,
     other_costs, co2, co2_offset, budget_line_id, budget_line, time_zone, local_transport,
     ground_contact_id, outcomes, notes, co2_estimate, estimate_set, estimate_year,
     estimate_rf, policy_reason, source, source_date, source_page, source_note,
     derived_from, third_party_costs, third_party_payer, cancellation_costs,
     estimated_travel_and_stay, estimated_other_costs) = trip  # fmt: skip
    costs = (_euros(travel_and_stay), _euros(other_costs), _euros(co2_offset))
    return {
        "id": trip_id,
        "title": title,
        "kind": kind,
        "status": status,
        "themes": _firsts(children["themes"]),
        "purpose": purpose,
        "start_date": start,
        "end_date": end,
        "date_precision": precision,
        "destinations": [
            {"country_code": code, "country": country, "place_id": place_id, "place": place}
            for code, country, place_id, place in children["destinations"]
        ],
        "travellers": [
            {"official_id": official_id, "name": name, "lead": bool(lead), "role": role}
            for official_id, name, lead, role in children["travellers"]
        ],
        "delegation": [
            {"organisation": organisation, "name": name, "function": function, "role": role}
            for organisation, name, function, role in children["delegation"]
        ],
        "transport": _firsts(children["transport"]),
        "travel_and_stay": amount_text(costs[0]),
        "other_costs": amount_text(costs[1]),
        "co2_tonnes": tonnes_text(None if co2 is None else from_units(co2, KILOGRAM_IN_TONNES)),
        "co2_offset": amount_text(costs[2]),
        # The estimate from the journey (issue 20) and what it was made with.
        "co2_estimate_tonnes": tonnes_text(
            None if co2_estimate is None else from_units(co2_estimate, KILOGRAM_IN_TONNES)
        ),
        "co2_estimate_method": estimate_method_text(
            co2_estimate is not None, estimate_set, estimate_year, estimate_rf
        ),
        "journey": [_journey_leg(leg) for leg in children["journey"]],
        "policy_reason": policy_reason,
        # Both totals, each named for what it holds (issue 21): the council report's
        # (travel and stay plus other costs) and the one that adds the CO2 offset.
        "council_costs": amount_text(known_total_costs(costs[0], costs[1], None)),
        "total_costs": amount_text(known_total_costs(*costs)),
        # The columns councils ask for (issue 21); cancellation costs are in neither total.
        "third_party_costs": amount_text(_euros(third_party_costs)),
        "third_party_payer": third_party_payer,
        "cancellation_costs": amount_text(_euros(cancellation_costs)),
        "estimated_travel_and_stay": amount_text(_euros(estimated_travel_and_stay)),
        "estimated_other_costs": amount_text(_euros(estimated_other_costs)),
        "gifts": [
            {
                "description": description,
                "giver": giver,
                "value": amount_text(_euros(value)),
                "kept_at": kept_at,
            }
            for description, giver, value, kept_at in children["gifts"]
        ],
        "budget_line_id": budget_line_id,
        "budget_line": budget_line,
        "relation_ids": _firsts(children["relations"]),
        "network_ids": _firsts(children["networks"]),
        "agreement_ids": _firsts(children["agreements"]),
        "programme": [_programme_item(item, items) for item in children["programme"]],
        "time_zone": time_zone,
        "legs": [_leg(leg) for leg in children["legs"]],
        "stays": [
            {
                "hotel": hotel,
                "address": address,
                "phone": phone,
                "check_in": check_in,
                "check_out": check_out,
                "notes": stay_notes,
            }
            for hotel, address, phone, check_in, check_out, stay_notes in children["stays"]
        ],
        "hosts": [{"contact_id": contact, "role": role} for contact, role in children["hosts"]],
        "local_transport": local_transport,
        "ground_contact_id": ground_contact_id,
        "follow_ups": [
            {"description": description, "due": due, "done": bool(done)}
            for description, due, done in children["follow_ups"]
        ],
        "outcomes": outcomes,
        "notes": notes,
        # The date comes as ISO text from either database (the query's date()).
        **source_text(source, None, source_page, source_note, derived_from),
        "source_date": source_date,
    }


def _firsts(rows: Iterable[tuple[Any, ...]]) -> list[Any]:
    return [row[0] for row in rows]


def _programme_item(
    item: tuple[Any, ...], items: dict[str, dict[int, list[tuple[Any, ...]]]]
) -> Record:
    (item_id, day, time, end_time, time_zone, activity, place, address, purpose,
     talking_points, questions, dress_code, gifts) = item  # fmt: skip
    return {
        "day": day,
        "time": time,
        "end_time": end_time,
        "time_zone": time_zone,
        "activity": activity,
        "place": place,
        "address": address,
        "contact_ids": _firsts(items["contacts"].get(item_id, [])),
        "attendee_ids": _firsts(items["attendees"].get(item_id, [])),
        "purpose": purpose,
        "talking_points": talking_points,
        "questions": questions,
        "dress_code": dress_code,
        "gifts": gifts,
    }


def _journey_leg(leg: tuple[Any, ...]) -> Record:
    (from_place_id, from_place, to_place_id, to_place, mode, from_airport, to_airport, cabin,
     train_minutes) = leg  # fmt: skip
    return {
        "from_place_id": from_place_id,
        "from_place": from_place,
        "to_place_id": to_place_id,
        "to_place": to_place,
        "mode": mode,
        "from_airport": from_airport or None,
        "to_airport": to_airport or None,
        "cabin": cabin,
        "train_minutes": train_minutes,
    }


def _leg(leg: tuple[Any, ...]) -> Record:
    (mode, carrier, number, from_place, to_place, departure, departure_time_zone, arrival,
     arrival_time_zone, reference) = leg  # fmt: skip
    return {
        "mode": mode,
        "carrier": carrier,
        "number": number,
        "from_place": from_place,
        "to_place": to_place,
        "departure": departure,
        "departure_time_zone": departure_time_zone,
        "arrival": arrival,
        "arrival_time_zone": arrival_time_zone,
        "reference": reference,
    }
