"""Erasure (Art. 17) inside the database: every row that holds a person's data, in one go.

What goes: the contact row (names, notes, photo, thumbnail, legal-basis evidence, the list
columns), its e-mail addresses, phone numbers, postal addresses, category and activity
links, its search-index row, its mailing-log entries, and the consent history of each of its
e-mail addresses that no other contact in the book still has. What stays: the audit events
about the contact id (their details are codes and counts, never personal data), one new
``erased`` event, and salted hashes of its addresses and numbers on the suppression list.

``secure_delete`` (set on every connection, see ``database``) makes SQLite overwrite the
freed bytes with zeros; :func:`scrub_files` then merges the search index so no deleted
entry lingers in its segments, and empties the write-ahead log into the main file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import normalise_address
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.suppression import SuppressedKind, suppression_digest
from contactbook.storage.audit_log import add_event
from contactbook.storage.contact_writes import load_contact, save_contact
from contactbook.storage.database import Database
from contactbook.storage.import_history import forget_contact
from contactbook.storage.mailing_schema import MailingRecipientRow
from contactbook.storage.retention_queries import ANONYMISED_UID_PREFIX
from contactbook.storage.schema import (
    AuditRow,
    ConsentRow,
    EmailRow,
    ErasurePermitRow,
    PhoneRow,
    SuppressionRow,
)
from contactbook.storage.settings_repository import read_suppression_secret

# what an anonymised contact is called in the list (it has no name of its own any more)
ANONYMISED_NAME = "Anonymised"


@dataclass(frozen=True)
class ErasureScope:
    """What an erasure of one contact removes: shown before, reported after."""

    contact: Contact
    consent_records: int
    consent_addresses_kept: tuple[str, ...]
    mailing_entries: int
    audit_events: int

    @property
    def contact_id(self) -> int:
        assert self.contact.id is not None
        return self.contact.id


def erasure_scope(session: Session, contact_id: int) -> ErasureScope:
    """What erasing ``contact_id`` would remove (raises ``NotFoundError`` for an unknown id)."""
    contact = load_contact(session, contact_id)
    erasable, shared = _address_keys(session, contact)
    consent = 0
    if erasable:
        consent = int(
            session.scalar(
                select(func.count(ConsentRow.id)).where(ConsentRow.address_key.in_(erasable))
            )
            or 0
        )
    mailing = int(
        session.scalar(
            select(func.count(MailingRecipientRow.id)).where(
                MailingRecipientRow.contact_id == contact_id
            )
        )
        or 0
    )
    audit = int(
        session.scalar(select(func.count(AuditRow.id)).where(AuditRow.contact_id == contact_id))
        or 0
    )
    return ErasureScope(contact, consent, tuple(shared), mailing, audit)


def erase_in_session(
    session: Session, contact_id: int, *, suppress: bool = True, reason: str = ""
) -> ErasureScope:
    """Erase one contact in the caller's (write) transaction; returns what went.

    ``suppress``: put the hashes of its addresses and numbers on the suppression list (an
    erasure at the person's request); an erasure because retention ran out does not, so
    the person can come back as a new customer without a warning that would not be true.
    """
    scope = erasure_scope(session, contact_id)
    contact = scope.contact
    _remove_consent_and_mailings(session, contact)
    # children, links and the search row go with it (ON DELETE CASCADE and a trigger)
    session.execute(text("DELETE FROM contacts WHERE id = :id"), {"id": contact_id})
    if suppress:
        _suppress(session, contact)
    detail = erasure_detail(scope) + (f"; {reason}" if reason else "")
    add_event(session, AuditAction.ERASED, contact_id, detail)
    return scope


def anonymise_in_session(session: Session, contact_id: int) -> ErasureScope:
    """Keep the contact only as a number for statistics; everything identifying goes.

    Stays: the row and its id, scope, subject, legal basis (without its evidence text),
    categories, activity links and the dates it was created and changed — so counts per
    activity, scope, basis and category stay right. Goes: names, organisation, job title,
    e-mail addresses, phone numbers, postal addresses, birthday, photo, notes, other vCard
    properties, the basis evidence and balancing test, the consent history of its addresses
    (as in an erasure) and its mailing-log entries. No suppression hashes: it was not the
    person's request.
    """
    scope = erasure_scope(session, contact_id)
    contact = scope.contact
    _remove_consent_and_mailings(session, contact)
    anonymous = Contact(
        given_name=ANONYMISED_NAME,
        scope=contact.scope,
        subject=contact.subject,
        deceased=contact.deceased,
        categories=list(contact.categories),
        activities=list(contact.activities),
        legal_basis=LegalBasisRecord(basis=contact.legal_basis.basis),
        uid=f"{ANONYMISED_UID_PREFIX}{contact_id}",
        id=contact_id,
    )
    save_contact(session, anonymous)
    add_event(session, AuditAction.ANONYMISED, contact_id, erasure_detail(scope))
    return scope


def _remove_consent_and_mailings(session: Session, contact: Contact) -> None:
    erasable, _ = _address_keys(session, contact)
    if erasable:
        # the one sanctioned way past the append-only trigger (revision 0004_rights)
        session.execute(insert(ErasurePermitRow), [{"address_key": key} for key in erasable])
        session.execute(delete(ConsentRow).where(ConsentRow.address_key.in_(erasable)))
        session.execute(delete(ErasurePermitRow).where(ErasurePermitRow.address_key.in_(erasable)))
    session.execute(delete(MailingRecipientRow).where(MailingRecipientRow.contact_id == contact.id))
    if contact.id is not None:
        forget_contact(session, contact.id)  # what an import merged into them, for its undo


def _suppress(session: Session, contact: Contact) -> None:
    secret = read_suppression_secret(session)
    digests = {
        suppression_digest(SuppressedKind.EMAIL, email.address, secret): SuppressedKind.EMAIL
        for email in contact.emails
    }
    digests.update(
        {
            suppression_digest(SuppressedKind.PHONE, phone.e164 or phone.raw, secret): (
                SuppressedKind.PHONE
            )
            for phone in contact.phones
        }
    )
    known = set(
        session.scalars(
            select(SuppressionRow.digest).where(SuppressionRow.digest.in_(list(digests)))
        )
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    new = [
        {"kind": kind.value, "digest": digest, "created_at": now}
        for digest, kind in digests.items()
        if digest not in known
    ]
    if new:
        session.execute(insert(SuppressionRow), new)


def suppressed_contact_ids(session: Session, digests: set[str]) -> list[int]:
    """Contacts with an e-mail address or number whose hash is among ``digests``."""
    if not digests:
        return []
    secret = read_suppression_secret(session)
    found: set[int] = set()
    for contact_id, address in session.execute(select(EmailRow.contact_id, EmailRow.address)):
        if suppression_digest(SuppressedKind.EMAIL, address, secret) in digests:
            found.add(contact_id)
    phones = session.execute(select(PhoneRow.contact_id, PhoneRow.e164, PhoneRow.raw))
    for contact_id, e164, raw in phones:
        if suppression_digest(SuppressedKind.PHONE, e164 or raw, secret) in digests:
            found.add(contact_id)
    return sorted(found)


def erasure_detail(scope: ErasureScope) -> str:
    """The erased event's detail: counts only, nothing that identifies the person."""
    contact = scope.contact
    return (
        f"{len(contact.emails)} e-mail, {len(contact.phones)} phone, "
        f"{len(contact.addresses)} address, photo {'yes' if contact.photo else 'no'}, "
        f"{scope.consent_records} consent, {scope.mailing_entries} mailing log"
    )


def scrub_files(database: Database) -> bool:
    """Leave no deleted text behind in the files; True when the write-ahead log is empty.

    The search index (FTS5) keeps deleted entries in its segments until they are merged;
    'optimize' merges them all. A TRUNCATE checkpoint copies the log into the main file and
    cuts the log to zero bytes; it cannot finish while another connection is reading.
    """
    with database.write_session() as session:
        session.execute(text("INSERT INTO contact_search(contact_search) VALUES ('optimize')"))
    return checkpoint(database)


def checkpoint(database: Database) -> bool:
    """Write the log into the main file and truncate it; False if a reader held it back."""
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        row = cursor.fetchone()
        cursor.close()
    finally:
        raw.close()
    return row is not None and int(row[0]) == 0


def _address_keys(session: Session, contact: Contact) -> tuple[list[str], list[str]]:
    """The contact's address keys: (only theirs, also another contact's)."""
    keys = sorted({normalise_address(email.address) for email in contact.emails})
    if not keys:
        return [], []
    shared = set(
        session.scalars(
            select(EmailRow.address_key)
            .where(EmailRow.address_key.in_(keys))
            .where(EmailRow.contact_id != contact.id)
        )
    )
    return [key for key in keys if key not in shared], sorted(shared)
