"""Search queries that the full-text index cannot take as they are."""

from __future__ import annotations

from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.services.book import Book
from contactbook.storage.search_text import search_terms


def test_control_characters_in_a_query_separate_terms(book: Book) -> None:
    """A NUL pasted into the search field once made SQLite fail ("unterminated string")."""
    book.contacts.add(Contact(given_name="Abdel", family_name="Cdefg"))
    assert search_terms("abd\x00cde") == ["abd", "cde"]
    for query in ("00\x00", "ab\x00cd", "\x1b[0m", "-:"):
        book.contacts.page(ContactFilter(search=query), 0, 10)  # no error
    found = book.contacts.get_many(ContactFilter(search="abd\x00cde"))
    assert [c.given_name for c in found] == ["Abdel"]
