"""office terms known only to the month or year; a network's membership status

Issue 23: the sources often give a term's start or end only as a month ("sinds juli
2024") or a year. Each date of a term gets its own precision (a precise start may have an
end known only to the month), day on the rows already there, which is what they hold.
A network may be listed before it is joined: its membership is "member" (the rows
already there), "preparing" (joining in preparation) or "considering".

Revision ID: 0013
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRECISIONS = ("day", "month", "year")
MEMBERSHIPS = ("member", "preparing", "considering")
COLUMNS = ("start_precision", "end_precision")


def _precision(column: str) -> sa.Column:
    # As domain/base.py enum_column makes it: a CHECK constraint named by the metadata's
    # naming convention, ck_office_terms_startprecision / _endprecision.
    return sa.Column(
        column,
        sa.Enum(
            *PRECISIONS,
            name=column.replace("_", ""),
            native_enum=False,
            create_constraint=True,
            length=32,
        ),
        server_default="day",
        nullable=False,
    )


def upgrade() -> None:
    with op.batch_alter_table("office_terms") as batch:
        for column in COLUMNS:
            batch.add_column(_precision(column))
    with op.batch_alter_table("networks") as batch:
        batch.add_column(
            sa.Column(
                "membership",
                # ck_networks_membershipstatus, as enum_column names it.
                sa.Enum(
                    *MEMBERSHIPS,
                    name="membershipstatus",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="member",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("networks") as batch:
        batch.drop_constraint(op.f("ck_networks_membershipstatus"), type_="check")
        batch.drop_column("membership")
    with op.batch_alter_table("office_terms") as batch:
        for column in COLUMNS:
            # op.f: the name is already the naming convention's, not converted again.
            batch.drop_constraint(op.f(f"ck_office_terms_{column.replace('_', '')}"), type_="check")
            batch.drop_column(column)
