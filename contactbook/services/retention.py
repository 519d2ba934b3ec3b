"""Retention: who is kept longer than their activities allow, and erasing or anonymising them.

The rule is in ``domain.retention``. Erasing here is not at the person's request, so it puts
nothing on the suppression list; anonymising keeps the contact as a number for statistics
(``storage.erasure.anonymise_in_session`` says exactly what stays).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from contactbook.domain.retention import RetentionCase, past_retention
from contactbook.services.book import Book
from contactbook.storage.erasure import anonymise_in_session, erase_in_session, scrub_files
from contactbook.storage.retention_queries import retention_facts

RETENTION_REASON = "retention period over"


def past_retention_cases(book: Book, today: date | None = None) -> list[RetentionCase]:
    """Contacts past retention on ``today`` (default: now), longest overdue first."""
    return past_retention(retention_facts(book.database), today or date.today())


def erase_for_retention(book: Book, contact_ids: Sequence[int]) -> int:
    """Erase the contacts (one transaction) and scrub the files; returns how many."""
    ids = list(dict.fromkeys(contact_ids))
    with book.database.write_session() as session:
        for contact_id in ids:
            erase_in_session(session, contact_id, suppress=False, reason=RETENTION_REASON)
    scrub_files(book.database)
    return len(ids)


def anonymise(book: Book, contact_ids: Sequence[int]) -> int:
    """Anonymise the contacts (one transaction) and scrub the files; returns how many."""
    ids = list(dict.fromkeys(contact_ids))
    with book.database.write_session() as session:
        for contact_id in ids:
            anonymise_in_session(session, contact_id)
    scrub_files(book.database)
    return len(ids)
