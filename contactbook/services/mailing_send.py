"""Making a mailing and sending it over SMTP, one message per recipient, with a log.

A mailing is stored first with the gate's deliverable addresses, each pending. Sending goes
through the pending and failed ones only, so running it again after a failure or a cancel
(a retry) never mails anyone twice. Before each run the gate is asked again: an opt-out
that came in since the mailing was made stops that address.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid, parseaddr

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import normalise_address
from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import (
    Mailing,
    MailingStatus,
    Outcome,
    Recipient,
    RecipientOutcome,
    SenderDetailsMissingError,
    footer_text,
    message_text,
    unsubscribe_mailto,
)
from contactbook.services.book import Book
from contactbook.services.mailing import MailingError, recipients_for
from contactbook.services.mailing_smtp import SmtpSettings, connect, disconnect
from contactbook.storage import audit_log

# Contacts asked about at once when the gate is checked again (SQLite's parameter limit).
_REGATE_CHUNK = 5000

Progress = Callable[[int, int, RecipientOutcome], None]


@dataclass(frozen=True)
class SendResult:
    """How a run ended. ``stopped_by`` says why it stopped early (the server went away)."""

    mailing: Mailing
    sent: int
    failed: int
    withdrawn: int
    cancelled: bool = False
    stopped_by: str = ""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def create_mailing(
    book: Book,
    contact_filter: ContactFilter,
    subject: str,
    body: str,
    *,
    language: str = "nl",
    strict: bool | None = None,
) -> Mailing:
    """Store a mailing to the gate's deliverable addresses; nothing is sent yet."""
    if not subject.strip():
        raise MailingError("A mailing needs a subject.")
    if "\n" in subject.strip() or "\r" in subject:
        raise MailingError("The subject must be a single line.")
    if not body.strip():
        raise MailingError("A mailing needs a text.")
    controller = book.settings.controller()
    try:
        footer = footer_text(controller, language)
    except SenderDetailsMissingError as error:
        raise MailingError(str(error)) from error
    recipients = recipients_for(book, contact_filter, strict, with_names=False)
    deliverable = recipients.deliverable
    if not deliverable:
        raise MailingError("None of these contacts may receive a mailing.")
    draft = Mailing(
        subject=subject.strip(),
        body=message_text(body, footer),
        sender=formataddr((controller.company.strip(), controller.email.strip())),
        created_at=_now(),
        blocked_count=recipients.left_out_count,
    )
    return book.mailings.create(
        draft, [(r.contact_id, r.address, r.decision.reason) for r in deliverable]
    )


def send_mailing(
    book: Book,
    mailing_id: int,
    smtp_settings: SmtpSettings,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SendResult:
    """Send the mailing to its recipients not yet sent; every outcome lands in the log.

    ``progress(done, total, outcome)`` is called after each recipient; ``cancelled()`` is
    asked before each one. Raises ``MailingError`` when the server cannot be reached at all
    (then nothing was sent in this run).
    """
    mailing = book.mailings.get(mailing_id)
    unsent = book.mailings.unsent(mailing_id)
    to_send, withdrawn = _still_allowed(book, unsent)
    for entry, reason in withdrawn:
        assert entry.id is not None
        book.mailings.record_outcome(
            entry.id, Outcome.BLOCKED, reason=reason, error="blocked by the gate before sending"
        )
    if not to_send:
        return _finish(book, mailing, sent=0, failed=0, withdrawn=len(withdrawn))
    smtp: smtplib.SMTP | None = connect(smtp_settings)
    book.mailings.set_status(mailing_id, MailingStatus.SENDING)
    sent = failed = 0
    was_cancelled = False
    stopped_by = ""
    try:
        for done, entry in enumerate(to_send, start=1):
            if cancelled is not None and cancelled():
                was_cancelled = True
                break
            assert smtp is not None
            outcome, smtp, stopped_by = _send_one(book, mailing, entry, smtp, smtp_settings)
            sent += outcome.outcome is Outcome.SENT
            failed += outcome.outcome is Outcome.FAILED
            if progress is not None:
                progress(done, len(to_send), outcome)
            if stopped_by:
                break
    finally:
        if smtp is not None:
            disconnect(smtp)
        result = _finish(
            book,
            mailing,
            sent=sent,
            failed=failed,
            withdrawn=len(withdrawn),
            cancelled=was_cancelled,
            stopped_by=stopped_by,
        )
    return result


def _send_one(
    book: Book,
    mailing: Mailing,
    entry: RecipientOutcome,
    smtp: smtplib.SMTP,
    settings: SmtpSettings,
) -> tuple[RecipientOutcome, smtplib.SMTP | None, str]:
    """Send to one recipient and log it; returns the outcome, the connection, a stop reason.

    A broken connection is opened again and the recipient tried once more; when the server
    cannot be reached again, the run stops (the connection returned is None).
    """
    message = _build_message(mailing, entry.address)
    error = ""
    for _attempt in range(2):
        lost = False
        try:
            error = _deliver(smtp, message, _sender_address(mailing), entry.address)
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as problem:
            error, lost = f"connection lost: {problem}", True
        except smtplib.SMTPException as problem:  # e.g. an address the server cannot take
            error = str(problem)
        except OSError as problem:  # the network (SMTPException is an OSError too)
            error, lost = f"connection lost: {problem}", True
        if smtp.sock is not None and not lost:
            break
        # The line is gone (or a 421 reply closed it): open a new one for what follows.
        smtp.close()
        try:
            smtp = connect(settings)
        except MailingError as reconnect_error:
            return _log(book, entry, error), None, str(reconnect_error)
        if not lost:
            break
    sent_id = "" if error else str(message["Message-ID"])
    return _log(book, entry, error, sent_id), smtp, ""


def _deliver(smtp: smtplib.SMTP, message: EmailMessage, sender: str, address: str) -> str:
    """Hand one message to the server: "" when accepted, else the server's refusal."""
    try:
        refused = smtp.send_message(message, from_addr=sender, to_addrs=[address])
    except smtplib.SMTPRecipientsRefused as problem:
        code, text = problem.recipients.get(address, (0, b""))
        return f"{code} {text.decode(errors='replace')}".strip()
    except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as problem:
        return f"{problem.smtp_code} {_text(problem.smtp_error)}"
    if address in refused:
        code, text = refused[address]
        return f"{code} {text.decode(errors='replace')}"
    return ""


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _log(book: Book, entry: RecipientOutcome, error: str, message_id: str = "") -> RecipientOutcome:
    assert entry.id is not None
    if error:
        book.mailings.record_outcome(entry.id, Outcome.FAILED, error=error)
        return replace(entry, outcome=Outcome.FAILED, error=error)
    sent_at = _now()
    book.mailings.record_outcome(entry.id, Outcome.SENT, sent_at=sent_at, message_id=message_id)
    return replace(entry, outcome=Outcome.SENT, error="", sent_at=sent_at, message_id=message_id)


def _sender_address(mailing: Mailing) -> str:
    """The bare address of the mailing's sender (the controller's e-mail)."""
    return parseaddr(mailing.sender)[1]


def _build_message(mailing: Mailing, address: str) -> EmailMessage:
    """The message for one address: only that address in To, no Cc, the footer in the body.

    ``List-Unsubscribe`` lets mail programs offer a one-click opt-out that mails the sender.
    Private on purpose: the only way to a message is through a stored, gated mailing.
    """
    sender = _sender_address(mailing)
    message = EmailMessage()
    message["From"] = mailing.sender
    message["To"] = address
    message["Subject"] = mailing.subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["List-Unsubscribe"] = f"<{unsubscribe_mailto(sender)}>"
    message.set_content(mailing.body)
    return message


def _still_allowed(
    book: Book, entries: Sequence[RecipientOutcome]
) -> tuple[list[RecipientOutcome], list[tuple[RecipientOutcome, GateReason]]]:
    """Ask the gate again: (still deliverable, no longer allowed with the reason)."""
    contact_ids = sorted({entry.contact_id for entry in entries})
    allowed: set[tuple[int, str]] = set()
    blocked: dict[tuple[int, str], Recipient] = {}
    for start in range(0, len(contact_ids), _REGATE_CHUNK):
        chunk = tuple(contact_ids[start : start + _REGATE_CHUNK])
        recipients = recipients_for(book, ContactFilter(ids=chunk), with_names=False)
        allowed.update(_key(r.contact_id, r.address) for r in recipients.deliverable)
        for recipient in (*recipients.blocked, *recipients.samples):
            blocked[_key(recipient.contact_id, recipient.address)] = recipient
    keep: list[RecipientOutcome] = []
    stop: list[tuple[RecipientOutcome, GateReason]] = []
    for entry in entries:
        key = _key(entry.contact_id, entry.address)
        if key in allowed:
            keep.append(entry)
        else:
            # Gone from the book (contact deleted, address removed) counts as blocked too.
            found = blocked.get(key)
            stop.append((entry, found.decision.reason if found else entry.reason))
    return keep, stop


def _key(contact_id: int, address: str) -> tuple[int, str]:
    return contact_id, normalise_address(address)


def _finish(
    book: Book,
    mailing: Mailing,
    *,
    sent: int,
    failed: int,
    withdrawn: int,
    cancelled: bool = False,
    stopped_by: str = "",
) -> SendResult:
    assert mailing.id is not None
    current = book.mailings.get(mailing.id)
    if current.unsent_count == 0:
        status = MailingStatus.SENT
    elif cancelled:
        status = MailingStatus.CANCELLED
    elif current.sent_count or current.failed_count:
        status = MailingStatus.INCOMPLETE
    else:
        status = MailingStatus.PENDING
    updated = book.mailings.set_status(mailing.id, status)
    if sent or failed or withdrawn:
        detail = f"mailing {mailing.id}: {sent} sent, {failed} failed, {withdrawn} withdrawn"
        audit_log.record_event(book.database, AuditAction.MAILING_SENT, None, detail)
    return SendResult(updated, sent, failed, withdrawn, cancelled, stopped_by)
