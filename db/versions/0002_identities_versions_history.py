"""identities, versions and the change history

Every record a user edits gets a `uuid` that names it in every copy of the database (a
team database and the travel copies taken from it) and a `version` counted at each save
(optimistic locking); the `changes` table keeps the history of edits.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRACKED = (
    "organisations",
    "officials",
    "contacts",
    "places",
    "relations",
    "networks",
    "agreements",
    "budget_lines",
    "trips",
)
CHANGE_ACTIONS = ("created", "changed", "deleted")


def upgrade() -> None:
    for name in TRACKED:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("uuid", sa.Uuid(), nullable=True))
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        _give_identities(name)
        with op.batch_alter_table(name) as batch:
            batch.alter_column("uuid", existing_type=sa.Uuid(), nullable=False)
            batch.create_unique_constraint(op.f(f"uq_{name}_uuid"), ["uuid"])

    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("register", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                *CHANGE_ACTIONS,
                name="changeaction",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("context", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    op.create_index(op.f("ix_changes_at"), "changes", ["at"])
    op.create_index("ix_changes_record", "changes", ["record_uuid", "at"])


def _give_identities(name: str) -> None:
    """A fresh uuid for every row already there (one statement for all rows)."""
    table = sa.table(name, sa.column("id", sa.Integer()), sa.column("uuid", sa.Uuid()))
    connection = op.get_bind()
    ids = connection.execute(sa.select(table.c.id)).scalars().all()
    if ids:
        connection.execute(
            table.update()
            .where(table.c.id == sa.bindparam("row_id"))
            .values(uuid=sa.bindparam("new_uuid")),
            [{"row_id": row_id, "new_uuid": uuid4()} for row_id in ids],
        )


def downgrade() -> None:
    op.drop_index("ix_changes_record", table_name="changes")
    op.drop_index(op.f("ix_changes_at"), table_name="changes")
    op.drop_table("changes")
    for name in reversed(TRACKED):
        with op.batch_alter_table(name) as batch:
            batch.drop_constraint(op.f(f"uq_{name}_uuid"), type_="unique")
            batch.drop_column("version")
            batch.drop_column("uuid")
