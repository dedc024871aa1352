"""The map page (ui/world_map/) on the Rotterdam demo, offscreen, with a pinned today:
what it draws for a year, choosing another year, the mouse and the keyboard opening a
record, and the page staying sharp at another size and pixel ratio."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from intzaken.domain.enums import RelationKind
from intzaken.store.database import open_database
from intzaken.ui.workspace import Workspace
from intzaken.ui.world_map import style
from intzaken.ui.world_map.drawing import MapPicture
from intzaken.ui.world_map.page import MapPage

NOVEMBER_2024 = dt.date(2024, 11, 12)


@pytest.fixture
def profile() -> str:
    return "rotterdam"


@pytest.fixture
def map_page(
    qtbot, dutch: None, demo_copy: Callable[[str], Path], profile: str
) -> Iterator[MapPage]:  # noqa: ANN001
    workspace = Workspace(today=lambda: NOVEMBER_2024)
    workspace.set_database(open_database(demo_copy(profile)))
    page = MapPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.show()
    qtbot.waitExposed(page)
    yield page
    workspace.close()


def listed(page: MapPage) -> list[tuple[str, str]]:
    tree = page.items.tree
    return [
        (tree.topLevelItem(row).text(0), tree.topLevelItem(row).text(1))
        for row in range(tree.topLevelItemCount())
    ]


def test_the_map_opens_on_this_years_trips_from_rotterdam(map_page: MapPage) -> None:
    data = map_page.data
    assert data is not None and data.year == 2024 and map_page.year_box.currentText() == "2024"
    assert data.home is not None and data.home.name == "Rotterdam"
    assert len(data.trips) == 32  # the demo's 2024, as the trips list counts them
    assert data.visits["DE"] >= 1 and len(data.relations) == 13
    assert "13 relaties" in map_page.summary.text()
    assert "32 reizen in 2024" in map_page.summary.text()
    # The same places as a list, for the keyboard and a screen reader.
    assert ("Shanghai", "stedenband") in listed(map_page)
    assert map_page.view.accessibleName() == "Wereldkaart"
    assert map_page.view.accessibleDescription() == map_page.summary.text()


def test_another_year_shows_its_own_trips(qtbot, map_page: MapPage) -> None:  # noqa: ANN001
    index = map_page.year_box.findData(2025)
    with qtbot.waitSignal(map_page.refreshed, timeout=10000):
        map_page.year_box.activated.emit(index)
    assert map_page.data is not None and map_page.data.year == 2025
    assert len(map_page.data.trips) == 7
    assert "7 reizen in 2025" in map_page.summary.text()


def test_hovering_names_a_place_and_a_click_opens_its_record(qtbot, map_page: MapPage) -> None:  # noqa: ANN001
    view = map_page.view
    picture = view.picture()
    assert picture is not None
    (shanghai,) = [t for t in picture.targets if t.register == "relations" and t.text == "Shanghai"]
    assert picture.target_near(shanghai.point + QPoint(3, 2).toPointF()) == shanghai
    assert picture.target_near(shanghai.point + QPoint(40, 0).toPointF()) != shanghai
    # Rotterdam's twin city and the trip there are drawn on one spot: hovering names both.
    assert picture.texts_near(shanghai.point) == [
        "Shanghai",
        "Shanghai: Delegatieleiderschap handelsmissie smart en green shipping",
    ]
    with qtbot.waitSignal(map_page.open_record) as opened:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=shanghai.point.toPoint())
    register, record_id = opened.args
    assert register == shanghai.register and record_id == shanghai.record_id


def test_the_keyboard_goes_from_place_to_place_and_opens_one(qtbot, map_page: MapPage) -> None:  # noqa: ANN001
    view = map_page.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    first = view.current_target()
    assert first is not None and map_page.place_label.text() == first.text
    qtbot.keyClick(view, Qt.Key.Key_Right)
    second = view.current_target()
    assert second is not None and second != first
    assert view.accessibleDescription() == second.text
    with qtbot.waitSignal(map_page.open_record) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [second.register, second.record_id]


def test_the_map_is_drawn_as_vectors_at_any_size_and_pixel_ratio(map_page: MapPage) -> None:
    data = map_page.data
    assert data is not None
    for width, height, ratio in ((640, 300, 1.0), (1600, 900, 2.0)):
        image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        # The countries alone (no lines over them) to read their shade.
        picture = MapPicture(replace(data, trips=(), relations=()), QRectF(0, 0, width, height))
        painter = QPainter(image)
        picture.paint(painter)
        painter.end()
        # Germany, visited in 2024, in a visit's shade where Berlin is.
        berlin = picture.at(
            next(p for t in data.trips for p in t.destinations if p.name == "Berlijn")
        )
        shade = QColor(image.pixel((berlin * ratio).toPoint() + QPoint(round(5 * ratio), 0)))
        assert shade.name() in {colour.name() for _least, colour in style.SHADES}
        # The whole world fits: Rotterdam's star is inside the picture.
        assert data.home is not None
        assert QRectF(0, 0, width, height).contains(picture.at(data.home))


def test_each_kind_of_relation_has_its_own_shape() -> None:
    def corners(kind: RelationKind) -> tuple[tuple[float, float], ...]:
        path = style.marker_path(kind, QRectF(0, 0, 20, 20).center(), 10)
        return tuple(
            (round(path.elementAt(i).x, 1), round(path.elementAt(i).y, 1))
            for i in range(path.elementCount())
        )

    shapes = {kind: corners(kind) for kind in RelationKind}
    assert len(set(shapes.values())) == len(shapes)


def test_europe_up_close_spreads_the_crowded_relations(map_page: MapPage) -> None:
    def spread() -> float:
        picture = map_page.view.picture()
        assert picture is not None
        points = {t.text: t.point for t in picture.targets if t.register == "relations"}
        return (points["Keulen"] - points["Antwerpen"]).manhattanLength()

    in_the_world = spread()
    map_page.region_box.setCurrentIndex(map_page.region_box.findData("europe"))
    assert map_page.region_box.currentText() == "Europa"
    assert spread() > 3 * in_the_world
    picture = map_page.view.picture()
    assert picture is not None
    # Only what lies in the picture answers the mouse and the keyboard: not Shanghai.
    assert "Shanghai" not in {t.text for t in picture.targets}


@pytest.mark.parametrize("profile", ["almere"])
def test_a_file_without_trips_shows_its_relations_and_says_so(map_page: MapPage) -> None:
    assert map_page.summary.text() == "10 relaties; nog geen reizen vastgelegd"
    assert not map_page.year_box.isEnabled()
    data = map_page.data
    assert data is not None and data.home is not None and data.home.name == "Almere"
    assert len(map_page.items.tree.invisibleRootItem().takeChildren()) == 10
