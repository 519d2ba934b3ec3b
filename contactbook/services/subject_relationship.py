"""The end of the relationship with a contact: from then on retention counts down."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.services.book import Book


def set_end_of_relationship(book: Book, contact_id: int, ended_on: date | None) -> Contact:
    """Record (or with None, clear) when the relationship ended; recorded in the audit log."""
    with book.contacts.batch() as batch:
        contact = batch.get(contact_id)
        detail = f"end of relationship {ended_on.isoformat() if ended_on else 'cleared'}"
        return batch.save(
            replace(contact, end_of_relationship=ended_on), [(AuditAction.CONTACT_EDITED, detail)]
        )
