"""Help → About: the version, the file and its schema version."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from .. import __version__
from ..store.migrations import current_revision
from .workspace import Workspace


def about_text(workspace: Workspace) -> str:
    translate = QCoreApplication.translate
    lines = [
        f"<b>Intzaken</b> {__version__}",
        translate(
            "About", "International relations, networks, agreements, official trips and budget."
        ),
    ]
    if workspace.database is not None:
        revision = current_revision(workspace.database.engine) or "?"
        lines.append(
            translate("About", "Database: {path}").format(path=workspace.database.location)
        )  # an address is shown without its password
        lines.append(translate("About", "Schema version: {revision}").format(revision=revision))
    else:
        lines.append(translate("About", "No database open."))
    # Rich text: the file's path may hold characters that mean markup.
    return "<br>".join(line if line.startswith("<b>") else html.escape(line) for line in lines)
