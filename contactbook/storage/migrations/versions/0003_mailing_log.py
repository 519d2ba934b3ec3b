"""The mailing log: each mailing and the outcome per recipient address.

Revision ID: 0003_mailing_log
Revises: 0002_vcard_fields
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_mailing_log"
down_revision = "0002_vcard_fields"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mailings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("recipient_count", sa.Integer(), nullable=False),
        sa.Column("blocked_count", sa.Integer(), nullable=False),
        sa.Column("sent_count", sa.Integer(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("pending_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mailings_created_at", "mailings", ["created_at"], unique=False)

    # contact_id deliberately has no foreign key: see MailingRecipientRow.
    op.create_table(
        "mailing_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailing_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["mailing_id"], ["mailings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_mailing_recipients_contact_id", "mailing_recipients", ["contact_id"], unique=False
    )
    op.create_index(
        "ix_mailing_recipients_mailing",
        "mailing_recipients",
        ["mailing_id", "outcome"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_mailing_recipients_mailing", table_name="mailing_recipients")
    op.drop_index("ix_mailing_recipients_contact_id", table_name="mailing_recipients")
    op.drop_table("mailing_recipients")
    op.drop_index("ix_mailings_created_at", table_name="mailings")
    op.drop_table("mailings")
