"""The heap is frozen only while a report is written, a file imported or a travel copy taken
or merged, also when that fails; the window holds full collections back throughout."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from intzaken.heap import NEVER, RELEASE_STEP, SWITCH_INTERVAL, frozen_heap, release


def test_older_objects_are_frozen_while_writing_and_thawed_after() -> None:
    before = gc.get_freeze_count()
    with frozen_heap():
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == 0


def test_thawed_after_an_error() -> None:
    with pytest.raises(ValueError), frozen_heap():
        raise ValueError
    assert gc.get_freeze_count() == 0


def test_no_full_collection_while_writing_and_thresholds_restored_after() -> None:
    before = gc.get_threshold()
    with frozen_heap():
        assert gc.get_threshold() == (*before[:2], NEVER)
        with frozen_heap():  # a second report written meanwhile
            pass
        assert gc.get_threshold() == (*before[:2], NEVER)
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_job_without_young_collections_holds_them_back_only_while_it_runs() -> None:
    before = gc.get_threshold()
    with frozen_heap():  # a report, its young generations collected as usual
        with frozen_heap(young=False):  # an import meanwhile: no collection at all
            assert gc.get_threshold() == (0, before[1], NEVER)
            with frozen_heap():
                pass
            assert gc.get_threshold() == (0, before[1], NEVER)
        assert gc.get_threshold() == (*before[:2], NEVER)
    assert gc.get_threshold() == before
    with pytest.raises(ValueError), frozen_heap(young=False):
        raise ValueError
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_what_a_job_without_young_collections_made_is_not_left_to_the_next_one() -> None:
    """Left in the young generation, the job's objects would all be scanned by the next
    collection after it, in one step (a 194 ms pause in the window after an import)."""
    with frozen_heap(young=False):
        made = [[index] for index in range(5000)]
    assert not any(item is made[0] for item in gc.get_objects(generation=0))
    assert any(item is made[0] for item in gc.get_objects(generation=2))
    assert gc.get_freeze_count() == 0


def test_an_import_runs_on_a_frozen_heap_and_leaves_it_as_it_was(
    database, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from intzaken.exchange import export_workbook, plan, plan_import

    with database.sessions() as session:
        export_workbook(session, tmp_path / "file.xlsx", empty=True)
    seen = []
    run_all = plan.Run.all

    def all_of(self):  # noqa: ANN001, ANN202
        young, _middle, old = gc.get_threshold()
        seen.append((gc.get_freeze_count() > 0, young == 0, old >= 1000))
        return run_all(self)

    monkeypatch.setattr(plan.Run, "all", all_of)
    before = gc.get_threshold()
    with database.sessions() as session:
        assert plan_import(session, tmp_path / "file.xlsx").ok
        session.rollback()
    monkeypatch.setattr(plan.Run, "all", lambda self: 1 / 0)
    with database.sessions() as session, pytest.raises(ZeroDivisionError):
        plan_import(session, tmp_path / "file.xlsx")
    assert seen == [(True, True, True)]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_window_holds_full_collections_back_and_frozen_heaps_keep_that() -> None:
    from intzaken.heap import hold_back_full_collections

    before, switch = gc.get_threshold(), sys.getswitchinterval()
    try:
        hold_back_full_collections()
        held = gc.get_threshold()
        assert held == (*before[:2], NEVER)  # made by ui/idle_collection.py
        # The GUI thread gets the interpreter lock back sooner from a busy worker.
        assert SWITCH_INTERVAL < 0.005
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        with frozen_heap():
            pass
        assert gc.get_threshold() == held  # as the window set it, not Python's default
    finally:
        gc.set_threshold(*before)
        sys.setswitchinterval(switch)


def test_the_switch_interval_is_under_a_millisecond_only_where_python_can_wait_that_long() -> None:
    from intzaken.heap import switch_interval

    # Linux and macOS wait for the lock to the microsecond.
    assert switch_interval("linux") == pytest.approx(0.0001)
    assert switch_interval("darwin") == pytest.approx(0.0001)
    # Windows to the millisecond: less would be no wait at all.
    assert switch_interval("win32") == pytest.approx(0.001)


def test_a_travel_copy_is_taken_and_merged_on_a_frozen_heap(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from intzaken.operations import merging, travel_copying
    from intzaken.travel.merge_plan import settle

    from .travel_helpers import opened_team

    seen = []

    def watched(module, name):  # noqa: ANN001, ANN202
        original = getattr(module, name)

        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            seen.append((name, gc.get_freeze_count() > 0, gc.get_threshold()[2] >= 1000))
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, call)

    watched(travel_copying, "write_travel_copy")
    watched(merging, "plan_merge")
    watched(merging, "apply_merge")
    before = gc.get_threshold()
    copy = tmp_path / "along.sqlite"
    team = opened_team(tmp_path, with_copy=False)
    database = next(team)
    try:
        with database.sessions() as session:
            travel_copying.take_travel_copy(session, copy)
        with database.sessions() as session:
            plan = merging.preview_merge(session, copy)
        with database.sessions() as session:
            merging.apply_planned(database, session, plan, settle(plan))
    finally:
        team.close()
    assert seen == [
        ("write_travel_copy", True, True),
        ("plan_merge", True, True),
        ("apply_merge", True, True),
    ]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_starting_collects_nothing_and_then_everything_new_again() -> None:
    from intzaken.heap import collect_from_here_on, no_collections_while_starting

    assert gc.isenabled() and gc.get_freeze_count() == 0
    try:
        with no_collections_while_starting():
            assert not gc.isenabled()
            collect_from_here_on()
            # On again, with what the start made out of every later collection.
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert gc.isenabled()


def test_collection_is_on_again_however_the_start_ends() -> None:
    # `intzaken --version`: argparse exits before any command or window.
    from intzaken.heap import no_collections_while_starting

    with pytest.raises(SystemExit), no_collections_while_starting():
        raise SystemExit(0)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_process_that_collects_is_left_as_it_is() -> None:
    from intzaken.heap import collect_from_here_on

    collect_from_here_on()  # as in the tests, which call the commands in this process
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def _started(tmp_path: Path, argv: list[str], spy: str) -> list[str]:
    """What `spy` (code run at the moment it names, with `gc` imported) prints in a
    fresh process started as `intzaken *argv` through intzaken/__main__.py."""
    code = f"import gc, os, sys\n{spy}\nsys.argv = ['intzaken', *{argv!r}]\n"
    code += "from intzaken.__main__ import main\nmain()\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
        timeout=120,
    )
    return result.stdout.split()


def test_a_command_runs_with_collection_on(tmp_path: Path) -> None:
    # Off while the command line is built; on, the start frozen, once the command runs
    # (its findings make garbage like any work).
    spy = (
        "import intzaken.cli.main as cli\n"
        "build = cli.build_parser\n"
        "cli.build_parser = lambda: print(gc.isenabled()) or build()\n"
        "import intzaken.cli.check_command as check\n"
        "check.run_check = lambda *a: print(gc.isenabled(), gc.get_freeze_count() > 0) or 0\n"
    )
    assert _started(tmp_path, ["check", "--db", str(tmp_path / "x.sqlite")], spy) == [
        "False",
        "True",
        "True",
    ]


def test_the_window_collects_again_once_it_has_painted(tmp_path: Path) -> None:
    spy = (
        "import intzaken.ui.startup_marks as marks\n"
        "def mark(name):\n"
        "    if name == 'painted':\n"
        "        print(gc.isenabled(), flush=True)\n"
        "    else:\n"
        "        print(gc.isenabled(), gc.get_freeze_count() > 0, flush=True)\n"
        "        os._exit(0)\n"
        "marks.mark = mark\n"
    )
    # Painted: still off (mark comes first); once the file is opened, on and frozen.
    assert _started(tmp_path, ["--db", str(tmp_path / "x.sqlite")], spy) == [
        "False",
        "True",
        "True",
    ]


def test_release_empties_a_list_and_frees_what_only_it_held() -> None:
    class Held:
        pass

    items = [Held() for _ in range(RELEASE_STEP * 2 + 7)]
    probe = weakref.ref(items[0])
    release(items)
    assert items == []
    assert probe() is None  # freed by reference counting, no collection needed
    release(items)  # an empty list stays empty
    assert items == []


def test_a_travel_copy_leaves_no_cycle_holding_what_it_read(tmp_path) -> None:  # noqa: ANN001
    """What the copy read is freed when it is written, not by a later full collection
    (which held the window 2.9 s for 100,000 trips): no row object is cyclic garbage."""
    from intzaken.operations import travel_copying

    from .travel_helpers import opened_team

    team = opened_team(tmp_path, with_copy=False)
    database = next(team)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        with database.sessions() as session:
            summary = travel_copying.take_travel_copy(session, tmp_path / "along.sqlite")
        gc.collect()
        rows = [o for o in gc.garbage if type(o).__module__ == "intzaken.travel.record_rows"]
        kinds = {type(o).__name__ for o in rows}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        team.close()
    assert summary.counts["trips"] > 0  # something was read and copied
    # Only the reader and its row classes' relationship descriptors remain in a cycle
    # (classes always are); none of the rows read.
    assert kinds <= {"RecordRows", "_List"}, kinds
