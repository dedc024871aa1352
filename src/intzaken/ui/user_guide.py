"""Help → Handleiding (F1): the menu action and the one viewer it opens and reuses. The
viewer (ui/help_viewer.py) is imported when the guide is first asked for, not with the
window's menus, which are built before the first paint (issue 22)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from .help_viewer import HelpViewer


class UserGuide(QObject):
    """The menu action that opens the guide, and the one viewer it reuses."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.viewer: HelpViewer | None = None  # made when first asked for
        self.action = QAction(self.tr("&User guide"), window)
        # F1; setShortcuts, not setShortcut: window/pages.py.
        self.action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
        self.action.setStatusTip(self.tr("The user guide, in Dutch, without a network"))
        self.action.triggered.connect(self.show)

    def show(self) -> None:
        if self.viewer is None:
            from PySide6.QtWidgets import QMessageBox

            from . import help_viewer

            try:
                folder = help_viewer.docs_path()
            except FileNotFoundError:
                QMessageBox.warning(
                    self._window,
                    self.tr("User guide"),
                    self.tr(
                        "The user guide is not installed with this program. Ask whoever "
                        "installed Intzaken to install it again."
                    ),
                )
                return
            self.viewer = help_viewer.HelpViewer(folder, self._window)
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.activateWindow()


def add_user_guide(menu: QMenu, window: QWidget) -> UserGuide:
    """Put Help → Handleiding (F1) into `menu`; the viewer opens over `window`."""
    guide = UserGuide(window)
    menu.addAction(guide.action)
    return guide
