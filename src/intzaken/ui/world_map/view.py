"""The map as a widget: painted anew at every size (vector, sharp at any device pixel
ratio), a place named when hovered, its record opened when clicked; and for the
keyboard, Left and Right (or Home and End) go from place to place, west to east, and
Enter opens the one ringed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...services.map_data import MapData
from ...world_map.projection import WORLD_ASPECT, Bounds
from .drawing import MapPicture, Target


class MapView(QWidget):
    open_record = Signal(str, int)  # register, record id
    current_changed = Signal(str)  # the place the keyboard is on, in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("World map"))
        self.data: MapData | None = None
        self.bounds: Bounds | None = None  # a region; None: the world
        self._picture: MapPicture | None = None
        self._current = -1  # index in the picture's targets

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(900, round(900 / WORLD_ASPECT))

    def set_data(self, data: MapData) -> None:
        self.data = data
        self._picture = None
        self._current = -1
        self.update()

    def set_bounds(self, bounds: Bounds | None) -> None:
        self.bounds = bounds
        self._picture = None
        self._current = -1
        self.update()

    def picture(self) -> MapPicture | None:
        """The map for the widget's present size (made again after a resize)."""
        if self.data is None:
            return None
        rect = QRectF(self.rect())
        if self._picture is None or self._picture.rect != rect:
            self._picture = MapPicture(self.data, rect, self.bounds)
        return self._picture

    def current_target(self) -> Target | None:
        picture = self.picture()
        if picture is None or not 0 <= self._current < len(picture.targets):
            return None
        return picture.targets[self._current]

    # --- painting and the mouse ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        picture = self.picture()
        if picture is None:
            return
        painter = QPainter(self)
        picture.paint(painter, self.current_target() if self.hasFocus() else None)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        picture = self.picture()
        texts = picture.texts_near(event.position()) if picture is not None else []
        if not texts:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(texts), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        picture = self.picture()
        if picture is None or event.button() != Qt.MouseButton.LeftButton:
            return
        target = picture.target_near(event.position())
        if target is not None:
            self._current = picture.targets.index(target)
            self.open_record.emit(target.register, target.record_id)

    # --- the keyboard ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        picture = self.picture()
        count = len(picture.targets) if picture is not None else 0
        key = event.key()
        moves = {
            Qt.Key.Key_Right: self._current + 1,
            Qt.Key.Key_Down: self._current + 1,
            Qt.Key.Key_Left: self._current - 1,
            Qt.Key.Key_Up: self._current - 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        if key in moves and count:
            self._go_to(max(0, min(count - 1, moves[Qt.Key(key)])))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            target = self.current_target()
            if target is not None:
                self.open_record.emit(target.register, target.record_id)
        else:
            super().keyPressEvent(event)

    def _go_to(self, index: int) -> None:
        self._current = index
        target = self.current_target()
        words = target.text if target is not None else ""
        self.setAccessibleDescription(words)
        self.current_changed.emit(words)
        if target is not None:
            QToolTip.showText(self.mapToGlobal(target.point.toPoint()), words, self)
        self.update()

    def focusInEvent(self, event: Any) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self._current < 0 and self.current_target() is None:
            picture = self.picture()
            if picture is not None and picture.targets:
                self._go_to(0)
        self.update()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()
