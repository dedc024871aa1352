"""A process killed with SIGKILL at any moment leaves the file in its last committed state.

The writer is a real process (tests/workers/writer.py) on a real file; it is killed
while it saves one record after another, and in the middle of one long transaction.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from intzaken.domain.models import Official
from intzaken.exchange import export_workbook
from intzaken.new_database import create_database
from intzaken.store.database import open_database
from intzaken.store.integrity import integrity_problems
from intzaken.store.recovery import summarise

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.sqlite_only,
]  # a file's journal; a server recovers by itself

ROOT = Path(__file__).resolve().parents[1]


def _start_writer(path: Path, mode: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.workers.writer", str(path), mode, *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _officials(path: Path) -> int:
    assert integrity_problems(path, thorough=True) == []
    database = open_database(path, daily_backup=False)
    try:
        with database.sessions() as session:
            return session.scalar(select(func.count()).select_from(Official))
    finally:
        database.close()


def _kill(writer: subprocess.Popen[str]) -> list[str]:
    writer.send_signal(signal.SIGKILL)
    out, err = writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL, err
    return out.split()


@pytest.mark.parametrize("lines_before_kill", [1, 7, 40])
def test_killed_between_and_during_saves(
    demo_copy: Callable[[str], Path], lines_before_kill: int
) -> None:
    path = demo_copy("rotterdam")
    before = _officials(path)
    writer = _start_writer(path, "saves")
    assert writer.stdout is not None
    seen = [writer.stdout.readline() for _ in range(lines_before_kill)]
    assert all(line.strip().isdigit() for line in seen), writer.stderr
    committed = [int(n) for n in [*seen, *_kill(writer)]]

    # The kill may land after a commit and before its line was printed: one more at most.
    assert committed[-1] > before
    assert _officials(path) in (committed[-1], committed[-1] + 1)


@pytest.mark.parametrize("seconds_into_the_transaction", [0.0, 0.3, 1.0])
def test_killed_in_the_middle_of_a_long_transaction(
    demo_copy: Callable[[str], Path], seconds_into_the_transaction: float
) -> None:
    path = demo_copy("rotterdam")
    before = _officials(path)
    writer = _start_writer(path, "bulk")
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "started", writer.stderr
    time.sleep(seconds_into_the_transaction)
    assert "committed" not in _kill(writer)

    assert _officials(path) == before  # nothing of the unfinished transaction


def _large_workbook(source: Path, target: Path, trips: int) -> Path:
    """The demo's registers as a workbook, its trips sheet grown to `trips` rows."""
    database = open_database(source, daily_backup=False)
    try:
        with database.sessions() as session:
            export_workbook(session, target)
    finally:
        database.close()
    book = load_workbook(target)
    sheet = book["Reizen"]
    template = [cell.value for cell in sheet[2]]
    # A copied row is a new record: without the identity of the row it was copied from.
    headings = [cell.value for cell in sheet[1]]
    for identity in ("uuid", "versie"):
        if identity in headings:
            template[headings.index(identity)] = None
    for number in range(sheet.max_row, trips + 1):
        sheet.append([f"Werkbezoek {number}", *template[1:]])
    book.save(target)
    return target


def test_killed_in_the_middle_of_an_import(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    workbook = _large_workbook(demo_copy("rotterdam"), tmp_path / "groot.xlsx", 300)
    path = tmp_path / "leeg.sqlite"
    create_database(path, "Gemeente Rotterdam").close()
    before = summarise(path).counts
    writer = _start_writer(path, "import", str(workbook))
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "applying", writer.stderr.read()
    # Every record of the import is in the transaction, not yet committed: the worst
    # moment (a kill during the writing itself leaves even less).
    assert writer.stdout.readline().strip() == "written"
    assert "committed" not in _kill(writer)

    assert integrity_problems(path, thorough=True) == []
    assert summarise(path).counts == before  # not one record of the half import
