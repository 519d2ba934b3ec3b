"""What was sent: the mailings of the book and what became of each recipient."""

from __future__ import annotations

from collections.abc import Iterable

from contactbook.domain.mailing import Mailing, Outcome, RecipientOutcome
from contactbook.services.book import Book


def get_mailing(book: Book, mailing_id: int) -> Mailing:
    """The mailing; raises ``NotFoundError`` for an unknown id."""
    return book.mailings.get(mailing_id)


def latest_mailings(book: Book) -> list[Mailing]:
    """The newest mailings first."""
    return book.mailings.latest()


def mailing_recipients(
    book: Book, mailing_id: int, outcomes: Iterable[Outcome] | None = None
) -> list[RecipientOutcome]:
    """The mailing's recipients in the order they were stored; only ``outcomes`` if given."""
    return book.mailings.recipients(mailing_id, outcomes)
