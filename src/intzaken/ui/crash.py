"""Unexpected errors: logged to a file, shown with details to copy; the app stays usable.

Saves run in one transaction each, so an error in the middle of one leaves the file as it
was before that save.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..paths import APP_NAME

log = logging.getLogger("intzaken")


def log_file() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / "intzaken.log"


def install_log_file(path: Path | None = None) -> Path:
    # Imported here: the app installs the log file just after its first paint.
    from logging.handlers import RotatingFileHandler

    path = path or log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


def show_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    # Imported here: PySide makes a Qt class's enums when it is first used (issue 22).
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Crash", "Unexpected error"))
    box.setText(
        translate(
            "Crash",
            "Something went wrong that Intzaken did not expect. Your saved "
            "data is safe; the action that failed was not saved.",
        )
    )
    box.setInformativeText(
        translate(
            "Crash", "Details are in {path}. Please send them to the application's maintainers."
        ).format(path=log_file())
    )
    box.setDetailedText(details)
    box.exec()


def install_exception_hook() -> None:
    sys.excepthook = show_exception
