"""The icons mean what they show: every page and toolbar action has one, all from the one
set in resources/icons/lucide, sharp at double scaling, and the set's licence is there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt

from intzaken.resources import resource_path
from intzaken.ui.icons import ACTION_ICONS, PAGE_ICONS, icon


def test_every_icon_named_is_in_the_set_and_draws_sharp_at_double_scale(qapp: Any) -> None:
    for name in {*PAGE_ICONS.values(), *ACTION_ICONS.values()}:
        picture = icon(name)
        assert not picture.isNull(), name
        # At 200 % a 20-pixel icon is drawn with 40 pixels, not blown up from 20.
        assert picture.pixmap(QSize(20, 20), 2.0).width() == 40, name


def test_the_navigation_shows_a_page_its_own_picture(empty_window: Any) -> None:
    navigation = empty_window.navigation
    names = [
        navigation.item(row).data(Qt.ItemDataRole.UserRole) for row in range(navigation.count())
    ]
    assert set(names) == set(PAGE_ICONS)
    for row, name in enumerate(names):
        assert navigation.item(row).icon().cacheKey() == icon(PAGE_ICONS[name]).cacheKey()
    # Reizen is a plane, not a "play" triangle; no two pages share a picture.
    assert PAGE_ICONS["trips"] == "plane"
    assert len(set(PAGE_ICONS.values())) == len(PAGE_ICONS)


def test_the_toolbar_and_menus_use_the_set(empty_window: Any) -> None:
    actions = empty_window.window_actions
    shown = [actions.new_action, actions.delete_action, actions.undo_action, actions.backup_action]
    assert all(not action.icon().isNull() for action in shown)
    assert actions.delete_action.icon().cacheKey() == icon("trash-2").cacheKey()


def test_the_sets_licence_and_version_are_recorded() -> None:
    folder = resource_path("icons", "lucide")
    assert "ISC License" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "lucide-static v1.62.0" in (folder / "plane.svg").read_text(encoding="utf-8")
