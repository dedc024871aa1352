"""the organisation's council letter settings

Issue 21: the planned-trips letter (and the annual overview when chosen) goes to the
council as a raadsinformatiebrief: addressed to the council, with a reference number and
the college's signature block. The addressee, the names of the secretaris and the
burgemeester (empty: the officials in office with those roles on the letter's date) and
the prefix of the letter's reference are the organisation's; empty on the rows already
there until someone fills them in (Instellingen → Uw organisatie).

Revision ID: 0014
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# column -> length, as domain/people.py declares them
LETTER_COLUMNS = {
    "letter_addressee": 200,
    "letter_secretary": 200,
    "letter_mayor": 200,
    "letter_reference_prefix": 50,
}


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        for name, length in LETTER_COLUMNS.items():
            batch.add_column(
                sa.Column(name, sa.String(length=length), server_default="", nullable=False)
            )


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        for name in reversed(LETTER_COLUMNS):
            batch.drop_column(name)
