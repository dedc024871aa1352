"""Showing that a widget holds text we could not read, the same way in every widget.

The widget gets the dynamic property `invalid` (so an application stylesheet can colour it,
see ERROR_STYLESHEET), a tinted background through its palette (so the state shows without
any stylesheet too), and the Dutch message as tooltip and accessible description, which
screen readers announce.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QWidget

ERROR_BACKGROUND = QColor("#fbe3e4")
ERROR_TEXT = QColor("#5c1119")
# For the application's stylesheet, if it has one (a stylesheet overrides the palette).
ERROR_STYLESHEET = '*[invalid="true"] { background: #fbe3e4; color: #5c1119; }'

_NORMAL_TIP = "_normal_tool_tip"


def warning_icon() -> QIcon:
    """The style's warning sign, beside what is marked in colour, so that a reader who
    cannot tell the colours apart sees it too (the words go in its tooltip or cell)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def show_error(widget: QWidget, message: str) -> None:
    """Mark `widget` invalid with `message`, or valid again when `message` is empty."""
    invalid = bool(message)
    if widget.property("invalid") == invalid and (not invalid or widget.toolTip() == message):
        return
    if widget.property(_NORMAL_TIP) is None:
        # Remember the form's own tooltip to restore it once the text is valid again.
        widget.setProperty(_NORMAL_TIP, widget.toolTip())
    widget.setProperty("invalid", invalid)
    widget.setToolTip(message if invalid else widget.property(_NORMAL_TIP))
    widget.setAccessibleDescription(message)
    palette = QPalette(widget.palette())
    if invalid:
        palette.setColor(QPalette.ColorRole.Base, ERROR_BACKGROUND)
        palette.setColor(QPalette.ColorRole.Text, ERROR_TEXT)
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())  # back to the inherited palette
    # Dynamic properties only reach a stylesheet after the style is re-applied.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
