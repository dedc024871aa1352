"""Starting the window: Qt application, language, error handling, the first file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..heap import collect_from_here_on, hold_back_full_collections
from ..mpl_cache import use_persistent_matplotlib_cache
from ..resources import resource_path
from . import import_hook
from .crash import install_exception_hook, install_log_file
from .first_paint import after_next_paint
from .main_window import MainWindow
from .settings import Settings
from .startup_marks import mark
from .workspace import Workspace

if TYPE_CHECKING:
    from ..store.location import Location

# What opens the first file (the opening, its errors, the welcome dialog) is imported
# after the window's first paint: the frame is on screen sooner (issue 22).

# The translators install_translation put in, so the next call takes them out again:
# one language at a time (English after Dutch must not keep Qt's Dutch "Annuleren").
_installed: list[QTranslator] = []


def install_translation(app: QApplication, language: str = "nl") -> QTranslator | None:
    """Load the interface translation (Dutch by default; source strings are English),
    in place of the one loaded before."""
    remove_translations(app)
    install_english_plurals(app)
    _speak_below_the_interface(language)
    if language == "en":
        QLocale.setDefault(QLocale("en_GB"))
        return None
    # Qt's own texts first (the file dialogs' "Zoeken in:", Save, Cancel), then ours.
    for folder in qt_translation_folders():
        if _install(app, f"qtbase_{language}", str(folder)):
            break
    # What Qt's Dutch lacks ("&Look in:" got its mnemonic in Qt 6); searched before it.
    _install(app, str(resource_path("translations", f"qt_supplement_{language}.qm")))
    translator = _install(app, str(resource_path("translations", f"intzaken_{language}.qm")))
    if translator is not None:
        QLocale.setDefault(QLocale("nl_NL"))
    return translator


_english_plurals: list[QTranslator] = []


def install_english_plurals(app: QApplication) -> None:
    """The base layer under every language, put in once and never taken out: English is
    the source language, and its file holds only the plural forms of texts with a count
    (without it "%n record(s)" reads "1 record(s)"). A Dutch translator, put in later, is
    searched first."""
    if _english_plurals:
        return
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", "intzaken_en.qm"))):
        app.installTranslator(translator)
        _english_plurals.append(translator)


def remove_translations(app: QApplication) -> None:
    """Take out what install_translation put in: the interface in its source English."""
    while _installed:
        app.removeTranslator(_installed.pop())


def qt_translation_folders() -> list[Path]:
    """Where Qt's own translations may be: the Qt installation's folder, else the one in
    the PySide6 package (PySide6/Qt/translations; PySide6/translations on Windows), which is
    where packaging/intzaken.spec bundles them."""
    import PySide6

    package = Path(PySide6.__file__).parent
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]


def _install(app: QApplication, name: str, folder: str = "") -> QTranslator | None:
    """Load a .qm file (by path, or by name in `folder`) and put it in; None if absent."""
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def _speak_below_the_interface(language: str) -> None:
    """The layers below the interface (labels of kinds and statuses, and what else is
    translated there: intzaken.i18n) follow the interface's language. Dutch is their
    default, so for Dutch Babel is not loaded before the first paint unless it already is."""
    if language != "nl" or "intzaken.i18n" in sys.modules:
        from ..i18n import set_language

        set_language(language)


def application_icon() -> QIcon:
    """The app's icon in every size drawn for it (resources/icons, made by tools/make-icons.py)."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("intzaken-*.png")):
        icon.addFile(str(png))
    return icon


def open_first_file(window: MainWindow, path: Location, settings: Settings) -> None:
    """The file (or team database) asked for, else the one worked in last time; otherwise
    the welcome choices (after the offer of a backup when the file is damaged). A team
    database asked for is always tried: whether it is there only its server can say."""
    from PySide6.QtCore import Qt

    from ..store.errors import DatabaseDamagedError
    from ..store.location import ServerAddress
    from .files import OpenRefused
    from .opening import OpeningCancelled, open_waiting
    from .welcome import WelcomeDialog

    workspace = window.workspace
    message = ""
    damaged: Path | None = None
    asked = isinstance(path, ServerAddress) or path.exists()
    candidates = [path] if asked else [p for p in [settings.last_file()] if p]
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for candidate in candidates:
            try:
                workspace.set_database(open_waiting(window, candidate))
                return
            except OpeningCancelled:
                break  # the user chose not to wait: the welcome choices instead
            except OpenRefused as exc:
                message = str(exc)
                if isinstance(exc.__cause__, DatabaseDamagedError) and isinstance(candidate, Path):
                    damaged = candidate.expanduser().resolve()
    finally:
        QApplication.restoreOverrideCursor()
    if damaged is not None:
        from .recovery import offer_recovery

        if offer_recovery(window, damaged, message):
            return
    WelcomeDialog(window, message).open()


def run_gui(path: Location) -> int:
    # Fractional display scaling (150 %) is passed through as it is: Qt 6's default, so
    # not set here. Naming it (Qt.HighDpiScaleFactorRoundingPolicy) would make PySide
    # build every enum class of the Qt namespace, 93 of them, about 20 ms, before the
    # first paint; the frame avoids naming `Qt` until then (see window/pages.py).
    running = QApplication.instance()  # the tests' own, or none yet
    app = running if isinstance(running, QApplication) else QApplication(sys.argv)
    # Before any import on a worker, and every import after this one cheaper.
    import_hook.quiet_pyside_import_hook()
    hold_back_full_collections()
    app.setApplicationName("Intzaken")
    app.setOrganizationName("Intzaken")
    app.setWindowIcon(application_icon())
    # Lets a Wayland desktop match the window to intzaken.desktop (packaging/linux).
    app.setDesktopFileName("intzaken")
    install_exception_hook()
    settings = Settings()
    install_translation(app, settings.language())

    workspace = Workspace()
    # The frame first: menus, navigation, status bar, with nothing heavy imported. Once
    # it is on screen the file is opened (checking, perhaps migrating a large file takes
    # a moment) and the pages are made, the trips page first, one per pass of the event
    # loop; each loads its records off the GUI thread.
    window = MainWindow(workspace, settings, build_pages=False, accessible=False)

    def start_working() -> None:
        mark("painted")  # the frame is on screen
        collect_from_here_on()  # what the start made stays; collections from now on
        from .idle_collection import IdleCollector

        IdleCollector(window)  # the full collections, while nobody waits (see there)
        from .accessibility import make_accessible

        make_accessible(app)  # names what is on screen now, and every control shown later
        from ..store.instance_lock import describe_process

        describe_process("het venster")  # what a command refused by our lock is told
        use_persistent_matplotlib_cache()  # before a chart imports matplotlib
        install_log_file()
        open_first_file(window, path, settings)
        mark("opened")
        window.build_pages(one_by_one=True)

    after_next_paint(window, start_working)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
