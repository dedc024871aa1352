"""A large list shows its first rows while the whole of it loads."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from intzaken.store.database import open_database
from intzaken.ui import register_page as page_module
from intzaken.ui.register_page import RegisterPage
from intzaken.ui.registers import register_specs
from intzaken.ui.workspace import Workspace


def _hold(monkeypatch: pytest.MonkeyPatch, name: str) -> threading.Event:
    """The page's `name` (run on a worker) waits until the returned event is set."""
    release = threading.Event()
    work = getattr(page_module, name)

    def held(*arguments: Any) -> Any:
        assert release.wait(10)
        return work(*arguments)

    monkeypatch.setattr(page_module, name, held)
    return release


@pytest.fixture
def held_back(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The whole-list load waits until the test sets the event."""
    release = _hold(monkeypatch, "load_listing")
    monkeypatch.setattr(page_module, "FIRST_ROWS", 5)
    yield release
    release.set()


def test_the_first_rows_show_until_the_whole_list_is_in(
    qtbot,
    dutch: None,
    held_back: threading.Event,  # noqa: ANN001
    demo_copy: Callable[[str], Path],
) -> None:
    workspace = Workspace()
    workspace.set_database(open_database(demo_copy("rotterdam"), daily_backup=False))
    spec = next(s for s in register_specs() if s.name == "trips")
    page = RegisterPage(spec, workspace)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.total_count == 5)
    assert page.count.text() == "Laden…"
    first = [page.model.row_id(row) for row in range(5)]
    page.select_id(first[3])  # chosen while the rest loads

    with qtbot.waitSignal(page.loaded):
        held_back.set()
    assert page.model.total_count == 40
    assert [page.model.row_id(row) for row in range(5)] == first  # the same rows on top
    assert page.current_id() == first[3]
    assert page.count.text() == "40 reizen"
    workspace.close()


def _demo_workspace(demo_copy: Callable[[str], Path]) -> Workspace:
    workspace = Workspace()
    workspace.set_database(open_database(demo_copy("rotterdam"), daily_backup=False))
    return workspace


def _page(qtbot, workspace: Workspace, name: str) -> RegisterPage:  # noqa: ANN001
    page = RegisterPage(next(s for s in register_specs() if s.name == name), workspace)
    qtbot.addWidget(page)
    return page


def _loaded_trips_page(
    qtbot,
    demo_copy: Callable[[str], Path],  # noqa: ANN001
) -> tuple[Workspace, RegisterPage]:
    """The Rotterdam demo's trips page with its whole list in."""
    workspace = _demo_workspace(demo_copy)
    page = _page(qtbot, workspace, "trips")
    qtbot.waitUntil(lambda: page.model.total_count == 40 and not page.loading)
    return workspace, page


def test_a_reload_keeps_the_old_list_instead(
    qtbot,
    held_back: threading.Event,  # noqa: ANN001
    demo_copy: Callable[[str], Path],
) -> None:
    held_back.set()
    workspace, page = _loaded_trips_page(qtbot, demo_copy)
    held_back.clear()
    page.reload()
    assert page._first_task is None  # nothing partial over a complete list
    with qtbot.waitSignal(page.loaded):
        held_back.set()
    assert page.model.total_count == 40
    workspace.close()


def _trips_without_search_texts(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
    demo_copy: Callable[[str], Path],
) -> tuple[threading.Event, Workspace, RegisterPage]:
    """The demo's trips page, its list in and its search texts held back until the
    returned event is set."""
    release = _hold(monkeypatch, "make_haystacks")
    workspace = _demo_workspace(demo_copy)
    page = _page(qtbot, workspace, "trips")
    with qtbot.waitSignal(page.loaded):
        pass
    return release, workspace, page


def test_a_search_typed_before_the_search_texts_are_made_waits_for_them(
    qtbot,
    dutch: None,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
    demo_copy: Callable[[str], Path],
) -> None:
    release, workspace, page = _trips_without_search_texts(qtbot, monkeypatch, demo_copy)
    page.search.setText("berlijn")  # returns at once: nothing is made on the GUI thread
    assert page.model.searching and page.count.text() == "Zoeken…"
    assert page.model.visible_count == 40

    release.set()
    qtbot.waitUntil(lambda: not page.model.searching)
    assert 0 < page.model.visible_count < 40
    assert page.count.text() == f"{page.model.visible_count} van 40 reizen"
    workspace.close()


def test_counts_are_written_the_dutch_way(qtbot, dutch: None) -> None:  # noqa: ANN001
    from intzaken.services.trip_listing import TRIP_LIST_FIELDS
    from intzaken.ui.register_model import Listing

    spec = next(s for s in register_specs() if s.name == "trips")
    page = RegisterPage(spec, Workspace())
    qtbot.addWidget(page)
    rows = [
        (n, "2024-01-01", "2024-01-02", "done", f"Reis {n}", None, None, None, None, None, "")
        for n in range(1, 1235)
    ]
    page.model.set_listing(Listing(TRIP_LIST_FIELDS, rows))
    page.update_count()
    assert page.count.text() == "1.234 reizen"
    page.model.set_search("reis 123")  # 123, 1123 and 1230 to 1234
    page.update_count()
    assert page.count.text() == "7 van 1.234 reizen"


def test_a_reload_is_sorted_on_the_worker_not_on_the_gui_thread(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    demo_copy: Callable[[str], Path],  # noqa: ANN001
) -> None:
    """After a save or an import every list loads again; sorting 100,000 rows on the GUI
    thread was a pause of 100-170 ms (issue 22), so the worker that loads the list
    sorts it in the list's current order."""
    from PySide6.QtCore import Qt

    from intzaken.ui import register_model

    workspace, page = _loaded_trips_page(qtbot, demo_copy)
    title = next(i for i, c in enumerate(page.columns) if c.field == "title")
    page.model.sort(title, Qt.SortOrder.DescendingOrder)
    titles = [page.model.data(page.model.index(row, title)) for row in range(40)]

    sorted_on: list[str] = []  # the threads that made a column's sort keys
    keys_of = register_model.SortOrders._sort_keys

    def watched(self, column):  # noqa: ANN001, ANN202
        sorted_on.append(threading.current_thread().name)
        return keys_of(self, column)

    monkeypatch.setattr(register_model.SortOrders, "_sort_keys", watched)
    with qtbot.waitSignal(page.loaded):
        page.reload()
    assert sorted_on, "the reloaded list was not sorted"
    assert threading.main_thread().name not in sorted_on
    assert [page.model.data(page.model.index(row, title)) for row in range(40)] == titles
    assert page.model.sorted_by == (title, Qt.SortOrder.DescendingOrder)
    workspace.close()


def test_the_search_texts_are_made_in_the_lists_turn_not_beside_them(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
    demo_copy: Callable[[str], Path],
) -> None:
    # Two workers at once kept the window from the interpreter lock (issue 22, item 4):
    # another list waits until the trips' search texts are made.
    release, workspace, trips = _trips_without_search_texts(qtbot, monkeypatch, demo_copy)
    relations = _page(qtbot, workspace, "relations")
    qtbot.wait(200)
    assert not trips.model.search_ready  # its search texts held back ...
    assert relations.loading and relations.model.total_count == 0  # ... and so this list
    with qtbot.waitSignal(relations.loaded):
        release.set()
    assert relations.model.total_count > 0
    qtbot.waitUntil(lambda: trips.model.search_ready)
    workspace.close()
