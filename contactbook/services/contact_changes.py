"""Creating, rectifying, deleting and restoring contacts, each with its audit events.

The audit log names what changed (field names, codes), never the values themselves
(PRIVACY-RULES.md section 6): "rectified: emails, phones", "private -> business".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from contactbook.domain.audit import AuditAction
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.enums import ConsentKind
from contactbook.domain.phone import Phone
from contactbook.services.book import Book
from contactbook.storage.errors import StorageError

# The fields a user edits; changes to any of them are a rectification (Art. 16 GDPR).
RECTIFIED_FIELDS = (
    "given_name",
    "family_name",
    "middle_name",
    "name_prefix",
    "name_suffix",
    "nickname",
    "organisation",
    "job_title",
    "subject",
    "emails",
    "phones",
    "addresses",
    "birthday",
    "notes",
    "categories",
    "activities",
    "photo",
    "end_of_relationship",
)


class ChangedElsewhereError(StorageError):
    """The stored contact is no longer the version a change started from: another window,
    the command line or an import wrote it in between. Nothing was saved."""

    def __init__(self, name: str, message: str = "") -> None:
        super().__init__(message or f"{name} was changed in the meantime.")
        self.name = name


def check_unchanged(stored: Contact, started_from: Contact) -> None:
    """Raise :class:`ChangedElsewhereError` when ``stored`` is not the version the change
    started from (compared by ``updated_at``; a contact never read from the book passes)."""
    if started_from.updated_at is not None and stored.updated_at != started_from.updated_at:
        raise ChangedElsewhereError(stored.display_name)


def audit_events(before: Contact, after: Contact) -> list[tuple[AuditAction, str]]:
    """The audit events for replacing ``before`` by ``after``; empty when nothing changed."""
    events: list[tuple[AuditAction, str]] = []
    if before.scope is not after.scope:
        events.append((AuditAction.SCOPE_CHANGED, f"{before.scope} -> {after.scope}"))
    if before.legal_basis != after.legal_basis:
        detail = f"{before.legal_basis.basis} -> {after.legal_basis.basis}"
        events.append((AuditAction.LEGAL_BASIS_CHANGED, detail))
    if (before.deceased, before.deceased_on) != (after.deceased, after.deceased_on):
        state = "deceased" if after.deceased else "alive"
        events.append((AuditAction.CONTACT_EDITED, f"marked {state}"))
    changed = [name for name in RECTIFIED_FIELDS if getattr(before, name) != getattr(after, name)]
    if changed:
        events.append((AuditAction.CONTACT_EDITED, "rectified: " + ", ".join(changed)))
    return events


def with_parsed_phones(contact: Contact, region: str) -> Contact:
    """Phones re-read with ``region`` (the book's default), so E.164 and validity are current."""
    phones = [Phone.parse(phone.raw, phone.label, region) for phone in contact.phones]
    return replace(contact, phones=phones)


def create_contact(
    book: Book, contact: Contact, *, consents: Sequence[ConsentRecord] = ()
) -> Contact:
    """Store a new contact (audited as created); returns it with its id.

    ``consents`` (for its addresses) are recorded in the same transaction: the contact and
    the consent its basis rests on are stored together, or neither is.
    """
    region = book.settings.default_region()
    with book.contacts.batch() as batch:
        [stored] = batch.add_many([with_parsed_phones(replace(contact, id=None), region)])
        batch.audit(AuditAction.CONTACT_CREATED, "", stored.id)
        for consent in consents:
            batch.record_consent(consent)
    return stored


def replace_contact(
    book: Book, before: Contact, after: Contact, *, consents: Sequence[ConsentRecord] = ()
) -> Contact:
    """Save ``after`` over the stored contact, with the audit events of the change.

    ``before`` is what the user started from; it decides what the log says changed. When the
    stored contact changed since ``before`` was read, nothing is saved and
    :class:`ChangedElsewhereError` is raised. ``consents`` are recorded in the same
    transaction, after the contact is saved (an address the change adds can take one).
    """
    if after.id is None or after.id != before.id:
        raise ValueError("replace_contact needs the same stored contact before and after")
    region = book.settings.default_region()
    stored = with_parsed_phones(after, region) if after.phones != before.phones else after
    with book.contacts.batch() as batch:
        check_unchanged(batch.get(after.id), before)
        saved = batch.save(stored, audit=audit_events(before, stored))
        for consent in consents:
            batch.record_consent(consent)
    return saved


def replace_contacts(
    book: Book,
    changes: Sequence[tuple[Contact, Contact]],
    *,
    consents: Sequence[ConsentRecord] = (),
) -> list[Contact]:
    """Save several replacements in one transaction: all of them, or none.

    Each ``before`` must still be the stored version (see :func:`check_unchanged`).
    ``consents`` are recorded in the same transaction, after the contacts are saved: moving
    a person to business on the basis of their consent keeps both, or neither.
    """
    saved: list[Contact] = []
    with book.contacts.batch() as batch:
        for before, after in changes:
            if after.id is None or after.id != before.id:
                raise ValueError("replace_contacts needs the same stored contact before and after")
            check_unchanged(batch.get(after.id), before)
            saved.append(batch.save(after, audit=audit_events(before, after)))
        for consent in consents:
            batch.record_consent(consent)
    return saved


@dataclass(frozen=True)
class DeletedContact:
    """A deleted contact as it was, so that an undo can bring it back (with a new id)."""

    contact: Contact


def delete_contacts(book: Book, contact_ids: Sequence[int]) -> list[DeletedContact]:
    """Delete the contacts in one transaction; returns them as they were."""
    deleted: list[DeletedContact] = []
    with book.contacts.batch() as batch:
        for contact_id in contact_ids:
            contact = batch.get(contact_id)
            batch.delete(contact_id, "deleted by the user")
            deleted.append(DeletedContact(contact))
    return deleted


def restore_contacts(book: Book, deleted: Sequence[DeletedContact]) -> list[Contact]:
    """Add deleted contacts back (undo of a delete). Ids are never reused, so they get new ones.

    The consent history lives with the e-mail addresses and was never deleted.
    """
    with book.contacts.batch() as batch:
        restored = batch.add_many([replace(item.contact, id=None) for item in deleted])
        for contact in restored:
            batch.audit(AuditAction.CONTACT_CREATED, "restored after delete (undo)", contact.id)
    return restored


def record_consent(
    book: Book,
    address: str,
    kind: ConsentKind,
    at: datetime,
    *,
    source: str = "",
    wording: str = "",
    note: str = "",
) -> ConsentRecord:
    """Append a consent record for an address of a contact (never changes earlier ones)."""
    return book.consent.record(
        consent_record(address, kind, at, source=source, wording=wording, note=note)
    )


def consent_record(
    address: str,
    kind: ConsentKind,
    at: datetime,
    *,
    source: str = "",
    wording: str = "",
    note: str = "",
) -> ConsentRecord:
    """A consent record as the user entered it, without the spaces around each text."""
    return ConsentRecord(
        address=address.strip(),
        kind=kind,
        at=at,
        source=source.strip(),
        wording=wording.strip(),
        note=note.strip(),
    )
