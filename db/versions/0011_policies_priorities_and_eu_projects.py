"""policies, their priorities, and EU projects

Issue 23, the strategy the work serves. A policy (title, period in years, adopted on, its
source document) names priorities: priority countries and regions, markets explored,
sectors, themes and pillars. A priority lists its countries (ISO codes), the themes that
serve it, and the trips, relations and networks linked to it. An EU project (funding
programme, call, role, status, amounts in cents, deadlines) names its partner relations
and networks and the trips that serve it. No rows are added: both are the user's to enter
or import.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROGRAMMES = ("interreg", "life", "horizon_europe", "cef", "other")
PROJECT_ROLES = ("lead", "partner")
PROJECT_STATUSES = ("idea", "application", "granted", "running", "closed", "rejected")
PROJECT_LINKS = ("relation", "network", "trip")
PRIORITY_KINDS = ("priority_country", "market_explored", "sector", "theme", "pillar")
# (link table, the other table's singular) as domain/policies.py makes them
LINKS = (
    ("priority_themes", "theme"),
    ("priority_trips", "trip"),
    ("priority_relations", "relation"),
    ("priority_networks", "network"),
)


def _enum(name: str, values: Sequence[str]) -> sa.Enum:
    # As domain/base.py enum_column makes it: a CHECK constraint named by the metadata's
    # naming convention (ck_<table>_<name>).
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _link(table: str, left: str, left_table: str, other: str) -> None:
    """A link table as domain/policies.py and domain/projects.py make them."""
    op.create_table(
        table,
        sa.Column(f"{left}_id", sa.Integer(), nullable=False),
        sa.Column(f"{other}_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            [f"{left}_id"],
            [f"{left_table}.id"],
            name=op.f(f"fk_{table}_{left}_id_{left_table}"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            [f"{other}_id"],
            [f"{other}s.id"],
            name=op.f(f"fk_{table}_{other}_id_{other}s"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(f"{left}_id", f"{other}_id", name=op.f(f"pk_{table}")),
    )
    op.create_index(op.f(f"ix_{table}_{other}_id"), table, [f"{other}_id"])


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
        sa.Column("kind", _enum("prioritykind", PRIORITY_KINDS), nullable=False),
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
        _link(table, "priority", "policy_priorities", other)
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("funding_programme", _enum("fundingprogramme", PROGRAMMES), nullable=False),
        sa.Column("call", sa.String(length=300), nullable=False),
        sa.Column("role", _enum("projectrole", PROJECT_ROLES), nullable=False),
        sa.Column("status", _enum("projectstatus", PROJECT_STATUSES), nullable=False),
        sa.Column("other_partners", sa.Text(), nullable=False),
        # Cents, as every amount (PITFALLS: Numeric is not exact on SQLite).
        sa.Column("total_budget", sa.BigInteger(), nullable=True),
        sa.Column("grant", sa.BigInteger(), nullable=True),
        sa.Column("co_financing", sa.BigInteger(), nullable=True),
        sa.Column("call_deadline", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("report_due", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("name", name=op.f("uq_projects_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_projects_uuid")),
    )
    for other in PROJECT_LINKS:
        _link(f"project_{other}s", "project", "projects", other)


def downgrade() -> None:
    for other in reversed(PROJECT_LINKS):
        op.drop_index(op.f(f"ix_project_{other}s_{other}_id"), table_name=f"project_{other}s")
        op.drop_table(f"project_{other}s")
    op.drop_table("projects")
    for table, other in reversed(LINKS):
        op.drop_index(op.f(f"ix_{table}_{other}_id"), table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_policy_priorities_policy_id"), table_name="policy_priorities")
    op.drop_table("policy_priorities")
    op.drop_table("policies")
