"""Agreements and the signed documents kept with them."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AgreementKind, AgreementStatus
from ..domain.models import Agreement, AgreementDocument, Relation, Trip
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import Records, check_references, delete_unless_used, themes_named
from .data import AgreementData, DocumentData
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source
from .tracking import deleting, editing, new_record, record_created

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


@dataclass
class CheckedAgreement:
    """An agreement the rules accepted (check_agreement), with the records it names."""

    kind: AgreementKind
    status: AgreementStatus
    title: str
    counterparts: str
    signed_on: dt.date | None
    signed_by: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    renewal_date: dt.date | None
    relations: list[Relation]
    themes: list[str]  # the tags as given; themes_named normalises them
    notes: str
    documents: list[AgreementDocument] | None  # None: the documents stay as they are
    document_published: bool = False
    sourced: CheckedSource = CheckedSource()  # services/sources.py


def check_agreement(
    check: Checker, source: Records, data: AgreementData
) -> CheckedAgreement | None:
    """The agreement rules: problems go to `check`; None when there are any. `source`
    answers `get(model, record_id)`: the session, or records an import loaded once."""
    kind = check.choice("kind", AgreementKind, data.kind)
    status = check.choice("status", AgreementStatus, data.status)
    title = check.text("title", data.title, required=True, max_length=300)
    signed_by = check.text("signed_by", data.signed_by, max_length=200)
    check.date_order("valid_from", data.valid_from, "valid_until", data.valid_until)
    check.date_order("signed_on", data.signed_on, "valid_until", data.valid_until)
    relations = check_references(check, source, Relation, "relation_ids", data.relation_ids)
    documents = (
        None
        if data.documents is None
        else [
            _document(check, f"documents[{index}]", document)
            for index, document in enumerate(data.documents)
        ]
    )
    themes = check.themes("themes", data.themes)
    counterparts = check.text("counterparts", data.counterparts, multiline=True)
    notes = check.text("notes", data.notes, multiline=True)
    sourced = check_source(check, data)
    if check.problems:
        return None
    assert kind and status
    return CheckedAgreement(
        kind=kind,
        status=status,
        title=title,
        counterparts=counterparts,
        signed_on=data.signed_on,
        signed_by=signed_by,
        valid_from=data.valid_from,
        valid_until=data.valid_until,
        renewal_date=data.renewal_date,
        relations=relations,
        themes=themes,
        notes=notes,
        documents=None if documents is None else [d for d in documents if d is not None],
        document_published=bool(data.document_published),
        sourced=sourced,
    )


def _apply(session: Session, agreement: Agreement, data: AgreementData) -> Agreement:
    check = Checker()
    checked = check_agreement(check, session, data)
    check.done()
    assert checked is not None
    apply_source(agreement, checked.sourced)
    agreement.kind, agreement.status, agreement.title = (
        checked.kind,
        checked.status,
        checked.title,
    )
    agreement.counterparts, agreement.signed_by = checked.counterparts, checked.signed_by
    agreement.signed_on, agreement.valid_from = checked.signed_on, checked.valid_from
    agreement.valid_until, agreement.renewal_date = checked.valid_until, checked.renewal_date
    agreement.relations, agreement.notes = checked.relations, checked.notes
    agreement.document_published = checked.document_published
    agreement.themes = themes_named(session, checked.themes)
    if checked.documents is not None:
        agreement.documents = checked.documents
    session.add(agreement)
    session.flush()
    return agreement


def _document(check: Checker, field: str, data: DocumentData) -> AgreementDocument | None:
    """A checked document row; None when it has a problem (recorded in `check`)."""
    label = field_label(field)
    name = check.text(
        field, data.filename.replace("\\", "/").rsplit("/", 1)[-1], required=True, max_length=255
    )
    if not data.content:
        check.fail(field, _("{field}: the file is empty.").format(field=label))
    elif len(data.content) > MAX_DOCUMENT_BYTES:
        check.fail(field, _("{field}: the file is larger than 50 MB.").format(field=label))
    if not name or not data.content or len(data.content) > MAX_DOCUMENT_BYTES:
        return None
    return AgreementDocument(
        filename=name,
        media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        sha256=hashlib.sha256(data.content).hexdigest(),
        size=len(data.content),
        content=data.content,
        added_at=data.added_at or dt.datetime.now().replace(microsecond=0),
    )


def create_agreement(
    session: Session, data: AgreementData, *, record_id: int | None = None
) -> Agreement:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    agreement = _apply(session, new_record(session, RegisterKey.AGREEMENTS, record_id), data)
    record_created(session, RegisterKey.AGREEMENTS, agreement)
    return agreement


def update_agreement(
    session: Session, agreement_id: int, data: AgreementData, *, expected_version: int | None = None
) -> Agreement:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, RegisterKey.AGREEMENTS, agreement_id, expected_version) as agreement:
        return _apply(session, agreement, data)


def delete_agreement(
    session: Session, agreement_id: int, *, expected_version: int | None = None
) -> None:
    with deleting(session, RegisterKey.AGREEMENTS, agreement_id, expected_version) as agreement:
        trips = session.scalars(
            select(Trip).where(Trip.agreements.any(Agreement.id == agreement_id))
        )
        delete_unless_used(
            session,
            agreement,
            _("Agreement '{title}'").format(title=agreement.title),
            [_("trip '{title}'").format(title=t.title) for t in trips],
        )


def attach_document(
    session: Session,
    agreement_id: int,
    filename: str,
    content: bytes,
    *,
    now: dt.datetime | None = None,
    expected_version: int | None = None,
) -> AgreementDocument:
    """Keep the signed document inside the database, so it cannot go missing with a path."""
    check = Checker()
    document = _document(check, "document", DocumentData(filename, content, now))
    check.done()
    assert document is not None
    with editing(session, RegisterKey.AGREEMENTS, agreement_id, expected_version) as agreement:
        agreement.documents.append(document)
    return document
