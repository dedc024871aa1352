"""A trip's CO2 estimated from its journey: distances, factors, sums (issue 20)."""

from __future__ import annotations

import math
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from intzaken.domain.enums import CabinClass, TransportMode
from intzaken.services.co2_estimate import (
    EARTH_RADIUS_KM,
    LegInput,
    Point,
    estimate_journey,
    estimate_leg,
    great_circle_km,
)
from intzaken.services.emission_factors import (
    FactorSetError,
    FlightBand,
    clear_cache,
    default_folder,
    factor_sets,
    newest_set,
)

ROTTERDAM = Point(51.9225, 4.47917, "NL")
NANTES = Point(47.2184, -1.5536, "FR")
TOKYO = Point(35.6895, 139.69171, "JP")
BRUSSELS = Point(50.8467, 4.3525, "BE")
GRONINGEN = Point(53.2194, 6.5665, "NL")


def spherical_cosines_km(a: Point, b: Point) -> float:
    """The great circle by the spherical law of cosines: another formula than the
    haversine of the code, on the same sphere, as one would work it out by hand."""
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dl = math.radians(b.longitude - a.longitude)
    cos_angle = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return EARTH_RADIUS_KM * math.acos(cos_angle)


@pytest.mark.parametrize(
    ("a", "b", "about_km"),
    [(ROTTERDAM, NANTES, 680), (ROTTERDAM, TOKYO, 9346), (ROTTERDAM, BRUSSELS, 120)],
)
def test_great_circles_match_the_hand_computed_distances(a: Point, b: Point, about_km: int) -> None:
    km = great_circle_km(a, b)
    assert abs(float(km) - spherical_cosines_km(a, b)) <= 0.1
    assert abs(float(km) - about_km) <= 1
    assert great_circle_km(b, a) == km


def test_a_return_flight_rotterdam_nantes_for_one_person_is_a_few_tenths_of_a_tonne() -> None:
    factors = newest_set()
    legs = [LegInput(ROTTERDAM, NANTES, TransportMode.PLANE)]
    legs.append(LegInput(NANTES, ROTTERDAM, TransportMode.PLANE))
    estimate = estimate_journey(factors, legs, 1, with_rf=True)
    assert Decimal("0.1") <= estimate.per_traveller <= Decimal("0.5")
    leg = estimate.legs[0]
    assert leg is not None and leg.band is FlightBand.SHORT_HAUL
    # 8 % on the great circle, times the short-haul factor for an average passenger.
    assert leg.distance_km == (leg.great_circle_km * Decimal("1.08")).quantize(Decimal("0.1"))
    assert leg.factor == factors.flight_factor(
        FlightBand.SHORT_HAUL, CabinClass.AVERAGE, with_rf=True
    )
    assert leg.kilograms == (leg.distance_km * leg.factor).quantize(Decimal("0.001"))
    assert estimate.delegation == estimate.per_traveller


def test_the_delegation_counts_every_traveller_and_radiative_forcing_adds() -> None:
    factors = newest_set()
    legs = [LegInput(ROTTERDAM, TOKYO, TransportMode.PLANE, CabinClass.BUSINESS)] * 2
    with_rf = estimate_journey(factors, legs, 3, with_rf=True)
    without = estimate_journey(factors, legs, 3, with_rf=False)
    assert with_rf.delegation == with_rf.per_traveller * 3
    assert without.per_traveller < with_rf.per_traveller
    assert with_rf.legs[0] is not None and with_rf.legs[0].band is FlightBand.LONG_HAUL
    assert with_rf.method == "uk-desnz-2025 (2025), with radiative forcing"
    # Business class costs more than economy on the same flight.
    economy = estimate_journey(
        factors,
        [LegInput(ROTTERDAM, TOKYO, TransportMode.PLANE, CabinClass.ECONOMY)] * 2,
        3,
        with_rf=True,
    )
    assert economy.per_traveller < with_rf.per_traveller


def test_rotterdam_brussels_by_train_is_a_few_kilograms_with_the_detour() -> None:
    factors = newest_set()
    leg = estimate_leg(factors, LegInput(ROTTERDAM, BRUSSELS, TransportMode.TRAIN), with_rf=True)
    assert leg is not None
    assert leg.distance_km == (leg.great_circle_km * (1 + factors.surface_detour)).quantize(
        Decimal("0.1")
    )
    assert leg.kilograms < Decimal(10)
    flight = estimate_leg(factors, LegInput(ROTTERDAM, BRUSSELS, TransportMode.PLANE), with_rf=True)
    assert flight is not None and flight.kilograms > 10 * leg.kilograms


def test_a_flight_within_one_country_is_domestic_and_a_missing_class_falls_back() -> None:
    factors = newest_set()
    leg = estimate_leg(
        factors, LegInput(ROTTERDAM, GRONINGEN, TransportMode.PLANE, CabinClass.FIRST), with_rf=True
    )
    assert leg is not None and leg.band is FlightBand.DOMESTIC
    # The set publishes only 'average' for domestic flights.
    assert leg.factor == factors.flight_factor(
        FlightBand.DOMESTIC, CabinClass.AVERAGE, with_rf=True
    )


def test_a_leg_without_coordinates_or_with_another_mode_is_not_guessed() -> None:
    factors = newest_set()
    legs = [
        LegInput(ROTTERDAM, None, TransportMode.PLANE),
        LegInput(ROTTERDAM, BRUSSELS, TransportMode.OTHER),
        LegInput(ROTTERDAM, BRUSSELS, TransportMode.TRAIN),
    ]
    estimate = estimate_journey(factors, legs, 0, with_rf=True)
    assert estimate.legs[0] is None and estimate.legs[1] is None
    assert not estimate.complete
    assert estimate.travellers == 1


def test_every_shipped_set_states_its_source_and_licence() -> None:
    sets = factor_sets()
    assert "uk-desnz-2025" in sets
    for factors in sets.values():
        assert factors.url.startswith("https://")
        assert "Open Government Licence" in factors.licence
        assert factors.distance_uplift == Decimal("0.08")


def test_a_new_set_is_a_new_file_without_code(tmp_path: Path) -> None:
    shutil.copy(default_folder() / "uk-desnz-2025.toml", tmp_path / "uk-desnz-2025.toml")
    text = (default_folder() / "uk-desnz-2025.toml").read_text(encoding="utf-8")
    newer = text.replace('id = "uk-desnz-2025"', 'id = "uk-desnz-2026"').replace(
        "year = 2025", "year = 2026"
    )
    newer = newer.replace('economy = "0.12576"', 'economy = "0.10000"')
    (tmp_path / "uk-desnz-2026.toml").write_text(newer, encoding="utf-8")
    clear_cache()
    assert list(factor_sets(tmp_path)) == ["uk-desnz-2025", "uk-desnz-2026"]
    newest = newest_set(tmp_path)
    assert newest.year == 2026
    assert newest.flight_factor(FlightBand.SHORT_HAUL, CabinClass.ECONOMY, with_rf=True) == Decimal(
        "0.10000"
    )


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (('licence = "', 'licenze = "'), "licence"),
        (('car = "0.16725"', "car = 0.16725"), "surface.factors.car"),
        (('car = "0.16725"', 'car = "-1"'), "surface.factors.car"),
        (("[flight.with_rf.domestic]", "[flight.with_rf.nowhere]"), "domestic"),
        (('first = "0.46814"', 'luxury = "0.9"'), "luxury"),
    ],
)
def test_a_broken_set_is_refused_naming_the_file_and_key(
    tmp_path: Path, change: tuple[str, str], named: str
) -> None:
    text = (default_folder() / "uk-desnz-2025.toml").read_text(encoding="utf-8")
    (tmp_path / "broken.toml").write_text(text.replace(*change, 1), encoding="utf-8")
    clear_cache()
    with pytest.raises(FactorSetError, match=named) as caught:
        factor_sets(tmp_path)
    assert "broken.toml" in str(caught.value)
