"""What the flows (import, merge, travel copy, restore, busy work, team database, the
sync-folder warning) need of the window.

They depend on this protocol rather than on MainWindow, so the window may import them
without a cycle back (MainWindow satisfies it; a test checks that it does), and a test
may drive a flow with a smaller host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from ..store.location import Location
    from .register_page import RegisterPage
    from .settings import Settings
    from .workspace import Workspace


@runtime_checkable  # tests check that MainWindow has all of it
class WindowHost(Protocol):
    workspace: Workspace  # the open database (or none), its undo history and signals
    register_pages: dict[str, RegisterPage]  # by register name
    settings: Settings  # recent files, places warned of

    def parent_widget(self) -> QWidget:
        """The parent of the flows' dialogs and messages."""
        ...

    def forms_closed(self) -> bool:
        """Close the open forms first (each asks about unsaved changes); False if one
        stays open, and then the flow does nothing."""
        ...

    def current_register_page(self) -> RegisterPage | None: ...

    def open_path(
        self, path: Location, *, create_organisation: str | None = None, offer_recovery: bool = True
    ) -> bool: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
