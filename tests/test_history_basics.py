"""The history's building blocks: entries written with the change, in one transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from intzaken.domain.changes import Change
from intzaken.domain.enums import ChangeAction
from intzaken.domain.models import Official
from intzaken.services.history import (
    AUTHOR_KEY,
    created_entries,
    current_author,
    log_changed,
    log_created,
)
from intzaken.services.officials import OfficialData, TermData, update_official

from .conftest import add_official


def test_a_save_makes_a_new_version_also_when_only_child_rows_change(session: Session) -> None:
    official_id = add_official(session)
    official = session.get(Official, official_id)
    assert official.version == 1
    term = official.terms[0]
    data = OfficialData(
        name=official.name,
        short_name=official.short_name,
        notes=official.notes,
        terms=[
            TermData(role=term.role, start_date=term.start_date, end_date=dt.date(2024, 12, 31))
        ],
    )
    update_official(session, official_id, data)  # only the term's end changes
    assert session.get(Official, official_id).version == 2


def test_entries_name_the_record_author_and_fields_that_changed(session: Session) -> None:
    session.info[AUTHOR_KEY] = "jdevries"
    official = session.get(Official, add_official(session))  # its service logs "created"
    log_created(session, "officials", official, official.name)
    count = log_changed(
        session,
        "officials",
        official,
        official.name,
        {"Naam": "A", "Notities": "x"},
        {"Naam": "B", "Notities": "x"},
    )
    session.flush()
    entries = session.scalars(select(Change).order_by(Change.id)).all()[1:]
    assert count == 1
    assert [(e.action, e.field, e.old_value, e.new_value) for e in entries] == [
        (ChangeAction.CREATED, None, "", ""),
        (ChangeAction.CHANGED, "Naam", "A", "B"),
    ]
    assert {e.author for e in entries} == {"jdevries"}
    assert {e.record_uuid for e in entries} == {official.uuid}


def test_bulk_entries_insert_in_one_statement(session: Session) -> None:
    official = session.get(Official, add_official(session))
    rows = created_entries(
        "officials",
        [(official.uuid, official.id, official.name)],
        author=current_author(),
        context="import test.xlsx",
    )
    session.execute(insert(Change), rows)
    entry = session.scalars(select(Change).where(Change.context != "")).one()
    assert (entry.action, entry.record_id, entry.context) == (
        ChangeAction.CREATED,
        official.id,
        "import test.xlsx",
    )
    assert entry.author


def test_a_very_long_login_name_is_kept_to_the_columns_length(session: Session) -> None:
    # PostgreSQL refuses a value longer than the column; the entry must still be written.
    session.info[AUTHOR_KEY] = "x" * 150
    add_official(session)  # the service writes its "created" entry
    session.flush()
    assert session.scalars(select(Change.author)).all() == ["x" * 100]
