"""Which database the window shows: opening, creating and the demo, team databases, the
recent files, a backup by hand, and the title and status that name what is open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from ...register_keys import RegisterKey

if TYPE_CHECKING:
    from ...store.location import Location, ServerAddress
    from ..window_host import FileHost

# The opening, the files' helpers and the dialogs are imported when used, not with the
# window's frame, which is painted first (issue 22): PySide makes a Qt class's enum
# classes when the class is first named, about 0.25 ms each.


class DatabaseFiles(QObject):
    """Opens databases into the window's workspace and says in the window which is open."""

    def __init__(self, window: FileHost) -> None:
        super().__init__(window.parent_widget())
        self.window = window
        self.widget = window.parent_widget()  # the parent of dialogs and messages
        self.workspace = window.workspace
        self.settings = window.settings
        self.file_label = QLabel()
        self.travel_copy: Any = None  # a CopyNote while a travel copy is open
        self.workspace.changed.connect(self._records_changed)

    def _records_changed(self, register: str) -> None:
        # The organisation's name may have changed (first steps, an import): the title.
        if register in ("", RegisterKey.ORGANISATION) and self.workspace.database is not None:
            self.show_title()

    def database_opened(self) -> None:
        """Name the database now open (or none) in the title and the status bar."""
        database = self.workspace.database
        self.travel_copy = None
        if database is not None:
            from ..travel_flow import travel_copy_note

            self.travel_copy = travel_copy_note(self.workspace)
        self.show_title()
        if database is None:
            return
        self.settings.add_recent_file(database.location)
        if database.path is not None:
            from ..sync_warning import warn_if_risky

            warn_if_risky(self.window, database.path)

    def show_title(self) -> None:
        """The title and status bar name the organisation and the database (again, after
        the organisation's name changed)."""
        window, database = self.window, self.workspace.database
        if database is None:
            window.setWindowTitle(self.tr("Intzaken"))
            self.file_label.setText(self.tr("No database open"))
            return
        name = self.workspace.organisation_name() or self.tr("(no organisation)")
        if database.server is not None:
            where = self.tr("team database {name} on {server}").format(
                name=database.server.database_name, server=database.server.server
            )
        else:
            where = database.location.name  # type: ignore[union-attr]  # a file: a Path
        title = self.tr("{organisation} — {file} — Intzaken").format(organisation=name, file=where)
        label = str(database.location)  # an address without its password
        if self.travel_copy is not None:
            title = self.tr("Travel copy — {title}").format(title=title)
            label = (
                self.tr("Travel copy (merged back), {origin}")
                if self.travel_copy.returned
                else self.tr("Travel copy, {origin}")
            ).format(origin=self.travel_copy.origin)
        window.setWindowTitle(title)
        self.file_label.setText(label)
        self.file_label.setToolTip(str(database.location))

    def open_path(
        self, path: Location, *, create_organisation: str | None = None, offer_recovery: bool = True
    ) -> bool:
        """Open (or create) the file at `path`, or the team database at that address; on
        failure explain and keep the current one.

        A damaged file is not opened; with `offer_recovery` its newest sound backup is
        offered instead. An empty team database is offered to be set up.
        """
        from PySide6.QtWidgets import QMessageBox

        from ...store.errors import DatabaseDamagedError
        from ...store.location import ServerAddress
        from .. import files
        from ..opening import OpeningCancelled, open_waiting

        window = self.window
        if not window.forms_closed():
            return False
        if isinstance(path, Path) and self.workspace.path == path.resolve():
            self.workspace.close()  # opened again: let go first, the file is locked to us
        try:
            database = open_waiting(self.widget, path, create_organisation=create_organisation)
        except OpeningCancelled:
            return False  # nothing was changed; the user chose not to wait
        except files.OpenRefused as exc:
            if isinstance(path, ServerAddress):
                return self._server_refused(path, exc, create_organisation)
            if offer_recovery and isinstance(exc.__cause__, DatabaseDamagedError):
                from ..recovery import offer_recovery as offer

                return offer(window, path.expanduser().resolve(), str(exc))
            QMessageBox.warning(self.widget, self.tr("Cannot open the file"), str(exc))
            if isinstance(exc.__cause__, FileNotFoundError):
                self.settings.remove_recent_file(path)
            return False
        self.workspace.set_database(database)
        return True

    def _server_refused(
        self, address: ServerAddress, refusal: Exception, create_organisation: str | None
    ) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from ...store.server_errors import ServerDatabaseEmptyError, ServerLoginError
        from ..team_database import offer_set_up, open_team_database

        if isinstance(refusal.__cause__, ServerDatabaseEmptyError) and not create_organisation:
            return offer_set_up(self.window, address)
        if isinstance(refusal.__cause__, ServerLoginError) and address.password is None:
            # Opened from the recent list or at start, without a password: ask for one.
            return open_team_database(self.window, address, str(refusal))
        QMessageBox.warning(self.widget, self.tr("Cannot open the team database"), str(refusal))
        return False

    def open_team_database(self) -> None:
        if self.window.forms_closed():
            from ..team_database import open_team_database

            open_team_database(self.window)

    def file_damaged(self, message: str) -> None:
        """The check that ran while the file was already shown found damage: nothing was
        written to it (writes wait for the check). Let go of it and offer its newest
        sound backup, as for a file found damaged at open."""
        path = self.workspace.path
        if path is None or not self.window.forms_closed():
            return  # a form kept open: its save is refused with the same message
        self.workspace.close()
        from ..recovery import offer_recovery

        if not offer_recovery(self.window, path, message):
            from ..welcome import WelcomeDialog

            WelcomeDialog(self.window, message).open()

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

        from .. import files

        name, ok = QInputDialog.getText(
            self.widget,
            self.tr("New database"),
            self.tr("Name of the organisation (for example 'Gemeente Rotterdam'):"),
        )
        if not ok:
            return
        if not name.strip():
            QMessageBox.warning(
                self.widget,
                self.tr("New database"),
                self.tr("The organisation's name is required."),
            )
            return
        path_text, _ = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save the new database as"),
            str(files.documents_folder() / "intzaken.sqlite"),
            self.tr("Intzaken database (*.sqlite)"),
        )
        if path_text and self.open_path(
            files.with_suffix(Path(path_text)), create_organisation=name.strip()
        ):
            from ..first_steps import start_first_steps

            start_first_steps(self.window)

    def open_database_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from .. import files

        start = self.workspace.path.parent if self.workspace.path else files.documents_folder()
        path_text, _ = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Open a database"),
            str(start),
            self.tr("Intzaken database (*.sqlite);;All files (*)"),
        )
        if path_text:
            self.open_path(Path(path_text))

    def open_demo(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from .. import files

        if not self.window.forms_closed():
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
            QMessageBox.warning(self.widget, self.tr("Cannot open the demo"), error)
            return
        self.open_path(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction(self.tr("(none)")).setEnabled(False)

    def backup_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        database = self.workspace.database
        if database is None or not database.is_file:
            return
        import sqlite3

        from ...operations.backing_up import back_up_open_file
        from ...store.errors import StoreError
        from ...store.failures import failure_for

        try:
            target = back_up_open_file(database)
        except (StoreError, OSError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self.widget,
                self.tr("Backup failed"),
                self.tr("The backup could not be written: {error}").format(
                    error=failure_for(database.location, exc) or exc
                ),
            )
            return
        self.window.statusBar().showMessage(
            self.tr("Backup written: {path}").format(path=target), 8000
        )
