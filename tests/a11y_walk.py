"""Helpers of the accessibility walk (test_gui_accessibility.py): what a screen reader
hears of each control, the order the Tab key visits them, and the order the layouts place
them in."""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from intzaken.ui import background
from intzaken.ui.accessibility import is_control, spoken_name
from intzaken.ui.tab_order import layout_order, takes_tab


def shown(widget: QWidget) -> None:
    """Show `widget` as a user would see it (controls are named when first shown)."""
    if not widget.isVisible():
        widget.show()
    # First what the page reads on a worker (the dashboard's figures): texts that arrive
    # after the two rounds below are measured before their layout is done (seen once in
    # a whole run: the dashboard's labels reported "cut" at large text).
    deadline = time.monotonic() + 10
    while background.any_running() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    # Twice: what the first round shows (a caption shown for the chosen kind) asks for a
    # new layout, done in the second.
    QApplication.processEvents()
    QApplication.processEvents()


def visible_controls(root: QWidget) -> list[QWidget]:
    """The controls a user sees in `root`, in the order they were made."""
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if is_control(w) and w.isVisibleTo(root.window()) and w.window() is root.window()
    ]


def unnamed(root: QWidget) -> list[str]:
    """The controls of `root` a screen reader can say nothing for, described for a test."""
    return [_describe(w) for w in visible_controls(root) if not spoken_name(w)]


def _describe(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(f"{type(parent).__name__}#{parent.objectName()}")
        parent = parent.parentWidget()
    return f"{type(widget).__name__}#{widget.objectName()} in {' < '.join(parents)}"


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets the Tab key visits in `window`, once round from its first one: Qt's own
    rule (QApplicationPrivate::focusNextPrevChild_helper) over the focus chain."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        if (
            takes_tab(widget)
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.window() is window
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_layout_order(window: QWidget, root: QWidget | None = None) -> list[str]:
    """Where the Tab key in `window` jumps against the layout of `root` (the window, or
    one of its pages): each pair of controls visited the wrong way round."""
    root = root or window
    place = {id(w): i for i, w in enumerate(layout_order(root))}
    chain = [w for w in tab_chain(window) if id(w) in place and (w is root or root.isAncestorOf(w))]
    if not chain:
        return []
    # The chain is a ring: it starts at the control the layout places first.
    first = min(range(len(chain)), key=lambda i: place[id(chain[i])])
    chain = chain[first:] + chain[:first]
    return [
        f"{_describe(a)} ({spoken_name(a)!r}) before {_describe(b)} ({spoken_name(b)!r})"
        for a, b in zip(chain, chain[1:], strict=False)
        if place[id(a)] > place[id(b)]
    ]


def tab_traps(root: QWidget) -> list[str]:
    """Text inputs where Tab types a tab instead of moving on: a keyboard user is stuck."""
    return [
        _describe(w)
        for w in visible_controls(root)
        if isinstance(w, QTextEdit | QPlainTextEdit)
        and not w.isReadOnly()
        and not w.tabChangesFocus()
    ]


def cut_labels(root: QWidget) -> Iterator[str]:
    """Labels shown smaller than their text needs (clipped), described for a test."""
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root.window()) or not label.text().strip():
            continue
        size = label.size()
        if label.wordWrap():  # as tall as its lines at its width need
            width, height = label.minimumSizeHint().width(), label.heightForWidth(size.width())
        else:
            width, height = label.sizeHint().width(), label.sizeHint().height()
        if size.width() < width or size.height() < height:
            yield f"{label.text()!r}: {size.width()}x{size.height()} < {width}x{height}"


def silent_marks(root: QWidget) -> list[str]:
    """Message labels shown as a coloured block without words (a colour alone says
    nothing to a reader who cannot tell it apart, nor to a screen reader). An empty label
    with only a text colour shows nothing at all."""
    return [
        _describe(label)
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root.window())
        and "background" in label.styleSheet()
        and not label.text().strip()
        and (label.pixmap() is None or label.pixmap().isNull())
    ]


def unreached(window: QWidget, root: QWidget) -> list[str]:
    """Controls of `root` a user sees and can use that the Tab key never stops at."""
    chain = {id(w) for w in tab_chain(window)}
    return [
        _describe(w)
        for w in visible_controls(root)
        if w.isEnabled() and takes_tab(w) and id(w) not in chain
    ]
