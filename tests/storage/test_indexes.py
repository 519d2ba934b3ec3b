"""The list's sort orders and category views use their indexes (migration 0005)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Select, select

from contactbook.domain.contact_query import ContactFilter, ContactOrder, SortField
from contactbook.domain.enums import Scope
from contactbook.services.book import Book
from contactbook.services.demo_data import generate_demo
from contactbook.storage import contact_filters
from contactbook.storage.contact_mapping import SUMMARY_COLUMNS
from tests.gui.factories import person


def _plan(book: Book, query: Select[...]) -> str:  # type: ignore[type-arg]
    with book.database.engine.connect() as connection:
        compiled = query.compile(dialect=connection.dialect)
        parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", parameters).all()
    return "\n".join(str(row[3]) for row in rows)


def _page_query(contact_filter: ContactFilter, order: ContactOrder) -> Select[...]:  # type: ignore[type-arg]
    query = contact_filters.apply(select(*SUMMARY_COLUMNS), contact_filter)
    return contact_filters.order_by(query, order).offset(150).limit(50)


@pytest.mark.parametrize("field", [SortField.ORGANISATION, SortField.EMAIL])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_organisation_or_email_reads_an_index_instead_of_sorting(
    book: Book, field: SortField, descending: bool
) -> None:
    generate_demo(book, contacts=200, seed=3)
    plan = _plan(book, _page_query(ContactFilter(), ContactOrder(field, descending)))
    column = "organisation" if field is SortField.ORGANISATION else "main_email"
    suffix = "_desc" if descending else ""
    assert f"INDEX ix_contacts_{column}_order{suffix}" in plan
    assert "TEMP B-TREE" not in plan


@pytest.mark.parametrize("field", [SortField.ORGANISATION, SortField.EMAIL])
@pytest.mark.parametrize("descending", [False, True])
def test_the_indexed_orders_keep_blanks_last_and_ties_by_name(
    book: Book, field: SortField, descending: bool
) -> None:
    generate_demo(book, contacts=300, seed=5)
    rows = book.contacts.page(limit=1000, order=ContactOrder(field, descending))
    assert len(rows) == book.contacts.count()

    def text(row: object) -> str:
        value = getattr(row, "organisation" if field is SortField.ORGANISATION else "main_email")
        return str(value)

    filled = [row for row in rows if text(row)]
    assert 0 < len(filled) < len(rows), "the demo data has blanks and values to sort"
    assert all(not text(row) for row in rows[len(filled) :]), "blanks come last"
    keys = [text(row).casefold() for row in filled]
    assert keys == sorted(keys, reverse=descending)
    # the same order as SQLite gives without any index (a plain sort of the same terms)
    ids = [row.id for row in rows]
    with sqlite3.connect(book.path) as connection:
        column = "organisation" if field is SortField.ORGANISATION else "main_email"
        direction = "DESC" if descending else ""
        unindexed = [
            contact_id
            for (contact_id,) in connection.execute(
                f"SELECT id FROM contacts NOT INDEXED ORDER BY {column} = '', "
                f"{column} COLLATE NOCASE {direction}, sort_key, id"
            )
        ]
    assert ids == unindexed


def test_a_category_view_finds_its_members_through_the_category_index(book: Book) -> None:
    generate_demo(book, contacts=200, seed=3)
    [category, *_] = book.contacts.view_counts().categories
    plan = _plan(book, _page_query(ContactFilter(category=category[0]), ContactOrder()))
    assert "ix_contact_categories_category" in plan
    assert book.contacts.count(ContactFilter(category=category[0])) == category[1]


def _contacts_estimate(path: Path) -> int | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'contacts' AND idx = 'ix_contacts_scope'"
        ).fetchone()
    return None if row is None else int(row[0].split()[0])


def test_closing_a_book_that_grew_gathers_statistics(book: Book) -> None:
    rows = [person("Test", f"Person {number}") for number in range(1500)]
    book.contacts.add_many(rows)
    assert _contacts_estimate(book.path) is None  # the migration ran on an empty book
    book.close()
    assert _contacts_estimate(book.path) == 1500


def test_a_small_book_closes_without_statistics(book: Book) -> None:
    book.contacts.add_many([person("Test", f"Person {number}") for number in range(20)])
    book.close()
    assert _contacts_estimate(book.path) is None


def test_the_business_view_sorted_by_organisation_reads_the_index_with_statistics(
    book: Book,
) -> None:
    generate_demo(book, contacts=1500, seed=3)  # gathers statistics when done
    business = ContactFilter(scope=Scope.BUSINESS)
    plan = _plan(book, _page_query(business, ContactOrder(SortField.ORGANISATION)))
    assert "INDEX ix_contacts_organisation_order" in plan
    assert "TEMP B-TREE" not in plan
