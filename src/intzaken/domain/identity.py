"""What every record a user edits carries so that copies of the database can be compared:
an identity that is the same in every copy, and a version that goes up with each save."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar
from uuid import UUID, uuid4

from sqlalchemy import FromClause, Uuid
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Tracked:
    """Mixin for the records of the registers and what they point at.

    The integer `id` stays the key inside one database; `uuid` names the same record in a
    team database and in a travel copy taken from it. `version` is counted by the services
    (see `new_version`) rather than by SQLAlchemy, because a save that only changes a
    record's child rows (a trip's programme) does not update the record's own row, and that
    save must still make a new version. SQLAlchemy still adds `WHERE version = <loaded>` to
    every UPDATE, so two saves of the same version cannot both land.
    """

    if TYPE_CHECKING:
        # Every tracked model maps its own integer key and has its table. Declared for the
        # type checker only: a mapped column here would be the mixin's, in another place.
        id: Mapped[int]
        __table__: ClassVar[FromClause]

    uuid: Mapped[UUID] = mapped_column(Uuid, default=uuid4, unique=True)
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (declared_attr takes the class)
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


def new_version(record: Tracked) -> None:
    """Count a save of `record` (also when only its child rows changed)."""
    record.version = record.version + 1
