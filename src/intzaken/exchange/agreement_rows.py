"""New agreements written in bulk, as trip_rows.py writes trips: one executemany per table
instead of a unit-of-work flush per agreement, for agreements the rules
(services.agreements.check_agreement) have already accepted.

What is stored is what services.agreements stores for the same checked agreement, its
signed documents included; tests/test_exchange_bulk_registers.py holds the two side by
side.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.models import (
    Agreement,
    AgreementDocument,
    agreement_relations,
    agreement_themes,
)
from ..services.agreements import CheckedAgreement
from ..services.checks import normalise_themes
from ..services.sources import source_row
from .bulk_rows import BulkRows, Written, theme_ids


def insert_agreements(session: Session, agreements: Sequence[CheckedAgreement]) -> Written:
    """Store `agreements` as new records in the session's transaction; (number, uuid) of each."""
    if not agreements:
        return []
    rows = BulkRows(session, Agreement, len(agreements))
    themes = [normalise_themes(agreement.themes) for agreement in agreements]
    numbers = theme_ids(session, list(dict.fromkeys(name for names in themes for name in names)))
    add = rows.add
    for agreement_id, agreement, names in zip(rows.ids, agreements, themes, strict=True):
        rows.record(
            agreement_id,
            **source_row(agreement.sourced),
            kind=agreement.kind,
            title=agreement.title,
            counterparts=agreement.counterparts,
            signed_on=agreement.signed_on,
            signed_by=agreement.signed_by,
            valid_from=agreement.valid_from,
            valid_until=agreement.valid_until,
            renewal_date=agreement.renewal_date,
            status=agreement.status,
            notes=agreement.notes,
            document_published=agreement.document_published,
        )
        for relation in agreement.relations:
            add(agreement_relations, agreement_id=agreement_id, relation_id=relation.id)
        for name in names:
            add(agreement_themes, agreement_id=agreement_id, theme_id=numbers[name])
        # In the order given, as the service's flush inserts them: their numbers follow it.
        for document in agreement.documents or ():
            add(
                AgreementDocument.__table__,
                agreement_id=agreement_id,
                filename=document.filename,
                media_type=document.media_type,
                sha256=document.sha256,
                size=document.size,
                content=document.content,
                added_at=document.added_at,
            )
    return rows.write()
