"""Where a record's facts come from, carried by every record of the registers the user
keeps (issue 23: a council report must be defensible).

Columns on each register's own table rather than one table keyed by register and id:
a record and its source are saved, copied, merged and deleted together without a
foreign key of their own (a shared table cannot point at eight tables, so a deleted
record would leave its source behind); the history, the travel copy and its three-way
merge compare a record's fields, so the source is compared field by field like any
other; and the export writes it in the record's own row. The cost is one migration
that adds the same columns to eight tables, which the mixin keeps in one place.

Migration 0018 gave the same columns to the records that are not registers but carry
facts a council report relies on: places, contacts, the organisation's own record and
each office term (a term's dates are often taken from outside the seeds).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

SOURCE_LENGTH = 500  # the document's title (policies and projects had this column)
SOURCE_PAGE_LENGTH = 100  # "p. 12", "bijlage 2, tabel 3", an address
DERIVED_LENGTH = 300  # "afgeleid: heeft portefeuille EWK"

# The fields, in the order the forms, the sheets and the reports show them.
SOURCE_FIELDS = ("source", "source_date", "source_page", "source_note", "derived_from")


class Sourced:
    """Mixin: the source document, its date, the page or reference and a free note; and,
    for a record or value the app or a person derived rather than read, the explanation
    (an empty `derived_from` is a record read from its source)."""

    source: Mapped[str] = mapped_column(String(SOURCE_LENGTH), default="", server_default="")
    source_date: Mapped[dt.date | None] = mapped_column(default=None)
    source_page: Mapped[str] = mapped_column(
        String(SOURCE_PAGE_LENGTH), default="", server_default=""
    )
    source_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    derived_from: Mapped[str] = mapped_column(String(DERIVED_LENGTH), default="", server_default="")
