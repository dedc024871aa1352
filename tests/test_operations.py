"""The use cases the window and the command line share (intzaken/operations), called
directly: what each writes, when it backs up, and what it refuses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from intzaken.exchange.dispatch import export_to
from intzaken.exchange.plan import plan_import
from intzaken.operations import backing_up, importing, merging, restoring, travel_copying
from intzaken.store.database import Database, open_database
from intzaken.store.errors import (
    DatabaseMissingError,
    FileInUseError,
    StoreError,
)
from intzaken.store.instance_lock import InstanceLock
from intzaken.store.location import Location, ServerAddress
from intzaken.store.rotation import BY_HAND, backups_folder, list_backups, make_backup
from intzaken.store.server_errors import FileOnlyError
from intzaken.travel.errors import TravelCopyError
from intzaken.travel.merge_plan import Side, settle
from intzaken.travel.origin import copy_origin

from .conftest import dump
from .travel_helpers import TRAVELLER, change, edited, opened_team, team_ids


@pytest.fixture
def demo(demo_copy: Callable[[str], Location]) -> Iterator[Database]:
    database = open_database(demo_copy("rotterdam"), daily_backup=False)
    yield database
    database.close()


def _backups(database: Database) -> list[Path]:
    return [] if database.path is None else [b.path for b in list_backups(database.path)]


def test_is_file_is_the_one_way_to_ask(database: Database) -> None:
    assert database.is_file == isinstance(database.location, Path)
    assert database.is_file == (database.server is None)


def _workbook_with_a_new_short_name(database: Database, folder: Path) -> Path:
    workbook = folder / "r.xlsx"
    with database.sessions() as session:
        export_to(session, workbook, "xlsx", None, empty=False)
    book = load_workbook(workbook)
    book["Netwerken"]["B3"] = "ICLEI-afkorting"
    book.save(workbook)
    return workbook


def test_import_as_the_window_does_it(demo: Database, tmp_path: Path) -> None:
    """Previewed in one transaction (nothing kept), applied in another."""
    workbook = _workbook_with_a_new_short_name(demo, tmp_path)
    before, backups = dump(demo), _backups(demo)
    with demo.sessions() as session:
        plan = importing.preview_import(session, workbook)
        assert not session.in_transaction()
    assert plan.ok and dump(demo) == before
    with demo.sessions() as session:
        outcome = importing.apply_planned(demo, session, plan)
    assert outcome.written == 1 and dump(demo) != before
    if demo.is_file:  # before the write, into the file's backups folder
        assert outcome.backup is not None and outcome.backup not in backups
        assert outcome.backup.parent == backups_folder(demo.location)
        assert outcome.backup.name.endswith("-voor-import.sqlite")
    else:  # a team database's backups are the server's
        assert outcome.backup is None


def test_import_as_the_command_line_does_it(demo: Database, tmp_path: Path) -> None:
    """Planned and applied in one transaction: the rows the plan wrote are committed."""
    workbook = _workbook_with_a_new_short_name(demo, tmp_path)
    with demo.sessions() as session:
        plan = plan_import(session, workbook)
        assert session.in_transaction()
        outcome = importing.apply_planned(demo, session, plan)
        assert not session.in_transaction()
    assert outcome.written == 1
    with demo.sessions() as session:
        assert not any(c.written for c in plan_import(session, workbook).counts.values())


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Database]:
    yield from opened_team(tmp_path)


def test_merge_backs_up_writes_and_marks_the_copy(team: Database, tmp_path: Path) -> None:
    copy = tmp_path / "reis.sqlite"
    with edited(copy, TRAVELLER) as session:
        change(session, "relations", team_ids()["osaka"], notes="Nieuwe burgemeester")
    with team.sessions() as session:
        plan = merging.preview_merge(session, copy)
        assert not session.in_transaction()
    with team.sessions() as session:
        outcome = merging.apply_planned(team, session, plan, settle(plan))
    assert outcome.result.changed == 1 and outcome.not_marked is None
    assert outcome.backup is not None and outcome.backup.name.endswith("-voor-reiskopie.sqlite")
    check = open_database(copy, daily_backup=False)
    try:
        with check.sessions() as session:
            origin = copy_origin(session)
            assert origin is not None and origin.returned_at is not None
    finally:
        check.close()


def test_merge_without_changes_makes_no_backup(team: Database, tmp_path: Path) -> None:
    with team.sessions() as session:
        plan = merging.preview_merge(session, tmp_path / "reis.sqlite")
    assert plan.nothing_to_do
    with team.sessions() as session:
        outcome = merging.apply_planned(team, session, plan, settle(plan))
    assert outcome.backup is None and _backups(team) == []


def test_a_copy_that_cannot_be_marked_leaves_the_merge_committed(
    team: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "reis.sqlite"
    with edited(copy, TRAVELLER) as session:
        change(session, "relations", team_ids()["osaka"], notes="Nieuwe burgemeester")
    with team.sessions() as session:
        plan = merging.preview_merge(session, copy)

    def refuse(*_args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(merging, "mark_returned", refuse)
    with team.sessions() as session:
        outcome = merging.apply_planned(team, session, plan, settle(plan, prefer=Side.MINE))
    assert isinstance(outcome.not_marked, OSError)
    # Committed all the same: the team database knows the copy came back.
    with team.sessions() as session, pytest.raises(TravelCopyError, match="al teruggezet"):
        merging.preview_merge(session, copy)


def test_a_travel_copy_leaves_the_source_unchanged(demo: Database, tmp_path: Path) -> None:
    before = dump(demo)
    with demo.sessions() as session:
        summary = travel_copying.take_travel_copy(session, tmp_path / "mee.sqlite")
        assert not session.in_transaction()
    assert summary.path == tmp_path / "mee.sqlite" and summary.path.exists()
    assert dump(demo) == before
    with demo.sessions() as session, pytest.raises(TravelCopyError, match="bestaat al"):
        travel_copying.take_travel_copy(session, tmp_path / "mee.sqlite")


SERVER = ServerAddress("postgresql://intzaken@server.example/team")


@pytest.mark.parametrize(
    "use_case",
    [
        lambda: backing_up.back_up_file(SERVER),
        lambda: backing_up.backups_of(SERVER),
        lambda: restoring.restore_into(SERVER, Path("backup.sqlite")),
    ],
)
def test_a_team_database_has_no_backups_of_ours(use_case: Callable[[], object]) -> None:
    with pytest.raises(FileOnlyError, match="de beheerder maakt back-ups met pg_dump"):
        use_case()


def test_a_backup_before_a_write_only_for_a_file(database: Database) -> None:
    made = backing_up.backup_before(database, BY_HAND)
    assert (made is not None) == database.is_file


def test_back_up_a_file_checks_it_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    database = open_database(path, create=True)
    made = backing_up.back_up_file(path)
    assert made.parent == backups_folder(path)
    assert backing_up.backups_of(path)[0].path == made
    target = tmp_path / "elders.sqlite"
    assert backing_up.back_up_file(path, target) == target.resolve()
    with pytest.raises(StoreError, match="bestaat al; kies een nieuwe bestandsnaam"):
        backing_up.back_up_file(path, target)
    with pytest.raises(DatabaseMissingError):
        backing_up.back_up_file(tmp_path / "nergens.sqlite")
    try:
        assert backing_up.back_up_open_file(database).parent == backups_folder(path)
    finally:
        database.close()


def test_restore_is_refused_while_the_file_is_open_then_done(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_database(path, create=True).close()
    backup = make_backup(path, BY_HAND)
    with pytest.raises(StoreError, match="bestaat niet"):
        restoring.restore_into(path, tmp_path / "weg.sqlite")
    lock = InstanceLock(path)
    lock.acquire()
    try:
        with pytest.raises(FileInUseError):
            restoring.restore_into(path, backup)
    finally:
        lock.release()
    result = restoring.restore_into(path, backup)
    assert result.previous is not None and result.previous.exists()
    again = InstanceLock(path)
    again.acquire()  # the restore let go of the file
    again.release()


def test_the_window_is_what_the_flows_and_its_parts_need(window: object) -> None:
    from intzaken.ui import window_host

    for host in (
        window_host.WindowHost,
        window_host.FileHost,
        window_host.RecordHost,
        window_host.ActionHost,
        window_host.LaidOutWindow,
    ):
        assert isinstance(window, host), host.__name__
