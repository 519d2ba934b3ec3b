"""Objection to direct marketing (Art. 21 GDPR): about the person, so on all their addresses.

Recorded as an ``objection`` in each address's consent history; the mail gate blocks an
address whose latest record is an objection (reason ``opted_out``) from then on.
"""

from __future__ import annotations

from contactbook.domain.enums import ConsentKind
from contactbook.services.book import Book
from contactbook.services.mailing_optout import record_opt_out

DEFAULT_SOURCE = "objection to direct marketing"


def record_objection(book: Book, contact_id: int, *, source: str = "", note: str = "") -> list[str]:
    """Record an objection on every e-mail address of the contact; returns the addresses.

    A contact without an address gets nothing (returns an empty list): there is nothing to
    mail. Raises ``NotFoundError`` for an unknown contact.
    """
    contact = book.contacts.get(contact_id)
    if not contact.emails:
        return []
    records = record_opt_out(
        book, contact_id, ConsentKind.OBJECTION, source=source or DEFAULT_SOURCE, note=note
    )
    return [record.address for record in records]
