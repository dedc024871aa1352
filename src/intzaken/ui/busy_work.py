"""Work on the open database off the GUI thread, behind a busy dialog: export, import,
travel copies. The window waits (modal) but keeps painting; the result or the error
comes back on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from ..store.errors import StoreError
from ..store.failures import failures_explained
from ..store.server_limits import allow_long_work
from .background import Progress, Task

if TYPE_CHECKING:
    from .window_host import WindowHost

translate = QCoreApplication.translate


def run_busy(window: WindowHost, label: str, work: Any, done: Any, failed: Any = None) -> Task:
    """`work(session)` in the background with a busy dialog; then `done(result)`, or
    `failed(exception)` (by default a message)."""
    database = window.workspace.database
    assert database is not None
    busy = QProgressDialog(label, "", 0, 0, window.parent_widget())
    busy.setCancelButton(None)  # half an export, import or merge is never useful
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    # Shown at once: until the work reports, the window must not switch or close files.
    busy.setMinimumDuration(0)

    def function(_progress: Progress) -> Any:
        # A file's failures, or the server's, in Dutch.
        with failures_explained(database.location), allow_long_work(database.sessions()) as session:
            return work(session)

    task = Task(function)
    task.succeeded.connect(done)
    task.failed.connect(failed or (lambda exc: show_failure(window, exc)))
    task.finished.connect(busy.reset)
    task.start()
    return task


def show_failure(window: WindowHost, exc: BaseException) -> None:
    if isinstance(exc, OSError) and not isinstance(exc, StoreError):
        text = exc.strerror or str(exc)
    else:
        text = str(exc)
    QMessageBox.warning(window.parent_widget(), translate("BusyWork", "Could not be done"), text)
