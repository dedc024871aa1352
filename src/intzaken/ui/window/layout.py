"""The window's layout kept between sessions: its geometry, the navigation's width, the
page in view and each list's column widths (in the app's settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..window_host import LaidOutWindow


def restore_layout(window: LaidOutWindow) -> None:
    settings = window.settings
    geometry = settings.window_geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.splitter_state("main")
    if state is not None:
        window.splitter.restoreState(state)
    page = settings.current_page()
    navigation = window.navigation
    navigation.setCurrentRow(page if 0 <= page < navigation.count() else 0)


def save_layout(window: LaidOutWindow) -> None:
    settings = window.settings
    settings.set_window_geometry(window.saveGeometry())
    settings.set_splitter_state("main", window.splitter.saveState())
    for name, page in window.register_pages.items():
        settings.set_header_state(name, page.table.horizontalHeader().saveState())
        settings.set_widths_chosen(name, page.widths_chosen)
    settings.set_current_page(window.navigation.currentRow())
    settings.sync()
