"""The heap is frozen only while a report is written or a file imported, also when that fails."""

from __future__ import annotations

import gc

import pytest

from intzaken.heap import frozen_heap


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
        assert gc.get_threshold()[2] >= 1000
        with frozen_heap():  # a second report written meanwhile
            pass
        assert gc.get_threshold()[2] >= 1000
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
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
        seen.append((gc.get_freeze_count() > 0, gc.get_threshold()[2] >= 1000))
        return run_all(self)

    monkeypatch.setattr(plan.Run, "all", all_of)
    before = gc.get_threshold()
    with database.sessions() as session:
        assert plan_import(session, tmp_path / "file.xlsx").ok
        session.rollback()
    monkeypatch.setattr(plan.Run, "all", lambda self: 1 / 0)
    with database.sessions() as session, pytest.raises(ZeroDivisionError):
        plan_import(session, tmp_path / "file.xlsx")
    assert seen == [(True, True)]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
