"""`intzaken --guide`: the user guide on its own, without opening a database.

For a shortcut to the guide, and for the packaged app's smoke test, which checks that
the guide is in the bundle and opens there (packaging/smoke.sh).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..resources import docs_path
from .app import application_icon, install_translation
from .help_viewer import START_PAGE, HelpViewer
from .settings import Settings


def run_guide() -> int:
    existing = QApplication.instance()
    # The guide runs in a process of its own, so an application here is always ours.
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Intzaken")
    app.setOrganizationName("Intzaken")
    app.setWindowIcon(application_icon())
    install_translation(app, Settings().language())
    try:
        folder = docs_path()
    except FileNotFoundError:
        folder = None
    if folder is None or not (folder / START_PAGE).is_file():
        print(
            QCoreApplication.translate(
                "Guide", "The user guide was not installed with this program."
            ),
            file=sys.stderr,
        )
        return 1
    viewer = HelpViewer(folder)
    viewer.show()
    return app.exec()
