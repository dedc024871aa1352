"""Guards against a broken Qt binding.

PySide6 6.12.0 released a reference to None on every call of a method returning void
(`show()`, `processEvents()`, ...). On Python 3.11, where None is not immortal, the app
died with "none_dealloc" after a few thousand calls, i.e. within minutes of use.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_void_methods_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    app = QApplication.instance()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
        app.processEvents()
    # Allow for unrelated references made meanwhile; a leak loses thousands.
    assert sys.getrefcount(None) >= before - 100
