"""Which record a row of an exported file was, and at which version: two columns after a
register's own columns ("uuid", "versie"), hidden in a workbook.

An import matches a row by its uuid when the database knows it (a title edited in the
file still means the same record), and by its natural key otherwise: a row the user
added, a file from another database, or one written before these columns existed. The
version tells whether a colleague saved the record after the export (conflicts.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from ..i18n import _
from .cells import plain_text, quoted
from .problems import CellError

# Headings of the file format: Dutch whatever the language.
UUID_HEADING = "uuid"
VERSION_HEADING = "versie"
HEADINGS = (UUID_HEADING, VERSION_HEADING)
MAX_VERSION = 2**62  # larger is not a version a database of ours holds (and not an int64)


def _leave_as_is() -> str:
    return _(
        " Leave the columns '{uuid}' and '{version}' as the export wrote them, or empty "
        "both for a new record."
    ).format(uuid=UUID_HEADING, version=VERSION_HEADING)


@dataclass(frozen=True)
class RowIdentity:
    uuid: UUID | None = None
    version: int | None = None  # None: not known, so no check against later saves


NONE = RowIdentity()


class IdentityError(CellError):
    """A cell of the two that is not what the export wrote; `heading` names its column."""

    def __init__(self, heading: str, message: str) -> None:
        super().__init__(message)
        self.heading = heading


def cells_of(record: Any) -> list[Any]:
    """The identity cells of a stored record, as the export writes them."""
    return [str(record.uuid), record.version]


def read(uuid_cell: object, version_cell: object) -> RowIdentity:
    """The identity in a row's two cells (None where a cell is empty)."""
    uuid = None
    if uuid_cell not in (None, ""):
        try:
            text = plain_text(uuid_cell, limit=100)
            uuid = UUID(text)
        except (CellError, ValueError):
            raise IdentityError(
                UUID_HEADING,
                _("{value} is not a uuid.").format(value=quoted(uuid_cell)) + _leave_as_is(),
            ) from None
    version = None
    if version_cell not in (None, "") and uuid is not None:
        version = _version(version_cell)
    return RowIdentity(uuid, version)


def _version(cell: object) -> int:
    if isinstance(cell, int) and not isinstance(cell, bool):
        number = cell
    elif isinstance(cell, float) and cell.is_integer():
        number = int(cell)
    elif isinstance(cell, str) and cell.strip().isascii() and cell.strip().isdigit():
        number = int(cell.strip())
    else:
        number = 0
    if not 1 <= number <= MAX_VERSION:
        raise IdentityError(
            VERSION_HEADING,
            _("{value} is not a version number.").format(value=quoted(cell)) + _leave_as_is(),
        )
    return number
