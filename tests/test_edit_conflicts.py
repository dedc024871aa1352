"""Two people editing the same record: the second save is refused with what the first one
changed, nothing is overwritten, and the refused input can be saved after a reload."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from intzaken.domain.models import Trip
from intzaken.services import places, trips
from intzaken.services.editing import EDITORS, snapshot, version_of
from intzaken.services.errors import EditConflictError, RecordDeletedError
from intzaken.services.history import AUTHOR_KEY
from intzaken.services.history_query import record_entries
from intzaken.store.database import Database

from .conftest import add_official, dump

EDITOR = EDITORS["trips"]


@pytest.fixture
def trip_id(database: Database) -> int:
    with database.sessions.begin() as session:
        session.info[AUTHOR_KEY] = "setup"
        mayor = add_official(session)
        oslo = places.create_place(session, places.PlaceData(name="Oslo", country_code="NO"))
        return trips.create_trip(
            session,
            trips.TripData(
                title="Werkbezoek Oslo",
                kind="working_visit",
                status="planned",
                start_date=dt.date(2025, 3, 1),
                end_date=dt.date(2025, 3, 2),
                destinations=[trips.DestinationData("NO", oslo.id)],
                traveller_ids=[mayor],
                lead_official_id=mayor,
                travel_and_stay=Decimal("1100.00"),
            ),
        ).id


def person(database: Database, name: str, **options: object) -> Session:
    session = database.sessions(**options)
    session.info[AUTHOR_KEY] = name
    return session


def opened(session: Session, trip_id: int) -> tuple[trips.TripData, int]:
    """What a form does when it opens: read the data and the version, then let go."""
    with session.begin():
        version = version_of(session, "trips", trip_id)
        assert version is not None
        return snapshot(session, "trips", trip_id), version


def test_the_second_save_is_refused_with_what_the_first_changed(
    database: Database, trip_id: int
) -> None:
    anna, bert = person(database, "anna"), person(database, "bert")
    anna_data, anna_version = opened(anna, trip_id)
    bert_data, bert_version = opened(bert, trip_id)
    assert anna_version == bert_version == 1

    anna_data.title = "Werkbezoek Oslo en Bergen"
    anna_data.travel_and_stay = Decimal("1250.00")
    with anna.begin():
        EDITOR.update(anna, trip_id, anna_data, expected_version=anna_version)

    bert_data.notes = "Hotel geboekt"
    bert_input = copy.deepcopy(bert_data)
    before = dump(database)
    with pytest.raises(EditConflictError) as refused, bert.begin():
        EDITOR.update(bert, trip_id, bert_data, expected_version=bert_version)
    message = str(refused.value)
    assert message.startswith(
        "De reis 'Werkbezoek Oslo' is gewijzigd nadat u deze gegevens "
        "opende. Uw wijziging is niet opgeslagen.\n\nGewijzigd door "
        "anna op "
    )  # called as Bert knew it
    assert "anna" in message
    assert "Titel: 'Werkbezoek Oslo' → 'Werkbezoek Oslo en Bergen'" in message
    assert "Reis- en verblijfkosten: '€\xa01.100,00' → '€\xa01.250,00'" in message
    assert refused.value.current_version == 2
    # A trip not yet made keeps its estimate with its costs (issue 21), so Anna's change
    # moved the estimate too, and Bert is told so.
    assert {c.field for c in refused.value.changes} == {
        "Titel",
        "Reis- en verblijfkosten",
        "Raming reis- en verblijfkosten",
    }
    assert dump(database) == before  # nothing of Bert's save was written
    assert bert_data == bert_input  # his input is as he left it

    with database.sessions() as session:
        stored = session.get(Trip, trip_id)
        assert (stored.title, stored.notes, stored.version) == ("Werkbezoek Oslo en Bergen", "", 2)

    # After a reload Bert saves his note on top of Anna's version.
    reloaded, version = opened(bert, trip_id)
    reloaded.notes = bert_input.notes
    with bert.begin():
        EDITOR.update(bert, trip_id, reloaded, expected_version=version)
    with database.sessions() as session:
        stored = session.get(Trip, trip_id)
        assert (stored.title, stored.notes, stored.version) == (
            "Werkbezoek Oslo en Bergen",
            "Hotel geboekt",
            3,
        )
        history = record_entries(session, "trips", trip_id)
    assert [(e.author, e.field, e.old_value, e.new_value, e.version) for e in history] == [
        ("bert", "Aantekeningen", "", "Hotel geboekt", 3),
        ("anna", "Titel", "Werkbezoek Oslo", "Werkbezoek Oslo en Bergen", 2),
        ("anna", "Reis- en verblijfkosten", "€\xa01.100,00", "€\xa01.250,00", 2),
        ("anna", "Raming reis- en verblijfkosten", "€\xa01.100,00", "€\xa01.250,00", 2),
        ("setup", None, "", "", 1),
    ]
    anna.close()
    bert.close()


def test_a_save_racing_another_is_refused_by_the_version_check_of_the_write(
    database: Database, trip_id: int
) -> None:
    # Bert's session keeps what it read (as a long-running session may): his save does
    # not pass a version, and the UPDATE finds no row with the version he read.
    anna = person(database, "anna")
    bert = person(database, "bert", expire_on_commit=False)
    with bert.begin():
        trip = bert.get(Trip, trip_id)
        bert_data = snapshot(bert, "trips", trip_id)
    anna_data, version = opened(anna, trip_id)
    anna_data.status = "approved"
    with anna.begin():
        EDITOR.update(anna, trip_id, anna_data, expected_version=version)
    assert trip.version == 1  # Bert's session still has the old version

    bert_data.notes = "Hotel geboekt"
    with pytest.raises(EditConflictError) as refused, bert.begin():
        EDITOR.update(bert, trip_id, bert_data)
    assert isinstance(refused.value.__cause__, StaleDataError)
    assert "anna" in str(refused.value)
    assert "Status: 'voorgenomen' → 'goedgekeurd'" in str(refused.value)
    with database.sessions() as session:
        stored = session.get(Trip, trip_id)
        assert (stored.status.value, stored.notes, stored.version) == ("approved", "", 2)


def test_a_save_from_a_snapshot_another_save_moved_past_is_refused(
    database: Database, trip_id: int
) -> None:
    # On SQLite a transaction that read before another one committed cannot write
    # (SQLITE_BUSY_SNAPSHOT): the same refusal, with what the other one changed. On
    # PostgreSQL (read committed) the write sees the newer version, which refuses it.
    anna, bert = person(database, "anna"), person(database, "bert")
    bert.begin()
    bert_data = snapshot(bert, "trips", trip_id)
    anna_data, version = opened(anna, trip_id)
    anna_data.title = "Werkbezoek Bergen"
    with anna.begin():
        EDITOR.update(anna, trip_id, anna_data, expected_version=version)
    bert_data.notes = "Hotel geboekt"
    with pytest.raises(EditConflictError) as refused:
        EDITOR.update(bert, trip_id, bert_data, expected_version=1)
    bert.rollback()
    if database.server is None:
        assert isinstance(refused.value.__cause__, OperationalError)
    assert "Titel: 'Werkbezoek Oslo' → 'Werkbezoek Bergen'" in str(refused.value)


def test_saving_or_deleting_a_record_deleted_meanwhile(database: Database, trip_id: int) -> None:
    anna, bert = person(database, "anna"), person(database, "bert")
    bert_data, version = opened(bert, trip_id)
    with anna.begin():
        EDITOR.delete(anna, trip_id, expected_version=1)
    with pytest.raises(RecordDeletedError) as refused, bert.begin():
        EDITOR.update(bert, trip_id, bert_data, expected_version=version)
    assert str(refused.value).startswith("De reis 'Werkbezoek Oslo' is verwijderd door anna op ")
    assert str(refused.value).endswith("Uw wijziging is niet opgeslagen.")
    with pytest.raises(RecordDeletedError), bert.begin():
        EDITOR.delete(bert, trip_id, expected_version=version)


def test_a_delete_is_refused_after_someone_else_saved(database: Database, trip_id: int) -> None:
    anna, bert = person(database, "anna"), person(database, "bert")
    _, version = opened(bert, trip_id)
    anna_data, _ = opened(anna, trip_id)
    anna_data.notes = "Nog niet annuleren"
    with anna.begin():
        EDITOR.update(anna, trip_id, anna_data, expected_version=version)
    with pytest.raises(EditConflictError) as refused, bert.begin():
        EDITOR.delete(bert, trip_id, expected_version=version)
    assert "Er is niets verwijderd." in str(refused.value)
    assert "Aantekeningen: (leeg) → 'Nog niet annuleren'" in str(refused.value)
    with database.sessions() as session:
        assert session.get(Trip, trip_id) is not None


def test_a_save_that_changes_nothing_makes_no_version_and_no_entry(
    database: Database, trip_id: int
) -> None:
    session = person(database, "anna")
    data, version = opened(session, trip_id)
    with session.begin():
        EDITOR.update(session, trip_id, data, expected_version=version)
    with database.sessions() as reader:
        assert reader.get(Trip, trip_id).version == 1
        assert len(record_entries(reader, "trips", trip_id)) == 1


def test_undoing_a_deletion_brings_back_the_same_record_with_its_history(
    database: Database, trip_id: int
) -> None:
    session = person(database, "anna")
    data, version = opened(session, trip_id)
    with session.begin():
        uuid = session.get(Trip, trip_id).uuid
        EDITOR.delete(session, trip_id, expected_version=version)
    with session.begin():
        restored = EDITOR.create(session, data, record_id=trip_id)
        assert (restored.uuid, restored.version) == (uuid, 2)
    with database.sessions() as reader:
        actions = [e.action.value for e in record_entries(reader, "trips", trip_id)]
    assert actions == ["created", "deleted", "created"]


def test_a_form_without_a_version_still_saves(database: Database, trip_id: int) -> None:
    # Imports and the command line read and save in one transaction: no version to pass.
    with database.sessions.begin() as session:
        data = dataclasses.replace(snapshot(session, "trips", trip_id), notes="x")
        EDITOR.update(session, trip_id, data)
    with database.sessions() as session:
        assert session.scalar(select(Trip.version).where(Trip.id == trip_id)) == 2
