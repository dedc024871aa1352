"""A plan applied in its own transaction is released, not run again (exchange/kept_plan.py);
anything else runs the import again, or refuses, and never commits a plan unapplied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intzaken.domain.models import Official, Trip
from intzaken.exchange import ImportRefused, apply_import, export_workbook, plan_import
from intzaken.exchange import plan as plan_module
from intzaken.exchange.kept_plan import WrittenSincePlan
from intzaken.new_database import create_database
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .conftest import add_official, dump, rows_without_identities
from .exchange_helpers import registers_of


@pytest.fixture(scope="module")
def workbook(
    demo_template: Callable[[str], Location], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    target = tmp_path_factory.mktemp("kept") / "rotterdam.xlsx"
    opened = open_database(demo_template("rotterdam"))
    try:
        with opened.sessions() as session:
            export_workbook(session, target)
    finally:
        opened.close()
    return target


@pytest.fixture
def empty(new_location: Callable[[str], Location]) -> Database:
    database = create_database(new_location("leeg"), "Gemeente Proef")
    yield database
    database.close()


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the import ran (planned or applied in full)."""
    counted: list[int] = []
    original = plan_module.Run.all

    def counting(self):  # noqa: ANN001, ANN202
        counted.append(1)
        return original(self)

    monkeypatch.setattr(plan_module.Run, "all", counting)
    return counted


def _trips(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count(Trip.id)))


def test_a_plan_applied_in_its_own_transaction_runs_once(
    workbook: Path, empty: Database, runs: list[int], new_location: Callable[[str], Location]
) -> None:
    with empty.sessions() as session, session.begin():
        plan = plan_import(session, workbook)
        assert plan.ok, [str(p) for p in plan.problems]
        counts = apply_import(session, plan)
    assert len(runs) == 1
    assert counts == plan.counts and counts["trips"].new == _trips(empty) > 0

    # The same file through two runs (planned, rolled back, applied) stores the same.
    other = create_database(new_location("ander"), "Gemeente Proef")
    try:
        with other.sessions() as session:
            plan = plan_import(session, workbook)
            session.rollback()
        with other.sessions() as session, session.begin():
            assert apply_import(session, plan) == counts
        assert len(runs) == 3
        if other.server is None:
            # In any order: a link table's rows may be written in another order by a
            # plan that was made and rolled back first (the same rows, nothing else).
            assert sorted(rows_without_identities(other)) == sorted(rows_without_identities(empty))
        else:  # a server's sequences do not roll back: the numbers differ, nothing else
            assert registers_of(other.location) == registers_of(empty.location)
    finally:
        other.close()


def test_a_plan_committed_without_apply_writes_nothing(
    workbook: Path, empty: Database, runs: list[int]
) -> None:
    before = dump(empty)
    with empty.sessions() as session, session.begin():
        plan = plan_import(session, workbook)
        assert plan.ok and plan.counts["trips"].new > 0
    assert dump(empty) == before
    # Re-planned after a commit, the plan is not the old one's leftovers.
    with empty.sessions() as session, session.begin():
        plan = plan_import(session, workbook)
        plan_import(session, workbook)  # a second plan rolls the first one back
        apply_import(session, plan)  # not that plan's writes: run again, in full
    assert len(runs) == 4
    assert _trips(empty) == plan.counts["trips"].new


def test_a_change_committed_between_plan_and_apply_is_seen(
    workbook: Path, empty: Database, runs: list[int]
) -> None:
    with empty.sessions() as session:
        plan = plan_import(session, workbook)
        session.rollback()  # as the window does: preview first, apply later
    with empty.sessions() as session, session.begin():
        add_official(session, "Iemand Anders", "alderman", "2022-06-01")
    with empty.sessions() as session, session.begin():
        counts = apply_import(session, plan)
    assert len(runs) == 2  # planned, then run again against the database as it is now
    assert counts["trips"].new == plan.counts["trips"].new == _trips(empty)


def test_a_change_that_breaks_the_plan_is_refused(
    workbook: Path, empty: Database, runs: list[int]
) -> None:
    with empty.sessions() as session:
        plan = plan_import(session, workbook)
        session.rollback()
    with empty.sessions() as session, session.begin():
        # An official the file creates is now there twice: the file's travellers by that
        # name have become ambiguous.
        name = next(str(cells[0]) for _, cells in plan.sheets["Bestuurders"].rows[1:])
        session.add_all([Official(name=name, short_name="A"), Official(name=name, short_name="B")])
    before = dump(empty)
    with pytest.raises(ImportRefused) as refused, empty.sessions() as session, session.begin():
        apply_import(session, plan)
    assert any("past bij" in p.message for p in refused.value.problems)
    assert dump(empty) == before


def test_a_write_on_top_of_a_kept_plan_is_not_applied(
    workbook: Path, empty: Database, runs: list[int]
) -> None:
    before = dump(empty)
    with pytest.raises(WrittenSincePlan), empty.sessions() as session, session.begin():
        plan = plan_import(session, workbook)
        session.add(Official(name="Tussendoor", short_name="T"))
        session.flush()
        apply_import(session, plan)
    assert dump(empty) == before
    with pytest.raises(WrittenSincePlan), empty.sessions() as session, session.begin():
        plan_import(session, workbook)
        session.add(Official(name="Tussendoor", short_name="T"))
    assert dump(empty) == before
