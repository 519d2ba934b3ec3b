"""Erasing people (Art. 17): what will go, then everything at once, then clean files.

The rows go in one transaction (all of them or none); afterwards the search index is merged
and the write-ahead log emptied, so the person's data is not left in the database files.
Backups made before the erasure still hold the person until they rotate out; restoring one
re-applies every erasure the replaced book knew (see ``services.backup``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from contactbook.domain.contact import Contact
from contactbook.services.book import Book
from contactbook.storage.erasure import ErasureScope, erase_in_session, erasure_scope, scrub_files

__all__ = [
    "ErasureResult",
    "ErasureScope",
    "erase_contact",
    "erase_contacts",
    "preview_erasure",
    "was_erased",
]


@dataclass(frozen=True)
class ErasureResult:
    erased: list[ErasureScope]
    # False when another program was reading the book, so the write-ahead log could not be
    # emptied yet; it is emptied at the next erasure or when the book is closed.
    files_clean: bool


def preview_erasure(book: Book, contact_id: int) -> ErasureScope:
    """What erasing the contact would remove; raises ``NotFoundError`` for an unknown id."""
    with book.database.session() as session:
        return erasure_scope(session, contact_id)


def erase_contacts(
    book: Book,
    contact_ids: Sequence[int],
    progress: Callable[[int, int], None] | None = None,
) -> ErasureResult:
    """Erase the contacts in one transaction (all or none), then scrub the files."""
    erased: list[ErasureScope] = []
    with book.database.write_session() as session:
        for done, contact_id in enumerate(dict.fromkeys(contact_ids)):
            erased.append(erase_in_session(session, contact_id))
            if progress:
                progress(done + 1, len(contact_ids))
    return ErasureResult(erased, scrub_files(book.database))


def erase_contact(book: Book, contact_id: int) -> ErasureResult:
    return erase_contacts(book, [contact_id])


def was_erased(book: Book, contact: Contact) -> bool:
    """Whether someone with one of the contact's addresses or numbers was erased at their
    request (the suppression list): such a contact must not come back."""
    return book.suppression.is_suppressed(contact)
