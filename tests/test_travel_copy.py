"""Taking a travel copy: what a trip's copy holds, the whole copy, and the file itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from intzaken.domain.models import (
    Agreement,
    BudgetLine,
    Change,
    Contact,
    Network,
    Official,
    Place,
    Relation,
    TravelCopyBase,
    TravelCopyOrigin,
    Trip,
)
from intzaken.store.database import Database, open_database
from intzaken.store.errors import DiskFullError
from intzaken.travel import writer
from intzaken.travel.errors import TravelCopyError
from intzaken.travel.identities import Identities
from intzaken.travel.portable import content_of, loads
from intzaken.travel.registers import REGISTERS, TravelRegister
from intzaken.travel.writer import write_travel_copy

from .conftest import typed_rows
from .travel_helpers import build_team

NAMES = [
    (Trip, "title"),
    (Relation, "place_id"),
    (Agreement, "title"),
    (Network, "name"),
    (Contact, "name"),
    (Official, "name"),
    (Place, "name"),
    (BudgetLine, "name"),
]


def _team(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        return build_team(session)


def _contents(path: Path) -> dict[str, set[str]]:
    copy = open_database(path, daily_backup=False)
    try:
        with copy.sessions() as session:
            found = {}
            for model, attribute in NAMES:
                records = session.scalars(select(model)).all()
                found[model.__tablename__] = {
                    r.place.name if model is Relation else getattr(r, attribute) for r in records
                }
            return found
    finally:
        copy.close()


def test_a_trips_copy_holds_what_the_trip_needs_and_nothing_else(
    database: Database, tmp_path: Path
) -> None:
    ids = _team(database)
    with database.sessions() as session:
        summary = write_travel_copy(session, tmp_path / "reis.sqlite", trip_id=ids["mission"])
    assert summary.trip_title == "Handelsmissie Japan en Portugal"
    assert _contents(tmp_path / "reis.sqlite") == {
        # the trip and the earlier visits to Osaka and (anywhere in) Portugal
        "trips": {"Handelsmissie Japan en Portugal", "Werkbezoek Osaka", "Werkbezoek Porto"},
        # at Osaka, and anywhere in Portugal (visited without a place); not Kyoto
        "relations": {"Osaka", "Porto"},
        "agreements": {"MoU Osaka"},
        # the trip's network, and the one the traveller Bram holds
        "networks": {"Handelsnetwerk Azie", "Havensteden"},
        # of the relation, the programme and the network
        "contacts": {"Yuki Sato", "Kenji Ito", "Mia Koch"},
        "officials": {"Anna Bakker", "Bram Claes", "Cees Dam"},
        "places": {"Osaka", "Porto"},
        "budget_lines": {"Internationale reizen"},
    }
    assert summary.counts["trips"] == 3 and summary.counts["contacts"] == 3


def test_a_copy_keeps_identities_versions_and_the_base_of_every_record(
    database: Database, tmp_path: Path
) -> None:
    ids = _team(database)
    with database.sessions() as session:
        hamburg = session.get(Trip, ids["hamburg_2024"]).uuid
        write_travel_copy(session, tmp_path / "reis.sqlite", trip_id=ids["mission"])
        team_ids = Identities(session)
        expected = {
            session.get(Trip, ids["mission"]).uuid: content_of(
                REGISTERS["trips"], session.get(Trip, ids["mission"]), team_ids.uuid_text_of
            )
        }
        team_uuids = {r.uuid: (r.id, r.version) for r in session.scalars(select(Trip))}
    copy = open_database(tmp_path / "reis.sqlite", daily_backup=False)
    try:
        with copy.sessions() as session:
            origin = session.scalar(select(TravelCopyOrigin))
            if database.server is None:
                assert origin.source == str(database.path)
                assert origin.database_name == "test.sqlite"
            else:  # the server's address, never a password
                assert origin.source.startswith("postgresql")
                assert origin.database_name == database.server.database_name
            assert origin.trip_title == "Handelsmissie Japan en Portugal"
            assert origin.taken_by and origin.returned_at is None
            for trip in session.scalars(select(Trip)):
                assert team_uuids[trip.uuid] == (trip.id, trip.version)
            bases = {b.record_uuid: b for b in session.scalars(select(TravelCopyBase))}
            assert len(bases) == 1 + 3 + 3 + 2 + 1 + 2 + 2 + 1 + 3  # organisation .. trips
            for uuid, content in expected.items():
                assert loads(bases[uuid].content) == content
            # the history of the copied records came along, and marks where the copy's begins
            entries = session.scalars(select(Change)).all()
            assert {e.record_uuid for e in entries} == set(bases)  # each one's creation
            assert hamburg not in {e.record_uuid for e in entries}
            assert origin.history_mark == max(e.id for e in entries)
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        copy.close()
    assert not Path(f"{tmp_path / 'reis.sqlite'}-wal").exists()


def test_a_copy_of_everything_has_every_row(database: Database, tmp_path: Path) -> None:
    _team(database)
    with database.sessions() as session:
        summary = write_travel_copy(session, tmp_path / "alles.sqlite")
    assert summary.trip_title is None and summary.counts["trips"] == 5
    copy = open_database(tmp_path / "alles.sqlite", daily_backup=False)
    try:
        # Through the column types: the team database may be a server's.
        copied = [line for line in typed_rows(copy) if not line.startswith("travel_copy")]
        assert copied == [
            line for line in typed_rows(database) if not line.startswith("travel_copy")
        ]
    finally:
        copy.close()


def test_an_existing_file_is_replaced_only_when_asked(database: Database, tmp_path: Path) -> None:
    _team(database)
    target = tmp_path / "reis.sqlite"
    target.write_text("iets anders")
    with database.sessions() as session:
        with pytest.raises(TravelCopyError, match="bestaat al"):
            write_travel_copy(session, target)
        assert target.read_text() == "iets anders"
        write_travel_copy(session, target, replace=True)
    assert _contents(target)["trips"]


def test_a_failed_copy_leaves_no_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _team(database)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.RowContent, "of", broken)
    with database.sessions() as session, pytest.raises(DiskFullError, match="reis.sqlite "):
        write_travel_copy(session, tmp_path / "reis.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir() if "reis" in p.name) == []


def test_a_travel_copy_is_not_copied_again(database: Database, tmp_path: Path) -> None:
    _team(database)
    with database.sessions() as session:
        write_travel_copy(session, tmp_path / "reis.sqlite")
    copy = open_database(tmp_path / "reis.sqlite", daily_backup=False)
    try:
        with copy.sessions() as session, pytest.raises(TravelCopyError, match="zelf een"):
            write_travel_copy(session, tmp_path / "nog een.sqlite")
    finally:
        copy.close()


def test_a_team_session_is_left_as_it_was(session: Session, tmp_path: Path) -> None:
    ids = build_team(session)
    session.commit()
    write_travel_copy(session, tmp_path / "reis.sqlite", trip_id=ids["mission"])
    assert not session.new and not session.dirty and not session.deleted


def test_the_origin_names_a_server_without_its_password(tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    from intzaken.travel.origin import source_of

    assert source_of(make_url("postgresql+psycopg://iz:geheim@db.gemeente.nl:5432/intzaken")) == (
        "postgresql+psycopg://iz@db.gemeente.nl:5432/intzaken",
        "intzaken",
    )
    assert source_of(make_url(f"sqlite:///{tmp_path / 'team.sqlite'}")) == (
        str(tmp_path / "team.sqlite"),
        "team.sqlite",
    )


def test_a_copy_of_everything_is_one_sound_file(database: Database, tmp_path: Path) -> None:
    # Written without a write-ahead log and synced once (writer._unjournaled): the file
    # must still be whole, sound and in the ordinary journal mode when it is renamed.
    _team(database)
    with database.sessions() as session:
        write_travel_copy(session, tmp_path / "alles.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir() if "alles" in p.name) == ["alles.sqlite"]
    with sqlite3.connect(tmp_path / "alles.sqlite") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()


def test_a_copy_failing_after_some_registers_are_written_leaves_no_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each register's rows are written as soon as they are read: a failure at the trips,
    # after the officials, places and relations are in the file, must still leave nothing.
    _team(database)
    made = writer.RowContent.of

    def failing_at_trips(contents: Any, register: TravelRegister, *args: Any) -> Any:
        if register.name == "trips":
            raise OSError(28, "No space left on device")
        return made(contents, register, *args)

    monkeypatch.setattr(writer.RowContent, "of", failing_at_trips)
    with database.sessions() as session, pytest.raises(DiskFullError, match="alles.sqlite "):
        write_travel_copy(session, tmp_path / "alles.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir() if "alles" in p.name) == []


def test_a_copy_whose_disk_fails_at_the_last_sync_leaves_no_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _team(database)

    def full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", full)
    with database.sessions() as session, pytest.raises(DiskFullError, match="alles.sqlite "):
        write_travel_copy(session, tmp_path / "alles.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir() if "alles" in p.name) == []
