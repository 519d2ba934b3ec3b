"""Fields for lossless vCard import: name parts, nickname, kept properties, thumbnail.

Revision ID: 0002_vcard_fields
Revises: 0001_initial
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_vcard_fields"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = ("middle_name", "name_prefix", "name_suffix", "nickname")


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): keeps the search-cleanup trigger on contacts intact.
    for name in _TEXT_COLUMNS:
        op.add_column("contacts", sa.Column(name, sa.Text(), nullable=False, server_default=""))
    # vCard properties contactbook has no field for, kept as raw lines for export (JSON list).
    op.add_column(
        "contacts",
        sa.Column("extra_properties", sa.Text(), nullable=False, server_default="[]"),
    )
    op.add_column("contacts", sa.Column("thumbnail", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        for name in (*_TEXT_COLUMNS, "extra_properties", "thumbnail"):
            batch_op.drop_column(name)
