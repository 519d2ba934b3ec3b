"""Contacts in and out of the database as domain objects, one transaction per call."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter, ContactSummary
from contactbook.domain.email_address import normalise_address
from contactbook.storage import contact_filters, search_index
from contactbook.storage.audit_log import add_event
from contactbook.storage.contact_mapping import (
    SUMMARY_COLUMNS,
    child_rows,
    contact_columns,
    row_to_contact,
    summary_from_columns,
)
from contactbook.storage.database import Database
from contactbook.storage.errors import NotFoundError
from contactbook.storage.schema import (
    ActivityRow,
    AddressRow,
    CategoryRow,
    ContactRow,
    EmailRow,
    PhoneRow,
    contact_activities,
    contact_categories,
)

_CHILD_TABLES: dict[str, type[EmailRow] | type[PhoneRow] | type[AddressRow]] = {
    "emails": EmailRow,
    "phones": PhoneRow,
    "addresses": AddressRow,
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class ContactRepository:
    """Contacts as domain objects. Every write keeps the search index and list columns in step."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- writing ---------------------------------------------------------------------------

    def add(self, contact: Contact) -> Contact:
        """Store a new contact; returns it with ``id``, ``uid`` and timestamps filled in."""
        with self._database.write_session() as session:
            [stored] = add_contacts(session, [contact])
            add_event(session, AuditAction.CONTACT_CREATED, stored.id)
        return stored

    def add_many(self, contacts: Sequence[Contact]) -> list[Contact]:
        """Store many contacts in one transaction (all or nothing)."""
        with self._database.write_session() as session:
            return add_contacts(session, contacts)

    def save(self, contact: Contact, *, audit: Iterable[tuple[AuditAction, str]] = ()) -> Contact:
        """Replace the stored contact ``contact.id`` with this one, with audit events."""
        if contact.id is None:
            raise ValueError("save() needs a stored contact; use add() for a new one")
        with self._database.write_session() as session:
            row = session.get(ContactRow, contact.id)
            if row is None:
                raise NotFoundError(f"There is no contact with id {contact.id}.")
            now = utcnow()
            # the automatic e-mail classification follows name changes; overrides stay
            stored = replace(
                contact.with_classified_emails(), created_at=row.created_at, updated_at=now
            )
            columns = contact_columns(stored, now)
            session.execute(update(ContactRow).where(ContactRow.id == row.id).values(columns))
            for table in _CHILD_TABLES.values():
                session.execute(delete(table).where(table.contact_id == row.id))
            for link in (contact_categories, contact_activities):
                session.execute(delete(link).where(link.c.contact_id == row.id))
            _insert_details(session, [(row.id, stored)])
            for action, detail in audit:
                add_event(session, action, row.id, detail)
            session.expire_all()
        return stored

    def delete(self, contact_id: int) -> None:
        with self._database.write_session() as session:
            if session.get(ContactRow, contact_id) is None:
                raise NotFoundError(f"There is no contact with id {contact_id}.")
            session.execute(delete(ContactRow).where(ContactRow.id == contact_id))
            add_event(session, AuditAction.CONTACT_DELETED, contact_id)

    # -- reading ---------------------------------------------------------------------------

    def get(self, contact_id: int) -> Contact:
        with self._database.session() as session:
            row = session.scalar(
                select(ContactRow).where(ContactRow.id == contact_id).options(*_detail_loads())
            )
            if row is None:
                raise NotFoundError(f"There is no contact with id {contact_id}.")
            return row_to_contact(row)

    def get_many(self, contact_filter: ContactFilter = ContactFilter()) -> list[Contact]:
        """Whole contacts matching the filter, in list order."""
        with self._database.session() as session:
            query = contact_filters.apply(select(ContactRow), contact_filter)
            rows = session.scalars(
                query.options(*_detail_loads()).order_by(ContactRow.sort_key, ContactRow.id)
            )
            return [row_to_contact(row) for row in rows]

    def page(
        self, contact_filter: ContactFilter = ContactFilter(), offset: int = 0, limit: int = 200
    ) -> list[ContactSummary]:
        """One page of list rows in alphabetical order (main family name part first)."""
        with self._database.session() as session:
            query = contact_filters.apply(select(*SUMMARY_COLUMNS), contact_filter)
            query = query.order_by(ContactRow.sort_key, ContactRow.id).offset(offset).limit(limit)
            return [summary_from_columns(values) for values in session.execute(query)]

    def count(self, contact_filter: ContactFilter = ContactFilter()) -> int:
        with self._database.session() as session:
            query = contact_filters.apply(select(func.count(ContactRow.id)), contact_filter)
            return int(session.scalar(query) or 0)

    def ids_with_address(self, address: str) -> list[int]:
        """Contacts that have this e-mail address (case-insensitive)."""
        with self._database.session() as session:
            return list(
                session.scalars(
                    select(EmailRow.contact_id)
                    .where(EmailRow.address_key == normalise_address(address))
                    .distinct()
                )
            )


def _detail_loads() -> tuple[ExecutableOption, ...]:
    return (
        selectinload(ContactRow.emails),
        selectinload(ContactRow.phones),
        selectinload(ContactRow.addresses),
        selectinload(ContactRow.categories),
        selectinload(ContactRow.activities),
    )


def add_contacts(session: Session, contacts: Sequence[Contact]) -> list[Contact]:
    """Insert contacts with their details in the caller's transaction, fast for bulk."""
    if not contacts:
        return []
    now = utcnow()
    # Ids are given here rather than read back row by row: the write transaction holds
    # SQLite's write lock, so nobody else can take the same ones, and a plain executemany
    # is several times faster than INSERT … RETURNING for large imports.
    first_id = _next_contact_id(session)
    stored = [
        replace(
            contact,
            emails=contact.with_classified_emails().emails,
            uid=contact.uid or str(uuid.uuid4()),
            id=first_id + n,
            created_at=now,
            updated_at=now,
        )
        for n, contact in enumerate(contacts)
    ]
    session.connection().execute(
        insert(ContactRow),
        [{"id": c.id, **contact_columns(c, now)} for c in stored],
    )
    _insert_details(session, [(c.id, c) for c in stored if c.id is not None], new=True)
    return stored


def _next_contact_id(session: Session) -> int:
    """One past the highest id ever used (AUTOINCREMENT's sequence counts deleted ones)."""
    used = session.execute(
        text(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'contacts'), 0),"
            " coalesce((SELECT max(id) FROM contacts), 0))"
        )
    ).scalar_one()
    return int(used) + 1


def _insert_details(
    session: Session, contacts: list[tuple[int, Contact]], *, new: bool = False
) -> None:
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in _CHILD_TABLES}
    category_links: list[dict[str, int]] = []
    activity_links: list[dict[str, int]] = []
    category_ids = _ids_by_name(
        session, CategoryRow, {n for _, c in contacts for n in c.categories}
    )
    activity_ids = _activity_ids(session, {n for _, c in contacts for n in c.activities})
    for contact_id, contact in contacts:
        for name, table_rows in child_rows(contact_id, contact).items():
            rows[name].extend(table_rows)
        category_links.extend(
            {"contact_id": contact_id, "category_id": category_ids[name]}
            for name in set(contact.categories)
        )
        activity_links.extend(
            {"contact_id": contact_id, "activity_id": activity_ids[name]}
            for name in set(contact.activities)
        )
    connection = session.connection()  # Core executemany: no ORM bookkeeping per row
    for name, table in _CHILD_TABLES.items():
        if rows[name]:
            connection.execute(insert(table), rows[name])
    if category_links:
        connection.execute(insert(contact_categories), category_links)
    if activity_links:
        connection.execute(insert(contact_activities), activity_links)
    search_index.write_index(
        connection,
        [(cid, search_index.index_text(contact)) for cid, contact in contacts],
        replace_existing=not new,
    )


def _ids_by_name(session: Session, table: type[CategoryRow], names: set[str]) -> dict[str, int]:
    """Category ids by name, creating the categories that do not exist yet."""
    if not names:
        return {}
    existing = dict(
        session.execute(select(table.name, table.id).where(table.name.in_(names))).all()
    )
    missing = sorted(names - existing.keys())
    if missing:
        session.execute(insert(table), [{"name": name} for name in missing])
        existing.update(
            session.execute(select(table.name, table.id).where(table.name.in_(missing))).all()
        )
    return existing


def _activity_ids(session: Session, names: set[str]) -> dict[str, int]:
    """Ids of named processing activities; an unknown name is an error, not a new activity."""
    if not names:
        return {}
    found = dict(
        session.execute(
            select(ActivityRow.name, ActivityRow.id).where(ActivityRow.name.in_(names))
        ).all()
    )
    unknown = sorted(names - found.keys())
    if unknown:
        raise NotFoundError(f"There is no processing activity named {unknown[0]!r}.")
    return found
