"""The country outlines shipped with the app (resources/map/countries-110m.json: Natural
Earth's admin-0 countries at 1:110m, public domain; see the README beside it).

Read once per process: 175 countries, about 10,000 points.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from ..resources import resource_path

OUTLINES_FILE = ("map", "countries-110m.json")

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude) in degrees, closed


@dataclass(frozen=True)
class CountryOutline:
    code: str  # ISO 3166-1 alpha-2, as the registers' countries
    rings: tuple[Ring, ...]  # outer rings and holes alike: drawn with the even-odd rule


@cache
def country_outlines() -> tuple[CountryOutline, ...]:
    """Every country's outline, by code."""
    document = json.loads(resource_path(*OUTLINES_FILE).read_text(encoding="utf-8"))
    step = float(document["step"])
    outlines = []
    for country in document["countries"]:
        rings = tuple(
            tuple(zip((x / step for x in flat[0::2]), (y / step for y in flat[1::2]), strict=True))
            for flat in country["rings"]
        )
        outlines.append(CountryOutline(str(country["code"]), rings))
    return tuple(outlines)
