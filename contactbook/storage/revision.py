"""The newest schema revision this version of contactbook writes, without loading SQLAlchemy.

``migrate`` upgrades a book to it; ``quick_list`` reads a book directly only when the book
is at it. tests/storage/test_migrations.py checks that it is the head of the migrations
folder, so a new migration without an update here fails there.
"""

from __future__ import annotations

HEAD_REVISION = "0006_import_history"
