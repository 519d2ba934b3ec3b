"""Opt-outs and objections: one action from a contact, or a pasted list of replies."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from contactbook.domain.consent import WITHDRAWALS, ConsentRecord
from contactbook.domain.email_address import is_valid_address, normalise_address
from contactbook.domain.enums import ConsentKind
from contactbook.services.book import Book
from contactbook.services.mailing import MailingError

# Anything that looks like an address inside pasted text: "Jan <jan@x.nl>", "mailto:…",
# lists split by commas, semicolons, spaces or lines.
_ADDRESS_IN_TEXT = re.compile(r"[^\s<>\"'(),;:\[\]]+@[^\s<>\"'(),;:\[\]]+")
UNSUBSCRIBE_SOURCE = "e-mail (unsubscribe reply)"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def record_opt_out(
    book: Book,
    target: str | int,
    kind: ConsentKind = ConsentKind.OPT_OUT,
    *,
    source: str = "",
    note: str = "",
) -> list[ConsentRecord]:
    """Record an opt-out or objection for an address, or for every address of a contact id.

    An objection (Art. 21) is about the person, so giving a contact id covers all their
    addresses. Raises ``NotFoundError`` for an unknown contact or address.
    """
    if kind not in WITHDRAWALS:
        raise ValueError(f"{kind.value} is not an opt-out or objection")
    if isinstance(target, int) and not isinstance(target, bool):
        contact = book.contacts.get(target)
        addresses = list(dict.fromkeys(normalise_address(e.address) for e in contact.emails))
        if not addresses:
            raise MailingError(
                f"{contact.display_name} has no e-mail address, so there is nothing to opt out."
            )
    else:
        addresses = [str(target)]
    at = _now()
    return [
        book.consent.record(ConsentRecord(address, kind, at, source=source, note=note))
        for address in addresses
    ]


def addresses_in(text: str) -> list[str]:
    """The distinct e-mail addresses in pasted text, lower-cased, in order of appearance."""
    found = (normalise_address(m.group().strip(".")) for m in _ADDRESS_IN_TEXT.finditer(text))
    return list(dict.fromkeys(a for a in found if is_valid_address(a)))


def process_unsubscribes(
    book: Book, pasted_text: str, *, source: str = UNSUBSCRIBE_SOURCE
) -> tuple[list[str], list[str]]:
    """Record an opt-out for each address in the pasted replies: (recorded, unknown).

    Unknown addresses belong to no contact in the book; nothing is recorded for them.
    """
    recorded: list[str] = []
    unknown: list[str] = []
    for address in addresses_in(pasted_text):
        if not book.contacts.ids_with_address(address):
            unknown.append(address)
            continue
        record_opt_out(book, address, ConsentKind.OPT_OUT, source=source)
        recorded.append(address)
    return recorded, unknown
