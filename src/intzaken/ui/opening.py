"""Opening a file without freezing the window.

Checking a large file and bringing an old one up to date take seconds (a 100,000-trip
file needing a migration took about 12 s, all of it with the window not answering). The
opening runs off the GUI thread (ui/waiting.py); once the wait is long enough to notice,
a dialog says which step it is in, with Cancel until the file is about to be changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from . import files
from .background import Progress
from .waiting import Announcer, WaitCancelled, wait_for

if TYPE_CHECKING:
    from ..store.database import Database, OpeningStep
    from ..store.location import Location

translate = QCoreApplication.translate


class OpeningCancelled(Exception):
    """The user cancelled the opening before anything was written to the file."""


def open_waiting(
    parent: QWidget, location: Location, *, create_organisation: str | None = None
) -> Database:
    """`files.open_file(location)` off the GUI thread; raises files.OpenRefused as it
    does, or OpeningCancelled."""

    def work(progress: Progress, announcer: Announcer) -> Database:
        def on_step(step: OpeningStep) -> None:
            progress.check()  # a cancel counts until the file is about to change
            text, may_cancel = _step_text(step)
            announcer.said.emit(text, may_cancel)

        database = files.open_file(
            location, create_organisation=create_organisation, on_step=on_step
        )
        if progress.cancelled:  # asked after the last step: the file was not changed
            database.close()
            progress.check()
        return database

    try:
        return wait_for(parent, translate("Opening", "Opening the file…"), work, may_cancel=True)
    except WaitCancelled:
        raise OpeningCancelled from None


def _step_text(step: OpeningStep) -> tuple[str, bool]:
    from ..store.database import OpeningStep

    if step is OpeningStep.CHECKING:
        return translate("Opening", "Checking the file…"), True
    if step is OpeningStep.BACKING_UP:
        text = translate("Opening", "Copying the file aside before it is brought up to date…")
        return text, True
    text = translate(
        "Opening",
        "Bringing the file up to date for this version of Intzaken. This cannot be "
        "cancelled: a copy made just before is put back if it fails.",
    )
    return text, False
