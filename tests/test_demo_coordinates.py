"""Every place of every demo knows where it lies, and where GeoNames knows the city the
demo's coordinates agree with it (issue 20: the map and the CO2 estimate need them)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from sqlalchemy import select

from intzaken.domain.models import Place
from intzaken.services import gazetteer
from intzaken.store.database import open_database
from intzaken.store.location import Location

# A city's centre and its municipality's differ: Tianjin's demo point is the municipality's
# (27 km from GeoNames's city centre). A typing slip in a degree is hundreds of km.
NEAR_KM = 30


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    haversine = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(haversine))


@pytest.mark.parametrize("profile", ["rotterdam", "groningen", "almere"])
def test_every_place_of_the_demo_has_coordinates_that_agree_with_geonames(
    demo_template: Callable[[str], Location], profile: str
) -> None:
    database = open_database(demo_template(profile))
    try:
        with database.sessions() as session:
            places = list(session.scalars(select(Place)))
    finally:
        database.close()
    assert len(places) > 5
    assert [p.name for p in places if p.latitude is None or p.longitude is None] == []
    far = []
    for place in places:
        city = gazetteer.unambiguous(place.name, place.country_code)
        if city is None:  # a region (Sląskie), a town under 15,000 (San Carlos, Nicaragua)
            continue
        distance = _km((place.latitude, place.longitude), (city.latitude, city.longitude))
        if distance > NEAR_KM:
            far.append(f"{place.name}: {distance:.0f} km from {gazetteer.describe(city)}")
    assert far == []
