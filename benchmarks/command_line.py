"""The command line (issue 22): `intzaken --version`, `--help`, `list trips --format json`
and `check` on the Rotterdam demo, each a fresh process from start to exit, against a
floor run the same way:

- `--version` and `--help`: Python importing argparse (≤ 3× floor);
- `list trips --format json`: Python importing SQLAlchemy, then the trips' rows (the
  list's columns) read with raw sqlite3 and written as JSON (≤ 1.5× floor);
- `check`: the same floor plus SQLite's own integrity and foreign-key checks, which
  `check` runs on the file (≤ 1.5× floor).

App and floor runs alternate, so a busy moment of the shared machine falls on both. The
note gives the CPU time of each (os.wait4), which a busy machine disturbs less.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .probe import LIST_SQL
from .session import ProbeFailed, Row, Session, median

ARGPARSE_FLOOR = "import argparse"
# The rows `list trips --format json` writes, read and written without any of Intzaken.
LIST_FLOOR = f"""
import json, sqlite3, sys
import sqlalchemy
connection = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
cursor = connection.execute('''{LIST_SQL}''')
names = [column[0] for column in cursor.description]
json.dump([dict(zip(names, row)) for row in cursor], sys.stdout, default=str)
"""
CHECK_FLOOR = f"""
import sqlite3, sys
import sqlalchemy
connection = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
connection.execute('''{LIST_SQL}''').fetchall()
"""


def intzaken_command() -> list[str]:
    """The console script as a user runs it (beside this Python), else `python -m`."""
    script = Path(sys.executable).with_name("intzaken")
    return [str(script)] if script.exists() else [sys.executable, "-m", "intzaken"]


def timed(session: Session, command: list[str]) -> tuple[float, float]:
    """(wall seconds from start to exit, CPU seconds) of one fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=session.env,
        cwd=session.tmp,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if process.returncode != 0:
        tail = " | ".join(errors.strip().splitlines()[-3:])
        raise ProbeFailed(f"{' '.join(command[-4:])}: exit {process.returncode}: {tail}")
    return wall, usage.ru_utime + usage.ru_stime


def demo_database(session: Session) -> Path:
    path = session.tmp / "demo.sqlite"
    if not path.exists():
        subprocess.run(
            [*intzaken_command(), "demo", "--profile", "rotterdam", "--db", str(path)],
            env=session.env,
            cwd=session.tmp,
            check=True,
            capture_output=True,
        )
    return path


def command_line(session: Session) -> list[Row]:
    log = session.log
    demo = str(demo_database(session))
    intzaken = intzaken_command()
    python = [sys.executable, "-c"]
    cases = [
        ("`intzaken --version`", [*intzaken, "--version"], [*python, ARGPARSE_FLOOR], 3.0,
         "floor: python -c 'import argparse'"),
        ("`intzaken --help`", [*intzaken, "--help"], [*python, ARGPARSE_FLOOR], 3.0,
         "floor: python -c 'import argparse'"),
        (
            "`intzaken list trips --format json` (demo)",
            [*intzaken, "list", "trips", "--format", "json", "--db", demo],
            [*python, LIST_FLOOR, demo],
            1.5,
            "floor: import sqlalchemy + the trips' rows from raw sqlite3 as JSON",
        ),
        (
            "`intzaken check` (demo)",
            [*intzaken, "check", "--db", demo],
            [*python, CHECK_FLOOR, demo],
            1.5,
            "floor: import sqlalchemy + integrity_check, foreign_key_check and the "
            "trips' rows in raw sqlite3",
        ),
    ]  # fmt: skip
    runs = session.runs * 2  # cheap: short processes, and the noise is large
    rows = []
    for label, command, floor_command, factor, floor_note in cases:
        log(f"  command line: {label} and its floor, {runs} runs each")
        timed(session, command)  # once unmeasured: bytecode and page cache as every day
        timed(session, floor_command)
        app: list[tuple[float, float]] = []
        floor: list[tuple[float, float]] = []
        for _ in range(runs):
            app.append(timed(session, command))
            floor.append(timed(session, floor_command))
        value = median([wall for wall, _cpu in app])
        floor_value = median([wall for wall, _cpu in floor])
        cpu, floor_cpu = median([c for _w, c in app]), median([c for _w, c in floor])
        assert value is not None and floor_value is not None
        assert cpu is not None and floor_cpu is not None
        rows.append(
            Row(
                f"Command line: {label}",
                value,
                floor_value,
                f"≤ {factor:g}× floor",
                value <= factor * floor_value,
                runs=len(app),
                size_free=True,  # the demo, in a quick run as in a full one
                note=f"CPU {cpu * 1000:.0f} ms against {floor_cpu * 1000:.0f} ms "
                f"({cpu / floor_cpu:.2f}×); {floor_note}",
            )
        )
    return rows
