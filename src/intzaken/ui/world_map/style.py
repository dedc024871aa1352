"""How the map marks things: a relation's kind by its shape and its status by its fill
and outline, a trip's status by its line (dashed while only planned), the number of
visits by the country's shade; so nothing is told by colour alone, and the legend
that says it in words."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ... import house_style
from ...domain.enums import RelationKind, RelationStatus, TripStatus
from ...domain.labels import label
from ..widgets.flow_layout import FlowLayout

# The colours the reports' map uses too (house_style).
SEA = QColor(house_style.MAP_SEA)
LAND = QColor(house_style.MAP_LAND)
BORDER = QColor(house_style.MAP_BORDER)
SHADES = tuple((least, QColor(colour)) for least, colour in house_style.MAP_SHADES)
MARKER = QColor(house_style.MAP_MARKER)
MARKER_LIGHT = QColor("#ffffff")
ENDED = QColor("#6b6f75")
TRIP_LINE = QColor(house_style.ACCENT)
HOME = QColor(house_style.MAP_HOME)
FOCUS = QColor("#1a5fb4")  # the keyboard's place: a ring around it
MARKER_SIZE = 11.0

Paint = Callable[[QPainter, QRectF], None]  # a legend's sign, drawn in its rectangle


def shade(visits: int) -> QColor:
    """The land's colour for that many visits in the year."""
    return QColor(house_style.map_shade(visits))


def marker_path(kind: RelationKind, centre: QPointF, size: float) -> QPainterPath:
    """The shape of a relation's kind: twin city a circle, friendship a square,
    strategic partner a diamond, any other a triangle."""
    half = size / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if kind is RelationKind.TWIN_CITY:
        path.addEllipse(centre, half, half)
    elif kind is RelationKind.FRIENDSHIP:
        path.addRect(QRectF(x - half * 0.9, y - half * 0.9, size * 0.9, size * 0.9))
    elif kind is RelationKind.STRATEGIC_PARTNER:
        path.moveTo(x, y - half * 1.2)
        path.lineTo(x + half * 1.2, y)
        path.lineTo(x, y + half * 1.2)
        path.lineTo(x - half * 1.2, y)
        path.closeSubpath()
    else:
        path.moveTo(x, y - half * 1.15)
        path.lineTo(x + half * 1.1, y + half * 0.85)
        path.lineTo(x - half * 1.1, y + half * 0.85)
        path.closeSubpath()
    return path


def paint_relation(
    painter: QPainter, centre: QPointF, kind: RelationKind, status: RelationStatus
) -> None:
    """Active: filled; pragmatic: hollow with a dot; dormant: hollow; ended: grey, dashed."""
    path = marker_path(kind, centre, MARKER_SIZE)
    if status is RelationStatus.ENDED:
        painter.setPen(QPen(ENDED, 1.4, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(MARKER_LIGHT))
    elif status is RelationStatus.ACTIVE:
        painter.setPen(QPen(MARKER.darker(140), 1.2))
        painter.setBrush(QBrush(MARKER))
    else:
        painter.setPen(QPen(MARKER, 1.8))
        painter.setBrush(QBrush(MARKER_LIGHT))
    painter.drawPath(path)
    if status is RelationStatus.PRAGMATIC:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(MARKER))
        painter.drawEllipse(centre, 2.2, 2.2)


def trip_pen(status: TripStatus) -> QPen:
    """Made: a solid line; approved: a thinner solid one; planned: dashed."""
    if status is TripStatus.DONE:
        return QPen(TRIP_LINE, 1.8)
    if status is TripStatus.APPROVED:
        return QPen(TRIP_LINE, 1.2)
    return QPen(TRIP_LINE, 1.4, Qt.PenStyle.DashLine)


def paint_destination(painter: QPainter, centre: QPointF) -> None:
    painter.setPen(QPen(MARKER_LIGHT, 1.0))
    painter.setBrush(QBrush(TRIP_LINE))
    painter.drawEllipse(centre, 3.2, 3.2)


def paint_home(painter: QPainter, centre: QPointF) -> None:
    """The home place: a five-pointed star."""
    star = QPainterPath()
    for index in range(10):
        radius = 8.0 if index % 2 == 0 else 3.4
        angle = math.pi / 2 + index * math.pi / 5
        point = QPointF(
            centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle)
        )
        star.moveTo(point) if index == 0 else star.lineTo(point)
    star.closeSubpath()
    painter.setPen(QPen(MARKER_LIGHT, 1.2))
    painter.setBrush(QBrush(HOME))
    painter.drawPath(star)


def paint_focus(painter: QPainter, centre: QPointF) -> None:
    painter.setPen(QPen(FOCUS, 2.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, MARKER_SIZE, MARKER_SIZE)


class Legend(QWidget):
    """Every sign of the map with its words, wrapping like words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        entries: list[tuple[Paint, str]] = [(_home_swatch, self.tr("home"))]
        entries += [
            (_relation_swatch(kind, RelationStatus.ACTIVE), label(kind)) for kind in RelationKind
        ]
        entries += [
            (_relation_swatch(RelationKind.TWIN_CITY, status), label(status))
            for status in (RelationStatus.PRAGMATIC, RelationStatus.DORMANT, RelationStatus.ENDED)
        ]
        entries += [
            (_line_swatch(status), label(status))
            for status in (TripStatus.DONE, TripStatus.APPROVED, TripStatus.PLANNED)
        ]
        for least, _colour in SHADES:
            words = (
                self.tr("%n visit(s)", "", least)
                if least < SHADES[-1][0]
                else self.tr("%n or more visits", "", least)
            )
            entries.append((_shade_swatch(least), words))
        for paint, words in entries:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 10, 0)
            row.setSpacing(6)
            row.addWidget(self._swatch(paint))
            row.addWidget(QLabel(words))
            row.addStretch(1)
            flow.addWidget(entry)

    def _swatch(self, paint: Paint) -> QLabel:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(30 * ratio), round(18 * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, QRectF(2, 2, 26, 14))
        painter.end()
        swatch = QLabel()
        swatch.setPixmap(pixmap)
        return swatch


def _home_swatch(painter: QPainter, rect: QRectF) -> None:
    paint_home(painter, rect.center())


def _relation_swatch(kind: RelationKind, status: RelationStatus) -> Paint:
    return lambda painter, rect: paint_relation(painter, rect.center(), kind, status)


def _line_swatch(status: TripStatus) -> Paint:
    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(trip_pen(status))
        middle = rect.center().y()
        painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))

    return paint


def _shade_swatch(visits: int) -> Paint:
    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor("#9aa3ad"), 0.8))
        painter.setBrush(QBrush(shade(visits)))
        painter.drawRect(rect.adjusted(3, 1, -3, -1))

    return paint
