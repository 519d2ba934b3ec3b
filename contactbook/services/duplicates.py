"""Find duplicates and merge a pair: one transaction, the other contact removed after."""

from __future__ import annotations

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.duplicates import DuplicatePair, merge_pair
from contactbook.domain.matching import Verdict, judge
from contactbook.services.book import Book
from contactbook.storage.duplicate_queries import find_duplicate_pairs

# Pairs the book is searched for, per pair shown: most pairs that share a number or a name
# turn out to be colleagues or a household, which the matching rules leave out.
_SEARCHED_PER_SHOWN = 5


def duplicate_pairs(book: Book, limit: int = 1000) -> list[DuplicatePair]:
    """Pairs of contacts that may be one person, by the rules of ``domain.matching``: those it
    judges the same first, then the likely ones; pairs it judges different are left out
    (colleagues sharing an office number, a couple sharing a landline)."""
    candidates = find_duplicate_pairs(book.database, limit * _SEARCHED_PER_SHOWN)
    ids = sorted({cid for pair in candidates for cid in (pair.first_id, pair.second_id)})
    contacts = (
        {c.id: c for c in book.contacts.get_many(ContactFilter(ids=tuple(ids)))} if ids else {}
    )
    judged: list[tuple[bool, DuplicatePair]] = []
    for pair in candidates:
        first, second = contacts.get(pair.first_id), contacts.get(pair.second_id)
        if first is None or second is None:
            continue
        match = judge(first, second)
        if match.verdict is not Verdict.DIFFERENT:
            judged.append((match.is_same, pair))
    judged.sort(key=lambda item: not item[0])  # stable: the finder's order within each
    return [pair for _, pair in judged[:limit]]


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
