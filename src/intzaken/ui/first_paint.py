"""Doing something just after a widget is next painted: after the user sees what is
there already, before slower work takes the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _NextPaint(QObject):
    """Calls `then` once, just after `widget` is painted (or after a second at most,
    for a widget that is not painted, such as one in a minimised window)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(1000, self._go)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._go)  # after this paint has been shown
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            watched = self.parent()  # the widget (its parent) until Qt deletes both
            if watched is not None:
                watched.removeEventFilter(self)
            then()


def after_next_paint(widget: QWidget, then: Callable[[], None]) -> None:
    _NextPaint(widget, then)
