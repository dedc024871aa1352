"""The SQL of the trips list (trip_listing.py) in each dialect, one row per trip.

Both give the values as SQLite stores them: dates as ISO text (PostgreSQL through
to_char, whatever the server's DateStyle), enums as their values, money in cents and CO2
in kilograms, the lead flag as 1 or 0, and a trip's destinations and travellers packed
into one text each, items separated by chr(31) and carrying their position (an
aggregate's order is not guaranteed).

SQLite reads fastest with a correlated subquery per trip (measured at 100,000 trips; the
benchmark depends on it). PostgreSQL runs those one by one too, three times slower than
aggregating each child table once and joining (6 s against 2 s at 100,000 trips), so the
whole list is read that way there; the first rows of a large list, which the window
shows at once, still come from the correlated form, which stops after them.
"""

from __future__ import annotations

_PARTS = {
    "sqlite": {
        "start": "t.start_date",
        "end": "t.end_date",
        "agg": "group_concat",
        "unit": "char(31)",
        "lead": "tt.is_lead",
        "param": "?",
    },
    "postgresql": {
        "start": "to_char(t.start_date, 'YYYY-MM-DD')",
        "end": "to_char(t.end_date, 'YYYY-MM-DD')",
        "agg": "string_agg",
        "unit": "chr(31)",
        "lead": "CASE WHEN tt.is_lead THEN 1 ELSE 0 END",
        "param": "%s",
    },
}
_DESTINATION = "d.position || ':' || d.country_code || ':' || coalesce(p.name, c.name)"
_TRAVELLER = "tt.position || ':' || tt.official_id || ':' || {lead} || ':' || o.name"
_ORDER = "ORDER BY t.start_date NULLS FIRST, t.id"
# The window opens the list newest first: its first rows are the last ones of _ORDER,
# trips without a date after the others and equal dates still by number, as the list
# sorts them.
_NEWEST_ORDER = "ORDER BY t.start_date DESC NULLS LAST, t.id"

_CORRELATED = f"""
SELECT t.id, {{start}}, {{end}}, t.status, t.title,
       (SELECT {{agg}}({_DESTINATION}, {{unit}})
          FROM trip_destinations d JOIN countries c ON c.code = d.country_code
          LEFT JOIN places p ON p.id = d.place_id
         WHERE d.trip_id = t.id),
       (SELECT {{agg}}({_TRAVELLER}, {{unit}})
          FROM trip_travellers tt JOIN officials o ON o.id = tt.official_id
         WHERE tt.trip_id = t.id),
       t.travel_and_stay, t.other_costs, t.co2_tonnes, t.derived_from
  FROM trips t
 {_ORDER}
"""
_GROUPED = f"""
SELECT t.id, {{start}}, {{end}}, t.status, t.title, ds.packed, ts.packed,
       t.travel_and_stay, t.other_costs, t.co2_tonnes, t.derived_from
  FROM trips t
  LEFT JOIN (SELECT d.trip_id, {{agg}}({_DESTINATION}, {{unit}}) AS packed
               FROM trip_destinations d JOIN countries c ON c.code = d.country_code
               LEFT JOIN places p ON p.id = d.place_id
              GROUP BY d.trip_id) ds ON ds.trip_id = t.id
  LEFT JOIN (SELECT tt.trip_id, {{agg}}({_TRAVELLER}, {{unit}}) AS packed
               FROM trip_travellers tt JOIN officials o ON o.id = tt.official_id
              GROUP BY tt.trip_id) ts ON ts.trip_id = t.id
 {_ORDER}
"""

ALL_TRIPS = {
    "sqlite": _CORRELATED.format(**_PARTS["sqlite"]),
    "postgresql": _GROUPED.format(**_PARTS["postgresql"]),
}
"""Every trip; no parameters."""

FIRST_TRIPS = {
    name: _CORRELATED.format(**parts) + f" LIMIT {parts['param']}" for name, parts in _PARTS.items()
}
"""The first trips; one parameter, how many."""

NEWEST_TRIPS = {name: query.replace(_ORDER, _NEWEST_ORDER) for name, query in FIRST_TRIPS.items()}
"""The newest trips; one parameter, how many."""
