"""The Tab key visits a window's controls in the order its layouts place them.

Qt's default tab order is the order widgets were made in. That differs from what a user
sees where a part is made later than its neighbours: the chips of a themes field made
when a record is loaded (after the fields below it), the buttons of a dialog's button box
(made in the order they were asked for, shown in the platform's order), a splitter's panes
inserted in front. `follow_layout` sets the order from the layouts instead, for a whole
window; accessibility.py applies it when a window or a new control is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

_FORM_ROLES = (
    QFormLayout.ItemRole.LabelRole,
    QFormLayout.ItemRole.FieldRole,
    QFormLayout.ItemRole.SpanningRole,
)


def layout_order(root: QWidget) -> list[QWidget]:
    """Every widget in `root` in the order its layouts place them: a form's rows top to
    bottom (label, then field), a box's items in turn, a grid's by row then column, a
    splitter's panes from the first; a widget before its own parts; what no layout places
    after the rest, in the order it was made."""
    order: list[QWidget] = []
    seen: set[int] = set()

    def visit(widget: QWidget | None) -> None:
        if widget is None or id(widget) in seen or (widget.isWindow() and widget is not root):
            return
        seen.add(id(widget))
        order.append(widget)
        if isinstance(widget, QTabWidget):
            visit(widget.tabBar())
        elif isinstance(widget, QScrollArea):
            visit(widget.widget())
        elif isinstance(widget, QSplitter):
            for index in range(widget.count()):
                visit(widget.widget(index))
        visit_layout(widget.layout())
        for child in widget.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            visit(child)

    def visit_item(item: QLayoutItem | None) -> None:
        if item is None:
            return
        visit(item.widget())
        visit_layout(item.layout())

    def visit_layout(layout: QLayout | None) -> None:
        if layout is None:
            return
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                for role in _FORM_ROLES:
                    visit_item(layout.itemAt(row, role))
        elif isinstance(layout, QGridLayout):
            grid = layout
            by_cell = sorted(range(grid.count()), key=lambda i: _cell(grid, i))
            for index in by_cell:
                visit_item(layout.itemAt(index))
        else:
            for index in range(layout.count()):
                visit_item(layout.itemAt(index))

    visit(root)
    return order


def _cell(grid: QGridLayout, index: int) -> tuple[int, int]:
    position: tuple[int, int, int, int] = grid.getItemPosition(index)  # type: ignore[assignment]
    return position[0], position[1]


def takes_tab(widget: QWidget) -> bool:
    """Whether the Tab key can stop at `widget` (once shown and enabled): Qt's own test."""
    policy = widget.focusPolicy()
    return (
        policy & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
    )


def follow_layout(window: QWidget) -> None:
    """Set the tab order of `window`'s controls to their layout order."""
    controls = [w for w in layout_order(window) if w is not window and takes_tab(w)]
    for first, second in zip(controls, controls[1:], strict=False):
        QWidget.setTabOrder(first, second)
