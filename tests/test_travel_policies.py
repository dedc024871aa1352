"""Travel copies of a database with policies and EU projects (issue 23): a whole copy
carries them, a trip's copy leaves them at the office without breaking on the links of
their rows, and either merges back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import file_only, run_cli


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("organisations", "policies", "policy_priorities", "priority_themes")
        }


def test_a_trips_copy_leaves_the_policy_behind_and_merges_back(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    path = file_only(demo_copy("rotterdam"))
    database = open_database(path)
    try:
        with database.sessions() as session:
            trip_id = session.scalar(select(Trip.id).order_by(Trip.start_date.desc()))
    finally:
        database.close()
    copy = tmp_path / "reis.sqlite"
    code, _out, err = run_cli(
        "travel-copy", "--db", str(path), "--trip", str(trip_id), "--out", str(copy)
    )
    assert code == 0, err
    # The organisation comes along (with its home place); the policy stays at the office.
    assert _counts(copy) == {
        "organisations": 1,
        "policies": 0,
        "policy_priorities": 0,
        "priority_themes": 0,
    }
    code, out, err = run_cli("merge", str(copy), "--db", str(path), "--dry-run")
    assert code == 0, err
    assert "niet gewijzigd" in out


def test_a_whole_copy_carries_the_policy_and_the_projects(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    path = file_only(demo_copy("rotterdam"))
    copy = tmp_path / "alles.sqlite"
    code, out, err = run_cli("travel-copy", "--db", str(path), "--out", str(copy))
    assert code == 0, err
    assert "1 beleidskader, 1 EU-project" in out
    assert _counts(copy) == _counts(path)
    code, out, _err = run_cli("list", "priorities", "--db", str(copy))
    assert code == 0 and "Golfregio" in out
