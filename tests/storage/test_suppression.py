"""The suppression list recognises an erased person's address or number, and nothing else."""

from __future__ import annotations

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.phone import Phone
from contactbook.services.book import Book


def test_a_listed_address_or_number_is_recognised_in_any_notation(book: Book) -> None:
    erased = Contact(
        given_name="Piet",
        emails=[EmailAddress("Piet@Example.nl")],
        phones=[Phone.parse("06 12345678")],
    )
    book.suppression.add(book.suppression.digests_of(erased))
    book.suppression.add(book.suppression.digests_of(erased))  # adding twice is harmless
    same_mail = Contact(emails=[EmailAddress("piet@example.nl")])
    same_phone = Contact(phones=[Phone.parse("+31 6 1234 5678")])
    stranger = Contact(emails=[EmailAddress("kees@example.nl")], phones=[Phone.parse("0201234567")])
    assert book.suppression.is_suppressed(same_mail)
    assert book.suppression.is_suppressed(same_phone)
    assert not book.suppression.is_suppressed(stranger)
    assert not book.suppression.is_suppressed(Contact(given_name="Piet"))


def test_the_list_holds_no_readable_personal_data(book: Book) -> None:
    erased = Contact(emails=[EmailAddress("piet@example.nl")], phones=[Phone.parse("0612345678")])
    book.suppression.add(book.suppression.digests_of(erased))
    files = [book.path, book.path.with_name(book.path.name + "-wal")]
    raw = b"".join(f.read_bytes() for f in files if f.exists())
    assert b"piet@example.nl" not in raw
    assert b"612345678" not in raw
