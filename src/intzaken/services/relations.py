"""Relations with cities abroad and their dated history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import RelationEventKind, RelationKind, RelationStatus
from ..domain.models import Agreement, Contact, Official, Place, Relation, RelationEvent, Trip
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import (
    Records,
    check_reference,
    check_references,
    delete_unless_used,
    themes_named,
)
from .data import RelationData, RelationEventData  # noqa: F401 -- re-exported
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source
from .tracking import deleting, editing, new_record, record_created


@dataclass
class CheckedRelation:
    """A relation the rules accepted, with the records it names (check_relation)."""

    kind: RelationKind
    status: RelationStatus
    place: Place
    since_year: int | None
    responsible: Official | None
    contacts: list[Contact]
    events: list[tuple[dt.date, RelationEventKind, str]]  # date, kind, description
    themes: list[str]  # the tags as given; themes_named normalises them
    notes: str
    sourced: CheckedSource = CheckedSource()  # services/sources.py


def check_relation(check: Checker, source: Records, data: RelationData) -> CheckedRelation | None:
    """The relation rules: problems go to `check`; None when there are any.

    `source` answers `get(model, record_id)`: the session for a form, records loaded once
    for an import (the same rules either way).
    """
    kind = check.choice("kind", RelationKind, data.kind)
    status = check.choice("status", RelationStatus, data.status)
    place = check_reference(check, source, Place, "place_id", data.place_id, required=True)
    since = check.year("since_year", data.since_year)
    if since is not None and since > dt.date.today().year:
        check.fail(
            "since_year",
            _("{field}: {year} is in the future.").format(
                field=field_label("since_year"), year=since
            ),
        )
    responsible = check_reference(
        check, source, Official, "responsible_official_id", data.responsible_official_id
    )
    contacts = check_references(check, source, Contact, "contact_ids", data.contact_ids)
    events = []
    for index, event in enumerate(data.events):
        prefix = f"events[{index}]"
        check.required(f"{prefix}.date", event.date)
        event_kind = check.choice(f"{prefix}.kind", RelationEventKind, event.kind)
        description = check.text(
            f"{prefix}.description", event.description, required=True, multiline=True
        )
        if event.date is not None and event_kind is not None:
            events.append((event.date, event_kind, description))
    themes = check.themes("themes", data.themes)
    notes = check.text("notes", data.notes, multiline=True)
    sourced = check_source(check, data)
    if check.problems:
        return None
    assert kind and status and place
    return CheckedRelation(
        kind=kind,
        status=status,
        place=place,
        since_year=since,
        responsible=responsible,
        contacts=contacts,
        events=events,
        themes=themes,
        notes=notes,
        sourced=sourced,
    )


def _apply(session: Session, relation: Relation, data: RelationData) -> Relation:
    check = Checker()
    checked = check_relation(check, session, data)
    check.done()
    assert checked is not None
    apply_source(relation, checked.sourced)
    relation.kind, relation.status = checked.kind, checked.status
    relation.place = checked.place
    relation.since_year, relation.responsible_official = (checked.since_year, checked.responsible)
    relation.contacts = checked.contacts
    relation.events = [
        RelationEvent(date=date, kind=kind, description=description)
        for date, kind, description in checked.events
    ]
    relation.themes = themes_named(session, checked.themes)
    relation.notes = checked.notes
    session.add(relation)
    session.flush()
    return relation


def create_relation(
    session: Session, data: RelationData, *, record_id: int | None = None
) -> Relation:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    relation = _apply(session, new_record(session, RegisterKey.RELATIONS, record_id), data)
    record_created(session, RegisterKey.RELATIONS, relation)
    return relation


def update_relation(
    session: Session, relation_id: int, data: RelationData, *, expected_version: int | None = None
) -> Relation:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, RegisterKey.RELATIONS, relation_id, expected_version) as relation:
        return _apply(session, relation, data)


def relation_users(session: Session, relation_id: int) -> list[str]:
    trips = session.scalars(select(Trip).where(Trip.relations.any(Relation.id == relation_id)))
    agreements = session.scalars(
        select(Agreement).where(Agreement.relations.any(Relation.id == relation_id))
    )
    return [_("trip '{title}'").format(title=t.title) for t in trips] + [
        _("agreement '{title}'").format(title=a.title) for a in agreements
    ]


def delete_relation(
    session: Session, relation_id: int, *, expected_version: int | None = None
) -> None:
    with deleting(session, RegisterKey.RELATIONS, relation_id, expected_version) as relation:
        delete_unless_used(
            session,
            relation,
            _("The relation with {place}").format(place=relation.place.name),
            relation_users(session, relation_id),
        )
