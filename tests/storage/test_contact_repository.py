"""Contacts through the real schema: round trip, search, filters, order, paging."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.badge import BadgeKind
from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.services.book import Book
from contactbook.storage.errors import NotFoundError


def full_contact() -> Contact:
    return Contact(
        given_name="Zoë",
        family_name="van den Berg",
        middle_name="Maria",
        name_prefix="dr.",
        name_suffix="MBA",
        nickname="Zo",
        organisation="Bakkerij Bos",
        job_title="Inkoper",
        scope=Scope.BUSINESS,
        emails=[
            EmailAddress("zoe.vandenberg@bakkerijbos.nl", "work"),
            EmailAddress("info@bakkerijbos.nl", "work", published=True),
            EmailAddress("z.berg@example.nl", override=EmailClassification.GENERIC),
        ],
        phones=[Phone.parse("06 12345678", "cell"), Phone.parse("06-1234", "home")],
        addresses=[PostalAddress("Kerkstraat", "1", "1011 AB", "Amsterdam", "NL", "work")],
        birthday=Birthday(4, 12),
        photo=b"\xff\xd8\xff\xe0fakejpeg",
        thumbnail=b"\x89PNGthumb",
        extra_properties=["URL;TYPE=work:https://bakkerijbos.nl", "X-SOCIAL:@zoe"],
        notes="Wil graag op dinsdag gebeld worden.",
        categories=["klant", "bakkers"],
        legal_basis=LegalBasisRecord(
            LegalBasis.LEGITIMATE_INTEREST,
            note="Leads van de beurs",
            balancing_test=BalancingTest("Nieuwe klanten", "Alleen zakelijk", "Laag risico"),
            recorded_on=date(2025, 3, 1),
        ),
    ).with_classified_emails()


def test_a_contact_comes_back_exactly_as_stored(book: Book) -> None:
    stored = book.contacts.add(full_contact())
    assert stored.id is not None
    assert stored.uid
    loaded = book.contacts.get(stored.id)
    expected = replace(full_contact(), categories=["bakkers", "klant"])
    ignore = {"id": None, "uid": "", "created_at": None, "updated_at": None}
    assert replace(loaded, **ignore) == replace(expected, **ignore)
    assert loaded.emails[1].classification is EmailClassification.GENERIC
    assert loaded.emails[2].override is EmailClassification.GENERIC
    assert loaded.phones[1].valid is False
    assert loaded.phones[1].raw == "06-1234"


def test_saving_replaces_details_and_keeps_creation_time(book: Book) -> None:
    stored = book.contacts.add(full_contact())
    changed = replace(stored, emails=[], phones=[Phone.parse("020 123 4567")], categories=[])
    book.contacts.save(changed)
    assert stored.id is not None
    loaded = book.contacts.get(stored.id)
    assert loaded.emails == []
    assert [p.e164 for p in loaded.phones] == ["+31201234567"]
    assert loaded.created_at == stored.created_at
    assert book.contacts.count(ContactFilter(search="zoe.vandenberg")) == 0
    assert book.contacts.count(ContactFilter(search="020 123")) == 1


def test_delete_removes_the_contact_and_its_search_entry(book: Book) -> None:
    stored = book.contacts.add(full_contact())
    assert stored.id is not None
    book.contacts.delete(stored.id)
    with pytest.raises(NotFoundError):
        book.contacts.get(stored.id)
    assert book.contacts.count(ContactFilter(search="zoe")) == 0
    with pytest.raises(NotFoundError):
        book.contacts.delete(stored.id)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        pytest.param("zoe", True, id="without-diacritics-finds-diacritics"),
        pytest.param("ZOË", True, id="case-insensitive"),
        pytest.param("oë van", True, id="substring-across-words-per-term"),
        pytest.param("berg", True, id="family-name-substring"),
        pytest.param("bakkerij", True, id="organisation"),
        pytest.param("vandenberg@bakker", True, id="e-mail-substring"),
        pytest.param("0612", True, id="phone-national-notation"),
        pytest.param("+31 6 12", True, id="phone-international-with-spaces"),
        pytest.param("06-1234 5678", True, id="phone-other-notation"),
        pytest.param("amsterdam", True, id="city"),
        pytest.param("zo", True, id="two-letter-query"),
        pytest.param("berg amster", True, id="all-terms-must-match"),
        pytest.param("berg rotterdam", False, id="one-term-missing"),
        pytest.param("inkoper", False, id="job-title-not-searched"),
        pytest.param('"; DROP TABLE contacts; --', False, id="hostile-query-is-text"),
    ],
)
def test_search(book: Book, query: str, found: bool) -> None:
    book.contacts.add(full_contact())
    book.contacts.add(Contact(given_name="Piet", family_name="Jansen", scope=Scope.PRIVATE))
    assert book.contacts.count(ContactFilter(search=query)) == (1 if found else 0)


def _people(book: Book) -> None:
    book.activities.add(ProcessingActivity("Klantbeheer"))
    book.contacts.add_many(
        [
            Contact(
                given_name="Jan",
                family_name="Bakker",
                scope=Scope.BUSINESS,
                legal_basis=LegalBasisRecord(LegalBasis.CONTRACT),
                activities=["Klantbeheer"],
                categories=["klant"],
            ),
            Contact(
                given_name="Jan",
                family_name="van den Berg",
                scope=Scope.BUSINESS,
                legal_basis=LegalBasisRecord(LegalBasis.LEGITIMATE_INTEREST),
            ),
            Contact(given_name="Anna", family_name="Bos", scope=Scope.PRIVATE),
            Contact(given_name="Els", family_name="de Wit", scope=Scope.UNSORTED),
            Contact(
                organisation="Aannemer Visser", subject=Subject.ORGANISATION, scope=Scope.BUSINESS
            ),
        ]
    )


def test_list_order_is_by_the_main_part_of_the_family_name(book: Book) -> None:
    _people(book)
    names = [s.display_name for s in book.contacts.page()]
    assert names == ["Aannemer Visser", "Jan Bakker", "Jan van den Berg", "Anna Bos", "Els de Wit"]


@pytest.mark.parametrize(
    ("contact_filter", "expected"),
    [
        pytest.param(ContactFilter(scope=Scope.BUSINESS), 3, id="scope"),
        pytest.param(ContactFilter(basis=LegalBasis.CONTRACT), 1, id="basis"),
        pytest.param(ContactFilter(subject=Subject.ORGANISATION), 1, id="subject"),
        pytest.param(ContactFilter(badge=BadgeKind.ASSESSMENT_MISSING), 1, id="badge"),
        pytest.param(ContactFilter(badge=BadgeKind.TO_REVIEW), 1, id="badge-to-review"),
        pytest.param(ContactFilter(category="klant"), 1, id="category"),
        pytest.param(ContactFilter(activity="Klantbeheer"), 1, id="activity"),
        pytest.param(ContactFilter(scope=Scope.BUSINESS, search="jan"), 2, id="combined"),
        pytest.param(ContactFilter(category="nobody"), 0, id="unknown-category"),
    ],
)
def test_filters_and_counts(book: Book, contact_filter: ContactFilter, expected: int) -> None:
    _people(book)
    assert book.contacts.count(contact_filter) == expected
    assert len(book.contacts.page(contact_filter)) == expected
    assert len(book.contacts.get_many(contact_filter)) == expected


def test_paging_walks_every_contact_once(book: Book) -> None:
    book.contacts.add_many(
        [Contact(given_name=f"Kees{i:03d}", family_name="Smit") for i in range(250)]
    )
    seen: list[int] = []
    offset = 0
    while page := book.contacts.page(offset=offset, limit=100):
        seen.extend(s.id for s in page)
        offset += len(page)
    assert len(seen) == len(set(seen)) == 250


def test_the_list_row_carries_badge_and_main_fields(book: Book) -> None:
    book.contacts.add(full_contact())
    [summary] = book.contacts.page()
    assert summary.badge is BadgeKind.LEGITIMATE_INTEREST
    assert summary.main_email == "zoe.vandenberg@bakkerijbos.nl"
    assert summary.main_phone == "06 12345678"
    assert summary.initials == "ZB"
    assert summary.has_photo
    assert summary.city == "Amsterdam"


def test_an_unknown_activity_name_stores_nothing(book: Book) -> None:
    with pytest.raises(NotFoundError, match="Nieuwsbrief"):
        book.contacts.add_many(
            [Contact(given_name="A"), Contact(given_name="B", activities=["Nieuwsbrief"])]
        )
    assert book.contacts.count() == 0


def test_e_mail_classification_is_automatic_and_follows_the_name(book: Book) -> None:
    stored = book.contacts.add(
        Contact(
            given_name="Kim",
            family_name="Jansen",
            emails=[EmailAddress("kim@bedrijf.nl"), EmailAddress("info@bedrijf.nl")],
        )
    )
    assert [e.classification for e in stored.emails] == [
        EmailClassification.PERSONAL,
        EmailClassification.GENERIC,
    ]
    # the user says "planning@" is personal here; the override survives later saves
    overridden = replace(
        stored,
        emails=[
            *stored.emails,
            EmailAddress("planning@bedrijf.nl", override=EmailClassification.PERSONAL),
        ],
    )
    saved = book.contacts.save(overridden)
    assert saved.id is not None
    loaded = book.contacts.get(saved.id)
    assert loaded.emails[2].auto_classification is EmailClassification.GENERIC
    assert loaded.emails[2].classification is EmailClassification.PERSONAL
