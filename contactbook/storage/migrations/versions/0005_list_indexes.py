"""Indexes for a fast list at 100,000 contacts: category members, and sorting by organisation
or main e-mail (blanks last, case-insensitive, ties by name) in both directions.

Blanks-last needs a first sort term "is blank"; it is a generated column (virtual, nothing
stored) rather than an index expression, since SQLAlchemy cannot reflect expression indexes.
Plain ADD COLUMN (no table copy) keeps the triggers on ``contacts`` intact. ANALYZE afterwards
gives the planner the statistics to choose between these and the filter indexes.

Revision ID: 0005_list_indexes
Revises: 0004_rights
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0005_list_indexes"
down_revision = "0004_rights"
branch_labels = None
depends_on = None

_SORTED_COLUMNS = ("organisation", "main_email")


def upgrade() -> None:
    op.create_index(
        "ix_contact_categories_category", "contact_categories", ["category_id"], unique=False
    )
    for column in _SORTED_COLUMNS:
        op.execute(
            f"ALTER TABLE contacts ADD COLUMN {column}_blank BOOLEAN "
            f"GENERATED ALWAYS AS ({column} = '') VIRTUAL"
        )
        for suffix, direction in (("", ""), ("_desc", " DESC")):
            op.execute(
                f"CREATE INDEX ix_contacts_{column}_order{suffix} ON contacts "
                f"({column}_blank, {column} COLLATE NOCASE{direction}, sort_key)"
            )
    op.execute("ANALYZE")


def downgrade() -> None:
    for column in _SORTED_COLUMNS:
        for suffix in ("", "_desc"):
            op.execute(f"DROP INDEX IF EXISTS ix_contacts_{column}_order{suffix}")
        op.execute(f"ALTER TABLE contacts DROP COLUMN {column}_blank")
    op.drop_index("ix_contact_categories_category", table_name="contact_categories")
