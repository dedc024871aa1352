"""Published sets of emission factors, read from data files in resources/emission_factors.

A set is one file (`uk-desnz-2025.toml`): its source (title, publisher, URL, year,
licence) and kg CO2e per passenger-km per mode, flight band and cabin class, with and
without radiative forcing. A new year is a new file, no code: `factor_sets()` reads every
file in the folder. Factors are strings in the file and `Decimal` here, so an estimate
is exact arithmetic on the published figures.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from ..domain.enums import CabinClass
from ..resources import resource_path


class FlightBand(StrEnum):
    DOMESTIC = "domestic"  # within one country
    SHORT_HAUL = "short_haul"
    LONG_HAUL = "long_haul"


class SurfaceKind(StrEnum):
    RAIL_NATIONAL = "rail_national"
    RAIL_INTERNATIONAL = "rail_international"
    CAR = "car"
    COACH = "coach"
    FERRY = "ferry"


# A class a band lacks takes the next lower one (DESNZ publishes premium economy and
# first only for long-haul, and only 'average' for domestic flights).
CABIN_FALLBACK: dict[CabinClass, CabinClass | None] = {
    CabinClass.FIRST: CabinClass.BUSINESS,
    CabinClass.BUSINESS: CabinClass.PREMIUM_ECONOMY,
    CabinClass.PREMIUM_ECONOMY: CabinClass.ECONOMY,
    CabinClass.ECONOMY: CabinClass.AVERAGE,
    CabinClass.AVERAGE: None,
}


class FactorSetError(ValueError):
    """A factor file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class FactorSet:
    id: str
    year: int
    title: str
    publisher: str
    url: str
    licence: str
    distance_uplift: Decimal  # added to a flight's great-circle distance (0.08 = 8 %)
    surface_detour: Decimal  # added to a train's, car's or coach's great circle
    short_haul_max_km: int
    flights: dict[tuple[bool, FlightBand], dict[CabinClass, Decimal]]  # (with RF, band)
    surface: dict[SurfaceKind, Decimal]

    @property
    def method(self) -> str:
        """How an estimate names its set: 'uk-desnz-2025 (2025)'."""
        return f"{self.id} ({self.year})"

    def flight_factor(self, band: FlightBand, cabin: CabinClass, *, with_rf: bool) -> Decimal:
        """kg CO2e per passenger-km; a class the band lacks takes the next lower one."""
        published = self.flights[(with_rf, band)]
        wanted: CabinClass | None = cabin
        while wanted is not None:
            if wanted in published:
                return published[wanted]
            wanted = CABIN_FALLBACK[wanted]
        raise FactorSetError(f"{self.id}: no factor for {band} flights")


def _decimal(path: Path, key: str, value: Any) -> Decimal:
    if not isinstance(value, str):
        raise FactorSetError(f"{path.name}: {key} must be a quoted decimal, not {value!r}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise FactorSetError(f"{path.name}: {key} is not a number: {value!r}") from None
    if not number.is_finite() or number < 0:
        raise FactorSetError(f"{path.name}: {key} must be zero or more: {value!r}")
    return number


def _table(path: Path, data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise FactorSetError(f"{path.name}: the table [{key}] is missing")
    return value


def _text(path: Path, data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise FactorSetError(f"{path.name}: {key} is missing (every set states its source)")
    return value


def read_factor_set(path: Path) -> FactorSet:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FactorSetError(f"{path.name}: cannot be read ({exc})") from exc
    year = data.get("year")
    if not isinstance(year, int):
        raise FactorSetError(f"{path.name}: year must be a whole number")
    flight = _table(path, data, "flight")
    flights: dict[tuple[bool, FlightBand], dict[CabinClass, Decimal]] = {}
    for with_rf, key in ((True, "with_rf"), (False, "without_rf")):
        bands = _table(path, flight, key)
        for band in FlightBand:
            classes = _table(path, bands, band.value)
            if "average" not in classes:
                raise FactorSetError(f"{path.name}: flight.{key}.{band} needs 'average'")
            try:
                flights[(with_rf, band)] = {
                    CabinClass(name): _decimal(path, f"flight.{key}.{band}.{name}", value)
                    for name, value in classes.items()
                }
            except ValueError as exc:
                if isinstance(exc, FactorSetError):
                    raise
                raise FactorSetError(f"{path.name}: flight.{key}.{band}: {exc}") from None
    surface = _table(path, data, "surface")
    surface_factors = _table(path, surface, "factors")
    missing = [kind.value for kind in SurfaceKind if kind.value not in surface_factors]
    if missing:
        raise FactorSetError(f"{path.name}: surface.factors lacks {', '.join(missing)}")
    short_haul_max = flight.get("short_haul_max_km")
    if not isinstance(short_haul_max, int) or short_haul_max <= 0:
        raise FactorSetError(f"{path.name}: flight.short_haul_max_km must be a whole number")
    _text(path, flight, "distance_uplift_source")
    _text(path, surface, "detour_source")
    return FactorSet(
        id=_text(path, data, "id"),
        year=year,
        title=_text(path, data, "title"),
        publisher=_text(path, data, "publisher"),
        url=_text(path, data, "url"),
        licence=_text(path, data, "licence"),
        distance_uplift=_decimal(path, "flight.distance_uplift", flight.get("distance_uplift")),
        surface_detour=_decimal(path, "surface.detour", surface.get("detour")),
        short_haul_max_km=short_haul_max,
        flights=flights,
        surface={
            kind: _decimal(path, f"surface.factors.{kind}", surface_factors[kind.value])
            for kind in SurfaceKind
        },
    )


def default_folder() -> Path:
    return resource_path("emission_factors")


def factor_sets(folder: Path | None = None) -> dict[str, FactorSet]:
    """Every set in the folder by id, oldest year first."""
    return dict(_factor_sets(folder or default_folder()))


@cache
def _factor_sets(folder: Path) -> tuple[tuple[str, FactorSet], ...]:
    sets = [read_factor_set(path) for path in sorted(folder.glob("*.toml"))]
    ids = [s.id for s in sets]
    doubles = sorted({i for i in ids if ids.count(i) > 1})
    if doubles:
        raise FactorSetError(f"{folder}: the id {', '.join(doubles)} is used twice")
    return tuple((s.id, s) for s in sorted(sets, key=lambda s: (s.year, s.id)))


def newest_set(folder: Path | None = None) -> FactorSet:
    sets = factor_sets(folder)
    if not sets:
        raise FactorSetError(f"{folder or default_folder()}: no emission factor set")
    return list(sets.values())[-1]


def clear_cache() -> None:
    """Forget the files read (a test that adds a set to a folder it read before)."""
    _factor_sets.cache_clear()
