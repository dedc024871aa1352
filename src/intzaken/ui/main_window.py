"""The main window: navigation between the pages, menus, toolbar and status bar.

Opening and creating files, undo, and the record actions (new, open, duplicate, delete)
live here; the pages only show and select.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ..services.errors import InUseError
from ..store.errors import DatabaseDamagedError
from ..store.location import Location, ServerAddress
from . import files
from .first_paint import after_next_paint
from .help_viewer import add_user_guide
from .registers import RegisterPageSpec, register_specs
from .settings import Settings
from .workspace import USER_ERRORS, Workspace

if TYPE_CHECKING:
    from .register_page import RegisterPage

# This module imports Qt and light modules only: the window frame is painted before
# anything heavy loads. The pages, and with them SQLAlchemy and the services, are built
# by build_pages() (at once by default; by the app just after the first paint).

PAGE_ICONS = {"dashboard": QStyle.StandardPixmap.SP_ComputerIcon,
              "trips": QStyle.StandardPixmap.SP_ArrowRight,
              "relations": QStyle.StandardPixmap.SP_DirLinkIcon,
              "networks": QStyle.StandardPixmap.SP_DriveNetIcon,
              "agreements": QStyle.StandardPixmap.SP_FileDialogDetailedView,
              "officials": QStyle.StandardPixmap.SP_DirHomeIcon,
              "budget": QStyle.StandardPixmap.SP_DialogSaveButton,
              "reports": QStyle.StandardPixmap.SP_FileIcon}
LIST_FIRST_MS = 5000  # the other pages wait at most this long for the list in view


def _after_loaded(page: RegisterPage, then: Callable[[], None]) -> None:
    """`then()` once: when `page` has loaded and painted its rows, or after
    LIST_FIRST_MS at the latest."""
    pending = True

    def go() -> None:
        nonlocal pending
        if pending:
            pending = False
            page.loaded.disconnect(go)
            after_next_paint(page.table.viewport(), then)  # the rows on screen first

    page.loaded.connect(go)
    QTimer.singleShot(LIST_FIRST_MS, page, go)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: Settings | None = None, *,
                 build_pages: bool = True) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings or Settings()
        self.setMinimumSize(QSize(900, 560))
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1090])
        self.setCentralWidget(self.splitter)

        self.pages: dict[str, QWidget] = {}
        self.register_pages: dict[str, RegisterPage] = {}
        self._specs: dict[str, RegisterPageSpec] = {
            spec.name: spec for spec in register_specs()}
        self._add_navigation()
        self.navigation.currentRowChanged.connect(self._page_changed)

        self.file_label = QLabel()
        self._travel_copy: Any = None  # a CopyNote while a travel copy is open
        self.statusBar().addPermanentWidget(self.file_label)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        workspace.opened.connect(self._database_opened)
        workspace.changed.connect(lambda _: self._update_actions())
        workspace.failed.connect(self._show_failure)
        workspace.damaged.connect(self._file_damaged)
        workspace.undo_stack.cleanChanged.connect(lambda _: self._update_actions())
        self._restore_layout()
        self._database_opened()
        if build_pages:
            self.build_pages()

    # --- pages ---------------------------------------------------------------------------------
    def _add_navigation(self) -> None:
        titles: dict[str, str] = {"dashboard": self.tr("Overview"),
                  **{name: spec.title for name, spec in self._specs.items()},
                  "reports": self.tr("Reports")}
        style = self.style()
        for name, title in titles.items():
            item = QListWidgetItem(style.standardIcon(PAGE_ICONS[name]), title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)

    def page_names(self) -> list[str]:
        """Every page in navigation order, built or not."""
        return [self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.navigation.count())]

    def build_pages(self, *, one_by_one: bool = False) -> None:
        """Make the pages. With `one_by_one` (the app at start), the page in view first;
        when that is a list, the others wait until it has loaded (they would compete
        with it for the interpreter), then come one per pass of the event loop, so the
        window keeps answering. Pages made while a file is open load it at once."""
        current = self.navigation.currentItem()
        first = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        order = [n for n in self.page_names() if n == first] + [
            n for n in self.page_names() if n != first]

        def build_next() -> None:
            while order:
                name = order.pop(0)
                self._build_page(name)
                if not (one_by_one and order):
                    continue
                page = self.register_pages.get(name)
                if name == first and page is not None and page.loading:
                    _after_loaded(page, build_next)
                else:
                    QTimer.singleShot(0, build_next)
                return
            self._update_actions()
            self._update_status()

        build_next()

    def _build_page(self, name: str) -> None:
        if name in self.pages:
            return  # asked for (show_page) before its turn came
        page: QWidget
        if name == "dashboard":
            from .dashboard import DashboardPage  # its chart pulls in matplotlib when drawn
            page = DashboardPage(self.workspace)
            page.open_record.connect(self.open_record)
        elif name == "reports":
            from .reports_page import ReportsPage
            page = ReportsPage(self.workspace)
        else:
            from .register_page import RegisterPage
            page = register_page = RegisterPage(self._specs[name], self.workspace)
            register_page.open_requested.connect(self.open_record)
            register_page.selection_changed.connect(self._update_actions)
            register_page.loaded.connect(self._update_status)
            self.register_pages[name] = register_page
            header = self.settings.header_state(name)  # the user's widths, before any rows
            if header is not None:
                register_page.header_restored = (
                    register_page.table.horizontalHeader().restoreState(header))
        self.pages[name] = page
        # In navigation order, whatever order the pages are made in.
        names = self.page_names()
        before = sum(1 for n in names[:names.index(name)] if n in self.pages)
        self.stack.insertWidget(before, page)
        if names.index(name) == self.navigation.currentRow():
            self.stack.setCurrentWidget(page)

    def show_page(self, name: str) -> QWidget:
        self._build_page(name)  # the pages are still being made in the first moments
        self.navigation.setCurrentRow(self.page_names().index(name))
        return self.pages[name]

    def current_register_page(self) -> RegisterPage | None:
        name = self.current_page_name()
        return self.register_pages.get(name) if name is not None else None

    def current_page_name(self) -> str | None:
        """The page chosen in the navigation, if it has been built."""
        row = self.navigation.currentRow()
        if row < 0:
            return None
        name = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        return name if name in self.pages else None

    def _page_changed(self, index: int) -> None:
        name = self.current_page_name()
        if name is not None:  # a page not built yet is shown by _build_page when it is
            self.stack.setCurrentWidget(self.pages[name])
        self._update_actions()
        self._update_status()

    # --- actions -------------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None,
                icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.new_file_action = self._action(self.tr("&New database…"), self.new_database,
                                            "Ctrl+Shift+N", sp.SP_FileIcon)
        self.open_file_action = self._action(self.tr("&Open…"), self.open_database_dialog,
                                             key.Open, sp.SP_DialogOpenButton)
        self.open_demo_action = self._action(self.tr("Open the &demo"), self.open_demo)
        self.open_team_action = self._action(
            self.tr("Open a &team database…"), self.open_team_database, None,
            sp.SP_DriveNetIcon, self.tr("Open a database on a PostgreSQL server by its address"))
        self.backup_action = self._action(
            self.tr("&Back up now"), self.backup_now, None, sp.SP_DriveFDIcon,
            self.tr("Write a copy of the file into its backups folder"))
        self.export_action = self._action(
            self.tr("&Export…"), self.export_registers, None, None,
            self.tr("Write registers to Excel, CSV or a calendar file"))
        self.import_action = self._action(
            self.tr("&Import…"), self.import_registers, None, None,
            self.tr("Read a workbook or CSV file, after a preview of what changes"))
        self.take_copy_action = self._action(
            self.tr("&Take along on a trip…"), self.take_travel_copy, None, None,
            self.tr("Write a travel copy that opens without a network: everything, or what "
                    "one trip needs"))
        self.merge_copy_action = self._action(
            self.tr("&Merge a travel copy…"), self.merge_travel_copy, None, None,
            self.tr("Bring the changes made in a travel copy into this database"))
        self.restore_action = self._action(
            self.tr("Restore a b&ackup…"), self.restore_backup, None, None,
            self.tr("Put a backup back into this file, after showing what it holds"))
        # What only a file has says so for a team database (disabled, with this as its tip).
        self._file_only_tips = {action: action.statusTip()
                                for action in (self.backup_action, self.restore_action)}
        self._server_note = self.tr("Only for a database file: a team database's backups are "
                                    "made on the server, by its administrator (pg_dump).")
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.undo_action = self.workspace.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.workspace.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(key.Redo)])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.new_action = self._action(self.tr("&New record"), self.new_record, key.New,
                                       sp.SP_FileDialogNewFolder)
        self.edit_action = self._action(self.tr("&Open record"), self.open_current, "Ctrl+E",
                                        sp.SP_FileDialogContentsView)
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate_record,
                                             "Ctrl+D", sp.SP_FileLinkIcon)
        self.delete_action = self._action(self.tr("De&lete…"), self.delete_record,
                                          key.Delete, sp.SP_TrashIcon)
        self.history_action = self._action(
            self.tr("&History…"), self.show_history, "Ctrl+H", None,
            self.tr("Who changed the selected record when, field by field"))
        self.find_action = self._action(self.tr("&Find"), self.focus_search, key.Find)
        self.report_action = self._action(
            self.tr("&Report of the selected record…"), self.report_current, key.Print,
            sp.SP_FileDialogInfoView)
        self.dutch_action = self._action("Nederlands", lambda: self._set_language("nl"))
        self.english_action = self._action("English", lambda: self._set_language("en"))
        for action in (self.dutch_action, self.english_action):
            action.setCheckable(True)
        language = self.settings.language()
        self.dutch_action.setChecked(language == "nl")
        self.english_action.setChecked(language == "en")
        self.about_action = self._action(self.tr("&About Intzaken"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_file_action, self.open_file_action,
                              self.open_team_action, self.open_demo_action])
        self.recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.take_copy_action, self.merge_copy_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_action, self.edit_action, self.duplicate_action,
                              self.delete_action, self.history_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            action = self._action(item.text(), lambda _=False, r=row:
                                  self.navigation.setCurrentRow(r), f"Ctrl+{row + 1}")
            go_menu.addAction(action)
        reports_menu = bar.addMenu(self.tr("Re&ports"))
        reports_menu.addAction(self.report_action)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addActions([self.dutch_action, self.english_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        self.user_guide = add_user_guide(help_menu, self)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.duplicate_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.report_action, self.backup_action])

    def _update_actions(self) -> None:
        has_db = self.workspace.database is not None
        page = self.current_register_page()
        selected = page is not None and page.current_id() is not None
        has_file = self.workspace.path is not None
        self.backup_action.setEnabled(has_file)
        self.restore_action.setEnabled(has_file)
        for action, tip in self._file_only_tips.items():
            on_server = has_db and not has_file
            action.setStatusTip(self._server_note if on_server else tip)
            action.setToolTip(self._server_note if on_server else "")  # "": the action's text
        self.import_action.setEnabled(has_db)
        self.export_action.setEnabled(has_db)
        # A travel copy goes back into the team database; it is not copied or merged into.
        self.take_copy_action.setEnabled(has_db and self._travel_copy is None)
        self.merge_copy_action.setEnabled(has_db and self._travel_copy is None)
        self.new_action.setEnabled(has_db and page is not None)
        for action in (self.edit_action, self.duplicate_action, self.delete_action,
                       self.history_action):
            action.setEnabled(has_db and selected)
        self.find_action.setEnabled(page is not None)
        self.report_action.setEnabled(
            has_db and page is not None and page.spec.name == "trips" and selected)

    def _update_status(self) -> None:
        page = self.current_register_page()
        if page is not None:
            page._update_count()
            self.statusBar().showMessage(page.count.text())
        else:
            self.statusBar().clearMessage()

    # --- files ---------------------------------------------------------------------------------
    def _database_opened(self) -> None:
        database = self.workspace.database
        self._travel_copy = None
        if database is None:
            self.setWindowTitle(self.tr("Intzaken"))
            self.file_label.setText(self.tr("No database open"))
        else:
            from .travel_flow import travel_copy_note

            name = self.workspace.organisation_name() or self.tr("(no organisation)")
            self._travel_copy = travel_copy_note(self.workspace)
            if database.server is not None:
                where = self.tr("team database {name} on {server}").format(
                    name=database.server.database_name, server=database.server.server)
            else:
                where = database.location.name  # type: ignore[union-attr]  # a file: a Path
            title = self.tr("{organisation} — {file} — Intzaken").format(
                organisation=name, file=where)
            label = str(database.location)  # an address without its password
            if self._travel_copy is not None:
                title = self.tr("Travel copy — {title}").format(title=title)
                label = (self.tr("Travel copy (merged back), {origin}") if
                         self._travel_copy.returned else
                         self.tr("Travel copy, {origin}")).format(
                             origin=self._travel_copy.origin)
            self.setWindowTitle(title)
            self.file_label.setText(label)
            self.file_label.setToolTip(str(database.location))
            self.settings.add_recent_file(database.location)
            if database.path is not None:
                from .sync_warning import warn_if_risky
                warn_if_risky(self, database.path)
        self._update_actions()

    def open_path(self, path: Location, *, create_organisation: str | None = None,
                  offer_recovery: bool = True) -> bool:
        """Open (or create) the file at `path`, or the team database at that address; on
        failure explain and keep the current one.

        A damaged file is not opened; with `offer_recovery` its newest sound backup is
        offered instead. An empty team database is offered to be set up.
        """
        if not self.forms_closed():
            return False
        if isinstance(path, Path) and self.workspace.path == path.resolve():
            self.workspace.close()  # opened again: let go first, the file is locked to us
        try:
            database = files.open_file(path, create_organisation=create_organisation)
        except files.OpenRefused as exc:
            if isinstance(path, ServerAddress):
                return self._server_refused(path, exc, create_organisation)
            if offer_recovery and isinstance(exc.__cause__, DatabaseDamagedError):
                from .recovery import offer_recovery as offer
                return offer(self, path.expanduser().resolve(), str(exc))
            QMessageBox.warning(self, self.tr("Cannot open the file"), str(exc))
            if isinstance(exc.__cause__, FileNotFoundError):
                self.settings.remove_recent_file(path)
            return False
        self.workspace.set_database(database)
        return True

    def _server_refused(self, address: ServerAddress, refusal: Exception,
                        create_organisation: str | None) -> bool:
        from ..store.server_errors import ServerDatabaseEmptyError, ServerLoginError
        from .team_database import offer_set_up, open_team_database

        if isinstance(refusal.__cause__, ServerDatabaseEmptyError) and not create_organisation:
            return offer_set_up(self, address)
        if isinstance(refusal.__cause__, ServerLoginError) and address.password is None:
            # Opened from the recent list or at start, without a password: ask for one.
            return open_team_database(self, address, str(refusal))
        QMessageBox.warning(self, self.tr("Cannot open the team database"), str(refusal))
        return False

    def open_team_database(self) -> None:
        if self.forms_closed():
            from .team_database import open_team_database
            open_team_database(self)

    def _file_damaged(self, message: str) -> None:
        """The check that ran while the file was already shown found damage: nothing was
        written to it (writes wait for the check). Let go of it and offer its newest
        sound backup, as for a file found damaged at open."""
        path = self.workspace.path
        if path is None or not self.forms_closed():
            return  # a form kept open: its save is refused with the same message
        self.workspace.close()
        from .recovery import offer_recovery
        if not offer_recovery(self, path, message):
            from .welcome import WelcomeDialog
            WelcomeDialog(self, message).open()

    def new_database(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New database"),
            self.tr("Name of the organisation (for example 'Gemeente Rotterdam'):"))
        if not ok:
            return
        if not name.strip():
            QMessageBox.warning(self, self.tr("New database"),
                                self.tr("The organisation's name is required."))
            return
        path_text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new database as"), str(files.documents_folder()
                                                           / "intzaken.sqlite"),
            self.tr("Intzaken database (*.sqlite)"))
        if path_text:
            self.open_path(files.with_suffix(Path(path_text)), create_organisation=name.strip())

    def open_database_dialog(self) -> None:
        start = self.workspace.path.parent if self.workspace.path else files.documents_folder()
        path_text, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(start),
            self.tr("Intzaken database (*.sqlite);;All files (*)"))
        if path_text:
            self.open_path(Path(path_text))

    def open_demo(self) -> None:
        if not self.forms_closed():
            return
        path = files.demo_path()
        if self.workspace.path == path.resolve():
            self.workspace.close()  # the demo is written anew; let go of the old one first
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            error = files.write_demo_file(path)
        finally:
            QApplication.restoreOverrideCursor()
        if error:
            QMessageBox.warning(self, self.tr("Cannot open the demo"), error)
            return
        self.open_path(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def backup_now(self) -> None:
        database = self.workspace.database
        if database is None or not database.is_file:
            return
        import sqlite3

        from ..operations.backing_up import back_up_open_file
        from ..store.errors import StoreError
        from ..store.failures import failure_for

        try:
            target = back_up_open_file(database)
        except (StoreError, OSError, sqlite3.Error) as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), self.tr(
                "The backup could not be written: {error}").format(
                    error=failure_for(database.location, exc) or exc))
            return
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=target),
                                     8000)

    def export_registers(self) -> None:
        from .exchange_flow import export_from_window
        export_from_window(self)

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

    # --- records -------------------------------------------------------------------------------
    def open_record(self, register: str, record_id: int | None,
                    data: object | None = None) -> QWidget | None:
        """Open the form of a record (None = a new one, `data` to start from)."""
        from .forms import open_form
        if self.workspace.database is None:
            return None
        form = open_form(self, self.workspace, register, record_id, data)
        if form is not None:
            form.saved.connect(lambda reg, rid: self._select_after_save(reg, rid))
        return form

    def _select_after_save(self, register: str, record_id: int) -> None:
        page = self.register_pages.get(register)
        if page is not None:
            page.reload(select_id=record_id)

    def new_record(self) -> None:
        page = self.current_register_page()
        if page is not None:
            self.open_record(page.spec.name, None)

    def open_current(self) -> None:
        page = self.current_register_page()
        if page is not None:
            page.open_current()

    def _selected_record(self) -> tuple[str, int, object, int] | None:
        """The register, id, data and version of the record selected on the current page."""
        page = self.current_register_page()
        record_id = page.current_id() if page is not None else None
        if page is None or record_id is None:
            return None
        from ..services.editing import snapshot, version_of

        with self.workspace.reading() as session:
            data = snapshot(session, page.spec.name, record_id)
            version = version_of(session, page.spec.name, record_id)
        assert version is not None
        return page.spec.name, record_id, data, version

    def duplicate_record(self) -> None:
        selected = self._selected_record()
        if selected is not None:
            from ..services.editing import EDITORS

            register, _, data, _ = selected
            self.open_record(register, None, EDITORS[register].duplicate(data))

    def delete_record(self) -> None:
        selected = self._selected_record()
        if selected is None:
            return
        from ..services.editing import EDITORS
        from .commands import DeleteCommand

        register, record_id, old, version = selected
        editor = EDITORS[register]
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete {what}? You can undo this with Ctrl+Z.").format(
                what=editor.describe(old)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            # Refused if someone else saved it after it was read above (and asked about).
            self.workspace.write(register, lambda session: editor.delete(
                session, record_id, expected_version=version), self)
        except InUseError as exc:
            self._explain_in_use(register, record_id, exc)
            return
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Delete"), str(exc))
            return
        self.workspace.undo_stack.push(DeleteCommand(self.workspace, editor, record_id, old,
                                                     version))
        self.statusBar().showMessage(self.tr("Deleted. Ctrl+Z brings it back."), 8000)

    def show_history(self) -> QWidget | None:
        """The change history of the selected record, in a window of its own."""
        page = self.current_register_page()
        record_id = page.current_id() if page is not None else None
        if page is None or record_id is None or self.workspace.database is None:
            return None
        from .history_view import HistoryDialog

        dialog = HistoryDialog(self, self.workspace, page.spec.name, record_id)
        dialog.show()
        return dialog

    def _explain_in_use(self, register: str, record_id: int, error: InUseError) -> None:
        from .in_use import explain_in_use
        explain_in_use(self, self.workspace, register, record_id, error)

    def focus_search(self) -> None:
        page = self.current_register_page()
        if page is not None:
            page.focus_search()

    def report_current(self) -> None:
        page = self.current_register_page()
        if page is None or page.spec.name != "trips" or page.current_id() is None:
            return
        reports = self.show_page("reports")
        reports.prepare_trip_report(page.current_id())  # type: ignore[attr-defined]

    # --- settings and lifetime ---------------------------------------------------------------
    def _set_language(self, language: str) -> None:
        self.settings.set_language(language)
        self.dutch_action.setChecked(language == "nl")
        self.english_action.setChecked(language == "en")
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "The new language is used from the next start of Intzaken."))

    def about(self) -> None:
        from .about import about_text
        QMessageBox.about(self, self.tr("About Intzaken"), about_text(self.workspace))

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not be done"), message)

    def parent_widget(self) -> QWidget:
        """The flows' dialogs belong to the window (ui/window_host.py)."""
        return self

    def forms_closed(self) -> bool:
        """Close the open forms first (each asks about unsaved changes); False if one stays."""
        from .forms.base import RecordForm
        for form in self.findChildren(RecordForm):
            if form.isVisible() and not form.close():
                return False
        return True

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.splitter_state("main")
        if state is not None:
            self.splitter.restoreState(state)
        page = self.settings.current_page()
        self.navigation.setCurrentRow(page if 0 <= page < self.navigation.count() else 0)

    def _save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        for name, page in self.register_pages.items():
            self.settings.set_header_state(name, page.table.horizontalHeader().saveState())
        self.settings.set_current_page(self.navigation.currentRow())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.forms_closed():
            event.ignore()
            return
        self._save_layout()
        event.accept()
        QTimer.singleShot(0, self.workspace.close)
