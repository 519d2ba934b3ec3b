"""Reads and writes of one long operation (an import) inside a single transaction."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import normalise_address
from contactbook.storage.audit_log import add_event
from contactbook.storage.contact_bulk import insert_rows, load_contacts, save_contacts
from contactbook.storage.contact_bulk_rows import ContactRows
from contactbook.storage.contact_writes import add_contacts, load_contact, save_contact
from contactbook.storage.errors import NotFoundError
from contactbook.storage.schema import ContactRow, EmailRow, PhoneRow

_CHUNK = 500  # SQLite limits the number of bound parameters per statement


class ContactBatch:
    """Handed out by ``ContactRepository.batch()``; valid inside that ``with`` block only."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add_many(self, contacts: Sequence[Contact]) -> list[Contact]:
        return add_contacts(self._session, contacts)

    def add_rows(self, contacts: Sequence[ContactRows]) -> list[int]:
        """Insert contacts prepared as rows (``contact_bulk_rows.contact_rows``); their new ids."""
        return insert_rows(self._session, contacts)

    def get(self, contact_id: int) -> Contact:
        return load_contact(self._session, contact_id)

    def get_many(self, contact_ids: Collection[int]) -> dict[int, Contact]:
        return load_contacts(self._session, contact_ids)

    def save(self, contact: Contact, audit: Iterable[tuple[AuditAction, str]] = ()) -> Contact:
        return save_contact(self._session, contact, audit)

    def save_many(self, contacts: Sequence[Contact]) -> list[Contact]:
        return save_contacts(self._session, contacts)

    def delete(self, contact_id: int, detail: str = "") -> None:
        """Remove a contact (its details, links and search entry go with it)."""
        if self._session.get(ContactRow, contact_id) is None:
            raise NotFoundError(f"There is no contact with id {contact_id}.")
        self._session.execute(delete(ContactRow).where(ContactRow.id == contact_id))
        add_event(self._session, AuditAction.CONTACT_DELETED, contact_id, detail)

    def audit(self, action: AuditAction, detail: str, contact_id: int | None = None) -> None:
        add_event(self._session, action, contact_id, detail)

    def ids_by_uid(self, uids: Iterable[str]) -> dict[str, int]:
        keys = sorted({uid for uid in uids if uid})
        self._session.flush()  # Core queries below: no autoflush
        found: dict[str, int] = {}
        for start in range(0, len(keys), _CHUNK):
            rows = self._session.connection().execute(
                select(ContactRow.uid, ContactRow.id).where(
                    ContactRow.uid.in_(keys[start : start + _CHUNK])
                )
            )
            found.update({uid: cid for uid, cid in rows})
        return found

    def ids_by_e164(self, numbers: Iterable[str]) -> dict[str, int]:
        keys = sorted({n for n in numbers if n})
        self._session.flush()  # Core queries below: no autoflush
        found: dict[str, int] = {}
        for start in range(0, len(keys), _CHUNK):
            rows = self._session.connection().execute(
                select(PhoneRow.e164, PhoneRow.contact_id)
                .where(PhoneRow.e164.in_(keys[start : start + _CHUNK]))
                .order_by(PhoneRow.contact_id.desc())  # the oldest contact wins below
            )
            found.update({e164: cid for e164, cid in rows if e164})
        return found

    def ids_by_email(self, addresses: Iterable[str]) -> dict[str, int]:
        keys = sorted({normalise_address(a) for a in addresses if a})
        self._session.flush()  # Core queries below: no autoflush
        found: dict[str, int] = {}
        for start in range(0, len(keys), _CHUNK):
            rows = self._session.connection().execute(
                select(EmailRow.address_key, EmailRow.contact_id)
                .where(EmailRow.address_key.in_(keys[start : start + _CHUNK]))
                .order_by(EmailRow.contact_id.desc())
            )
            found.update({key: cid for key, cid in rows})
        return found
