"""The open database as the window sees it: sessions, undo history and change signals.

Every page reads and writes through one Workspace, so a save anywhere refreshes every
page that shows the register, and undo covers edits made on any page.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from .version_trail import VersionTrail

if TYPE_CHECKING:  # SQLAlchemy is imported once a file is opened, after the first paint
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from ..services.errors import ServiceError
    from ..store.database import Database
    from ..store.errors import StoreError
    from ..store.location import Location

T = TypeVar("T")
CHECK_POLL_MS = 100  # how often the window looks whether the check at open has finished


def __getattr__(name: str) -> tuple[type[ServiceError], type[StoreError]]:
    """USER_ERRORS, made when first imported: what the window shows as a message rather
    than as a crash, the services refusing input and the file refusing to be read or
    written (disk full, drive gone, read-only, ...). Not made with the window's frame,
    which is painted before the errors' modules are needed (issue 22)."""
    if name == "USER_ERRORS":
        from ..services.errors import ServiceError
        from ..store.errors import StoreError

        return (ServiceError, StoreError)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Workspace(QObject):
    """Holds the open Database (or none) for the window's lifetime."""

    opened = Signal()  # a (different) database is now open, or none
    changed = Signal(str)  # register name whose records changed ("" = all)
    failed = Signal(str)  # a Dutch message about work that could not be done (undo, ...)
    damaged = Signal(str)  # the open file failed its integrity check; Dutch message

    def __init__(
        self, parent: QObject | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.undo_stack = QUndoStack(self)
        self.versions = VersionTrail()  # which version each undo step expects
        self._today = today

    @property
    def path(self) -> Path | None:
        """The open file; None without one, and for a team database on a server."""
        return None if self.database is None else self.database.path

    @property
    def location(self) -> Location | None:
        """The open file or team database."""
        return None if self.database is None else self.database.location

    def today(self) -> dt.date:
        """Today's date; tests pin it so dashboards and warnings are deterministic."""
        return self._today()

    def set_database(self, database: Database | None) -> None:
        """Switch files: the old one is closed and its undo history dropped."""
        if self.database is not None:
            self.database.close()
        self._switched(database)
        if database is not None and database.check is not None:
            self._await_check(database)

    def detach(self) -> Database | None:
        """Let go of the open database without closing it, as close() does otherwise:
        for a caller that closes it off the GUI thread. Closing a large file writes its
        log back into it, 0.1-0.3 s that held the window before a restore (issue 22,
        item 4)."""
        database = self.database
        self._switched(None)
        return database

    def _switched(self, database: Database | None) -> None:
        self.database = database
        self.undo_stack.clear()
        self.versions.clear()
        self.opened.emit()

    def _await_check(self, database: Database) -> None:
        """Say what the integrity check running for `database` finds: damage, or that
        the daily backup could not be made. Polled: a pool thread waiting on it for
        seconds would hold up the pages' loading."""
        check = database.check
        assert check is not None
        timer = QTimer(self)

        def poll() -> None:
            if self.database is not database:
                timer.stop()  # another file was opened meanwhile
                timer.deleteLater()
            elif check.done:
                timer.stop()
                timer.deleteLater()
                if check.problems:
                    from ..store.errors import DatabaseDamagedError

                    # The background check runs on files only: the location is a Path.
                    self.damaged.emit(str(DatabaseDamagedError(database.location, check.problems)))  # type: ignore[arg-type]
                elif check.backup_error is not None:
                    self.failed.emit(str(check.backup_error))

        timer.timeout.connect(poll)
        timer.start(CHECK_POLL_MS)

    def close(self) -> None:
        self.set_database(None)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for looking only; whatever happens in it is rolled back."""
        assert self.database is not None, "no database open"
        with self._explained(), self.database.sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @property
    def on_server(self) -> bool:
        """A team database: work on it may wait for the server, so not on the GUI thread."""
        return self.database is not None and not self.database.is_file

    @contextmanager
    def writing(self, register: str = "", *, announce: bool = True) -> Iterator[Session]:
        """A session whose work is committed as one transaction, then announced. Work
        off the GUI thread passes `announce=False` and emits `changed` on the GUI
        thread once it has its result."""
        assert self.database is not None, "no database open"
        with self._explained():
            self.database.require_sound()  # waits for a check still running at open
        from ..store.commit_outcome import confirmed_transaction

        # A COMMIT cut off on the way to a team database is looked up, not guessed at.
        with (
            self._explained(),
            confirmed_transaction(self.database.sessions, self.database.location) as session,
        ):
            yield session
        if announce:
            self.changed.emit(register)

    def write(
        self, register: str, work: Callable[[Session], T], parent: QWidget | None = None
    ) -> T:
        """`work(session)` committed as one transaction (`writing`), then announced. On a
        team database it waits for the server on a worker thread while the window keeps
        running behind a busy dialog (ui/server_wait.py); a file is written directly."""

        def run() -> T:
            with self.writing(register, announce=False) as session:
                return work(session)

        if self.on_server:
            from .server_wait import wait_off_gui_thread

            result = wait_off_gui_thread(parent, self.tr("Saving in the team database…"), run)
        else:
            result = run()
        self.changed.emit(register)
        return result

    @contextmanager
    def _explained(self) -> Iterator[None]:
        """Storage failures leave as a StoreError with a Dutch message naming the cause."""
        assert self.database is not None
        path = self.database.path
        if path is not None and not os.path.exists(path):  # False, not an error, on ESTALE
            # A drive that went away, or a file moved by hand: SQLite may still write to
            # the file it holds open, and that work would be lost with the handle.
            from ..store.errors import FileUnreachableError

            raise FileUnreachableError(path)
        from sqlalchemy.exc import DBAPIError

        from ..store.failures import failure_for

        try:
            yield
        except (DBAPIError, OSError) as exc:
            # For a team database: the server gone, the network down, the login refused.
            failure = failure_for(self.database.location, exc)
            if failure is None:
                raise
            raise failure from exc

    def organisation_name(self) -> str:
        if self.database is None:
            return ""
        from ..services.organisation_name import organisation_name

        with self.reading() as session:
            return organisation_name(session)
