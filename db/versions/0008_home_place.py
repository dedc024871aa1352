"""the organisation's home place

Issue 20: a trip's CO2 estimate proposes its journey from the home place to the
destinations and back, and the map draws the trips as lines from it. Empty on the rows
already there until someone chooses it (Instellingen → Uw organisatie).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("home_place_id", sa.Integer(), nullable=True))
        # op.f: names as the metadata's naming convention makes them (domain/base.py).
        batch.create_index(op.f("ix_organisations_home_place_id"), ["home_place_id"])
        batch.create_foreign_key(
            op.f("fk_organisations_home_place_id_places"),
            "places",
            ["home_place_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_constraint(op.f("fk_organisations_home_place_id_places"), type_="foreignkey")
        batch.drop_index(op.f("ix_organisations_home_place_id"))
        batch.drop_column("home_place_id")
