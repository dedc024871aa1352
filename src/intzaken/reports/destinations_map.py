"""The annual overview's "Destinations in <year>": the world map of the window's Kaart
page as a picture (the same outlines, projection and colours: world_map/ and
house_style), the countries shaded by the trips made to them, each trip a great-circle
line from the home place; and below it the same as a table, readable without seeing
the picture.

Drawn with matplotlib off-screen (as the charts: the reports may not use Qt), at 200
dpi, so one picture serves the PDF and the Word version; its alternative text names
the destinations.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import house_style
from ..domain.models import Country, Trip
from ..formatting import country_name, dutch_list
from ..i18n import _, ngettext
from ..services.map_data import MapData, MapPlace, trips_map_data
from ..world_map.outlines import country_outlines
from ..world_map.projection import (
    REGIONS,
    WORLD_ASPECT,
    great_circle,
    project,
    region_bounds,
    visible_band,
)
from .charts import DPI, Picture, _families, _image, _use_report_font
from .content import Block, Grid, Heading, Illustration, Text
from .right_to_left import visual_order

if TYPE_CHECKING:
    from matplotlib.path import Path as MplPath
    from PIL import Image

WIDTH_MM = 170.0
COVER_HEIGHT_MM = 70.0  # the briefing pack's cover: the region of the route
EUROPE_HEIGHT_MM = 95.0
NAMED_PLACES = 12  # the alternative text names this many destinations, most visited first


def destinations_blocks(session: Session, year: int, trips: Sequence[Trip]) -> list[Block]:
    """The section: heading, map, what it shows in words and the visits per country, of
    `trips` (the trips made in `year`, as the report has them)."""
    data = trips_map_data(session, year, trips)
    if not data.trips:
        return []
    lines = route_lines(data)  # drawn on both maps: worked out once
    names: dict[str, str] = {
        code: name
        for code, name in session.execute(
            select(Country.code, Country.name).where(Country.code.in_(data.visits))
        )
    }
    countries = sorted(
        (
            (country_name(code, names.get(code, code)), visits)
            for code, visits in data.visits.items()
        ),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return [
        Heading(_("Destinations in {year}").format(year=year), 1),
        Illustration(
            lambda: map_pixels(data, lines=lines),
            description(data, year),
            height_mm=map_height_mm(),
            title=_("Destinations in {year}").format(year=year),
        ),
        *_europe(data, year, lines),
        Text(
            _(
                "Each line is a trip from {home}; the darker a country, the more trips "
                "went there (light: one, middle: two, dark: three or more)."
            ).format(home=data.home.name if data.home else _("the home place")),
            "Small",
        ),
        Grid(
            [_("Country"), _("Trips")],
            [[name, str(visits)] for name, visits in countries],
            (3.0, 1.0),
            numeric=(1,),
        ),
    ]


def _europe(data: MapData, year: int, lines: list[Line]) -> list[Block]:
    """Europe up close, where most trips of a Dutch municipality go and the world map
    crowds them: only when some destination lies in it."""
    extent = europe_extent()
    inside = [
        place.name for trip in data.trips for place in trip.destinations if _within(extent, place)
    ]
    if not inside:
        return []
    return [
        Illustration(
            lambda: map_pixels(data, EUROPE_HEIGHT_MM, extent, lines),
            _("Map of Europe with the destinations there: {places}.").format(
                places=dutch_list(sorted(set(inside)))
            ),
            height_mm=EUROPE_HEIGHT_MM,
            title=_("Destinations in Europe in {year}").format(year=year),
        )
    ]


def europe_extent() -> Extent:
    """The Kaart page's Europe, widened to the picture's proportions."""
    west, east, south, north = region_bounds(*REGIONS["europe"])
    left, right = west * WORLD_ASPECT, east * WORLD_ASPECT
    middle, width = (left + right) / 2, (north - south) * WIDTH_MM / EUROPE_HEIGHT_MM
    width = max(width, right - left)
    return middle - width / 2, middle + width / 2, south, north


def _within(extent: Extent, place: MapPlace) -> bool:
    x, y = project(place.longitude, place.latitude)
    left, right, south, north = extent
    return left <= x * WORLD_ASPECT <= right and south <= y <= north


def description(data: MapData, year: int) -> str:
    """The picture's alternative text: what it shows, the most visited places by name."""
    places = Counter(place.name for trip in data.trips for place in trip.destinations)
    named = [
        f"{name} ({count})" if count > 1 else name
        for name, count in sorted(places.items(), key=lambda pair: (-pair[1], pair[0]))[
            :NAMED_PLACES
        ]
    ]
    text = ngettext(
        "World map of the %(count)d trip made in %(year)d",
        "World map of the %(count)d trips made in %(year)d",
        len(data.trips),
    ) % {"count": len(data.trips), "year": year}
    if data.home is not None:
        text += " " + _("from {home}").format(home=data.home.name)
    if named:
        text += ": " + dutch_list(named)
    if len(places) > NAMED_PLACES:
        others = len(places) - NAMED_PLACES
        text += " " + ngettext(
            "and %(count)d other place", "and %(count)d other places", others
        ) % {"count": others}
    return text + "."


def map_height_mm() -> float:
    south, north = visible_band()
    return WIDTH_MM * (north - south) / (2 * WORLD_ASPECT)


@cache
def _country_paths() -> tuple[tuple[str, MplPath], ...]:
    """Each country as one compound matplotlib path in the projection's unit coordinates
    (x stretched by WORLD_ASPECT, so the picture keeps the projection's proportions)."""
    from matplotlib.path import Path as MplPath

    paths = []
    for outline in country_outlines():
        vertices: list[tuple[float, float]] = []
        codes: list[int] = []
        for ring in outline.rings:
            for index, (lon, lat) in enumerate(ring):
                x, y = project(lon, lat)
                vertices.append((x * WORLD_ASPECT, y))
                codes.append(int(MplPath.MOVETO if index == 0 else MplPath.LINETO))
        paths.append((outline.code, MplPath(vertices, codes)))
    return tuple(paths)


Extent = tuple[float, float, float, float]  # left, right, bottom, top in the picture's units
Line = list[tuple[float, float]]  # a great-circle run in the picture's units


def world_extent() -> Extent:
    south, north = visible_band()
    return -WORLD_ASPECT, WORLD_ASPECT, south, north


def route_extent(data: MapData, aspect: float, least_width: float = 0.7) -> Extent:
    """Around the home place and the destinations, with room at the edges, at least
    `least_width` wide (a trip to Brussels shows western Europe, not a street map), in
    the proportions `aspect` (width over height), within the world's band."""
    places = [data.home] if data.home is not None else []
    places += [place for trip in data.trips for place in trip.destinations]
    if not places:
        return world_extent()
    points = [project(place.longitude, place.latitude) for place in places]
    xs = [x * WORLD_ASPECT for x, _y in points]
    ys = [y for _x, y in points]
    width = max((max(xs) - min(xs)) * 1.5, (max(ys) - min(ys)) * 1.5 * aspect, least_width)
    height = width / aspect
    middle_x, middle_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    left, right, south, north = world_extent()
    width, height = min(width, right - left), min(height, north - south)
    x = min(max(middle_x - width / 2, left), right - width)
    y = min(max(middle_y - height / 2, south), north - height)
    return x, x + width, y, y + height


def map_pixels(
    data: MapData,
    height_mm: float | None = None,
    extent: Extent | None = None,
    lines: list[Line] | None = None,
) -> Image.Image:
    """The map as a bitmap the width of the PDF's frame, at the charts' resolution: the
    world, or `extent` of it with the places named (a route: a few places); `lines`
    are the trips' (route_lines), when the caller has them already."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.figure import Figure

    height = map_height_mm() if height_mm is None else height_mm
    figure = Figure(figsize=(WIDTH_MM / 25.4, height / 25.4), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    left, right, south, north = world_extent() if extent is None else extent
    axes.set_xlim(left, right)
    axes.set_ylim(south, north)
    axes.set_facecolor(house_style.MAP_SEA)
    axes.add_patch(_sea_rectangle(left, right, south, north))  # the axes are off: a shape
    paths = _country_paths()
    axes.add_collection(
        PathCollection(
            [path for _code, path in paths],
            facecolors=[house_style.map_shade(data.visits.get(code, 0)) for code, _p in paths],
            edgecolors=house_style.MAP_BORDER,
            linewidths=0.3,
        )
    )
    home = data.home
    axes.add_collection(
        LineCollection(
            route_lines(data) if lines is None else lines,
            colors=house_style.ACCENT,
            linewidths=0.7,
            capstyle="round",
            joinstyle="round",
        )
    )
    places = [p for t in data.trips for p in t.destinations]
    destinations = [project(p.longitude, p.latitude) for p in places]
    if destinations:
        axes.scatter(
            [x * WORLD_ASPECT for x, _y in destinations],
            [y for _x, y in destinations],
            s=5 if extent is None else 22,
            color=house_style.ACCENT,
            edgecolors="white",
            linewidths=0.3,
            zorder=3,
        )
    if home is not None:
        x, y = project(home.longitude, home.latitude)
        axes.scatter(
            [x * WORLD_ASPECT], [y], s=40, marker="*", color=house_style.MAP_HOME,
            edgecolors="white", linewidths=0.4, zorder=4,
        )  # fmt: skip
    if extent is not None:
        _name_places(axes, home, places, (left, right, south, north))
    return _image(figure)


def route_lines(data: MapData) -> list[Line]:
    """Each leg of every trip as great-circle runs in the picture's units, every leg once:
    a year of a large archive has a thousand trips over a few hundred distinct legs, and
    one collection of distinct lines draws in a fraction of the time of a line per trip
    (the picture is the same: the lines are opaque and of one colour)."""
    legs: dict[tuple[float, float, float, float], None] = {}
    for trip in data.trips:
        stops = ([data.home] if data.home is not None else []) + list(trip.destinations)
        for start, end in zip(stops, stops[1:], strict=False):
            legs[(start.longitude, start.latitude, end.longitude, end.latitude)] = None
    lines = []
    for start_lon, start_lat, end_lon, end_lat in legs:
        for run in great_circle((start_lon, start_lat), (end_lon, end_lat)):
            points = [project(lon, lat) for lon, lat in run]
            lines.append([(x * WORLD_ASPECT, y) for x, y in points])
    return lines


def _name_places(axes: Any, home: MapPlace | None, places: list[MapPlace], extent: Extent) -> None:
    """The places' names beside their points, in the report's font: the home place
    first, then the most visited; a name that would run into one already written is
    left out (the table and the alternative text name every place)."""
    _use_report_font()
    visits = Counter(place.name for place in places)
    ordered: dict[str, MapPlace] = {home.name: home} if home is not None else {}
    for place in sorted(places, key=lambda place: (-visits[place.name], place.name)):
        ordered.setdefault(place.name, place)
    families = _families(list(ordered))
    left, right, south, north = extent
    # About one name's room: a line high and a dozen characters wide.
    room_x, room_y = (right - left) * 0.11, (north - south) * 0.032
    # The names written so far by the cell of that room they are in: a name can only
    # run into one in its own or a neighbouring cell, so a year of a large archive
    # (hundreds of places) is not checked against every name before it.
    written: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for place in ordered.values():
        x, y = project(place.longitude, place.latitude)
        x *= WORLD_ASPECT
        if not (left <= x <= right and south <= y <= north):
            continue  # off the picture: not drawn, so it keeps no room from a name that is
        cell = (math.floor(x / room_x), math.floor(y / room_y))
        near = (
            written.get((cell[0] + dx, cell[1] + dy), ()) for dx in (-1, 0, 1) for dy in (-1, 0, 1)
        )
        if any(abs(x - wx) < room_x and abs(y - wy) < room_y for n in near for wx, wy in n):
            continue
        written.setdefault(cell, []).append((x, y))
        axes.annotate(
            visual_order(place.name),
            (x, y),
            xytext=(5, 4),
            textcoords="offset points",
            fontsize=7.5,
            fontfamily=families,
            color=house_style.TEXT,
            zorder=5,
        )


def _sea_rectangle(left: float, right: float, south: float, north: float):  # noqa: ANN202
    from matplotlib.patches import Rectangle

    return Rectangle(
        (left, south),
        right - left,
        north - south,
        facecolor=house_style.MAP_SEA,
        edgecolor="none",
        zorder=0,
    )


def route_map(route: MapData | None) -> list[Flowable]:
    """The briefing pack's cover: the way from the home place to the destinations on a
    map of the region around them. Nothing where no destination has coordinates."""
    if route is None or not any(trip.destinations for trip in route.trips):
        return []
    pixels = map_pixels(route, COVER_HEIGHT_MM, route_extent(route, WIDTH_MM / COVER_HEIGHT_MM))
    return [Picture(ImageReader(pixels), COVER_HEIGHT_MM * mm), Spacer(0, 4 * mm)]
