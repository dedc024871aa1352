"""The window's full collections are made by ui/idle_collection.py once one is due, no
task runs and nobody has touched the window for a while (issue 22, item 4)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from intzaken.ui import background, idle_collection
from intzaken.ui.idle_collection import DUE, IDLE_AFTER, IdleCollector


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def no_automatic_collections():
    """Only the test's own collections move the counts (as in the window, where Python
    makes no full collection by itself)."""
    from intzaken.heap import full_collection_made

    was_on = gc.isenabled()
    gc.disable()
    gc.collect()
    full_collection_made()  # an import of an earlier test left none due
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _middle_collections(count: int) -> None:
    for _ in range(count):
        gc.collect(1)  # each adds one to the oldest generation's count


@pytest.fixture
def make_collector(qapp):  # noqa: ANN001
    made: list[IdleCollector] = []

    def make(clock: _Clock) -> IdleCollector:
        collector = IdleCollector(None, clock=clock)
        collector._timer.stop()  # the test looks itself
        made.append(collector)
        return collector

    yield make
    for collector in made:
        collector._watch(False)  # no filter left on the tests' application


def test_nothing_is_collected_while_no_collection_is_due(
    make_collector, no_automatic_collections
) -> None:  # noqa: ANN001
    clock = _Clock()
    collector = make_collector(clock)
    _middle_collections(DUE - 1)
    clock.now += 60
    collector.look()
    assert collector.collections == 0
    assert gc.get_count()[2] == DUE - 1


def test_a_due_collection_waits_until_nobody_has_typed_for_a_while(
    qtbot, make_collector, no_automatic_collections
) -> None:  # noqa: ANN001
    clock = _Clock()
    collector = make_collector(clock)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    _middle_collections(DUE)

    collector.look()  # due: idle counts from here
    assert collector.collections == 0
    clock.now += IDLE_AFTER - 0.5
    QTest.keyClick(field, Qt.Key.Key_A)  # someone types
    clock.now += 1.0
    collector.look()
    assert collector.collections == 0, "collected while someone was typing"
    clock.now += IDLE_AFTER
    collector.look()
    assert collector.collections == 1
    assert gc.get_count()[2] == 0  # a full collection was made
    assert field.text() == "a"  # the filter let the key through


def test_an_ended_import_makes_a_collection_due(make_collector, no_automatic_collections) -> None:  # noqa: ANN001
    """An import makes no collections while it runs (heap.frozen_heap(young=False)), so
    no middle ones either: its end makes the full collection due, as theirs would have."""
    from intzaken.heap import frozen_heap, left_in_oldest

    clock = _Clock()
    collector = make_collector(clock)
    with frozen_heap(young=False):
        pass
    assert left_in_oldest()
    collector.look()  # due: idle counts from here
    clock.now += IDLE_AFTER
    collector.look()
    assert collector.collections == 1
    assert not left_in_oldest()
    clock.now += 60
    collector.look()
    assert collector.collections == 1  # due once, not again


def test_no_collection_while_a_task_runs(
    make_collector, no_automatic_collections, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    clock = _Clock()
    collector = make_collector(clock)
    _middle_collections(DUE)
    monkeypatch.setattr(background, "_RUNNING", {object()})
    collector.look()
    clock.now += IDLE_AFTER * 10
    collector.look()
    assert collector.collections == 0
    monkeypatch.setattr(background, "_RUNNING", set())
    collector.look()
    clock.now += IDLE_AFTER
    collector.look()
    assert collector.collections == 1


def test_an_overdue_collection_is_made_even_while_someone_works(
    make_collector, no_automatic_collections, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(idle_collection, "OVERDUE", DUE + 5)
    clock = _Clock()
    collector = make_collector(clock)
    _middle_collections(DUE + 5)
    collector.look()  # no idle time at all
    assert collector.collections == 1
    assert gc.get_count()[2] == 0
