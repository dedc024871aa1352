"""Every control named for screen readers and the keyboard's focus always visible, in one
place for every window, so that a form or dialog added later is covered without code of
its own.

Qt's accessibility API tells a screen reader a control's name and description
(QAccessibleInterface.text). Qt derives a button's name from its text and a field's from
a label beside it that names it as its buddy; a field inside a holder (a form's input with
its message below it), a button with only an icon, a combo box, a list or a table gets
none. When such a control is first shown, it is given the name a sighted user reads
there: its label (a buddy label up to a few levels above, the caption of its form row),
the compound input it is part of, its placeholder or tooltip, the tab or group it sits
in. Qt describes it by its tooltip (where a form puts a field's problem) or a line
edit's placeholder; a control with neither is described by its status tip.

The keyboard's focus is drawn as a ring around the focused control of any kind (a
QFocusFrame in the palette's highlight colour), lists and tables included, because the
style's own focus marks are faint or missing on several of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from .tab_order import follow_layout

# The kinds of widget a user operates; each needs a name a screen reader can say.
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QTabBar,
)
# How many parents up a caption is looked for: a form's input sits in a holder with its
# message (forms/validation.py), a picker's list in the picker, a combo's edit in the combo.
_LABEL_LEVELS = 3
_RING_NAME = "focus-ring"
_RING_WIDTH = 2


def is_control(widget: QWidget) -> bool:
    """A widget the user operates (and can reach with the keyboard)."""
    return isinstance(widget, CONTROLS) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for `widget` (what Qt's accessibility API reports)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def spoken_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


def _plain(text: str) -> str:
    """A caption as spoken: no accelerator '&', no trailing colon, the first line only."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    lines = text.strip().splitlines()
    return lines[0].strip().rstrip(":").strip() if lines else ""


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and not widget.isWindow():
        yield parent
        if parent.isWindow():
            return
        parent = parent.parentWidget()


def _caption(widget: QWidget) -> str:
    """The label a sighted user reads for `widget` or the holder it sits in."""
    holder: QWidget | None = widget
    for _level in range(_LABEL_LEVELS):
        if holder is None or holder.isWindow():
            break
        parent = holder.parentWidget()
        if parent is None:
            break
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.buddy() is widget or label.buddy() is holder:
                return _plain(label.text())
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            caption = layout.labelForField(holder)
            if isinstance(caption, QLabel) and _plain(caption.text()):
                return _plain(caption.text())
        holder = parent
    return ""


def _surroundings(widget: QWidget) -> str:
    """The name of what `widget` is a part of: a named compound input, a group, a tab."""
    child = widget
    for parent in _ancestors(widget):
        if parent.accessibleName():
            return parent.accessibleName()
        if isinstance(parent, QGroupBox) and parent.title():
            return _plain(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0:
                return _plain(tabs.tabText(index))
        child = parent
    return ""


def derived_name(widget: QWidget) -> str:
    """A name for `widget` from what a user reads at it, or '' when there is nothing."""
    placeholder = ""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        placeholder = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        edit = widget.lineEdit()
        placeholder = edit.placeholderText() if edit is not None else ""
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        # The tabs are said one by one; the bar itself is named after what holds it.
        return _surroundings(widget) or widget.window().windowTitle()
    for candidate in (
        _caption(widget),
        _plain(placeholder),
        _plain(widget.toolTip()),
        _plain(widget.statusTip()),
        _surroundings(widget),
    ):
        if candidate:
            return candidate
    return ""


def name_control(widget: QWidget) -> None:
    """Give `widget` a name and description where Qt derives none; let Tab leave a text
    area (a tab typed into a note is rarely meant; a keyboard user would be stuck)."""
    if isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
        widget.setTabChangesFocus(True)
    if not spoken_name(widget):
        name = derived_name(widget)
        if name:
            widget.setAccessibleName(name)
    # Qt says a control's tooltip as its description (a field's problem, set by the form's
    # validation, once there is one), else a line edit's placeholder: a description set
    # here would hide those, so only a control without either gets one.
    if not spoken_description(widget) and not widget.toolTip():
        description = widget.statusTip() or widget.whatsThis()
        if description:
            widget.setAccessibleDescription(description)


def name_controls(root: QWidget) -> None:
    """Name every control in `root` (and `root` itself) that has no name yet."""
    for widget in [root, *root.findChildren(QWidget)]:
        if is_control(widget):
            name_control(widget)


class FocusRing(QWidget):
    """A ring in the highlight colour drawn over the edge of the focused control, whatever
    its kind. A child of the control (it moves and scrolls with it, and goes with it), on
    top of its parts, letting the mouse through. (Qt's QFocusFrame, a sibling following the
    control, crashed here when a window was taken down: Qt 6.12.)"""

    def __init__(self, control: QWidget) -> None:
        super().__init__(control)
        self.setObjectName(_RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        control.installEventFilter(self)  # its resizing; removed when either goes

    def surround(self) -> None:
        control = self.parentWidget()
        if control is not None:
            self.setGeometry(control.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.surround()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), _RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = _RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))


def _ring_of(control: QWidget) -> FocusRing | None:
    return control.findChild(FocusRing, _RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)


def _show_focus(old: QWidget | None, new: QWidget | None) -> None:
    if old is not None and isValid(old):
        ring = _ring_of(old)
        if ring is not None:
            ring.hide()
    if new is None or new.isWindow() or not is_control(new):
        return
    ring = _ring_of(new) or FocusRing(new)
    ring.surround()


class _WhenShown(QObject):
    """Names each control when it is shown (its labels exist by then), and sets the tab
    order of its window from the layout once the window, or a control added to it while
    it is open (a theme's chip), is shown."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[QWidget] = []  # windows whose tab order is set next

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Show or not isinstance(watched, QWidget):
            return False
        if is_control(watched):
            name_control(watched)
        if watched.isWindow() or is_control(watched):
            self.order_soon(watched.window())
        return False

    def order_soon(self, window: QWidget) -> None:
        """Set `window`'s tab order from its layouts once the event loop is back."""
        # `is`, not `in`: comparing with a window deleted meanwhile would crash.
        self._pending = [w for w in self._pending if isValid(w)]
        if not any(w is window for w in self._pending):
            if not self._pending:
                QTimer.singleShot(0, self._order)  # once, after all shown together
            self._pending.append(window)

    def _order(self) -> None:
        windows, self._pending = self._pending, []
        for window in windows:
            if isValid(window):
                follow_layout(window)


_installed: list[_WhenShown] = []


def make_accessible(app: QApplication) -> None:
    """Name every control as it is shown and ring the focus, for the whole application
    (once; later calls do nothing). Windows already on screen are caught up at once: the
    app installs this just after its first paint, because an application-wide filter in
    Python sees every event, and PySide makes a Python class (with its enums) for each Qt
    type an event names the first time, about 30 ms while the first window is built."""
    if _installed:
        return
    namer = _WhenShown(app)
    app.installEventFilter(namer)
    app.focusChanged.connect(_show_focus)
    _installed.append(namer)
    for window in app.topLevelWidgets():
        _catch_up(namer, window)
    _show_focus(None, app.focusWidget())


def _catch_up(namer: _WhenShown, root: QWidget) -> None:
    """Name what of `root` is on screen now, and set its window's tab order: what is
    hidden is named when it is shown."""
    if not root.isVisible():
        return
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and is_control(widget):
            name_control(widget)
    namer.order_soon(root.window())


@contextmanager
def unwatched_while_made(made: list[QWidget]) -> Iterator[None]:
    """Around making a large widget (a page of the window): the application's filter
    is off meanwhile, and what of the widgets put in `made` is on screen afterwards is
    named then. Making the overview page sent 2,800 events through the filter, each a
    call into Python that waits for the interpreter lock while a worker loads a list:
    the window's longest pause while a file opened (issue 22, item 4)."""
    app = QApplication.instance()
    if not _installed or app is None:
        yield
        return
    namer = _installed[0]
    app.removeEventFilter(namer)
    try:
        yield
    finally:
        app.installEventFilter(namer)
        for widget in made:
            if isValid(widget):
                _catch_up(namer, widget)
