"""Writers of one file exclude each other, across processes: the window, import, merge,
restore, demo and init all hold the lock beside the file (store/instance_lock.py), and the
one that comes second is refused with the holder's name while nothing changes.

Each test runs the real command line in processes of its own. A command that must be
caught in the middle of its work runs in tests/workers/paused_cli.py, which stops it at a
named step until the test says go: no timings are guessed.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from intzaken.store.recovery import summarise
from intzaken.store.rotation import BEFORE_DEMO, list_backups
from intzaken.ui.files import OpenRefused, open_file

from .test_kill import _large_workbook as large_workbook  # the same big-ish workbook

pytestmark = pytest.mark.sqlite_only  # a file's lock; a server has its own transactions

ROOT = Path(__file__).resolve().parents[1]
NEW_TRIPS = 300
REFUSED = "al geopend in Intzaken"


def intzaken(*args: str) -> subprocess.CompletedProcess[str]:
    """`intzaken ARGS` as a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "intzaken", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@contextmanager
def paused(tmp_path: Path, step: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """`intzaken ARGS` in a process of its own, stopped when it reaches `step`
    (module:function) until the block ends; then it runs to its end."""
    go = tmp_path / "go"
    go.unlink(missing_ok=True)
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.workers.paused_cli", step, str(go), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert worker.stdout is not None
    try:
        # What the command prints before the step comes first (an import's plan).
        lines = iter(worker.stdout.readline, "")
        if "paused" not in (line.strip() for line in lines):
            pytest.fail(f"the command ended before {step}: {worker.communicate()}")
        yield worker
    finally:
        go.touch()
    worker.wait(timeout=300)


def trips(path: Path) -> int:
    return summarise(path).counts["reizen"]


def test_demo_force_is_refused_while_an_import_runs(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = demo_copy("rotterdam")
    workbook = large_workbook(path, tmp_path / "groot.xlsx", NEW_TRIPS)
    before = trips(path)
    with paused(
        tmp_path,
        "intzaken.operations.importing:apply_import",
        "import",
        "--db",
        str(path),
        str(workbook),
    ) as importing:
        demo = intzaken("demo", "--force", "--db", str(path))
    out, err = importing.communicate(timeout=300)

    assert demo.returncode == 1, demo.stderr
    assert REFUSED in demo.stderr and "de opdracht 'intzaken import'" in demo.stderr
    assert f"proces {importing.pid}" in demo.stderr and "Traceback" not in demo.stderr
    assert importing.returncode == 0, err
    assert "Ingelezen:" in out
    # The import's trips are in the file; the demo touched nothing, not even a backup.
    assert trips(path) > before
    assert not [b for b in list_backups(path) if b.reason == BEFORE_DEMO]


def test_an_import_is_refused_while_demo_force_runs(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = demo_copy("rotterdam")
    workbook = large_workbook(path, tmp_path / "groot.xlsx", NEW_TRIPS)
    with paused(
        tmp_path,
        "intzaken.demo.build:load_profile",
        "demo",
        "--profile",
        "almere",
        "--force",
        "--db",
        str(path),
    ) as demo:
        imported = intzaken("import", "--db", str(path), str(workbook))
    out, err = demo.communicate(timeout=300)

    assert imported.returncode == 1, imported.stderr
    assert REFUSED in imported.stderr and "de opdracht 'intzaken demo'" in imported.stderr
    assert demo.returncode == 0, err
    assert "Demodatabase 'almere'" in out
    written = summarise(path)
    assert written.sound and written.organisation == "Gemeente Almere"
    # What the file held is in the backup the demo made; nothing of the refused import.
    [kept] = [b for b in list_backups(path) if b.reason == BEFORE_DEMO]
    assert summarise(kept.path).organisation == "Gemeente Rotterdam"


@pytest.mark.parametrize(
    "command",
    [
        ["import", "{workbook}"],
        ["demo", "--force"],
        ["restore", "{backup}"],
        ["merge", "{workbook}"],  # refused before the file named is even looked at
    ],
)
def test_a_writing_command_is_refused_while_the_window_has_the_file(
    demo_copy: Callable[[str], Path], tmp_path: Path, command: list[str]
) -> None:
    path = demo_copy("rotterdam")
    workbook = large_workbook(path, tmp_path / "groot.xlsx", 10)
    backup = tmp_path / "kopie.sqlite"
    backup.write_bytes(path.read_bytes())
    window = open_file(path)  # as the window opens it: exclusive
    try:
        before = path.read_bytes()
        args = [a.format(workbook=workbook, backup=backup) for a in command]
        refused = intzaken(*args, "--db", str(path))
        assert path.read_bytes() == before
    finally:
        window.close()
    assert refused.returncode == 1, refused.stderr
    assert REFUSED in refused.stderr and "Traceback" not in refused.stderr


def test_init_is_refused_while_another_init_makes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite"
    # Stopped with the lock held and the file not yet there: the second sees no file.
    with paused(
        tmp_path,
        "intzaken.store.database:_open",
        "init",
        "--organisation",
        "Gemeente Almere",
        "--db",
        str(path),
    ):
        second = intzaken("init", "--organisation", "Gemeente Zwolle", "--db", str(path))
    assert second.returncode == 1 and "de opdracht 'intzaken init'" in second.stderr
    assert summarise(path).organisation == "Gemeente Almere"


def test_the_window_is_refused_while_an_import_runs(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = demo_copy("rotterdam")
    workbook = large_workbook(path, tmp_path / "groot.xlsx", NEW_TRIPS)
    with (
        paused(
            tmp_path,
            "intzaken.operations.importing:apply_import",
            "import",
            "--db",
            str(path),
            str(workbook),
        ) as importing,
        pytest.raises(OpenRefused) as refused,
    ):
        open_file(path)
    assert importing.returncode == 0
    assert REFUSED in str(refused.value)
    assert "de opdracht 'intzaken import'" in str(refused.value)
    open_file(path).close()  # the import is done: the window opens it


def test_reading_commands_run_beside_the_window(demo_copy: Callable[[str], Path]) -> None:
    path = demo_copy("rotterdam")
    window = open_file(path)
    try:
        listed = intzaken("list", "trips", "--year", "2024", "--db", str(path))
        checked = intzaken("check", "--db", str(path))
    finally:
        window.close()
    assert listed.returncode == 0 and "(32 regels)" in listed.stdout
    assert checked.returncode == 0 and "in orde" in checked.stdout


def test_demo_force_leaves_the_journal_of_another_connection_alone(
    demo_copy: Callable[[str], Path],
) -> None:
    """A program that is no Intzaken (a sqlite3 shell) has the file open with committed
    changes still in its -wal. The demo's swap must not delete that journal: what was
    committed goes into the backup, and what the program saves afterwards lands in the
    file, not in a journal no one reads any more."""
    path = demo_copy("rotterdam")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA wal_autocheckpoint = 0")  # keep the commit in the -wal
        other.execute("UPDATE organisations SET name = 'Gemeente Rotterdam (shell)'")
        assert Path(f"{path}-wal").stat().st_size > 0

        demo = intzaken("demo", "--profile", "almere", "--force", "--db", str(path))
        assert demo.returncode == 0, demo.stderr

        other.execute("UPDATE organisations SET demo_profile = 'almere', name = 'Na de demo'")
    finally:
        other.close()
    [kept] = [b for b in list_backups(path) if b.reason == BEFORE_DEMO]
    assert summarise(kept.path).organisation == "Gemeente Rotterdam (shell)"
    after = summarise(path)
    assert after.sound and after.organisation == "Na de demo"
