"""Reading needs no write access: `list`, `check`, `report`, `export`, `history` and the
source of a travel copy work on a read-only file in a read-only folder and on a full
disk, and write nothing there; what writes is refused in words, with nothing changed.

A read-only folder and a full disk are made for real where this process may mount (a
read-only bind mount, a small tmpfs: as root, as in CI's container); elsewhere those
tests are skipped and the chmod and monkeypatch tests below still run.
"""

from __future__ import annotations

import errno
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from intzaken.store import database as database_module
from intzaken.store import reading, rotation
from intzaken.store.database import open_database

from .conftest import run_cli as run
from .test_migrations import _downgrade

pytestmark = pytest.mark.sqlite_only  # a file's permissions and its disk

READING = [
    ["list", "trips", "--year", "2024"],
    ["check"],
    ["report", "annual", "--year", "2024", "--out", "{out}/jaar.pdf"],
    ["export", "--out", "{out}/alles.xlsx"],
    ["history", "--register", "trips"],
    ["travel-copy", "--out", "{out}/reis.sqlite"],
]


def _read(path: Path, out: Path, command: list[str]) -> tuple[int, str, str]:
    return run(*[a.format(out=out) for a in command], "--db", str(path))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@contextmanager
def _mounted(target: Path, *steps: list[str]) -> Iterator[None]:
    """`mount STEP... target` for each step (a mount, then perhaps a remount of it)."""
    mounted = False
    try:
        for step in steps:
            done = subprocess.run(["mount", *step, str(target)], capture_output=True, text=True)
            if done.returncode != 0:
                pytest.skip(f"cannot mount here ({done.stderr.strip()})")
            mounted = True
        yield
    finally:
        if mounted:
            subprocess.run(["umount", str(target)], check=True)


@pytest.fixture
def read_only_folder(demo_copy: Callable[[str], Path], tmp_path: Path) -> Iterator[Path]:
    """The demo in a folder that is read-only for everyone, root included."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    shutil.copy(demo_copy("rotterdam"), folder / "rotterdam.sqlite")
    with _mounted(folder, ["--bind", str(folder)], ["-o", "remount,ro,bind"]):
        yield folder / "rotterdam.sqlite"


@pytest.fixture
def full_disk(demo_copy: Callable[[str], Path], tmp_path: Path) -> Iterator[Path]:
    """The demo on a small disk with not one byte left."""
    disk = tmp_path / "schijf"
    disk.mkdir()
    with _mounted(disk, ["-t", "tmpfs", "-o", "size=2m", "tmpfs"]):
        path = disk / "rotterdam.sqlite"
        shutil.copy(demo_copy("rotterdam"), path)
        try:
            with (disk / "vulling").open("wb") as filler:
                while True:
                    filler.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        yield path


@pytest.mark.parametrize("command", READING, ids=lambda c: c[0])
def test_reading_commands_work_in_a_read_only_folder(
    read_only_folder: Path, tmp_path: Path, command: list[str]
) -> None:
    before = _files(read_only_folder.parent)
    code, out, err = _read(read_only_folder, tmp_path, command)
    assert code == 0, err
    assert _files(read_only_folder.parent) == before


def test_writing_is_refused_in_a_read_only_folder_in_words(read_only_folder: Path) -> None:
    before = _files(read_only_folder.parent)
    code, _, err = run("backup", "--db", str(read_only_folder))
    assert code == 1 and "Traceback" not in err and str(read_only_folder) in err
    assert _files(read_only_folder.parent) == before


def test_check_works_on_a_full_disk(full_disk: Path) -> None:
    before = full_disk.read_bytes()
    code, out, err = run("check", "--db", str(full_disk))
    assert code == 0, err
    assert "in orde" in out and "aandachtspunten" in out
    assert full_disk.read_bytes() == before
    code, out, err = run("list", "officials", "--db", str(full_disk))
    assert code == 0 and "regels)" in out, err


def test_check_reads_the_whole_file_once(full_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # SQLite's full check reads every page: on a large file, twice is noticed.
    checked: list[bool] = []
    real = reading.integrity_problems

    def counted(path: Path, *, thorough: bool = False) -> list[str]:
        checked.append(thorough)
        return real(path, thorough=thorough)

    monkeypatch.setattr(reading, "integrity_problems", counted)
    code, _, err = run("check", "--db", str(full_disk))
    assert code == 0, err
    assert checked == [True]


@pytest.mark.parametrize("command", READING, ids=lambda c: c[0])
def test_reading_commands_work_on_a_read_only_file(
    demo_copy: Callable[[str], Path], tmp_path: Path, command: list[str]
) -> None:
    # Marked read-only (the mode bits; root ignores them, so the folder mount above is
    # the test of SQLite itself): no command may refuse it for reading.
    path = demo_copy("rotterdam")
    out = tmp_path / "uit"
    out.mkdir()
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    path.parent.chmod(0o555)
    try:
        code, _, err = _read(path, out, command)
    finally:
        path.parent.chmod(0o755)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert code == 0, err
    assert path.read_bytes() == before
    assert not rotation.backups_folder(path).exists()  # no daily copy for a reading


def test_an_import_into_a_read_only_file_is_refused(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = demo_copy("rotterdam")
    workbook = tmp_path / "alles.xlsx"
    assert run("export", "--db", str(path), "--out", str(workbook))[0] == 0
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        code, _, err = run("import", "--db", str(path), str(workbook))
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert code == 1 and "is alleen-lezen" in err and "Traceback" not in err
    assert path.read_bytes() == before


def test_check_writes_nothing(
    demo_copy: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no disk can be filled: every way the store writes fails as a full disk
    would, and `check` still reports (it makes no copy and opens nothing for writing)."""
    path = demo_copy("rotterdam")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rotation, "backup_to", disk_full)
    monkeypatch.setattr(database_module, "make_engine", disk_full)
    code, out, err = run("check", "--db", str(path))
    assert code == 0 and "in orde" in out, err


def test_an_older_file_that_may_not_be_written_is_explained(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    _downgrade(path, "0002")
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        code, _, err = run("list", "trips", "--db", str(path))
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert code == 1 and "oudere versie van Intzaken" in err and "bijgewerkt" in err
    assert path.read_bytes() == before
    # Where it may be written, a reading brings it up to date first (after a backup).
    code, out, err = run("list", "trips", "--year", "2024", "--db", str(path))
    assert code == 0 and "(32 regels)" in out, err
    open_database(path).close()
