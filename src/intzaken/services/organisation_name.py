"""The organisation's name for the window's title, read without the ORM: the title is
set when a file opens, before the models are loaded (they take a third of a second)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def organisation_name(session: Session) -> str:
    """The name of the file's organisation (the first, as get_organisation), or ""."""
    from sqlalchemy import text

    name = session.scalar(text("SELECT name FROM organisations ORDER BY id LIMIT 1"))
    return name or ""
