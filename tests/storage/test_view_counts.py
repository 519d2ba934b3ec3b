"""Sidebar views against a real book: each count equals the length of the view's list."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import (
    ContactFilter,
    ContactOrder,
    SortField,
    view_filter,
)
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope, Subject
from contactbook.services.book import Book
from tests.gui.factories import person


def _at(day: int) -> datetime:
    return datetime(2025, 1, day, 12, 0)


@pytest.fixture
def views_book(book: Book) -> Book:
    book.activities.add(ProcessingActivity(name="Nieuwsbrief"))
    book.activities.add(ProcessingActivity(name="Klantbeheer"))
    jan = person("Jan", "Berg", emails=["jan@berg.nl"], organisation="Berg BV")
    jan.categories = ["klant"]
    jan.activities = ["Klantbeheer", "Nieuwsbrief"]
    emma = person("Emma", "Bos", basis=LegalBasis.LEGITIMATE_INTEREST, emails=["emma@bos.nl"])
    emma.activities = ["Nieuwsbrief"]
    kees = person("Kees", "Aap", basis=LegalBasis.NONE, emails=["kees@aap.nl", "k@aap.nl"])
    kees.categories = ["klant", "lead"]
    sanne = person("Sanne", "Dijk", scope=Scope.PRIVATE, emails=["sanne@dijk.nl"])
    piet = person("Piet", "Vos", scope=Scope.UNSORTED)
    shop = Contact(organisation="Zoete Broodje", subject=Subject.ORGANISATION, scope=Scope.BUSINESS)
    shop.emails = [EmailAddress("info@broodje.nl")]
    book.contacts.add_many([jan, emma, kees, sanne, piet, shop])
    book.consent.record_many(
        [
            # opted out, then in again: not opted out any more
            ConsentRecord("jan@berg.nl", ConsentKind.OPT_OUT, _at(1)),
            ConsentRecord("jan@berg.nl", ConsentKind.OPT_IN, _at(2)),
            # in, then an objection: opted out
            ConsentRecord("emma@bos.nl", ConsentKind.OPT_IN, _at(1)),
            ConsentRecord("emma@bos.nl", ConsentKind.OBJECTION, _at(3)),
            # the second of two addresses opted out: the contact counts once
            ConsentRecord("k@aap.nl", ConsentKind.OPT_OUT, _at(2)),
            # same moment: the later record decides
            ConsentRecord("info@broodje.nl", ConsentKind.OPT_OUT, _at(4)),
            ConsentRecord("info@broodje.nl", ConsentKind.OPT_IN, _at(4)),
        ]
    )
    return book


def _names(book: Book, contact_filter: ContactFilter) -> list[str]:
    return [s.display_name for s in book.contacts.page(contact_filter)]


def test_counts_of_every_view(views_book: Book) -> None:
    counts = views_book.contacts.view_counts()

    assert (counts.total, counts.business, counts.private, counts.unsorted) == (6, 4, 1, 1)
    assert counts.no_basis == 1
    assert counts.assessment_missing == 1
    assert counts.opted_out == 2
    assert counts.categories == (("klant", 2), ("lead", 1))
    assert counts.activities == (("Klantbeheer", 1), ("Nieuwsbrief", 2))


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ("all", ["Kees Aap", "Jan Berg", "Emma Bos", "Sanne Dijk", "Piet Vos", "Zoete Broodje"]),
        ("business", ["Kees Aap", "Jan Berg", "Emma Bos", "Zoete Broodje"]),
        ("private", ["Sanne Dijk"]),
        ("unsorted", ["Piet Vos"]),
        ("no_basis", ["Kees Aap"]),
        ("assessment_missing", ["Emma Bos"]),
        ("opted_out", ["Kees Aap", "Emma Bos"]),
        ("category:klant", ["Kees Aap", "Jan Berg"]),
        ("category:lead", ["Kees Aap"]),
        ("activity:Nieuwsbrief", ["Jan Berg", "Emma Bos"]),
        ("activity:Klantbeheer", ["Jan Berg"]),
    ],
)
def test_each_view_lists_what_it_counts(views_book: Book, view: str, expected: list[str]) -> None:
    contact_filter = view_filter(view)
    assert contact_filter is not None
    assert _names(views_book, contact_filter) == expected
    assert views_book.contacts.count(contact_filter) == len(expected)
    assert views_book.contacts.view_counts().count(view) == len(expected)


def test_a_view_combines_with_search(views_book: Book) -> None:
    business = view_filter("business")
    assert business is not None
    assert _names(views_book, replace(business, search="bos")) == ["Emma Bos"]
    assert _names(views_book, replace(business, search="dijk")) == []


def test_an_empty_book_counts_zero_and_keeps_its_activities(book: Book) -> None:
    book.activities.add(ProcessingActivity(name="Nieuwsbrief"))
    counts = book.contacts.view_counts()
    assert counts.total == 0
    assert counts.opted_out == 0
    assert counts.activities == (("Nieuwsbrief", 0),)


def test_unknown_views_have_no_filter_and_no_count(views_book: Book) -> None:
    counts = views_book.contacts.view_counts()
    for name in ("nonsense", "category:", "category:onbekend", "activity:Geen"):
        assert counts.count(name) is None
    assert view_filter("nonsense") is None
    assert view_filter("category:") is None


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (
            ContactOrder(),
            ["Kees Aap", "Jan Berg", "Emma Bos", "Sanne Dijk", "Piet Vos", "Zoete Broodje"],
        ),
        (
            ContactOrder(SortField.NAME, descending=True),
            ["Zoete Broodje", "Piet Vos", "Sanne Dijk", "Emma Bos", "Jan Berg", "Kees Aap"],
        ),
        # contacts without an organisation come last in both directions
        (ContactOrder(SortField.ORGANISATION), ["Jan Berg", "Zoete Broodje", "Kees Aap"]),
        (
            ContactOrder(SortField.ORGANISATION, descending=True),
            ["Zoete Broodje", "Jan Berg", "Kees Aap"],
        ),
        (ContactOrder(SortField.EMAIL), ["Emma Bos", "Zoete Broodje", "Jan Berg"]),
        # the most urgent badge first: no legal basis, then assessment missing, then to review
        (ContactOrder(SortField.BADGE), ["Kees Aap", "Emma Bos", "Piet Vos", "Jan Berg"]),
        (ContactOrder(SortField.BADGE, descending=True), ["Sanne Dijk", "Zoete Broodje"]),
    ],
)
def test_sorting_happens_in_sql(views_book: Book, order: ContactOrder, expected: list[str]) -> None:
    names = [s.display_name for s in views_book.contacts.page(order=order)]
    assert names[: len(expected)] == expected
    # paging through a sorted list gives the same rows in the same order
    paged = [
        s.display_name
        for offset in range(0, 6, 2)
        for s in views_book.contacts.page(offset=offset, limit=2, order=order)
    ]
    assert paged == names
    # the id list a search reads is in the same order
    assert views_book.contacts.ids(order=order) == [
        s.id for s in views_book.contacts.page(order=order)
    ]


def test_position_of_a_contact_in_a_sorted_filtered_list(views_book: Book) -> None:
    business = view_filter("business")
    assert business is not None
    order = ContactOrder(SortField.NAME, descending=True)
    rows = views_book.contacts.page(business, order=order)
    for index, summary in enumerate(rows):
        assert views_book.contacts.position(summary.id, business, order) == index
    private_id = views_book.contacts.page(ContactFilter(scope=Scope.PRIVATE))[0].id
    assert views_book.contacts.position(private_id, business, order) is None
