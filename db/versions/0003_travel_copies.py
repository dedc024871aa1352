"""travel copies

A travel copy (issue 8) is a database file with one row saying where and when it was
taken (`travel_copy_origin`) and each copied record as it was then (`travel_copy_base`),
the common ancestor of the three-way merge that brings it back. A team database lists
the copies merged into it (`travel_copy_returns`). New tables only: no existing row
changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "travel_copy_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_uuid", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("database_name", sa.String(length=200), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("taken_by", sa.String(length=100), nullable=False),
        sa.Column("trip_uuid", sa.Uuid(), nullable=True),
        sa.Column("trip_title", sa.String(length=300), nullable=False),
        sa.Column("history_mark", sa.Integer(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("returned_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_copy_origin")),
        sa.UniqueConstraint("copy_uuid", name=op.f("uq_travel_copy_origin_copy_uuid")),
    )
    op.create_table(
        "travel_copy_base",
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("register", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_uuid", name=op.f("pk_travel_copy_base")),
    )
    op.create_table(
        "travel_copy_returns",
        sa.Column("copy_uuid", sa.Uuid(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=False),
        sa.Column("returned_by", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("copy_uuid", name=op.f("pk_travel_copy_returns")),
    )


def downgrade() -> None:
    op.drop_table("travel_copy_returns")
    op.drop_table("travel_copy_base")
    op.drop_table("travel_copy_origin")
