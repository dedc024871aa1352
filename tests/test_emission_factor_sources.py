"""The shipped DESNZ 2025 factors against the published rows they were checked with
(issue 20): each value with its flat-file ID and the transcriptions that give it, so an
edit of resources/emission_factors/uk-desnz-2025.toml that changes a checked figure
fails here until the check is done again.

Sources (no network here, so neither is the gov.uk workbook itself):
- A: scope3emissiontest-oss/JulesProject, defra_factors_2025_v2/category_business_travel_
  {air,land,sea}.csv (commit 0c3571d4), the flat file's rows with their IDs;
- B: favour-umejesi/EcoTrack-, docs/factors.md (commit 71c35f96), transcribed by hand
  from the gov.uk flat file with the same IDs.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from intzaken.domain.enums import CabinClass
from intzaken.services.emission_factors import (
    FlightBand,
    SurfaceKind,
    default_folder,
    read_factor_set,
)

# (with RF, band, class): (flat-file ID, value, sources)
FLIGHTS = {
    (True, FlightBand.DOMESTIC, CabinClass.AVERAGE): ("21_316_3160_11_1", "0.22928", "AB"),
    (True, FlightBand.SHORT_HAUL, CabinClass.AVERAGE): ("21_316_3162_11_1", "0.12786", "AB"),
    (True, FlightBand.SHORT_HAUL, CabinClass.ECONOMY): ("21_316_3164_11_1", "0.12576", "AB"),
    (True, FlightBand.SHORT_HAUL, CabinClass.BUSINESS): ("21_316_3166_11_1", "0.18863", "AB"),
    (True, FlightBand.LONG_HAUL, CabinClass.AVERAGE): ("21_316_3168_11_1", "0.15282", "AB"),
    (True, FlightBand.LONG_HAUL, CabinClass.ECONOMY): ("21_316_3170_11_1", "0.11704", "AB"),
    (True, FlightBand.LONG_HAUL, CabinClass.PREMIUM_ECONOMY): (
        "21_316_3172_11_1",
        "0.18726",
        "AB",
    ),
    (True, FlightBand.LONG_HAUL, CabinClass.BUSINESS): ("21_316_3174_11_1", "0.3394", "AB"),
    (True, FlightBand.LONG_HAUL, CabinClass.FIRST): ("21_316_3176_11_1", "0.46814", "AB"),
    (False, FlightBand.DOMESTIC, CabinClass.AVERAGE): ("21_316_3161_11_1", "0.13552", "A"),
    (False, FlightBand.SHORT_HAUL, CabinClass.AVERAGE): ("21_316_3163_11_1", "0.07559", "A"),
    (False, FlightBand.SHORT_HAUL, CabinClass.ECONOMY): ("21_316_3165_11_1", "0.07435", "AB"),
    (False, FlightBand.SHORT_HAUL, CabinClass.BUSINESS): ("21_316_3167_11_1", "0.11152", "A"),
    (False, FlightBand.LONG_HAUL, CabinClass.AVERAGE): ("21_316_3169_11_1", "0.09043", "A"),
    (False, FlightBand.LONG_HAUL, CabinClass.ECONOMY): ("21_316_3171_11_1", "0.06926", "AB"),
    (False, FlightBand.LONG_HAUL, CabinClass.PREMIUM_ECONOMY): (
        "21_316_3173_11_1",
        "0.11081",
        "A",
    ),
    (False, FlightBand.LONG_HAUL, CabinClass.BUSINESS): ("21_316_3175_11_1", "0.20083", "A"),
    (False, FlightBand.LONG_HAUL, CabinClass.FIRST): ("21_316_3177_11_1", "0.27701", "A"),
}
SURFACE = {
    SurfaceKind.RAIL_NATIONAL: ("25_315_3147_11_1", "0.03546", "AB"),  # National rail
    SurfaceKind.RAIL_INTERNATIONAL: ("25_315_3148_11_1", "0.00446", "A"),  # International rail
    SurfaceKind.CAR: ("25_301_3074_4_1", "0.16725", "A"),  # Average car, unknown fuel, km
    SurfaceKind.COACH: ("25_314_3146_11_1", "0.02776", "A"),  # Bus, Coach
    SurfaceKind.FERRY: ("23_318_3190_11_1", "0.1127", "A"),  # Ferry, average passenger
}

SHIPPED = read_factor_set(default_folder() / "uk-desnz-2025.toml")


@pytest.mark.parametrize(("key", "row"), FLIGHTS.items(), ids=[row[0] for row in FLIGHTS.values()])
def test_each_flight_factor_is_the_published_row(
    key: tuple[bool, FlightBand, CabinClass], row: tuple[str, str, str]
) -> None:
    with_rf, band, cabin = key
    assert SHIPPED.flights[(with_rf, band)][cabin] == Decimal(row[1])


@pytest.mark.parametrize(("kind", "row"), SURFACE.items(), ids=[row[0] for row in SURFACE.values()])
def test_each_surface_factor_is_the_published_row(
    kind: SurfaceKind, row: tuple[str, str, str]
) -> None:
    assert SHIPPED.surface[kind] == Decimal(row[1])


def test_every_shipped_factor_was_checked_and_each_names_its_id_in_the_file() -> None:
    checked = {(rf, band, cabin) for rf, band, cabin in FLIGHTS}
    shipped = {
        (rf, band, cabin) for (rf, band), classes in SHIPPED.flights.items() for cabin in classes
    }
    assert shipped == checked and set(SHIPPED.surface) == set(SURFACE)
    text = (default_folder() / "uk-desnz-2025.toml").read_text(encoding="utf-8")
    for flat_file_id, _value, _sources in [*FLIGHTS.values(), *SURFACE.values()]:
        assert f"# {flat_file_id}" in text
    # The with-RF factors are the ones two transcriptions agree on.
    assert all(sources == "AB" for (rf, _b, _c), (_i, _v, sources) in FLIGHTS.items() if rf)
