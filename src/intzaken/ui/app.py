"""Starting the window: Qt application, language, error handling, the first file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ..resources import resource_path
from ..store.errors import DatabaseDamagedError
from .crash import install_exception_hook, install_log_file
from .files import OpenRefused, open_file
from .main_window import MainWindow
from .recovery import offer_recovery
from .settings import Settings
from .welcome import WelcomeDialog
from .workspace import Workspace


def install_translation(app: QApplication, language: str = "nl") -> QTranslator | None:
    """Load the interface translation (Dutch by default; source strings are English)."""
    if language == "en":
        QLocale.setDefault(QLocale("en_GB"))
        return None
    # Qt's own texts first (Save, Cancel, the file dialogs), from the Qt installation.
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"intzaken_{language}.qm"))):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale("nl_NL"))
        return translator
    return None


def application_icon() -> QIcon:
    """The app's icon in every size drawn for it (resources/icons, made by tools/make-icons.py)."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("intzaken-*.png")):
        icon.addFile(str(png))
    return icon


class _FirstPaint(QObject):
    """Calls `then` once, just after `window` first painted (or after a second at most,
    for a window that is never painted, such as one started minimised)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(1000, self._go)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._go)  # after this paint has been shown
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    _FirstPaint(window, then)


def open_first_file(window: MainWindow, path: Path, settings: Settings) -> None:
    """The file asked for, else the one worked in last time; otherwise the welcome choices
    (after the offer of a backup when the file is damaged)."""
    workspace = window.workspace
    message = ""
    damaged: Path | None = None
    candidates = [path] if path.exists() else [p for p in [settings.last_file()] if p]
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for candidate in candidates:
            try:
                workspace.set_database(open_file(candidate))
                return
            except OpenRefused as exc:
                message = str(exc)
                if isinstance(exc.__cause__, DatabaseDamagedError):
                    damaged = candidate.expanduser().resolve()
    finally:
        QApplication.restoreOverrideCursor()
    if damaged is not None and offer_recovery(window, damaged, message):
        return
    WelcomeDialog(window, message).open()


def run_gui(path: Path) -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Intzaken")
    app.setOrganizationName("Intzaken")
    app.setWindowIcon(application_icon())
    # Lets a Wayland desktop match the window to intzaken.desktop (packaging/linux).
    app.setDesktopFileName("intzaken")
    install_log_file()
    install_exception_hook()
    settings = Settings()
    install_translation(app, settings.language())

    workspace = Workspace()
    window = MainWindow(workspace, settings)
    # The file is opened once the window is on screen: checking, perhaps migrating and
    # backing up a large file takes a while, and the user should see the app meanwhile.
    after_first_paint(window, lambda: open_first_file(window, path, settings))
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
