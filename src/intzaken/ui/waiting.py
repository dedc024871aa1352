"""Long work whose result the caller waits for, without freezing the window.

The work runs on a worker thread (background.Task) while the GUI thread turns a local
event loop: the window keeps painting. For the first moment the user's input is held
back (and delivered afterwards), so a quick job shows no dialog flashing up; a longer
one shows a window-modal dialog saying what is happening, with Cancel while the work
says it may still be cancelled. The caller gets the result back as a plain return, or
the work's exception raised: a flow that waits stays as simple as a direct call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from .background import Progress, Task

translate = QCoreApplication.translate
QUIET_MILLISECONDS = 400


class WaitCancelled(Exception):
    """The user cancelled the work while it could still be cancelled."""


class Announcer(QObject):
    """What the work tells the dialog from its thread: a new text, and whether Cancel
    still means something (`said(text, may_cancel)`)."""

    said = Signal(str, bool)


def wait_for(
    parent: QWidget,
    text: str,
    work: Callable[[Progress, Announcer], Any],
    *,
    may_cancel: bool = False,
) -> Any:
    """`work(progress, announcer)` off the GUI thread; its result, or its exception, or
    WaitCancelled. A cancel stops the work at its next `progress.check()`."""
    announcer = Announcer()
    outcome: dict[str, Any] = {}
    task = Task(lambda progress: work(progress, announcer), expected=(Exception,))
    waiting = _Waiting(parent, task, text, may_cancel)
    announcer.said.connect(waiting.say)
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda exc: outcome.setdefault("error", exc))
    task.cancelled.connect(lambda: outcome.setdefault("cancelled", True))
    task.finished.connect(waiting.finish)
    task.start()
    waiting.wait()
    if "error" in outcome:
        raise outcome["error"]
    if "cancelled" in outcome:
        raise WaitCancelled
    return outcome.get("result")


class _Waiting:
    def __init__(self, parent: QWidget, task: Task, text: str, may_cancel: bool) -> None:
        self.parent = parent
        self.task = task
        self.text = text
        self.may_cancel = may_cancel
        self.cancel_asked = False
        self.done = False
        self.dialog: QProgressDialog | None = None
        self.cancel_button: QPushButton | None = None
        self.loop = QEventLoop()

    def wait(self) -> None:
        QTimer.singleShot(QUIET_MILLISECONDS, self.loop.quit)
        # Input that arrives meanwhile is kept, not lost: it reaches the dialog or the
        # window afterwards.
        self.loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self.done:
            return
        self.dialog = QProgressDialog(self.text, "", 0, 0, self.parent)
        self.dialog.setWindowTitle(translate("Waiting", "Please wait"))
        self.cancel_button = QPushButton(translate("Waiting", "Cancel"))
        self.dialog.setCancelButton(self.cancel_button)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.cancel_button.setEnabled(self.may_cancel)
        self.dialog.open()
        if not self.done:
            self.loop.exec()

    def say(self, text: str, may_cancel: bool) -> None:
        self.text = text
        self.may_cancel = may_cancel and not self.cancel_asked
        if self.dialog is not None and self.cancel_button is not None:
            self.dialog.setLabelText(text)
            self.cancel_button.setEnabled(self.may_cancel)

    def cancel(self) -> None:
        """Cancel, Escape or the close button: QProgressDialog hides itself on each, but
        the wait goes on until the worker stops, and the window must stay blocked."""
        assert self.dialog is not None and self.cancel_button is not None
        if self.may_cancel:
            self.cancel_asked, self.may_cancel = True, False
            self.task.cancel()
            self.dialog.setLabelText(translate("Waiting", "Cancelling…"))
            self.cancel_button.setEnabled(False)
        self.dialog.open()

    def finish(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        self.loop.quit()
