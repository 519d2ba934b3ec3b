"""Reads and writes of one long operation (an import) inside a single transaction."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from contactbook.domain.audit import AuditAction
from contactbook.domain.birthday import Birthday
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.enums import Subject
from contactbook.domain.import_history import ImportChanges, ImportRecord
from contactbook.domain.merge import Additions
from contactbook.storage import import_history
from contactbook.storage.audit_log import add_event
from contactbook.storage.consent_repository import add_consent
from contactbook.storage.contact_bulk import insert_rows, load_contacts, save_contacts
from contactbook.storage.contact_bulk_rows import ContactRows
from contactbook.storage.contact_writes import add_contacts, load_contact, save_contact
from contactbook.storage.errors import NotFoundError
from contactbook.storage.schema import ContactRow, EmailRow, PhoneRow

_CHUNK = 500  # SQLite limits the number of bound parameters per statement
# Stored contacts judged per lookup key: a common name ("Jan de Vries") is not loaded 200 times.
MAX_CANDIDATES = 8
# Same-named contacts judged per card: they can only be likely duplicates (one is reported).
MAX_SAME_NAMED = 2


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

    def delete_many(self, contact_ids: Collection[int]) -> int:
        """Remove several contacts at once (no event each: the caller records one); how many
        were still there."""
        wanted = sorted(set(contact_ids))
        removed = 0
        for start in range(0, len(wanted), _CHUNK):
            result = self._session.execute(
                delete(ContactRow).where(ContactRow.id.in_(wanted[start : start + _CHUNK]))
            )
            removed += int(getattr(result, "rowcount", 0) or 0)
        return removed

    def record_consent(self, record: ConsentRecord) -> ConsentRecord:
        """Append a consent record for an address a stored contact has (``NotFoundError``
        otherwise), in this batch's transaction."""
        return add_consent(self._session, record)

    def audit(self, action: AuditAction, detail: str, contact_id: int | None = None) -> None:
        add_event(self._session, action, contact_id, detail)

    def record_import(
        self,
        files: Sequence[str],
        cards: int,
        added: Sequence[int],
        merged: Sequence[tuple[int, Additions]],
    ) -> int:
        """Keep what this import added and merged, so that it can be undone; its number."""
        return import_history.record_import(self._session, files, cards, added, merged)

    def get_import(self, import_id: int) -> ImportRecord:
        return import_history.get_import(self._session, import_id)

    def import_changes(self, import_id: int) -> ImportChanges:
        return import_history.import_changes(self._session, import_id)

    def mark_import_undone(self, import_id: int) -> None:
        import_history.mark_undone(self._session, import_id)

    def latest_import(self) -> ImportRecord | None:
        """The newest import that was not undone yet."""
        return next((r for r in import_history.list_imports(self._session) if r.can_undo), None)

    def match_profiles(self, contact_ids: Collection[int]) -> dict[int, Contact]:
        """Stored contacts found by their name only, with what ``matching.judge`` needs to
        tell a likely duplicate from a different person (uid, names, organisation, subject,
        birthday): far cheaper than whole contacts. They share no personal address or mobile
        with the card (those would have found them), so addresses and numbers are left out."""
        wanted = sorted(set(contact_ids))
        self._session.flush()
        connection = self._session.connection()
        found: dict[int, Contact] = {}
        for start in range(0, len(wanted), _CHUNK):
            rows = connection.execute(
                select(
                    ContactRow.id,
                    ContactRow.uid,
                    ContactRow.given_name,
                    ContactRow.family_name,
                    ContactRow.organisation,
                    ContactRow.subject,
                    ContactRow.birthday_month,
                    ContactRow.birthday_day,
                    ContactRow.birthday_year,
                ).where(ContactRow.id.in_(wanted[start : start + _CHUNK]))
            )
            for cid, uid, given, family, org, subject, month, day, year in rows:
                found[cid] = Contact(
                    given_name=given,
                    family_name=family,
                    organisation=org,
                    subject=Subject(subject),
                    birthday=Birthday(month, day, year) if month and day else None,
                    uid=uid,
                    id=cid,
                )
        return found

    def same_named(self, contact_ids: Collection[int]) -> dict[int, int]:
        """For each of these contacts that has a given and a family name, the oldest other
        contact with the same sort key (the whole name, folded), if any."""
        wanted = sorted(set(contact_ids))
        self._session.flush()
        found: dict[int, int] = {}
        older = aliased(ContactRow)
        for start in range(0, len(wanted), _CHUNK):
            rows = self._session.connection().execute(
                select(ContactRow.id, func.min(older.id))
                .join(
                    older,
                    (older.sort_key == ContactRow.sort_key) & (older.id < ContactRow.id),
                )
                .where(
                    ContactRow.id.in_(wanted[start : start + _CHUNK]),
                    ContactRow.given_name != "",
                    ContactRow.family_name != "",
                )
                .group_by(ContactRow.id)
            )
            found.update({cid: other for cid, other in rows})
        return found

    def candidates(self, keys: Iterable[str]) -> dict[str, list[int]]:
        """Stored contacts under each lookup key of ``matching.lookup_keys`` (``uid:``,
        ``mail:``, ``tel:``, ``name:``), oldest first, at most ``MAX_CANDIDATES`` per key."""
        wanted: dict[str, set[str]] = {"uid": set(), "mail": set(), "tel": set(), "name": set()}
        for key in keys:
            kind, _, value = key.partition(":")
            if value:
                wanted[kind].add(value)
        self._session.flush()  # Core queries below: no autoflush
        found: dict[str, list[int]] = {}
        columns = (
            ("uid", ContactRow.uid, ContactRow.id),
            ("mail", EmailRow.address_key, EmailRow.contact_id),
            ("tel", PhoneRow.e164, PhoneRow.contact_id),
            ("name", ContactRow.sort_key, ContactRow.id),
        )
        for kind, value_column, id_column in columns:
            values = sorted(wanted[kind])
            for start in range(0, len(values), _CHUNK):
                rows = self._session.connection().execute(
                    select(value_column, id_column)
                    .where(value_column.in_(values[start : start + _CHUNK]))
                    .order_by(id_column)
                )
                most = MAX_SAME_NAMED if kind == "name" else MAX_CANDIDATES
                for stored, cid in rows:
                    ids = found.setdefault(f"{kind}:{stored}", [])
                    if len(ids) < most and cid not in ids:
                        ids.append(cid)
        return found
