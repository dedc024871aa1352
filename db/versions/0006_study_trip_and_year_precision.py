"""study trip and year precision

Two new values of closed vocabularies (issue 18): the trip kind "study_trip"
(studiereis, which councils report by name) and the date precision "year" (a trip known
only by its year). Enum columns are VARCHAR with a CHECK constraint (native_enum=False),
so the constraint is replaced; batch mode rebuilds the table on SQLite.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = ("working_visit", "trade_mission", "conference", "network_meeting")
_NEW_KINDS = (*_OLD_KINDS, "study_trip")
_OLD_PRECISIONS = ("day", "month")
_NEW_PRECISIONS = (*_OLD_PRECISIONS, "year")


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    # As domain/base.py enum_column makes them; the naming convention of the models'
    # metadata names the CHECK constraint ck_trips_<name>.
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _retype(
    kinds: Sequence[str],
    old_kinds: Sequence[str],
    precisions: Sequence[str],
    old_precisions: Sequence[str],
) -> None:
    with op.batch_alter_table("trips") as batch:
        batch.alter_column(
            "kind",
            existing_type=_enum(old_kinds, "tripkind"),
            type_=_enum(kinds, "tripkind"),
            existing_nullable=False,
        )
        batch.alter_column(
            "date_precision",
            existing_type=_enum(old_precisions, "dateprecision"),
            type_=_enum(precisions, "dateprecision"),
            existing_nullable=False,
        )


def upgrade() -> None:
    _retype(_NEW_KINDS, _OLD_KINDS, _NEW_PRECISIONS, _OLD_PRECISIONS)


def downgrade() -> None:
    # The older schema has no word for these: a study trip becomes a working visit (the
    # general kind), and a year spans January to December, which month precision says
    # exactly (a month trip keeps the first day of its first month and the last of its
    # last).
    op.execute("UPDATE trips SET kind = 'working_visit' WHERE kind = 'study_trip'")
    op.execute("UPDATE trips SET date_precision = 'month' WHERE date_precision = 'year'")
    _retype(_OLD_KINDS, _NEW_KINDS, _OLD_PRECISIONS, _NEW_PRECISIONS)
