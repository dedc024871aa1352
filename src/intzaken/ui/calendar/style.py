"""How the calendar marks a trip's status and a deadline: each its own colour AND its own
outline and sign, so the difference survives colour blindness and a grey printout; and
the legend that says so."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...domain.enums import TripStatus
from ...domain.labels import label
from ..widgets.flow_layout import FlowLayout

# A sign before the title: an open circle for a plan, a half one for a decision, a tick
# for a trip made.
SIGNS = {TripStatus.PLANNED: "○", TripStatus.APPROVED: "◑", TripStatus.DONE: "✓"}
DEADLINE_OPEN, DEADLINE_DONE = "◆", "◇"
PROJECT_OPEN, PROJECT_SETTLED = "■", "□"
PROJECT_COLOUR = QColor("#0f6b78")  # teal, apart from the follow-ups' purple


def project_sign(open_: bool) -> str:
    return PROJECT_OPEN if open_ else PROJECT_SETTLED


TODAY_COLOUR = QColor("#c0392b")
SELECTED_COLOUR = QColor("#1a5fb4")  # the keyboard's place: a ring around the bar


@dataclass(frozen=True)
class BarStyle:
    fill: QColor
    border: QColor
    text: QColor
    border_style: Qt.PenStyle


STYLES = {
    # Planned: light, with a dashed border: not yet decided.
    TripStatus.PLANNED: BarStyle(
        QColor("#fde7b8"), QColor("#a26a00"), QColor("#4a3200"), Qt.PenStyle.DashLine
    ),
    # Approved: mid blue, a solid border.
    TripStatus.APPROVED: BarStyle(
        QColor("#cfe0f1"), QColor("#2f5f8a"), QColor("#10304d"), Qt.PenStyle.SolidLine
    ),
    # Made: solid dark green with white text.
    TripStatus.DONE: BarStyle(
        QColor("#2e7d4f"), QColor("#1d5234"), QColor("#ffffff"), Qt.PenStyle.SolidLine
    ),
}


def paint_bar(
    painter: QPainter, rect: QRectF, status: TripStatus, *, vague: bool, selected: bool = False
) -> None:
    """A trip's bar; `vague` (only the month or year known) hatches it."""
    style = STYLES[status]
    painter.setBrush(style.fill)
    pen = QPen(style.border, 2.5 if selected else 1.2, style.border_style)
    painter.setPen(pen)
    painter.drawRoundedRect(rect, 3, 3)
    if vague:
        hatch = QBrush(style.border, Qt.BrushStyle.BDiagPattern)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(hatch)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECTED_COLOUR, 2, Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)


def paint_deadline(painter: QPainter, centre: QPointF, size: float, *, done: bool) -> None:
    """A follow-up's deadline: a diamond, filled while open, hollow once done."""
    half = size / 2
    diamond = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y()),
            QPointF(centre.x(), centre.y() + half),
            QPointF(centre.x() - half, centre.y()),
        ]
    )
    colour = QColor("#7a2e8a")
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush if done else QBrush(colour))
    painter.drawPolygon(diamond)


def paint_project_date(painter: QPainter, centre: QPointF, size: float, *, open_: bool) -> None:
    """An EU project's date: a square, filled while it is a deadline still to meet."""
    half = size / 2 - 0.5
    painter.setPen(QPen(PROJECT_COLOUR, 1.5))
    painter.setBrush(QBrush(PROJECT_COLOUR) if open_ else Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))


class Legend(QWidget):
    """Each status with its bar and sign, the hatching and the deadline markers, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        # Each sign with its words, the entries wrapping like words: with large text the
        # legend is wider than the page, and a single row cut its words off.
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        entries = [
            *(
                (
                    lambda p, r, s=status: paint_bar(p, r, s, vague=False),
                    f"{SIGNS[status]} {label(status)}",
                )
                for status in (TripStatus.PLANNED, TripStatus.APPROVED, TripStatus.DONE)
            ),
            (
                lambda p, r: paint_bar(p, r, TripStatus.APPROVED, vague=True),
                self.tr("only the month or year known"),
            ),
            (
                lambda p, r: paint_deadline(p, r.center(), 11, done=False),
                self.tr("follow-up action due"),
            ),
            (lambda p, r: paint_deadline(p, r.center(), 11, done=True), self.tr("done")),
            (
                lambda p, r: paint_project_date(p, r.center(), 11, open_=True),
                self.tr("EU project: deadline ahead"),
            ),
            (
                lambda p, r: paint_project_date(p, r.center(), 11, open_=False),
                self.tr("EU project: other date"),
            ),
            (lambda p, r: _paint_today(p, r), self.tr("today")),
        ]
        for paint, words in entries:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 10, 0)
            row.setSpacing(6)
            row.addWidget(self._swatch(paint))
            row.addWidget(QLabel(words))
            row.addStretch(1)  # the words beside their sign, however wide the entry
            flow.addWidget(entry)

    def _swatch(self, paint: object) -> QLabel:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(30 * ratio), round(16 * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, QRectF(2, 2, 26, 12))  # type: ignore[operator]
        painter.end()
        swatch = QLabel()
        swatch.setPixmap(pixmap)
        return swatch


def _paint_today(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(QPen(TODAY_COLOUR, 2))
    painter.drawLine(
        QPointF(rect.center().x(), rect.top()), QPointF(rect.center().x(), rect.bottom())
    )
