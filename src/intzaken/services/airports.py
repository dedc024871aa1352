"""Airports by IATA code, from the `airportsdata` package (MIT): a flight leg's start and
end when the airports are given. Kept apart from the journey's service so the checks
that read trips as rows (`intzaken check`) need no mapped classes to place a flight."""

from __future__ import annotations

from functools import cache
from typing import Any

from .co2_estimate import Point


@cache
def _airports() -> dict[str, Any]:
    # airportsdata reads its CSV (about 8,000 airports with an IATA code) at each load:
    # once, when the first flight leg asks.
    import airportsdata

    return dict(airportsdata.load("IATA"))


def airport_point(code: str) -> Point | None:
    """The coordinates and country of an airport by its IATA code; None if unknown."""
    airport = _airports().get(code.upper())
    if airport is None:
        return None
    return Point(float(airport["lat"]), float(airport["lon"]), str(airport["country"]))


def airport_name(code: str) -> str:
    airport = _airports().get(code.upper())
    return "" if airport is None else str(airport["name"])
