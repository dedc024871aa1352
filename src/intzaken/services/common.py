"""Small helpers shared by the register services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Theme
from ..i18n import _
from .checks import Checker, normalise_themes
from .errors import InUseError, NotFoundError
from .fields import field_label

T = TypeVar("T")


class Records(Protocol):
    """Where the rules find the records a form or a row names: a Session, or records an
    import loaded once (see exchange.loaded_records)."""

    def get(self, model: type[T], record_id: Any) -> T | None: ...


def fetch(session: Session, model: type[T], record_id: Any, what: str) -> T:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(what, record_id)
    return record


def check_reference(
    checker: Checker,
    source: Records,
    model: type[T],
    field: str,
    record_id: Any,
    *,
    required: bool = False,
) -> T | None:
    """The record `record_id` points at, or a problem on `field` when it does not exist."""
    if record_id is None:
        if required:
            checker.missing(field)
        return None
    record = source.get(model, record_id)
    if record is None:
        checker.fail(
            field,
            _("{field}: number {number} does not exist.").format(
                field=field_label(field), number=record_id
            ),
        )
    return record


def check_references(
    checker: Checker, source: Records, model: type[T], field: str, record_ids: Sequence[Any]
) -> list[T]:
    checker.no_duplicates(field, record_ids)
    found = []
    for index, record_id in enumerate(record_ids):
        record = check_reference(
            checker, source, model, f"{field}[{index}]", record_id, required=True
        )
        if record is not None and record not in found:
            found.append(record)
    return found


def themes_named(session: Session, names: Sequence[str]) -> list[Theme]:
    """The Theme rows for these tags, adding the ones that are new."""
    wanted = normalise_themes(names)
    if not wanted:
        return []
    # One query for all of them (an import saves hundreds of records with themes).
    known = {t.name: t for t in session.scalars(select(Theme).where(Theme.name.in_(wanted)))}
    themes = []
    for name in wanted:
        theme = known.get(name)
        if theme is None:
            theme = Theme(name=name)
            session.add(theme)
        themes.append(theme)
    return themes


def delete_unless_used(
    session: Session, record: object, description: str, users: list[str]
) -> None:
    """Delete `record`, or explain with InUseError what still refers to it."""
    if users:
        raise InUseError(description, users)
    session.delete(record)
    session.flush()
