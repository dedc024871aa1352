"""The interface's icons: one set, Lucide (resources/icons/lucide, ISC licence), drawn
from SVG so they stay crisp at any display scaling (100–200 %).

Each use names what it means, not which picture: PAGE_ICONS and ACTION_ICONS are the one
place that chooses the picture, so a page and its menu item cannot drift apart.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..resources import resource_path

LUCIDE = ("icons", "lucide")

# The navigation: what each page holds.
PAGE_ICONS = {
    "dashboard": "layout-dashboard",
    "calendar": "calendar-days",
    "map": "earth",  # the world with our relations and trips
    "trips": "plane",
    "relations": "handshake",
    "networks": "network",
    "agreements": "file-signature",
    "officials": "landmark",  # the college: mayor and aldermen of the town hall
    "budget": "wallet",
    "policies": "target",  # the priorities the work aims at
    "projects": "euro",  # EU projects: the subsidies brought in
    "reports": "file-chart-column",
}
# The menus and the toolbar.
ACTION_ICONS = {
    "new_database": "database",
    "open_database": "folder-open",
    "open_team_database": "server",
    "open_demo": "building-2",  # the demo is a town's work: Rotterdam
    "backup": "hard-drive-download",
    "undo": "undo-2",
    "redo": "redo-2",
    "new_record": "plus",
    "open_record": "square-pen",
    "duplicate": "copy",
    "delete": "trash-2",
    "history": "history",
    "report": "file-text",
    "import": "file-input",
    "export": "file-output",
    "take_copy": "luggage",  # a travel copy goes along in the suitcase
    "merge_copy": "merge",
    "restore_backup": "archive-restore",
    "find": "search",
    "about": "info",
}


@cache
def icon(name: str) -> QIcon:
    """The icon of that Lucide name; a missing file is a mistake in this module."""
    path = resource_path(*LUCIDE, f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"no icon {name!r} in {path.parent}")
    return QIcon(str(path))


def page_icon(page: str) -> QIcon:
    return icon(PAGE_ICONS[page])


def action_icon(action: str) -> QIcon:
    return icon(ACTION_ICONS[action])
