"""Bulk contact writes for imports: rows computed ahead of time, loads and saves in batches.

An import turns each new card into ``ContactRows`` (``contact_bulk_rows``) while reading it,
possibly in another process, so the writing side only assigns ids and runs one
``executemany`` per table. Merges into stored contacts load and save the contacts of a whole
chunk at once instead of one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from contactbook.domain.contact import Contact
from contactbook.storage import search_index
from contactbook.storage.contact_bulk_rows import ContactRows
from contactbook.storage.contact_mapping import contact_columns, row_to_contact
from contactbook.storage.contact_writes import (
    activity_ids,
    category_ids,
    detail_loads,
    insert_details,
    next_contact_id,
    utcnow,
)
from contactbook.storage.errors import NotFoundError
from contactbook.storage.schema import (
    AddressRow,
    ContactRow,
    EmailRow,
    PhoneRow,
    contact_activities,
    contact_categories,
)

_CHUNK = 500  # SQLite limits the number of bound parameters per statement
_DETAIL_TABLES = (("emails", EmailRow), ("phones", PhoneRow), ("addresses", AddressRow))


def insert_rows(session: Session, contacts: Sequence[ContactRows]) -> list[int]:
    """Insert prepared contacts in the caller's transaction; their new ids, in order."""
    if not contacts:
        return []
    now = utcnow()
    first_id = next_contact_id(session)  # see add_contacts: the write lock is held
    ids = list(range(first_id, first_id + len(contacts)))
    connection = session.connection()
    pairs = list(zip(ids, contacts, strict=True))
    # value tuples built straight from the rows (no dict per row); the timestamps, the same
    # for every row, converted once
    keys = tuple(contacts[0].contact)
    table = ContactRow.__table__
    assert isinstance(table, Table)
    stamp = _binder(connection, table, "created_at")(now)
    columns = itemgetter(*keys)
    _insert_many(
        connection,
        table,
        ("id", *keys, "created_at", "updated_at"),
        [(cid, *columns(rows.contact), stamp, stamp) for cid, rows in pairs],
        converted=("created_at", "updated_at"),
    )
    for name, detail in _DETAIL_TABLES:
        first = next((rows.details[name][0] for rows in contacts if rows.details[name]), None)
        if first is None:
            continue
        detail_keys = tuple(first)
        values = itemgetter(*detail_keys)
        detail_table = detail.__table__
        assert isinstance(detail_table, Table)
        _insert_many(
            connection,
            detail_table,
            ("contact_id", *detail_keys),
            [(cid, *values(row)) for cid, rows in pairs for row in rows.details[name]],
        )
    categories = category_ids(session, {n for rows in contacts for n in rows.categories})
    activities = activity_ids(session, {n for rows in contacts for n in rows.activities})
    category_links = [
        {"contact_id": cid, "category_id": categories[name]}
        for cid, rows in pairs
        for name in rows.categories
    ]
    activity_links = [
        {"contact_id": cid, "activity_id": activities[name]}
        for cid, rows in pairs
        for name in rows.activities
    ]
    if category_links:
        connection.execute(insert(contact_categories), category_links)
    if activity_links:
        connection.execute(insert(contact_activities), activity_links)
    search_index.write_index(
        connection, [(cid, rows.search_text) for cid, rows in pairs], replace_existing=False
    )
    return ids


def _binder(connection: Connection, table: Table, name: str) -> Callable[[Any], Any]:
    """The column type's own conversion of a Python value for the driver."""
    dialect = connection.dialect
    convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    return convert or (lambda value: value)


def _insert_many(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    values: list[tuple[Any, ...]],
    *,
    converted: Collection[str] = (),
) -> None:
    """One executemany straight on the driver, values converted by the columns' own types.

    The same statement and values as ``connection.execute(insert(table), rows)``, without
    SQLAlchemy's per-row parameter handling, which costs more than SQLite's insert itself
    for an import of many contacts. ``values`` are in the order of ``names``; the columns in
    ``converted`` hold driver values already.
    """
    if not values:
        return
    dialect = connection.dialect
    converters = [
        (index, convert)
        for index, name in enumerate(names)
        if name not in converted
        and (convert := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    if converters:
        converted_values = []
        for row in values:
            items = list(row)
            for index, convert in converters:
                items[index] = convert(items[index])
            converted_values.append(tuple(items))
        values = converted_values
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    connection.exec_driver_sql(statement, values)


def load_contacts(session: Session, contact_ids: Collection[int]) -> dict[int, Contact]:
    """Several stored contacts at once, by id; a missing id is an error."""
    wanted = sorted(set(contact_ids))
    found: dict[int, Contact] = {}
    for start in range(0, len(wanted), _CHUNK):
        rows = session.scalars(
            select(ContactRow)
            .where(ContactRow.id.in_(wanted[start : start + _CHUNK]))
            .options(*detail_loads())
        )
        found.update({row.id: row_to_contact(row) for row in rows})
    missing = [cid for cid in wanted if cid not in found]
    if missing:
        raise NotFoundError(f"There is no contact with id {missing[0]}.")
    # as load_contact: contacts travel as domain objects, the identity map stays empty
    session.flush()
    session.expunge_all()
    return found


def save_contacts(session: Session, contacts: Sequence[Contact]) -> list[Contact]:
    """Replace several stored contacts at once (as ``save_contact`` does one by one)."""
    if not contacts:
        return []
    ids = [c.id for c in contacts]
    if any(cid is None for cid in ids) or len(set(ids)) != len(ids):
        raise ValueError("save_contacts() needs distinct stored contacts")
    created: dict[int, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        created.update(
            session.execute(
                select(ContactRow.id, ContactRow.created_at).where(
                    ContactRow.id.in_(ids[start : start + _CHUNK])
                )
            ).all()
        )
    missing = [cid for cid in ids if cid not in created]
    if missing:
        raise NotFoundError(f"There is no contact with id {missing[0]}.")
    now = utcnow()
    stored = [
        replace(c.with_classified_emails(), created_at=created[c.id], updated_at=now)
        for c in contacts
        if c.id is not None
    ]
    table = ContactRow.__table__
    assert isinstance(table, Table)
    columns = [contact_columns(c, now) for c in stored]
    # the SET clause comes from the parameter keys: every column of the row
    statement = update(table).where(table.c.id == bindparam("_id"))
    connection = session.connection()
    connection.execute(
        statement, [{"_id": c.id, **cols} for c, cols in zip(stored, columns, strict=True)]
    )
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        for _, detail in _DETAIL_TABLES:
            connection.execute(delete(detail).where(detail.contact_id.in_(part)))
        for link in (contact_categories, contact_activities):
            connection.execute(delete(link).where(link.c.contact_id.in_(part)))
    insert_details(session, [(c.id, c) for c in stored if c.id is not None])
    return stored
