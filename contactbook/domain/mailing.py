"""A mailing as plain data: who it may reach, what each recipient got, and its fixed footer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from contactbook.domain.controller import ControllerDetails
from contactbook.domain.mail_gate import Decision, GateReason, RecipientFacts, decide, prevails

# The signature separator ("dash dash space") that mail programs recognise and fold away.
FOOTER_SEPARATOR = "-- "
UNSUBSCRIBE_SUBJECT = "unsubscribe"
FOOTER_LANGUAGES = ("nl", "en")


class MailingStatus(StrEnum):
    PENDING = "pending"  # stored, nothing sent yet
    SENDING = "sending"
    SENT = "sent"  # every recipient got it
    INCOMPLETE = "incomplete"  # some failed or were not reached; a retry sends the rest
    CANCELLED = "cancelled"  # the user stopped it; a retry sends the rest


class Outcome(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    # Allowed when the mailing was made, blocked by the gate before it was sent (e.g. an
    # opt-out came in between); the reason says why.
    BLOCKED = "blocked"


@dataclass(frozen=True)
class Mailing:
    """One mailing in the log. ``body`` is the text exactly as sent, footer included."""

    subject: str
    body: str
    sender: str
    created_at: datetime
    status: MailingStatus = MailingStatus.PENDING
    recipient_count: int = 0
    blocked_count: int = 0
    sent_count: int = 0
    failed_count: int = 0
    pending_count: int = 0
    id: int | None = None

    @property
    def unsent_count(self) -> int:
        """Recipients a retry would still try: the pending and the failed ones."""
        return self.pending_count + self.failed_count


@dataclass(frozen=True)
class RecipientOutcome:
    """One address of a mailing: why the gate let it through, and what became of it.

    ``contact_id`` is kept without a foreign key so the log outlives an edit, but erasing a
    person removes their entries by it.
    """

    mailing_id: int
    contact_id: int
    address: str
    reason: GateReason
    outcome: Outcome = Outcome.PENDING
    error: str = ""
    sent_at: datetime | None = None
    message_id: str = ""
    id: int | None = None


class MailingCandidate(NamedTuple):
    """One address of one contact, with what the gate needs and what a list shows.

    Named tuples here and in :class:`Recipient`: a big book has 100,000 of them.
    """

    contact_id: int
    display_name: str
    given_name: str
    family_name: str
    organisation: str
    facts: RecipientFacts
    # the address as compared: lower-cased (``normalise_address``)
    address_key: str
    # A made-up demo contact: its plausible addresses may belong to real people.
    sample: bool = False

    @property
    def address(self) -> str:
        return self.facts.address


class Recipient(NamedTuple):
    """A distinct address with the gate's decision for it."""

    candidate: MailingCandidate
    decision: Decision

    @property
    def address(self) -> str:
        return self.candidate.address

    @property
    def contact_id(self) -> int:
        return self.candidate.contact_id


def gate_candidates(
    candidates: Iterable[MailingCandidate], *, strict: bool = False
) -> tuple[list[Recipient], list[Recipient]]:
    """The gate over a list of candidates: (allowed, blocked), one entry per address.

    Addresses are told apart by ``address_key`` and keep the order they first appear in;
    when an address sits on several contacts, :func:`prevails` picks the verdict.
    """
    verdicts: dict[str, Recipient] = {}
    for candidate in candidates:
        decision = decide(candidate.facts, strict=strict)
        current = verdicts.get(candidate.address_key)
        if current is None or prevails(decision, current.decision):
            # a dict keeps the place where a key was first added
            verdicts[candidate.address_key] = Recipient(candidate, decision)
    allowed: list[Recipient] = []
    blocked: list[Recipient] = []
    for recipient in verdicts.values():
        (allowed if recipient.decision.allowed else blocked).append(recipient)
    return allowed, blocked


# -- the footer every message carries ---------------------------------------------------------


class SenderDetailsMissingError(ValueError):
    """The controller details lack what a mailing must name (company, e-mail)."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            "A mailing must name the sender: fill in the business details "
            f"({', '.join(missing)}) first."
        )
        self.missing = missing


_FOOTER = {
    "nl": (
        "Dit bericht is verstuurd door {identity}.",
        "Geen e-mail meer van ons ontvangen? Stuur een e-mail met als onderwerp "
        '"{subject}" naar {email}, of beantwoord dit bericht met "afmelden". '
        "Afmelden is gratis en geldt direct.",
        "KvK",
    ),
    "en": (
        "This message was sent by {identity}.",
        'No more e-mail from us? Send an e-mail with the subject "{subject}" to {email}, '
        'or reply to this message with "unsubscribe". Unsubscribing is free and takes '
        "effect at once.",
        "Chamber of Commerce",
    ),
}


def footer_text(controller: ControllerDetails, language: str = "nl") -> str:
    """The footer: who sends (the controller) and how to opt out. Cannot be left out.

    Raises :class:`SenderDetailsMissingError` when the company name or e-mail is empty.
    """
    missing = controller.missing_for_mailing()
    if missing:
        raise SenderDetailsMissingError(missing)
    sent_by, opt_out, kvk_label = _FOOTER.get(language, _FOOTER["nl"])
    place = " ".join(part for part in (controller.postcode, controller.city) if part.strip())
    parts = [controller.company.strip(), controller.street.strip(), place.strip()]
    identity = ", ".join(part for part in parts if part)
    if controller.kvk_number.strip():
        identity += f" ({kvk_label} {controller.kvk_number.strip()})"
    lines = [
        FOOTER_SEPARATOR,
        sent_by.format(identity=identity),
        opt_out.format(subject=UNSUBSCRIBE_SUBJECT, email=controller.email.strip()),
    ]
    return "\n".join(lines)


def message_text(body: str, footer: str) -> str:
    """The text as sent: the user's body, then the footer, always."""
    return f"{body.rstrip()}\n\n{footer}\n"


def unsubscribe_mailto(address: str) -> str:
    """The ``List-Unsubscribe`` target: a mail to the sender with the unsubscribe subject."""
    return f"mailto:{address}?subject={UNSUBSCRIBE_SUBJECT}"
