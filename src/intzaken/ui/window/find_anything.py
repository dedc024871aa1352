"""Find anything in the window: Ctrl+K (Edit menu) and a search field in the toolbar
open the search popup (ui/search_popup.py); a chosen result opens in its page and form."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QWidget

if TYPE_CHECKING:
    from ..search_popup import SearchPopup
    from ..workspace import Workspace

SHORTCUT = "Ctrl+K"


class FindAnything(QObject):
    """The action, the toolbar's field and the popup of a window. `show_record(register,
    id)` shows a chosen record (the window's RecordActions.show_record)."""

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        show_record: Callable[[str, int], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.show_record = show_record
        self.popup: SearchPopup | None = None
        self.action = QAction(self.tr("Find &anything…"), window)
        self.action.setShortcuts([QKeySequence(SHORTCUT)])  # not setShortcut: window/pages.py
        self.action.setStatusTip(
            self.tr("Search every register, programme, contact and note at once")
        )
        self.action.triggered.connect(lambda: self.open())
        # The toolbar's field only starts a search: what is typed goes on in the popup.
        self.field = QLineEdit()
        self.field.setObjectName("find-anything")
        self.field.setPlaceholderText(self.tr("Find anything (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Find anything"))
        self.field.setMaximumWidth(280)
        self.field.textEdited.connect(self._typed_in_toolbar)
        self.field.returnPressed.connect(lambda: self.open())
        self.field.installEventFilter(self)

    def add_to_toolbar(self, toolbar: QToolBar) -> None:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)  # the field at the right end, where one looks for it
        toolbar.addWidget(self.field)

    def update(self, has_database: bool) -> None:
        self.action.setEnabled(has_database)
        self.field.setEnabled(has_database)
        if not has_database and self.popup is not None:
            self.popup.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.MouseButtonPress:
            self.open()
            return True
        return super().eventFilter(watched, event)

    def _typed_in_toolbar(self, text: str) -> None:
        self.field.clear()
        self.open(text)

    def open(self, text: str | None = None) -> SearchPopup | None:
        """Show the popup, with `text` to search for (else the last search)."""
        if self.workspace.database is None:
            return None
        if self.popup is None:
            from ..search_popup import SearchPopup

            self.popup = SearchPopup(self.window, self.workspace)
            self.popup.open_requested.connect(self.show_record)
        self.popup.start(text)
        return self.popup
