"""Consent and opt-out records of e-mail addresses: read, and appended one at a time.

Records are never changed; what counts is the latest per address (``domain.consent``).
"""

from __future__ import annotations

from collections.abc import Iterable

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.enums import ConsentKind
from contactbook.services.book import Book


def add_consent_record(book: Book, record: ConsentRecord) -> ConsentRecord:
    """Append ``record`` (audited); the address must belong to a contact (``NotFoundError``)."""
    return book.consent.record(record)


def consent_history(book: Book, address: str) -> list[ConsentRecord]:
    """All records for the address, oldest first."""
    return book.consent.history(address)


def consent_histories(book: Book, addresses: Iterable[str]) -> dict[str, list[ConsentRecord]]:
    """The histories of several addresses, by normalised address."""
    return book.consent.histories(addresses)


def latest_consent_kinds(book: Book, addresses: Iterable[str]) -> dict[str, ConsentKind | None]:
    """The kind of the latest record of each address (None: no record)."""
    return book.consent.latest_kinds(addresses)
