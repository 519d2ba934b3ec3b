"""Who a mailing may reach: the gate over a list of contacts, and the plain hand-out paths.

Every path that hands out addresses for a mailing — sending (``mailing_send``), the CSV for a
mailing service (``mailing_export``) and the clipboard (here) — starts from
:func:`recipients_for` and takes its ``deliverable`` set, nothing else.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.mailing import Recipient, gate_candidates
from contactbook.services.book import Book
from contactbook.services.demo_data import DEMO_CATEGORY
from contactbook.storage.mail_gate_queries import mail_candidates

# Separates the addresses on the clipboard; mail programs accept it in To, Cc and Bcc.
CLIPBOARD_SEPARATOR = ", "


class MailingError(Exception):
    """A mailing cannot go ahead; ``str(error)`` tells the user why and what to do."""


@dataclass(frozen=True)
class RecipientList:
    """The gate's answer for the addresses of a list of contacts, one entry per address.

    ``allowed`` and ``blocked`` are exactly the gate's verdicts. ``deliverable`` is what a
    mailing may use: the allowed addresses minus those of made-up demo contacts, whose
    plausible addresses could belong to real people.
    """

    allowed: tuple[Recipient, ...]
    blocked: tuple[Recipient, ...]
    strict: bool

    @property
    def deliverable(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.allowed if not r.candidate.sample)

    @property
    def samples(self) -> tuple[Recipient, ...]:
        """Allowed by the gate, but left out of every mailing as demo data."""
        return tuple(r for r in self.allowed if r.candidate.sample)

    @property
    def left_out_count(self) -> int:
        return len(self.blocked) + len(self.samples)


def recipients_for(
    book: Book,
    contact_filter: ContactFilter,
    strict: bool | None = None,
    *,
    with_names: bool = True,
) -> RecipientList:
    """The gate over every address of the contacts ``contact_filter`` selects.

    ``strict`` (generic addresses only when published) defaults to the book's setting.
    ``with_names=False`` leaves the contacts' names empty, for callers that only need the
    decisions (they come quicker).
    """
    if strict is None:
        strict = book.settings.strict_generic()
    with _collector_paused():
        candidates = mail_candidates(
            book.database, contact_filter, sample_category=DEMO_CATEGORY, with_names=with_names
        )
        allowed, blocked = gate_candidates(candidates, strict=strict)
    return RecipientList(tuple(allowed), tuple(blocked), strict)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while a big book's recipients are built.

    Hundreds of thousands of small tuples set it off again and again, each time walking
    everything alive, which doubles the time; these tuples form no cycles to collect.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def clipboard_text(book: Book, contact_filter: ContactFilter, strict: bool | None = None) -> str:
    """The deliverable addresses, ready to paste into a mail program's Bcc field."""
    recipients = recipients_for(book, contact_filter, strict, with_names=False)
    return CLIPBOARD_SEPARATOR.join(r.address for r in recipients.deliverable)
