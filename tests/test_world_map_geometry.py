"""The world map's shipped outlines and its projection: the countries a Dutch
municipality travels to are there under their ISO codes, and places land where a
reader of an atlas expects them."""

from __future__ import annotations

import math

import pytest

from intzaken.world_map.outlines import country_outlines
from intzaken.world_map.projection import (
    WORLD_ASPECT,
    great_circle,
    project,
    visible_band,
)


def _contains(ring: tuple[tuple[float, float], ...], lon: float, lat: float) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_the_outlines_hold_every_country_once_by_its_iso_code() -> None:
    outlines = country_outlines()
    codes = [outline.code for outline in outlines]
    assert len(codes) == len(set(codes)) > 170
    assert all(len(code) == 2 and code.isupper() for code in codes)
    # Natural Earth leaves France's and Norway's code empty: the map names them anyway.
    assert {"NL", "FR", "NO", "DE", "JP", "US", "CN", "BR", "ZA", "AU"} <= set(codes)


@pytest.mark.parametrize(
    ("code", "lon", "lat"),
    [("NL", 4.48, 51.92), ("FR", -1.55, 47.22), ("JP", 139.69, 35.69), ("US", -87.6, 41.9)],
)
def test_a_city_lies_inside_its_countrys_outline(code: str, lon: float, lat: float) -> None:
    (outline,) = [each for each in country_outlines() if each.code == code]
    assert any(_contains(ring, lon, lat) for ring in outline.rings)
    assert all(-180 <= x <= 180 and -90 <= y <= 90 for ring in outline.rings for x, y in ring)


def test_the_projection_puts_north_up_and_east_right() -> None:
    assert project(0, 0) == (0.0, 0.0)
    rotterdam, tokyo, cape_town = project(4.48, 51.92), project(139.69, 35.69), project(18.4, -33.9)
    assert tokyo[0] > rotterdam[0] > 0 and rotterdam[1] > tokyo[1] > 0 > cape_town[1]
    assert project(180, 0) == (1.0, 0.0) and project(-180, -90)[1] == -1.0
    # Robinson's poles are lines a little over half the equator's length.
    assert project(180, 90) == pytest.approx((0.5322, 1.0))
    assert round(WORLD_ASPECT, 2) == 1.97
    south, north = visible_band()
    assert -1 < south < 0 < north < 1


def test_a_flight_to_tokyo_follows_the_great_circle_over_siberia() -> None:
    (run,) = great_circle((4.48, 51.92), (139.69, 35.69))
    assert run[0] == pytest.approx((4.48, 51.92)) and run[-1] == pytest.approx((139.69, 35.69))
    # The shortest way bends north of both ends, as a flight to Japan does.
    assert max(lat for _lon, lat in run) > 65


def test_a_way_across_the_date_line_is_split_there() -> None:
    runs = great_circle((139.69, 35.69), (-122.42, 37.77))  # Tokyo to San Francisco
    assert len(runs) == 2
    assert math.isclose(abs(runs[0][-1][0]), 180, abs_tol=10)
    assert runs[1][0][0] < 0 < runs[0][-1][0]
