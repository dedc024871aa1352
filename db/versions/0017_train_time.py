"""the train time of a flight leg and the speed of the train-time estimate

Issue 20: the travel policy may make the train the rule below a train time (Amsterdam:
up to six hours). There is no offline timetable, so a flight leg of a trip's journey
may carry the door-to-door train time the staff looked up (minutes; None: not looked
up), and the organisation chooses the average speed its rough estimate uses when none
was entered (km/h; None: the app's default). Rows already there have neither.

Revision ID: 0017
Revises: 0009
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("journey_legs") as batch:
        batch.add_column(sa.Column("train_minutes", sa.Integer(), nullable=True))
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("train_speed_kmh", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("train_speed_kmh")
    with op.batch_alter_table("journey_legs") as batch:
        batch.drop_column("train_minutes")
