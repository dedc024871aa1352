"""The parts of the exchange layout: a column, a sheet, a sheet of child rows, and the
columns several registers share. layout.py puts them together per register."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from . import cells as c


@dataclass(frozen=True)
class Column:
    heading: str
    field: str  # the attribute of the service's data class it is written from
    codec: c.Codec
    width: int = 16
    # Where the value read goes; a name that is not a field of the data class is only
    # there for the other columns (the country of a place).
    target: str = ""
    # May be missing from a child sheet whose other columns are all required: a column
    # added later, which a workbook written before it does not have (its field's default).
    optional: bool = False

    @property
    def into(self) -> str:
        return self.target or self.field


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # headings: what identifies the record (or, on a child sheet, its parent)

    def column(self, heading: str) -> Column:
        return next(col for col in self.columns if col.heading == heading)

    @functools.cached_property  # looked at for every row of the file
    def key_columns(self) -> list[Column]:
        return [self.column(heading) for heading in self.key]

    def heading_of(self, field_name: str) -> str | None:
        return next((col.heading for col in self.columns if col.field == field_name), None)


@dataclass(frozen=True)
class ChildSheet(Sheet):
    field: str = ""  # the list on the parent's data class, e.g. "programme"
    make: Callable[..., Any] = dict  # the child's data class


def child(
    name: str,
    parent: Sheet,
    renamed: dict[str, str],
    columns: Sequence[Column],
    list_field: str,
    make: Callable[..., Any],
) -> ChildSheet:
    """A sheet of child rows; its first columns repeat the parent's key under `renamed`
    headings ("Titel" -> "Reis") and read the same way."""
    key_columns = tuple(
        dataclasses.replace(col, heading=renamed.get(col.heading, col.heading))
        for col in parent.key_columns
    )
    return ChildSheet(
        name=name,
        columns=key_columns + tuple(columns),
        key=tuple(col.heading for col in key_columns),
        field=list_field,
        make=make,
    )


NOTES = Column("Aantekeningen", "notes", c.Note(), 40)
# Where a record's facts come from (domain/sourcing.py), last on every register's sheet
# and optional, so a workbook written before them still reads.
SOURCE_COLUMNS = (
    Column("Brondocument", "source", c.Text(500), 40, optional=True),
    Column("Brondatum", "source_date", c.Date(), 13, optional=True),
    Column("Pagina of vindplaats", "source_page", c.Text(100), 16, optional=True),
    Column("Toelichting bron", "source_note", c.Note(), 30, optional=True),
    Column("Afgeleid", "derived_from", c.Text(300), 30, optional=True),
)
THEMES = Column("Thema's", "themes", c.Tags(), 30)
RESPONSIBLE = Column("Verantwoordelijk bestuurder", "responsible_official_id", c.Official(), 24)
CONTACTS = Column("Contactpersonen", "contact_ids", c.References("contact"), 24)


def stored_child(stored: Any, own: Sequence[Column], read: dict[str, Any]) -> dict[str, Any]:
    """The values of the optional columns a child sheet lacks (a workbook written before
    them), from the record's stored row that is the same row: the one equal in every
    column read, else the one with the same first two columns (an office term's role and
    start, whose end date changed). A workbook without a term's source columns so keeps
    the sources stored, as the register sheets' records keep theirs."""
    missing = [col.field for col in own if col.optional and col.field not in read]
    if not stored or not missing:
        return {}
    first = [col.field for col in own[:2]]
    for same in (
        lambda row: all(getattr(row, name, None) == value for name, value in read.items()),
        lambda row: all(getattr(row, name, None) == read.get(name) for name in first),
    ):
        for row in stored:
            if same(row):
                return {name: getattr(row, name) for name in missing}
    return {}
