"""policies and their priorities

Issue 23, the strategy the work serves. A policy (title, period in years, adopted on, its
source document) names priorities: priority countries and regions, markets explored,
sectors, themes and pillars. A priority lists its countries (ISO codes), the themes that
serve it, and the trips, relations and networks linked to it. No rows are added: the
policies are the user's to enter or import.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRIORITY_KINDS = ("priority_country", "market_explored", "sector", "theme", "pillar")
# (link table, the other table's singular) as domain/policies.py makes them
LINKS = (
    ("priority_themes", "theme"),
    ("priority_trips", "trip"),
    ("priority_relations", "relation"),
    ("priority_networks", "network"),
)


def upgrade() -> None:
    op.create_table(
        "policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("period_from", sa.Integer(), nullable=True),
        sa.Column("period_to", sa.Integer(), nullable=True),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policies")),
        sa.UniqueConstraint("title", name=op.f("uq_policies_title")),
        sa.UniqueConstraint("uuid", name=op.f("uq_policies_uuid")),
    )
    op.create_table(
        "policy_priorities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            # As domain/base.py enum_column makes it (CHECK constraint named by the
            # metadata's naming convention, ck_policy_priorities_prioritykind).
            sa.Enum(
                *PRIORITY_KINDS,
                name="prioritykind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country_codes", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policies.id"],
            name=op.f("fk_policy_priorities_policy_id_policies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_priorities")),
    )
    op.create_index(op.f("ix_policy_priorities_policy_id"), "policy_priorities", ["policy_id"])
    for table, other in LINKS:
        op.create_table(
            table,
            sa.Column("priority_id", sa.Integer(), nullable=False),
            sa.Column(f"{other}_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["priority_id"],
                ["policy_priorities.id"],
                name=op.f(f"fk_{table}_priority_id_policy_priorities"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                [f"{other}_id"],
                [f"{other}s.id"],
                name=op.f(f"fk_{table}_{other}_id_{other}s"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("priority_id", f"{other}_id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_{other}_id"), table, [f"{other}_id"])


def downgrade() -> None:
    for table, other in reversed(LINKS):
        op.drop_index(op.f(f"ix_{table}_{other}_id"), table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_policy_priorities_policy_id"), table_name="policy_priorities")
    op.drop_table("policy_priorities")
    op.drop_table("policies")
