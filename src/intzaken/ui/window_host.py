"""What the flows and the window's own parts need of the window, each as a protocol.

The flows (import, merge, travel copy, restore, busy work, team database, the
sync-folder warning) take `WindowHost`; the window's parts in ui/window/ and the welcome
dialog take the protocol of what they use. None of them imports MainWindow, so the
window may import them without a cycle back (MainWindow satisfies every protocol; a
test checks that it does), and a test may drive a part with a smaller host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QListWidget, QSplitter, QStatusBar, QWidget

    from ..store.location import Location
    from .register_page import RegisterPage
    from .settings import Settings
    from .window.databases import DatabaseFiles
    from .window.records import RecordActions
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


@runtime_checkable
class FileHost(WindowHost, Protocol):
    """What the welcome dialog and the database files (window/databases.py) need: the
    File menu's ways to a database, and the title that names the one open."""

    def new_database(self) -> None: ...

    def open_database_dialog(self) -> None: ...

    def open_team_database(self) -> None: ...

    def open_demo(self) -> None: ...

    def setWindowTitle(self, title: str, /) -> None: ...  # noqa: N802 (Qt's name)


@runtime_checkable
class RecordHost(WindowHost, Protocol):
    """What the record actions (window/records.py) need: a trip's report is made on the
    Rapporten page, which they bring into view."""

    def show_page(self, name: str) -> QWidget: ...

    def page_names(self) -> list[str]: ...


@runtime_checkable
class ActionHost(WindowHost, Protocol):
    """What the menus and toolbar (window/actions.py) trigger and look at."""

    files: DatabaseFiles
    records: RecordActions
    navigation: QListWidget  # the Go menu has an entry per page

    def export_registers(self) -> None: ...

    def save_import_template(self) -> None: ...

    def import_registers(self) -> None: ...

    def take_travel_copy(self) -> None: ...

    def merge_travel_copy(self) -> None: ...

    def restore_backup(self) -> None: ...

    def about(self) -> None: ...

    def overview_preferences(self) -> None: ...

    def close(self) -> bool: ...


@runtime_checkable
class LaidOutWindow(Protocol):
    """What the layout kept between sessions (window/layout.py) reads and restores."""

    settings: Settings
    splitter: QSplitter
    navigation: QListWidget
    register_pages: dict[str, RegisterPage]

    def saveGeometry(self) -> QByteArray: ...  # noqa: N802 (Qt's name)

    def restoreGeometry(self, geometry: QByteArray, /) -> bool: ...  # noqa: N802 (Qt's name)
