"""Which time zones to offer first when a leg or a programme is given its local time:
the destinations' zones (from the country facts staff keep, else the zones CLDR knows for
the country) and the home side's. The full list of IANA zones follows them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from babel.core import get_global
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import CountryFacts
from .time_zones import known_zones

HOME_ZONE = "Europe/Amsterdam"


def kept_zones(session: Session) -> dict[str, str]:
    """The time zone kept in the country facts, by country code (where one is kept)."""
    rows = session.execute(
        select(CountryFacts.country_code, CountryFacts.time_zone).where(
            CountryFacts.time_zone != ""
        )
    )
    return {code: zone for code, zone in rows}


def destination_zones(kept: Mapping[str, str], country_codes: Iterable[str]) -> list[str]:
    """The zones of the destinations' countries, most likely first, each once."""
    territory_zones: Mapping[str, list[str]] = get_global("territory_zones")
    zones: list[str] = []
    for code in dict.fromkeys(c.upper() for c in country_codes):
        if kept.get(code):
            zones.append(kept[code])
        zones.extend(territory_zones.get(code, []))
    return [zone for zone in dict.fromkeys(zones) if zone in known_zones()]


def zone_choices(proposed: Iterable[str]) -> list[str]:
    """The proposed zones, then the home zone, then every other zone by name."""
    first = [zone for zone in dict.fromkeys([*proposed, HOME_ZONE]) if zone in known_zones()]
    return first + sorted(known_zones() - set(first))
