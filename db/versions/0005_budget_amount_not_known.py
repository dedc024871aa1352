"""budget line amount may be unknown

A budget line's amount becomes optional (issue 17): trips and expenses are booked on a
line whose budget no source gives (the Rotterdam demo), and an amount of zero would turn
every booking into an overrun. Existing amounts stay as they are.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("budget_lines") as batch:
        batch.alter_column("amount", existing_type=sa.BigInteger(), nullable=True)


def downgrade() -> None:
    # A line without a known amount gets none back: zero is the only amount that adds
    # nothing that no source said.
    op.execute("UPDATE budget_lines SET amount = 0 WHERE amount IS NULL")
    with op.batch_alter_table("budget_lines") as batch:
        batch.alter_column("amount", existing_type=sa.BigInteger(), nullable=False)
