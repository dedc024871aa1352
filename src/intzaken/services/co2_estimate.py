"""A trip's CO2 estimated from its journey: pure arithmetic, no database.

Per leg: the great circle between its two points (haversine), plus the set's uplift for
flights (DESNZ: 8 %) or its detour allowance for trains, cars and coaches, times the
set's factor for the mode and band (kg CO2e per passenger-km). Per traveller: the sum of
the legs. For the delegation: that times the number of travellers. Distances and
factors are exact decimals from the great circle on; only the great circle itself is
computed in floating point (the coordinates are floats) and rounded to 0.1 km.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..domain.enums import CabinClass, TransportMode
from .emission_factors import FactorSet, FlightBand, SurfaceKind

# The mean Earth radius R1 of the IUGG (Moritz, "Geodetic Reference System 1980"),
# 6,371.0088 km: the radius of the sphere the haversine formula assumes. On the
# ellipsoid a distance differs by at most about 0.5 %, far below the factors' own spread.
EARTH_RADIUS_KM = 6371.0088

KILOGRAMS_PER_TONNE = Decimal(1000)
KM_PLACES = Decimal("0.1")
KG_PLACES = Decimal("0.001")

SURFACE_MODES = {
    TransportMode.OFFICIAL_CAR: SurfaceKind.CAR,
    TransportMode.CAR: SurfaceKind.CAR,
    TransportMode.BUS: SurfaceKind.COACH,
    TransportMode.BOAT: SurfaceKind.FERRY,
}


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    country_code: str  # ISO 3166-1 alpha-2: a flight or train within one country is domestic


@dataclass(frozen=True)
class LegInput:
    start: Point | None  # None: the place has no coordinates
    end: Point | None
    mode: TransportMode
    cabin: CabinClass = CabinClass.AVERAGE


@dataclass(frozen=True)
class LegEstimate:
    great_circle_km: Decimal
    distance_km: Decimal  # with the uplift or detour
    factor: Decimal  # kg CO2e per passenger-km
    kilograms: Decimal  # per traveller
    band: FlightBand | SurfaceKind


@dataclass(frozen=True)
class TripEstimate:
    legs: tuple[LegEstimate | None, ...]  # None: a leg that could not be estimated
    travellers: int
    per_traveller: Decimal  # tonnes, three places
    delegation: Decimal  # tonnes, three places
    factor_set: FactorSet
    with_rf: bool

    @property
    def complete(self) -> bool:
        return all(leg is not None for leg in self.legs)

    @property
    def method(self) -> str:
        """'uk-desnz-2025 (2025), with radiative forcing': enough to reproduce it."""
        rf = "with radiative forcing" if self.with_rf else "without radiative forcing"
        return f"{self.factor_set.method}, {rf}"


def great_circle_km(start: Point, end: Point) -> Decimal:
    """The haversine distance on a sphere of EARTH_RADIUS_KM, to 0.1 km."""
    lat1, lat2 = math.radians(start.latitude), math.radians(end.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(end.longitude - start.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
    return Decimal(repr(km)).quantize(KM_PLACES, ROUND_HALF_UP)


def flight_band(factors: FactorSet, start: Point, end: Point, km: Decimal) -> FlightBand:
    if start.country_code == end.country_code:
        return FlightBand.DOMESTIC
    if km <= factors.short_haul_max_km:
        return FlightBand.SHORT_HAUL
    return FlightBand.LONG_HAUL


def estimate_leg(factors: FactorSet, leg: LegInput, *, with_rf: bool) -> LegEstimate | None:
    """One traveller's CO2 for one leg; None when it cannot be known (a place without
    coordinates, or a mode the set has no factor for: 'other')."""
    if leg.start is None or leg.end is None:
        return None
    km = great_circle_km(leg.start, leg.end)
    band: FlightBand | SurfaceKind
    if leg.mode is TransportMode.PLANE:
        band = flight_band(factors, leg.start, leg.end, km)
        factor = factors.flight_factor(band, leg.cabin, with_rf=with_rf)
        uplift = factors.distance_uplift
    elif leg.mode is TransportMode.TRAIN:
        same_country = leg.start.country_code == leg.end.country_code
        band = SurfaceKind.RAIL_NATIONAL if same_country else SurfaceKind.RAIL_INTERNATIONAL
        factor, uplift = factors.surface[band], factors.surface_detour
    elif leg.mode in SURFACE_MODES:
        band = SURFACE_MODES[leg.mode]
        factor, uplift = factors.surface[band], factors.surface_detour
    else:
        return None
    distance = (km * (1 + uplift)).quantize(KM_PLACES, ROUND_HALF_UP)
    kilograms = (distance * factor).quantize(KG_PLACES, ROUND_HALF_UP)
    return LegEstimate(km, distance, factor, kilograms, band)


def estimate_journey(
    factors: FactorSet, legs: Sequence[LegInput], travellers: int, *, with_rf: bool
) -> TripEstimate:
    """The legs' estimates, their sum per traveller and for the delegation (at least one
    traveller: a trip whose travellers are not yet known still has a per-person figure)."""
    estimates = tuple(estimate_leg(factors, leg, with_rf=with_rf) for leg in legs)
    kilograms = sum((e.kilograms for e in estimates if e is not None), Decimal(0))
    per_traveller_kg = kilograms.quantize(Decimal(1), ROUND_HALF_UP)
    count = max(travellers, 1)
    return TripEstimate(
        legs=estimates,
        travellers=count,
        per_traveller=per_traveller_kg / KILOGRAMS_PER_TONNE,
        delegation=per_traveller_kg * count / KILOGRAMS_PER_TONNE,
        factor_set=factors,
        with_rf=with_rf,
    )
