"""a trip's journey, its CO2 estimate and the travel policy

Issue 20: a trip's journey as legs between places (from, to, mode; for a flight the
airports and cabin class), the CO2 estimate made from it with what it was made with
(factor set, year, radiative forcing, travellers), the reason a flight below the travel
policy's distance was needed; the organisation's travel policy (a distance and
optionally a train time below which the train is the rule) and whether estimates include
radiative forcing (on for the rows already there); a compensation price per tonne per
year. Trips already there have no journey and no estimate until someone asks for one.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MODES = ("plane", "train", "official_car", "car", "bus", "boat", "other")
CABINS = ("average", "economy", "premium_economy", "business", "first")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    # As domain/base.py enum_column makes it: a CHECK constraint named by the naming
    # convention (ck_journey_legs_<name>).
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "journey_legs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("from_place_id", sa.Integer(), nullable=False),
        sa.Column("to_place_id", sa.Integer(), nullable=False),
        sa.Column("mode", _enum(MODES, "transportmode"), nullable=False),
        sa.Column("from_airport", sa.String(length=3), nullable=False),
        sa.Column("to_airport", sa.String(length=3), nullable=False),
        sa.Column("cabin", _enum(CABINS, "cabinclass"), nullable=False),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_journey_legs_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_place_id"], ["places.id"], name=op.f("fk_journey_legs_from_place_id_places")
        ),
        sa.ForeignKeyConstraint(
            ["to_place_id"], ["places.id"], name=op.f("fk_journey_legs_to_place_id_places")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_legs")),
    )
    for column in ("trip_id", "from_place_id", "to_place_id"):
        op.create_index(op.f(f"ix_journey_legs_{column}"), "journey_legs", [column])
    op.create_table(
        "compensation_prices",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("price_per_tonne", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_compensation_prices")),
    )
    with op.batch_alter_table("trips") as batch:
        batch.add_column(sa.Column("co2_estimate", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("co2_estimate_set", sa.String(length=40), server_default="", nullable=False)
        )
        batch.add_column(sa.Column("co2_estimate_year", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("co2_estimate_rf", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("co2_estimate_travellers", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("policy_reason", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("train_rule_km", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("train_rule_minutes", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column(
                "co2_with_radiative_forcing",
                sa.Boolean(),
                server_default=sa.true(),
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("co2_with_radiative_forcing")
        batch.drop_column("train_rule_minutes")
        batch.drop_column("train_rule_km")
    with op.batch_alter_table("trips") as batch:
        for column in (
            "policy_reason",
            "co2_estimate_travellers",
            "co2_estimate_rf",
            "co2_estimate_year",
            "co2_estimate_set",
            "co2_estimate",
        ):
            batch.drop_column(column)
    op.drop_table("compensation_prices")
    for column in ("trip_id", "from_place_id", "to_place_id"):
        op.drop_index(op.f(f"ix_journey_legs_{column}"), table_name="journey_legs")
    op.drop_table("journey_legs")
