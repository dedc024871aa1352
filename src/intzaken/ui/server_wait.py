"""Waiting for a team database without freezing the window, and offering to try again.

A save on a PostgreSQL server can wait for a colleague's lock (up to the session's
lock_timeout, store/server_limits.py) or for the network. That wait happens on a worker
thread; the GUI thread runs a local event loop meanwhile, so the window keeps painting,
behind a busy dialog that keeps the user from switching or closing the database in
between. A file on this computer needs none of this and is written directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..store.server_errors import RETRYABLE
from .background import Progress, Task

T = TypeVar("T")
translate = QCoreApplication.translate


def wait_off_gui_thread(parent: QWidget | None, label: str, function: Callable[[], T]) -> T:
    """`function()` on a worker thread; its result, or its exception raised here."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)  # a COMMIT on its way cannot be called back
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(0)  # at once: nothing else may touch the database meanwhile

    def run(_progress: Progress) -> T:
        return function()

    task = Task(run)
    task.succeeded.connect(lambda value: outcome.setdefault("value", value))
    task.failed.connect(lambda error: outcome.setdefault("error", error))
    task.finished.connect(loop.quit)
    task.start()
    # The signals are queued for this thread, so none can arrive before the loop runs.
    loop.exec()
    busy.reset()
    busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def is_retryable(error: BaseException) -> bool:
    """A team database's passing trouble: a colleague's lock, a timeout, a session
    ended or dropped, the server restarting or out of reach."""
    return isinstance(error, RETRYABLE)


def ask_to_retry(parent: QWidget, title: str, error: BaseException) -> bool:
    """The Dutch message of `error` with "Try again" and "Cancel"; True to try again."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Cancel, parent
    )
    again = box.addButton(translate("ServerWait", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again
