"""Writing contacts inside a caller's transaction: the shared core of every contact write."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.storage import search_index
from contactbook.storage.audit_log import add_event
from contactbook.storage.contact_mapping import (
    child_rows,
    contact_columns,
    row_to_contact,
)
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


def save_contact(
    session: Session, contact: Contact, audit: Iterable[tuple[AuditAction, str]] = ()
) -> Contact:
    """Replace the stored contact ``contact.id`` in the caller's transaction."""
    if contact.id is None:
        raise ValueError("save() needs a stored contact; use add() for a new one")
    created_at = session.scalar(select(ContactRow.created_at).where(ContactRow.id == contact.id))
    if created_at is None:
        raise NotFoundError(f"There is no contact with id {contact.id}.")
    contact_id = contact.id
    now = utcnow()
    # the automatic e-mail classification follows name changes; overrides stay
    stored = replace(contact.with_classified_emails(), created_at=created_at, updated_at=now)
    columns = contact_columns(stored, now)
    session.execute(update(ContactRow).where(ContactRow.id == contact_id).values(columns))
    for table in _CHILD_TABLES.values():
        session.execute(delete(table).where(table.contact_id == contact_id))
    for link in (contact_categories, contact_activities):
        session.execute(delete(link).where(link.c.contact_id == contact_id))
    insert_details(session, [(contact_id, stored)])
    for action, detail in audit:
        add_event(session, action, contact_id, detail)
    return stored


def load_contact(session: Session, contact_id: int) -> Contact:
    row = session.scalar(
        select(ContactRow).where(ContactRow.id == contact_id).options(*detail_loads())
    )
    if row is None:
        raise NotFoundError(f"There is no contact with id {contact_id}.")
    contact = row_to_contact(row)
    # Contacts travel as domain objects; keeping the rows would make every later flush
    # and expiry of a long import transaction slower (the identity map only grows).
    session.flush()  # pending rows (audit events) are written before the map is cleared
    session.expunge_all()
    return contact


def detail_loads() -> tuple[ExecutableOption, ...]:
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
    first_id = next_contact_id(session)
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
    insert_details(session, [(c.id, c) for c in stored if c.id is not None], new=True)
    return stored


def next_contact_id(session: Session) -> int:
    """One past the highest id ever used (AUTOINCREMENT's sequence counts deleted ones)."""
    used = session.execute(
        text(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'contacts'), 0),"
            " coalesce((SELECT max(id) FROM contacts), 0))"
        )
    ).scalar_one()
    return int(used) + 1


def insert_details(
    session: Session, contacts: list[tuple[int, Contact]], *, new: bool = False
) -> None:
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in _CHILD_TABLES}
    category_links: list[dict[str, int]] = []
    activity_links: list[dict[str, int]] = []
    categories = category_ids(session, {n for _, c in contacts for n in c.categories})
    activities = activity_ids(session, {n for _, c in contacts for n in c.activities})
    for contact_id, contact in contacts:
        for name, table_rows in child_rows(contact_id, contact).items():
            rows[name].extend(table_rows)
        category_links.extend(
            {"contact_id": contact_id, "category_id": categories[name]}
            for name in set(contact.categories)
        )
        activity_links.extend(
            {"contact_id": contact_id, "activity_id": activities[name]}
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


def category_ids(session: Session, names: set[str]) -> dict[str, int]:
    """Category ids by name, creating the categories that do not exist yet."""
    if not names:
        return {}
    table = CategoryRow
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


def activity_ids(session: Session, names: set[str]) -> dict[str, int]:
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
