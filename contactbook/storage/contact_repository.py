"""Contacts in and out of the database as domain objects, one transaction per call."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import delete, func, select

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import (
    ContactFilter,
    ContactOrder,
    ContactSummary,
    ViewCounts,
)
from contactbook.domain.email_address import normalise_address
from contactbook.storage import contact_filters
from contactbook.storage.audit_log import add_event
from contactbook.storage.contact_batch import ContactBatch
from contactbook.storage.contact_mapping import (
    SUMMARY_COLUMNS,
    row_to_contact,
    summary_from_columns,
)
from contactbook.storage.contact_writes import (
    add_contacts,
    detail_loads,
    load_contact,
    save_contact,
)
from contactbook.storage.database import Database
from contactbook.storage.errors import NotFoundError
from contactbook.storage.schema import (
    ContactRow,
    EmailRow,
)
from contactbook.storage.view_counts import view_counts


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
        with self._database.write_session() as session:
            return save_contact(session, contact, audit)

    @contextmanager
    def batch(self) -> Iterator[ContactBatch]:
        """Many reads and writes in ONE transaction: all of it is stored, or none of it."""
        with self._database.write_session() as session:
            yield ContactBatch(session)

    def delete(self, contact_id: int) -> None:
        with self._database.write_session() as session:
            if session.get(ContactRow, contact_id) is None:
                raise NotFoundError(f"There is no contact with id {contact_id}.")
            session.execute(delete(ContactRow).where(ContactRow.id == contact_id))
            add_event(session, AuditAction.CONTACT_DELETED, contact_id)

    # -- reading ---------------------------------------------------------------------------

    def get(self, contact_id: int) -> Contact:
        with self._database.session() as session:
            return load_contact(session, contact_id)

    def get_many(self, contact_filter: ContactFilter = ContactFilter()) -> list[Contact]:
        """Whole contacts matching the filter, in list order."""
        with self._database.session() as session:
            query = contact_filters.apply(select(ContactRow), contact_filter)
            rows = session.scalars(
                query.options(*detail_loads()).order_by(ContactRow.sort_key, ContactRow.id)
            )
            return [row_to_contact(row) for row in rows]

    def iter_contacts(
        self, contact_filter: ContactFilter = ContactFilter(), chunk: int = 500
    ) -> Iterator[Contact]:
        """Whole contacts in list order, loaded a chunk at a time (for exports)."""
        offset = 0
        while summaries := self.page(contact_filter, offset=offset, limit=chunk):
            by_id = {
                c.id: c for c in self.get_many(ContactFilter(ids=tuple(s.id for s in summaries)))
            }
            yield from (by_id[s.id] for s in summaries if s.id in by_id)
            offset += len(summaries)

    def page(
        self,
        contact_filter: ContactFilter = ContactFilter(),
        offset: int = 0,
        limit: int = 200,
        order: ContactOrder | None = None,
    ) -> list[ContactSummary]:
        """One page of list rows, by default in alphabetical order (main family name first)."""
        with self._database.session() as session:
            query = contact_filters.apply(select(*SUMMARY_COLUMNS), contact_filter)
            query = contact_filters.order_by(query, order or ContactOrder())
            query = query.offset(offset).limit(limit)
            return [summary_from_columns(values) for values in session.execute(query)]

    def ids(
        self, contact_filter: ContactFilter = ContactFilter(), order: ContactOrder | None = None
    ) -> list[int]:
        """The ids of every matching contact, in list order (one query, no rows loaded)."""
        with self._database.session() as session:
            query = contact_filters.apply(select(ContactRow.id), contact_filter)
            query = contact_filters.order_by(query, order or ContactOrder())
            return list(session.scalars(query))

    def count(self, contact_filter: ContactFilter = ContactFilter()) -> int:
        with self._database.session() as session:
            query = contact_filters.apply(select(func.count(ContactRow.id)), contact_filter)
            return int(session.scalar(query) or 0)

    def position(
        self,
        contact_id: int,
        contact_filter: ContactFilter = ContactFilter(),
        order: ContactOrder | None = None,
    ) -> int | None:
        """Where ``contact_id`` is in the list (0 first), None when the filter leaves it out."""
        with self._database.session() as session:
            keys = contact_filters.order_keys(order or ContactOrder())
            ranked = contact_filters.apply(
                select(ContactRow.id, func.row_number().over(order_by=keys).label("row")),
                contact_filter,
            ).subquery()
            row = session.scalar(select(ranked.c.row).where(ranked.c.id == contact_id))
            return None if row is None else int(row) - 1

    def view_counts(self) -> ViewCounts:
        """How many contacts each sidebar view holds (categories and activities included)."""
        with self._database.session() as session:
            return view_counts(session)

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
