"""Exports, templates and reports get the permissions the user's umask gives a new file
(not mkstemp's 0600); a file replaced keeps its own; the database file is left alone."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from intzaken.exchange.dispatch import export_to
from intzaken.reports import build_report
from intzaken.store.database import Database
from intzaken.written_files import replacing

from .report_showcase import build_showcase

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    """The umask as the test sets it, restored afterwards."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.mark.parametrize("user_mask", [0o022, 0o027, 0o002])
def test_exports_templates_and_reports_follow_the_umask(
    user_mask: int, umask: None, database: Database, tmp_path: Path
) -> None:
    os.umask(user_mask)
    expected = 0o666 & ~user_mask
    with database.sessions.begin() as session:
        trip_id = build_showcase(session).trip_id
    written = []
    with database.sessions() as session:
        for name, fmt, empty in [
            ("alles.xlsx", "xlsx", False),
            ("sjabloon.xlsx", "xlsx", True),
            ("reizen.csv", "csv", False),
            ("reizen.ics", "ics", False),
        ]:
            register = "trips" if fmt != "xlsx" else None
            export_to(session, tmp_path / name, fmt, register, empty=empty)
            written.append(tmp_path / name)
        folder = tmp_path / "csv-map"
        export_to(session, folder, "csv", None)
        written.extend(sorted(folder.iterdir()))
        build_report("briefing", session, tmp_path / "briefing.pdf", trip_id=trip_id)
        written.append(tmp_path / "briefing.pdf")
    assert {path.name: oct(mode(path)) for path in written} == {
        path.name: oct(expected) for path in written
    }
    # Nothing half-written is left beside them.
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")]


def test_a_replaced_file_keeps_its_permissions(umask: None, tmp_path: Path) -> None:
    target = tmp_path / "gedeeld.csv"
    target.write_text("oud")
    target.chmod(0o640)
    with replacing(target) as partial:
        partial.write_text("nieuw")
    assert target.read_text() == "nieuw" and mode(target) == 0o640


def test_a_failed_write_leaves_the_earlier_file(umask: None, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_text("eerder")
    with pytest.raises(RuntimeError), replacing(target) as partial:
        partial.write_text("half")
        raise RuntimeError
    assert target.read_text() == "eerder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]


def test_the_database_file_keeps_its_own_permissions(
    umask: None, database: Database, tmp_path: Path
) -> None:
    path = database.path
    if path is None:
        pytest.skip("a team database has no file")
    os.chmod(path, 0o600)
    os.umask(0o002)
    with database.sessions() as session:
        export_to(session, tmp_path / "alles.xlsx", "xlsx", None)
    assert mode(Path(path)) == 0o600
