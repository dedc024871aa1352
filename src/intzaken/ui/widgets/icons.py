"""Small icons drawn in code: Qt has no standard calendar icon, and icon themes exist only
on Linux. Drawn as vectors at the requested size, so they stay sharp at any scaling."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication


class _CalendarEngine(QIconEngine):
    def paint(self, painter: QPainter, rect, mode, state) -> None:
        color = QApplication.palette().color(
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active,
            QPalette.ColorRole.WindowText,
        )
        side = min(rect.width(), rect.height())
        unit = side / 16
        box = QRectF(
            rect.x() + (rect.width() - side) / 2 + 2 * unit,
            rect.y() + (rect.height() - side) / 2 + 3 * unit,
            12 * unit,
            11 * unit,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, max(1.0, unit)))
        painter.drawRoundedRect(box, unit, unit)
        painter.fillRect(QRectF(box.x(), box.y(), box.width(), 3 * unit), color)
        for column in range(3):  # the days
            for row in range(2):
                painter.fillRect(
                    QRectF(
                        box.x() + (2 + 3.3 * column) * unit,
                        box.y() + (4.5 + 3 * row) * unit,
                        2 * unit,
                        2 * unit,
                    ),
                    color,
                )
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _CalendarEngine()


def calendar_icon() -> QIcon:
    return QIcon(_CalendarEngine())
