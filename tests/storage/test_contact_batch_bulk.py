"""Bulk writes of an import store exactly what the one-by-one contact writes store."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text

from contactbook.domain.contact import Contact
from contactbook.services.book import Book
from contactbook.storage.contact_bulk_rows import contact_rows
from tests.storage.test_contact_repository import full_contact

_IGNORED = {"id", "uid", "created_at", "updated_at", "contact_id", "rowid"}
_TABLES = ("contacts", "emails", "phones", "addresses", "contact_categories")


def _stored(book: Book, contact_id: int) -> dict[str, list[dict[str, object]]]:
    found: dict[str, list[dict[str, object]]] = {}
    with book.database.session() as session:
        for table in _TABLES:
            column = "id" if table == "contacts" else "contact_id"
            rows = session.execute(
                text(f"SELECT * FROM {table} WHERE {column} = :id"), {"id": contact_id}
            ).mappings()
            found[table] = [{k: v for k, v in row.items() if k not in _IGNORED} for row in rows]
        found["search"] = [
            dict(row)
            for row in session.execute(
                text("SELECT text FROM contact_search WHERE rowid = :id"), {"id": contact_id}
            ).mappings()
        ]
    return found


def test_rows_inserted_in_bulk_equal_a_contact_added_one_by_one(book: Book) -> None:
    contact = replace(full_contact(), uid="bulk-1")
    one = book.contacts.add(replace(contact, uid="single-1"))
    with book.contacts.batch() as batch:
        [bulk_id] = batch.add_rows([contact_rows(contact)])
    assert one.id is not None
    assert bulk_id == one.id + 1
    assert _stored(book, bulk_id) == _stored(book, one.id)
    assert _stored(book, bulk_id)["phones"]  # the comparison is not of empty tables
    loaded = book.contacts.get(bulk_id)
    assert replace(loaded, id=None, uid="", created_at=None, updated_at=None) == replace(
        book.contacts.get(one.id), id=None, uid="", created_at=None, updated_at=None
    )


def test_saving_many_equals_saving_one_by_one(book: Book) -> None:
    first = book.contacts.add(Contact(given_name="Jan", family_name="Smit"))
    second = book.contacts.add(Contact(given_name="Piet", family_name="Smit"))
    changed = replace(full_contact(), uid="x")
    with book.contacts.batch() as batch:
        batch.save(replace(changed, id=first.id, uid=first.uid))
        loaded = batch.get_many([second.id or 0])
        batch.save_many([replace(changed, id=loaded[second.id or 0].id, uid=second.uid)])
    assert first.id is not None
    assert second.id is not None
    assert _stored(book, first.id) == _stored(book, second.id)
    assert _stored(book, second.id)["emails"]
