"""The main window: a frame that puts its parts together (ui/window/): the pages and the
navigation between them, the menus and toolbar, the databases it opens, the record actions,
and the layout kept between sessions. The pages only show and select.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from .settings import Settings
from .window.actions import WindowActions
from .window.databases import DatabaseFiles
from .window.layout import restore_layout, save_layout
from .window.pages import Pages
from .window.records import RecordActions
from .workspace import Workspace

if TYPE_CHECKING:
    from ..store.location import Location
    from .register_page import RegisterPage

# This module imports Qt and light modules only: the window frame is painted before
# anything heavy loads. The pages, and with them SQLAlchemy and the services, are built
# by build_pages() (at once by default; by the app just after the first paint).


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        settings: Settings | None = None,
        *,
        build_pages: bool = True,
        accessible: bool = True,
    ) -> None:
        super().__init__()
        if accessible:  # the app calls make_accessible itself, just after its first paint
            from .accessibility import make_accessible

            # Every window of the app: controls named for screen readers, the focus ringed.
            make_accessible(QApplication.instance())  # type: ignore[arg-type]
        self.workspace = workspace
        self.settings = settings or Settings()
        self.setMinimumSize(QSize(900, 560))
        self.resize(1280, 800)

        self.page_list = Pages(self, workspace, self.settings)
        self.navigation, self.stack = self.page_list.navigation, self.page_list.stack
        self.pages, self.register_pages = self.page_list.pages, self.page_list.register_pages
        self.splitter = QSplitter()  # side by side (without naming Qt: window/pages.py)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1090])
        self.setCentralWidget(self.splitter)

        self.files = DatabaseFiles(self)
        self.file_label = self.files.file_label
        self.statusBar().addPermanentWidget(self.file_label)
        self.records = RecordActions(self)
        self.window_actions = WindowActions(self)
        self.window_actions.build_menus(self, self.files.fill_recent_menu)
        self.window_actions.build_toolbar(self)

        self.page_list.open_requested.connect(self.open_record)
        self.page_list.show_requested.connect(self.records.show_record)
        self.page_list.selection_changed.connect(self.update_actions)
        self.page_list.status_changed.connect(self.update_status)
        self.page_list.all_built.connect(self.update_actions)
        self.page_list.all_built.connect(self.update_status)
        workspace.opened.connect(self._database_opened)
        workspace.changed.connect(lambda _: self.update_actions())
        workspace.failed.connect(self._show_failure)
        workspace.damaged.connect(self.files.file_damaged)
        workspace.undo_stack.cleanChanged.connect(lambda _: self.update_actions())
        restore_layout(self)
        self._database_opened()
        if build_pages:
            self.build_pages()

    # --- pages (window/pages.py) -----------------------------------------------------------------
    def page_names(self) -> list[str]:
        return self.page_list.page_names()

    def build_pages(self, *, one_by_one: bool = False) -> None:
        self.page_list.build_pages(one_by_one=one_by_one)

    def show_page(self, name: str) -> QWidget:
        return self.page_list.show_page(name)

    def current_register_page(self) -> RegisterPage | None:
        return self.page_list.current_register_page()

    def update_actions(self) -> None:
        """Enable what can be done now, with this database, page and selection."""
        self.window_actions.update()

    def update_status(self) -> None:
        page = self.current_register_page()
        if page is not None:
            self.statusBar().showMessage(page.count.text())  # kept up to date by the page
        else:
            self.statusBar().clearMessage()

    # --- databases (window/databases.py) and the flows on them -----------------------------------
    def _database_opened(self) -> None:
        self.files.database_opened()
        self.update_actions()

    def open_path(
        self, path: Location, *, create_organisation: str | None = None, offer_recovery: bool = True
    ) -> bool:
        return self.files.open_path(
            path, create_organisation=create_organisation, offer_recovery=offer_recovery
        )

    def new_database(self) -> None:
        self.files.new_database()

    def open_database_dialog(self) -> None:
        self.files.open_database_dialog()

    def open_demo(self) -> None:
        self.files.open_demo()

    def open_team_database(self) -> None:
        self.files.open_team_database()

    def export_registers(self) -> None:
        from .exchange_flow import export_from_window

        export_from_window(self)

    def save_import_template(self) -> None:
        from .exchange_flow import save_template_from_window

        save_template_from_window(self)

    def import_registers(self) -> None:
        from .exchange_flow import import_into_window

        import_into_window(self)

    def take_travel_copy(self) -> None:
        from .travel_flow import take_travel_copy

        take_travel_copy(self)

    def merge_travel_copy(self) -> None:
        from .travel_flow import merge_travel_copy

        merge_travel_copy(self)

    def restore_backup(self) -> None:
        from .recovery import choose_and_restore

        choose_and_restore(self)

    # --- records (window/records.py) -------------------------------------------------------------
    def open_record(
        self, register: str, record_id: int | None, data: object | None = None
    ) -> QWidget | None:
        """Open the form of a record (None = a new one, `data` to start from)."""
        return self.records.open_record(register, record_id, data)

    def new_record(self) -> None:
        self.records.new_record()

    def duplicate_record(self) -> None:
        self.records.duplicate_record()

    def delete_record(self) -> None:
        self.records.delete_record()

    def show_history(self) -> QWidget | None:
        return self.records.show_history()

    # --- lifetime --------------------------------------------------------------------------------
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .about import about_text

        QMessageBox.about(self, self.tr("About Intzaken"), about_text(self.workspace))

    def overview_preferences(self) -> None:
        """Settings → Overview…; the overview page redraws with the new horizons."""
        from .preferences_dialog import OverviewPreferencesDialog

        if OverviewPreferencesDialog(self.settings, self).exec():
            dashboard = self.pages.get("dashboard")
            if dashboard is not None:
                dashboard.refresh()  # type: ignore[attr-defined]

    def _show_failure(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Could not be done"), message)

    def parent_widget(self) -> QWidget:
        """The flows' dialogs belong to the window (ui/window_host.py)."""
        return self

    def forms_closed(self) -> bool:
        """Close the open forms first (each asks about unsaved changes); False if one stays."""
        base = sys.modules.get(f"{__package__}.forms.base")
        if base is None:
            # No form was ever made. Importing the forms only to find none held the GUI
            # thread 60-100 ms as a file opened after an import or restore (issue 22).
            return True
        RecordForm = base.RecordForm  # noqa: N806

        for form in self.findChildren(RecordForm):
            if form.isVisible() and not form.close():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.forms_closed():
            event.ignore()
            return
        save_layout(self)
        event.accept()
        QTimer.singleShot(0, self.workspace.close)
