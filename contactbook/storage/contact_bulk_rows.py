"""A new contact as the rows it becomes, computed without a database session.

Kept apart from the writing code so that the processes that read the cards of a large import
(``services.import_workers``) import as little as possible: no engine, no migrations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from contactbook.domain.contact import Contact
from contactbook.storage import search_index
from contactbook.storage.contact_mapping import child_rows, contact_columns

_TIMESTAMPS = ("created_at", "updated_at")


@dataclass(frozen=True)  # no slots: pickled by the fast C path between processes
class ContactRows:
    """A new contact as the rows it becomes, without its id and timestamps (given at insert)."""

    contact: dict[str, Any]
    details: dict[str, list[dict[str, Any]]]  # emails, phones, addresses; contact_id left out
    categories: tuple[str, ...]
    activities: tuple[str, ...]
    search_text: str


def contact_rows(contact: Contact) -> ContactRows:
    """The rows ``add_contacts`` would write for ``contact``; it must have its uid already."""
    if not contact.uid:
        raise ValueError("contact_rows() needs a contact with a uid")
    stored = contact.with_classified_emails()  # as add_contacts stores them
    columns = contact_columns(stored, datetime.now(UTC).replace(tzinfo=None))
    for name in _TIMESTAMPS:
        del columns[name]  # given at insert
    details = child_rows(0, stored)
    for rows in details.values():
        for row in rows:
            del row["contact_id"]
    return ContactRows(
        contact=columns,
        details=details,
        categories=tuple(dict.fromkeys(stored.categories)),
        activities=tuple(dict.fromkeys(stored.activities)),
        search_text=search_index.index_text(stored),
    )
