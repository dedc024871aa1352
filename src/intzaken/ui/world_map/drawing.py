"""The map painted with QPainter as vector paths: the countries shaded by visits, the
trips as great-circle lines from the home place, the relations as markers, the home
place as a star. Sharp at any size and device pixel ratio, since nothing is a bitmap.

The country outlines are projected once per process into paths in unit coordinates
(world_map.projection); a paint only scales them to the rectangle with a transform.
`MapPicture` also says where each drawn place landed, for hovering, clicking and the
keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QTransform

from ...domain.enums import TripStatus
from ...services.map_data import MapData, MapPlace
from ...world_map.outlines import country_outlines
from ...world_map.projection import WORLD_ASPECT, Bounds, great_circle, project, world_bounds
from . import style


@dataclass(frozen=True)
class Target:
    """A drawn place that answers the mouse and the keyboard."""

    point: QPointF
    text: str  # what hovering names
    register: str  # "relations" or "trips"
    record_id: int


@cache
def country_paths() -> tuple[tuple[str, QPainterPath], ...]:
    """Each country's outline in unit coordinates (y pointing north), by ISO code."""
    paths = []
    for outline in country_outlines():
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)  # holes (Lesotho in South Africa)
        for ring in outline.rings:
            points = [QPointF(*project(lon, lat)) for lon, lat in ring]
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
            path.closeSubpath()
        paths.append((outline.code, path))
    return tuple(paths)


def trip_lines(data: MapData) -> list[tuple[TripStatus, QPainterPath]]:
    """Each trip's way from home through its destinations as great-circle lines in unit
    coordinates; made once per reading, whatever the size it is drawn at."""
    made = _lines_made.get(id(data))
    if made is not None and made[0] is data:
        return made[1]
    home = data.home
    lines = []
    for trip in data.trips:
        stops = ([home] if home is not None else []) + list(trip.destinations)
        path = QPainterPath()
        for start, end in zip(stops, stops[1:], strict=False):
            for run in great_circle(
                (start.longitude, start.latitude), (end.longitude, end.latitude)
            ):
                path.moveTo(*project(*run[0]))
                for lon, lat in run[1:]:
                    path.lineTo(*project(lon, lat))
        lines.append((trip.status, path))
    _lines_made.clear()  # one reading at a time is drawn
    _lines_made[id(data)] = (data, lines)
    return lines


_lines_made: dict[int, tuple[MapData, list[tuple[TripStatus, QPainterPath]]]] = {}


def map_transform(rect: QRectF, bounds: Bounds | None = None) -> QTransform:
    """Unit coordinates to the largest map of `bounds` (the world) that fits in `rect`,
    centred, north up, in the projection's proportions."""
    west, east, south, north = bounds or world_bounds()
    across = (east - west) * WORLD_ASPECT  # in the units of y
    scale = min(rect.width() / across, rect.height() / (north - south))
    left = rect.left() + (rect.width() - across * scale) / 2
    top = rect.top() + (rect.height() - (north - south) * scale) / 2
    x_scale = WORLD_ASPECT * scale
    return QTransform(x_scale, 0, 0, -scale, left - west * x_scale, top + north * scale)


class MapPicture:
    """One year's map for a rectangle: paints it and knows where its places are."""

    def __init__(self, data: MapData, rect: QRectF, bounds: Bounds | None = None) -> None:
        self.data = data
        self.rect = rect
        self.transform = map_transform(rect, bounds)
        self.targets = self._targets()

    def at(self, place: MapPlace) -> QPointF:
        return self.transform.map(QPointF(*project(place.longitude, place.latitude)))

    def paint(self, painter: QPainter, focus: Target | None = None) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self.rect)
        painter.fillRect(self.rect, style.SEA)
        self._paint_countries(painter)
        self._paint_trips(painter)
        for relation in self.data.relations:
            style.paint_relation(painter, self.at(relation.place), relation.kind, relation.status)
        if self.data.home is not None:
            style.paint_home(painter, self.at(self.data.home))
        if focus is not None:
            style.paint_focus(painter, focus.point)
        painter.restore()

    def _paint_countries(self, painter: QPainter) -> None:
        painter.save()
        painter.setTransform(self.transform, combine=True)
        border = QPen(style.BORDER, 0.7)
        border.setCosmetic(True)  # a hairline at any size, not scaled with the map
        painter.setPen(border)
        visits = self.data.visits
        for code, path in country_paths():
            painter.setBrush(QBrush(style.shade(visits.get(code, 0))))
            painter.drawPath(path)
        painter.restore()

    def _paint_trips(self, painter: QPainter) -> None:
        painter.save()
        painter.setTransform(self.transform, combine=True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for status, path in trip_lines(self.data):
            pen = style.trip_pen(status)
            pen.setCosmetic(True)  # its width and dashes in pixels, not in map units
            painter.setPen(pen)
            painter.drawPath(path)
        painter.restore()
        for trip in self.data.trips:
            for place in trip.destinations:
                style.paint_destination(painter, self.at(place))

    def _targets(self) -> list[Target]:
        """The drawn places within the picture (a region leaves the others out)."""
        targets = [
            Target(self.at(relation.place), relation.place.name, "relations", relation.relation_id)
            for relation in self.data.relations
        ]
        for trip in self.data.trips:
            for place in trip.destinations:
                targets.append(
                    Target(self.at(place), f"{place.name}: {trip.title}", "trips", trip.trip_id)
                )
        targets = [target for target in targets if self.rect.contains(target.point)]
        # West to east, then north to south: the order the keyboard goes through them.
        targets.sort(key=lambda target: (round(target.point.x()), target.point.y()))
        return targets

    def target_near(self, point: QPointF, reach: float = 8.0) -> Target | None:
        """The drawn place nearest to `point` within `reach` pixels."""
        best: Target | None = None
        best_distance = reach * reach
        for target in self.targets:
            dx, dy = target.point.x() - point.x(), target.point.y() - point.y()
            distance = dx * dx + dy * dy
            if distance < best_distance:  # of places drawn on one spot, the first (a relation)
                best, best_distance = target, distance
        return best

    def texts_near(self, point: QPointF, reach: float = 8.0) -> list[str]:
        """What hovering names: everything drawn on the spot nearest to `point`."""
        nearest = self.target_near(point, reach)
        if nearest is None:
            return []
        spot = nearest.point
        return [
            target.text
            for target in self.targets
            if abs(target.point.x() - spot.x()) < 1 and abs(target.point.y() - spot.y()) < 1
        ]
