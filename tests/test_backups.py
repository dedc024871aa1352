"""Backups, their rotation and putting one back, on real files."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.services.editing import EDITORS
from intzaken.store import instance_lock
from intzaken.store.database import open_database
from intzaken.store.errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    FileInUseError,
    SameFileError,
)
from intzaken.store.instance_lock import InstanceLock, lock_path
from intzaken.store.integrity import integrity_problems
from intzaken.store.recovery import newest_sound_backup, restore_backup, summarise
from intzaken.store.rotation import (
    BEFORE_IMPORT,
    BY_HAND,
    DAILY,
    BackupFile,
    backup_if_due,
    backups_folder,
    list_backups,
    make_backup,
    to_remove,
)

from .conftest import damage, run_cli

pytestmark = pytest.mark.sqlite_only  # backups and restores of files (a server's are pg_dump's)

NOW = dt.datetime(2026, 11, 25, 14, 30)


def _trip_count(path: Path) -> int:
    return summarise(path).counts["reizen"]


def _delete_trips(path: Path) -> None:
    database = open_database(path, daily_backup=False)
    try:
        with database.sessions.begin() as session:
            for trip_id in session.scalars(select(Trip.id)).all():
                EDITORS["trips"].delete(session, trip_id)
    finally:
        database.close()


def test_opening_makes_a_daily_backup_only_when_the_last_is_a_day_old(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    first = backup_if_due(path, now=NOW)
    assert first is not None and first.name == "rotterdam-20261125-143000-dagelijks.sqlite"
    assert backup_if_due(path, now=NOW + dt.timedelta(hours=23)) is None
    assert backup_if_due(path, now=NOW + dt.timedelta(hours=25)) is not None
    assert summarise(first).counts == summarise(path).counts


def _backups(*ages_in_hours: float, reason: str = DAILY) -> list[BackupFile]:
    return [
        BackupFile(Path(f"b{i}.sqlite"), NOW - dt.timedelta(hours=age), reason)
        for i, age in enumerate(ages_in_hours)
    ]


def test_rotation_keeps_the_last_day_then_daily_then_weekly() -> None:
    hourly_for_a_year = _backups(*range(0, 24 * 365, 6))
    removed = {b.path for b in to_remove(hourly_for_a_year, NOW)}
    kept = [b for b in hourly_for_a_year if b.path not in removed]
    ages = sorted((NOW - b.taken_at) for b in kept)
    assert sum(age <= dt.timedelta(days=1) for age in ages) == 5  # 0, 6, 12, 18, 24 h
    assert max(ages) < dt.timedelta(weeks=9)
    assert len(kept) <= 5 + 7 + 8
    assert len({b.taken_at.date() for b in kept}) >= 7


def test_rotation_never_removes_copies_made_by_hand() -> None:
    by_hand = _backups(24 * 400, 24 * 800, reason=BY_HAND)
    assert to_remove(by_hand + _backups(1, 2), NOW) == []


@given(st.lists(st.integers(min_value=0, max_value=24 * 365 * 3), max_size=60))
def test_rotation_always_keeps_the_newest_and_the_last_day(ages: list[int]) -> None:
    backups = _backups(*ages)
    removed = to_remove(backups, NOW)
    survivors = [b for b in backups if b not in removed]
    if backups:
        assert max(b.taken_at for b in survivors) == max(b.taken_at for b in backups)
    assert all(NOW - b.taken_at > dt.timedelta(days=1) for b in removed)
    assert len(survivors) <= len([a for a in ages if a <= 24]) + 7 + 8


def test_make_backup_prunes_and_names_copies_in_the_same_second_apart(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    old = [
        make_backup(path, DAILY, now=NOW - dt.timedelta(days=days)) for days in reversed(range(60))
    ]  # oldest first, as time passes
    assert len(list_backups(path)) < len(old)
    twice = [make_backup(path, BY_HAND, now=NOW), make_backup(path, BY_HAND, now=NOW)]
    assert twice[0] != twice[1] and all(p.exists() for p in twice)
    assert {b.reason for b in list_backups(path) if b.path in twice} == {BY_HAND}


def test_restore_puts_the_content_back_and_keeps_what_was_there(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    backup = make_backup(path, BY_HAND)
    _delete_trips(path)
    assert _trip_count(path) == 0

    result = restore_backup(path, backup)

    assert _trip_count(path) == 40 == result.restored.counts["reizen"]
    assert not result.previous_damaged and _trip_count(result.previous) == 0
    assert integrity_problems(path, thorough=True) == []
    database = open_database(path)  # opens and migrates as any file
    database.close()


def test_a_damaged_file_is_set_aside_untouched_and_the_newest_sound_backup_offered(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    good = make_backup(path, DAILY, now=NOW - dt.timedelta(days=1))
    bad = make_backup(path, DAILY, now=NOW)
    damage(bad)
    damaged_bytes = damage(path)

    with pytest.raises(DatabaseDamagedError):
        open_database(path)
    found = newest_sound_backup(path)
    assert found is not None and found[0].path == good
    assert found[1].counts["reizen"] == 40 and found[1].organisation == "Gemeente Rotterdam"

    result = restore_backup(path, good)
    assert result.previous_damaged and result.previous.read_bytes() == damaged_bytes
    assert result.previous.parent == backups_folder(path)
    assert _trip_count(path) == 40


def test_a_damaged_backup_or_the_file_itself_is_refused(demo_copy: Callable[[str], Path]) -> None:
    path = demo_copy("rotterdam")
    backup = make_backup(path, BY_HAND)
    damage(backup)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError):
        restore_backup(path, backup)
    with pytest.raises(SameFileError):
        restore_backup(path, path)
    assert path.read_bytes() == before


def test_cli_backup_list_and_restore(demo_copy: Callable[[str], Path], tmp_path: Path) -> None:
    path = demo_copy("groningen")
    out_file = tmp_path / "kopie.sqlite"
    code, out, err = run_cli("backup", "--db", str(path), "--out", str(out_file))
    assert code == 0 and "Back-up geschreven" in out and out_file.exists()
    code, _, err = run_cli("backup", "--db", str(path), "--out", str(out_file))
    assert code == 1 and "bestaat al" in err

    _delete_trips(path)
    code, out, err = run_cli("restore", "--db", str(path), str(out_file))
    assert code == 0, err
    assert "Teruggezet" in out and "De vorige inhoud is bewaard als" in out
    assert summarise(path).counts == summarise(out_file).counts

    code, out, _ = run_cli("backup", "--db", str(path), "--list")
    assert code == 0 and "voor-terugzetten" in out


def test_cli_restore_is_refused_while_a_window_has_the_file(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    backup = make_backup(path, BY_HAND)
    window = open_database(path, exclusive=True)
    try:
        code, _, err = run_cli("restore", "--db", str(path), str(backup))
        assert code == 1 and "al geopend in Intzaken" in err
        with pytest.raises(FileInUseError) as refused:
            open_database(path, exclusive=True)
        assert "door " in refused.value.holder
    finally:
        window.close()
    second = open_database(path, exclusive=True)  # free again once the first let go
    second.close()


def test_cli_names_the_newest_sound_backup_of_a_damaged_file(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    good = make_backup(path, DAILY, now=NOW - dt.timedelta(days=2))
    damage(make_backup(path, DAILY, now=NOW - dt.timedelta(days=1)))
    damage(path)
    code, _, err = run_cli("check", "--db", str(path))
    assert code == 3
    assert "beschadigd" in err and f"intzaken restore --db {path} {good}" in err
    assert "40 reizen" in err


def test_restoring_an_old_copy_the_rotation_would_drop_keeps_it(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    day = dt.datetime.now() - dt.timedelta(days=3)
    older = make_backup(path, DAILY, now=day.replace(hour=8, minute=0))
    make_backup(path, BEFORE_IMPORT, now=day.replace(hour=12, minute=0))
    _delete_trips(path)

    restore_backup(path, older)  # its own pre-restore copy must not thin out `older`

    assert older.exists() and _trip_count(path) == 40


def test_files_with_the_same_stem_keep_their_own_backups(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    sqlite_file = demo_copy("rotterdam")
    other = tmp_path / f"{sqlite_file.stem}.db"
    shutil.copy(demo_copy("groningen"), other)
    make_backup(sqlite_file, BY_HAND)
    make_backup(other, BY_HAND)
    assert backups_folder(sqlite_file) != backups_folder(other)
    assert len(list_backups(sqlite_file)) == len(list_backups(other)) == 1
    assert summarise(list_backups(other)[0].path).organisation == "Gemeente Groningen"


def test_a_copy_dated_in_the_future_does_not_stop_the_daily_backups(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    make_backup(path, DAILY, now=NOW + dt.timedelta(days=365))
    assert backup_if_due(path, now=NOW) is not None


def test_a_backup_from_a_newer_version_is_refused_before_anything_changes(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    backup = make_backup(path, BY_HAND)
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        restore_backup(path, backup)
    assert path.read_bytes() == before


def test_a_journal_left_at_the_path_is_moved_aside_not_replayed(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    backup = make_backup(demo_copy("rotterdam"), BY_HAND)
    target = tmp_path / "nieuw" / "werk.sqlite"
    target.parent.mkdir()
    # A -wal with a transaction of another file, as a crash or a hand-deleted file leaves.
    stranger = demo_copy("almere")
    writer = sqlite3.connect(stranger)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("DELETE FROM relation_events")
    writer.commit()
    shutil.copy(f"{stranger}-wal", f"{target}-wal")
    writer.close()

    restore_backup(target, backup)

    assert integrity_problems(target, thorough=True) == []
    assert summarise(target).counts == summarise(backup).counts
    assert list(backups_folder(target).glob("verweesd-*-wal"))


def test_the_lock_is_released_when_the_holder_cannot_be_written(
    demo_copy: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_copy("rotterdam")

    def disk_full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(instance_lock.os, "write", disk_full)
    lock = InstanceLock(path)
    lock.acquire()  # held, though without the holder's name
    assert lock.held
    with pytest.raises(FileInUseError):
        InstanceLock(path).acquire()
    lock.release()
    assert not lock.held
    monkeypatch.undo()
    second = InstanceLock(path)
    second.acquire()  # free again, not "in use" for the rest of the session
    try:
        assert second.held
        assert f"(proces {os.getpid()})" in lock_path(path).read_text("utf-8")
    finally:
        second.release()
