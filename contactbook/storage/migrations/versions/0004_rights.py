"""Rights of the people in the book: end of relationship, and a sanctioned path for erasure.

Consent records stay append-only for everything but erasure (Art. 17): a DELETE is refused
unless the erasure, inside its own transaction, has first listed the address in
``erasure_permits`` (and removes it again before committing).

Revision ID: 0004_rights
Revises: 0003_mailing_log
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_rights"
down_revision = "0003_mailing_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): keeps the search-cleanup trigger on contacts intact.
    op.add_column("contacts", sa.Column("end_of_relationship", sa.Date(), nullable=True))
    op.create_table(
        "erasure_permits",
        sa.Column("address_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("address_key"),
    )
    op.execute(
        "CREATE TRIGGER consent_records_erase_only BEFORE DELETE ON consent_records "
        "WHEN NOT EXISTS (SELECT 1 FROM erasure_permits WHERE address_key = old.address_key) "
        "BEGIN SELECT RAISE(ABORT, 'consent records are only removed by an erasure'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS consent_records_erase_only")
    op.drop_table("erasure_permits")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("end_of_relationship")
