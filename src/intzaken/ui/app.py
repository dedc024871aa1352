"""Starting the window: Qt application, Dutch translation, the database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resource_path
from ..store.database import Database, open_database
from ..store.errors import StoreError
from .main_window import MainWindow


def install_translation(app: QApplication, language: str = "nl") -> QTranslator | None:
    """Load the interface translation (Dutch by default; source strings are English)."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"intzaken_{language}.qm"))):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale("nl_NL"))
        return translator
    return None


def run_gui(path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Intzaken")
    install_translation(app)
    database: Database | None = None
    error = None
    try:
        database = open_database(path)
    except StoreError as exc:
        error = str(exc)
    window = MainWindow(database, path, error)
    window.show()
    try:
        return app.exec()
    finally:
        if database is not None:
            database.close()
