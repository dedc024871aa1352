"""the columns councils ask for: paid by a third party, cancellation costs, the estimate
per cost block, and the gifts register

Issue 21: per trip the amount a third party paid and who paid it, the cancellation
costs (apart from the other blocks), the estimate of travel and stay and of other costs
the trip was approved with; a table of gifts received on a trip; and whether the annual
overview prints the gifts (off for the organisations already there).

A trip not yet made (idea, planned, approved) had its estimate in its cost fields: the
planned-trips letter and the dashboard read them as "raming". Those figures are copied
into the estimate, so the estimate is there when the actual costs come in; the trips
already made have no estimate, and show no difference.

Revision ID: 0010
Revises: 0015
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOT_YET_MADE = ("idea", "planned", "approved")


def upgrade() -> None:
    with op.batch_alter_table("trips") as batch:
        batch.add_column(sa.Column("third_party_costs", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("third_party_payer", sa.String(length=200), server_default="", nullable=False)
        )
        batch.add_column(sa.Column("cancellation_costs", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("estimated_travel_and_stay", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("estimated_other_costs", sa.BigInteger(), nullable=True))
    trips = sa.table(
        "trips",
        sa.column("status", sa.String()),
        sa.column("travel_and_stay", sa.BigInteger()),
        sa.column("other_costs", sa.BigInteger()),
        sa.column("estimated_travel_and_stay", sa.BigInteger()),
        sa.column("estimated_other_costs", sa.BigInteger()),
    )
    op.execute(
        trips.update()
        .where(trips.c.status.in_(NOT_YET_MADE))
        .values(
            estimated_travel_and_stay=trips.c.travel_and_stay,
            estimated_other_costs=trips.c.other_costs,
        )
    )
    op.create_table(
        "trip_gifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("giver", sa.String(length=200), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("kept_at", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_trip_gifts_trip_id_trips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_gifts")),
    )
    op.create_index(op.f("ix_trip_gifts_trip_id"), "trip_gifts", ["trip_id"])
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(
            sa.Column("print_gifts", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("print_gifts")
    op.drop_index(op.f("ix_trip_gifts_trip_id"), table_name="trip_gifts")
    op.drop_table("trip_gifts")
    with op.batch_alter_table("trips") as batch:
        for column in (
            "estimated_other_costs",
            "estimated_travel_and_stay",
            "cancellation_costs",
            "third_party_payer",
            "third_party_costs",
        ):
            batch.drop_column(column)
