"""where the facts of places, contacts, office terms and the organisation come from

Issue 23: migration 0015 gave every register's record its source (document, date, page,
note) and derived mark; the records that are not registers carry facts a council report
relies on too (a term's start and end, a place's coordinates, a contact's function, the
municipality's own record). The same five columns, on the same terms (domain/sourcing.py).

Revision ID: 0018
Revises: 0010
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("places", "contacts", "office_terms", "organisations")


def _columns() -> list[sa.Column]:
    return [
        sa.Column("source", sa.String(length=500), server_default="", nullable=False),
        sa.Column("source_date", sa.Date(), nullable=True),
        sa.Column("source_page", sa.String(length=100), server_default="", nullable=False),
        sa.Column("source_note", sa.Text(), server_default="", nullable=False),
        sa.Column("derived_from", sa.String(length=300), server_default="", nullable=False),
    ]


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for column in _columns():
                batch.add_column(column)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for column in reversed(_columns()):
                batch.drop_column(column.name)
