"""Reading contacts: one contact, a page of the list, counts, and the list's own reader.

The window and the command line read contacts here, never from the storage directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import (
    ContactFilter,
    ContactOrder,
    ContactSummary,
    ViewCounts,
)
from contactbook.services.book import Book


def get_contact(book: Book, contact_id: int) -> Contact:
    """The stored contact; raises ``NotFoundError`` for an unknown id."""
    return book.contacts.get(contact_id)


def get_contacts(book: Book, contact_ids: Sequence[int]) -> list[Contact]:
    """The stored contacts in the order asked for; ``NotFoundError`` if one is gone."""
    return [book.contacts.get(contact_id) for contact_id in contact_ids]


def matching_contacts(book: Book, contact_filter: ContactFilter = ContactFilter()) -> list[Contact]:
    """Whole contacts matching the filter, in list order."""
    return book.contacts.get_many(contact_filter)


def contact_page(
    book: Book,
    contact_filter: ContactFilter = ContactFilter(),
    offset: int = 0,
    limit: int = 200,
    order: ContactOrder | None = None,
) -> list[ContactSummary]:
    """One page of list rows, by default in alphabetical order."""
    return book.contacts.page(contact_filter, offset, limit, order)


def count_contacts(book: Book, contact_filter: ContactFilter = ContactFilter()) -> int:
    return book.contacts.count(contact_filter)


def view_counts(book: Book) -> ViewCounts:
    """How many contacts each sidebar view holds."""
    return book.contacts.view_counts()


class ContactListReader:
    """What the window's paged list reads: pages, counts, ids and positions in SQL.

    Every call is one query in a read transaction of its own; nothing is cached here (the
    list model keeps its own window of rows).
    """

    def __init__(self, book: Book) -> None:
        self._contacts = book.contacts

    def page(
        self,
        contact_filter: ContactFilter = ContactFilter(),
        offset: int = 0,
        limit: int = 200,
        order: ContactOrder | None = None,
    ) -> list[ContactSummary]:
        return self._contacts.page(contact_filter, offset, limit, order)

    def count(self, contact_filter: ContactFilter = ContactFilter()) -> int:
        return self._contacts.count(contact_filter)

    def ids(
        self, contact_filter: ContactFilter = ContactFilter(), order: ContactOrder | None = None
    ) -> list[int]:
        return self._contacts.ids(contact_filter, order)

    def position(
        self,
        contact_id: int,
        contact_filter: ContactFilter = ContactFilter(),
        order: ContactOrder | None = None,
    ) -> int | None:
        return self._contacts.position(contact_id, contact_filter, order)
