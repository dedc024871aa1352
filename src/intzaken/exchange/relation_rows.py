"""New relations written in bulk, as trip_rows.py writes trips: one executemany per table
instead of a unit-of-work flush per relation, for relations the rules
(services.relations.check_relation) have already accepted.

What is stored is what services.relations stores for the same checked relation, down to
the numbers of its events and of new themes; tests/test_exchange_bulk_relations.py holds
the two side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.models import Relation, RelationEvent, relation_contacts, relation_themes
from ..services.checks import normalise_themes
from ..services.relations import CheckedRelation
from ..services.sources import source_row
from .bulk_rows import BulkRows, Written, theme_ids


def insert_relations(session: Session, relations: Sequence[CheckedRelation]) -> Written:
    """Store `relations` as new records in the session's transaction; (number, uuid) of each."""
    if not relations:
        return []
    rows = BulkRows(session, Relation, len(relations))
    themes = [normalise_themes(relation.themes) for relation in relations]
    numbers = theme_ids(session, list(dict.fromkeys(name for names in themes for name in names)))
    add = rows.add

    for relation_id, relation, names in zip(rows.ids, relations, themes, strict=True):
        rows.record(
            relation_id,
            **source_row(relation.sourced),
            kind=relation.kind,
            place_id=relation.place.id,
            since_year=relation.since_year,
            status=relation.status,
            notes=relation.notes,
            responsible_official_id=(
                relation.responsible.id if relation.responsible is not None else None
            ),
        )
        # In the order given, as the service's flush inserts them: their numbers follow it.
        for date, kind, description in relation.events:
            add(
                RelationEvent.__table__,
                relation_id=relation_id,
                date=date,
                kind=kind,
                description=description,
            )
        for contact in relation.contacts:
            add(relation_contacts, relation_id=relation_id, contact_id=contact.id)
        for name in names:
            add(relation_themes, relation_id=relation_id, theme_id=numbers[name])
    return rows.write()
