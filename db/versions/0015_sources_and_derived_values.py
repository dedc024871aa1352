"""where a record's facts come from: source document, date, page, note and derived mark

Issue 23: every record of the registers the user keeps may name its source (document,
date, page or reference, a free note), and a record the app or a person derived rather
than read carries the explanation ("afgeleid: heeft portefeuille EWK"). The same columns
on each register's table (domain/sourcing.py says why not one table). Policies and
projects had `source` already (NOT NULL without a server default); it gets the default
the other tables get, so every table holds the same five columns alike.

Revision ID: 0015
Revises: 0017
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HAD_SOURCE = ("policies", "projects")
NEW_SOURCE = ("trips", "relations", "networks", "agreements", "officials", "budget_lines")


def _columns(with_source: bool) -> list[sa.Column]:
    columns = [
        sa.Column("source_date", sa.Date(), nullable=True),
        sa.Column("source_page", sa.String(length=100), server_default="", nullable=False),
        sa.Column("source_note", sa.Text(), server_default="", nullable=False),
        sa.Column("derived_from", sa.String(length=300), server_default="", nullable=False),
    ]
    if with_source:
        columns.insert(
            0, sa.Column("source", sa.String(length=500), server_default="", nullable=False)
        )
    return columns


def upgrade() -> None:
    for table in NEW_SOURCE:
        with op.batch_alter_table(table) as batch:
            for column in _columns(with_source=True):
                batch.add_column(column)
    for table in HAD_SOURCE:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                "source",
                existing_type=sa.String(length=500),
                existing_nullable=False,
                server_default="",
            )
            for column in _columns(with_source=False):
                batch.add_column(column)


def downgrade() -> None:
    for table in HAD_SOURCE:
        with op.batch_alter_table(table) as batch:
            for column in reversed(_columns(with_source=False)):
                batch.drop_column(column.name)
            batch.alter_column(
                "source",
                existing_type=sa.String(length=500),
                existing_nullable=False,
                server_default=None,
            )
    for table in NEW_SOURCE:
        with op.batch_alter_table(table) as batch:
            for column in reversed(_columns(with_source=True)):
                batch.drop_column(column.name)
