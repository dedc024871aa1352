"""open data licence and Woo publication

Issue 21, open data and the Woo. The organisation chooses the licence its open data is
published under (CC0 or CC BY, `open_data_licence`, CC0 on the rows already there: the
licence the Dutch government recommends for open data), and an agreement records
whether its signed document has been published (`document_published`, as the Woo asks
of covenants; false until someone says so).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LICENCES = ("cc0", "cc_by")


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(
            sa.Column(
                "open_data_licence",
                # As domain/base.py enum_column makes it: a CHECK constraint named by
                # the metadata's naming convention, ck_organisations_opendatalicence.
                sa.Enum(
                    *LICENCES,
                    name="opendatalicence",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="cc0",
                nullable=False,
            )
        )
    with op.batch_alter_table("agreements") as batch:
        batch.add_column(
            sa.Column("document_published", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("agreements") as batch:
        batch.drop_column("document_published")
    with op.batch_alter_table("organisations") as batch:
        # op.f: the name is already the naming convention's, not to be converted again.
        batch.drop_constraint(op.f("ck_organisations_opendatalicence"), type_="check")
        batch.drop_column("open_data_licence")
