"""Find duplicates and merge a pair: one transaction, the other contact removed after."""

from __future__ import annotations

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.duplicates import DuplicatePair, merge_pair
from contactbook.services.book import Book
from contactbook.storage.duplicate_queries import find_duplicate_pairs


def duplicate_pairs(book: Book, limit: int = 1000) -> list[DuplicatePair]:
    return find_duplicate_pairs(book.database, limit)


def merge_duplicates(
    book: Book, keep_id: int, other_id: int, take_from_other: frozenset[str] = frozenset()
) -> Contact:
    """Merge ``other_id`` into ``keep_id``; the consent history follows the addresses."""
    if keep_id == other_id:
        raise ValueError("a contact cannot be merged with itself")
    with book.contacts.batch() as batch:
        keep, other = batch.get(keep_id), batch.get(other_id)
        merged = merge_pair(keep, other, take_from_other)
        saved = batch.save(
            merged, [(AuditAction.CONTACT_EDITED, f"merged duplicate {other_id} into this")]
        )
        batch.delete(other_id, f"merged into {keep_id}")
    return saved
