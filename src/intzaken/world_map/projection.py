"""The Robinson projection, and great circles for the lines of a journey.

Robinson (1963) shows the whole world with little distortion where our trips go (Europe,
Asia, the Americas) and without Mercator's huge north. It is defined by a table of
lengths of the parallels and their distances from the equator every 5 degrees (Snyder,
"Map Projections: A Working Manual", USGS 1987, table 21 as in PROJ); in between it
is interpolated, here linearly, which is within a pixel at the sizes we draw.

`project` gives unit coordinates: x from -1 (180° W) to 1 (180° E), y from -1 (south
pole) to 1 (north pole). A drawing scales them to its rectangle, keeping WORLD_ASPECT.
"""

from __future__ import annotations

import math
from bisect import bisect_right

# Per 5° of latitude: the parallel's length (X) and its distance from the equator (Y).
_LENGTHS = (
    1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
    0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322,
)  # fmt: skip
_HEIGHTS = (
    0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
    0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000,
)  # fmt: skip
_X_SCALE = 0.8487 * math.pi  # the equator's half-length with R = 1
_Y_SCALE = 1.3523  # the pole's distance from the equator with R = 1
# Width over height of the whole world in this projection.
WORLD_ASPECT = _X_SCALE / _Y_SCALE
# What a map of trips shows: Antarctica and the high Arctic are left off.
SOUTH_EDGE = -58.0
NORTH_EDGE = 84.0
_LATITUDES = tuple(5.0 * index for index in range(len(_LENGTHS)))


def _interpolated(table: tuple[float, ...], latitude: float) -> float:
    at = min(abs(latitude), 90.0)
    index = min(bisect_right(_LATITUDES, at) - 1, len(table) - 2)
    share = (at - _LATITUDES[index]) / 5.0
    return table[index] + (table[index + 1] - table[index]) * share


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Unit map coordinates of a place (north up: y grows northwards)."""
    x = _interpolated(_LENGTHS, latitude) * longitude / 180.0
    y = math.copysign(_interpolated(_HEIGHTS, latitude), latitude)
    return x, y


def visible_band() -> tuple[float, float]:
    """The unit y of the map's southern and northern edge."""
    return project(0.0, SOUTH_EDGE)[1], project(0.0, NORTH_EDGE)[1]


Bounds = tuple[float, float, float, float]  # unit x from, x to, y from (south), y to (north)


def region_bounds(west: float, east: float, south: float, north: float) -> Bounds:
    """The unit rectangle that holds the region between those meridians and parallels
    (Robinson's meridians curve: the widest of its parallels counts)."""
    corners = [
        project(lon, lat)
        for lon in (west, east)
        for lat in (south, north, min(max(0.0, south), north))
    ]
    xs, ys = [x for x, _y in corners], [y for _x, y in corners]
    return min(xs), max(xs), min(ys), max(ys)


def world_bounds() -> Bounds:
    south, north = visible_band()
    return -1.0, 1.0, south, north


# The map's regions to choose from: where a Dutch municipality's relations crowd.
REGIONS: dict[str, tuple[float, float, float, float]] = {
    "world": (-180.0, 180.0, SOUTH_EDGE, NORTH_EDGE),
    "europe": (-12.0, 34.0, 35.0, 66.0),
}


def great_circle(
    start: tuple[float, float], end: tuple[float, float], steps: int = 48
) -> list[list[tuple[float, float]]]:
    """The shortest way over the globe from `start` to `end` (longitude, latitude), as
    runs of points: a way that crosses the 180th meridian is split there, so that no
    line is drawn across the whole map."""
    (lon1, lat1), (lon2, lat2) = start, end
    a = _unit_vector(lon1, lat1)
    b = _unit_vector(lon2, lat2)
    angle = math.acos(max(-1.0, min(1.0, sum(p * q for p, q in zip(a, b, strict=True)))))
    if angle < 1e-9:
        return [[(lon1, lat1)]]
    runs: list[list[tuple[float, float]]] = [[]]
    previous_lon: float | None = None
    for step in range(steps + 1):
        share = step / steps
        # Spherical linear interpolation between the two ends.
        wa = math.sin((1 - share) * angle) / math.sin(angle)
        wb = math.sin(share * angle) / math.sin(angle)
        x, y, z = (wa * p + wb * q for p, q in zip(a, b, strict=True))
        lon = math.degrees(math.atan2(y, x))
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        if previous_lon is not None and abs(lon - previous_lon) > 180.0:
            runs.append([])
        runs[-1].append((lon, lat))
        previous_lon = lon
    return runs


def _unit_vector(longitude: float, latitude: float) -> tuple[float, float, float]:
    lon, lat = math.radians(longitude), math.radians(latitude)
    return math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)
