"""A worker steps away from the interpreter lock at a young collection once it has run
for lock_sharing.EVERY seconds; the window's thread and threads outside a job never do
(lock_sharing.py). The clock is the test's own: no test here depends on timing."""

from __future__ import annotations

import gc
import threading

import pytest

from intzaken import lock_sharing
from intzaken.ui.background import Task


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    fake = _Clock()
    monkeypatch.setattr(lock_sharing, "_clock", fake)
    monkeypatch.setattr(lock_sharing, "_sleep", fake.sleep)
    return fake


def test_a_worker_steps_away_once_it_has_run_long_enough(clock: _Clock) -> None:
    with lock_sharing.sharing_the_lock():
        lock_sharing._after_collection("stop", {})
        assert clock.sleeps == []  # it has not run long yet
        clock.now += lock_sharing.EVERY / 2
        lock_sharing._after_collection("stop", {})
        assert clock.sleeps == []
        clock.now += lock_sharing.EVERY  # well over EVERY, whatever the rounding
        lock_sharing._after_collection("start", {})  # before a collection: nothing
        assert clock.sleeps == []
        lock_sharing._after_collection("stop", {})
        assert clock.sleeps == [lock_sharing.PAUSE]
        # Counted afresh from the step away.
        clock.now += lock_sharing.EVERY / 2
        lock_sharing._after_collection("stop", {})
        assert clock.sleeps == [lock_sharing.PAUSE]


def test_no_step_away_outside_a_job_or_on_another_thread(clock: _Clock) -> None:
    clock.now += 10 * lock_sharing.EVERY
    lock_sharing._after_collection("stop", {})  # this thread is in no job
    with lock_sharing.sharing_the_lock():
        clock.now += 10 * lock_sharing.EVERY
        other = threading.Thread(target=lock_sharing._after_collection, args=("stop", {}))
        other.start()
        other.join()
    assert clock.sleeps == []
    # The job is over: its thread is forgotten.
    assert threading.get_ident() not in lock_sharing._stepped_away


def test_the_step_away_happens_at_real_collections(clock: _Clock) -> None:
    with lock_sharing.sharing_the_lock():
        assert lock_sharing._after_collection in gc.callbacks
        clock.now += 2 * lock_sharing.EVERY
        gc.collect(0)
    assert clock.sleeps == [lock_sharing.PAUSE]


def test_a_background_task_shares_the_lock(qtbot) -> None:
    task = Task(lambda _progress: threading.get_ident() in lock_sharing._stepped_away)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as outcome:
        task.start()
    assert outcome.args == [True]


def test_a_worker_steps_away_before_an_sql_statement_too(clock: _Clock, tmp_path) -> None:  # noqa: ANN001
    """Query after query makes few objects that last, so young collections come seldom;
    every statement of the app's engines is a place to step away as well."""
    from sqlalchemy import text

    from intzaken.store.engine import make_engine

    engine = make_engine(tmp_path / "steps.sqlite")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))  # outside a job: nothing
            clock.now += 10 * lock_sharing.EVERY
            connection.execute(text("SELECT 1"))
            assert clock.sleeps == []
            with lock_sharing.sharing_the_lock():
                connection.execute(text("SELECT 1"))
                assert clock.sleeps == []  # it has not run long yet
                clock.now += 2 * lock_sharing.EVERY
                connection.execute(text("SELECT 1"))
                assert clock.sleeps == [lock_sharing.PAUSE]
    finally:
        engine.dispose()
