"""The demo generator: realistic Dutch contacts that follow the privacy rules, the same ones
from the same seed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from contactbook.domain.badge import BadgeKind, badge_for
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import ConsentKind, EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.names import fold, split_family_name
from contactbook.domain.personal_data import FREE_MAIL_DOMAINS, is_role_local_part
from contactbook.domain.phone import Phone
from contactbook.domain.postal import is_dutch_postcode, normalise_dutch_postcode
from contactbook.services import demo_vocabulary as vocab
from contactbook.services.book import Book, open_book
from contactbook.services.demo_data import (
    DEMO_CATEGORY,
    REFERENCE_MOMENT,
    DemoSummary,
    generate_demo,
)

CONTACTS = 500
SEED = 7

Fingerprint = tuple[str, tuple[str, ...], tuple[str, ...]]


@contextmanager
def fresh_book(path: Path) -> Iterator[Book]:
    book = open_book(path)
    try:
        yield book
    finally:
        book.close()


def fingerprints(book: Book) -> list[Fingerprint]:
    return [
        (c.display_name, tuple(e.address for e in c.emails), tuple(p.raw for p in c.phones))
        for c in book.contacts.get_many()
    ]


def histories(book: Book) -> dict[str, list[ConsentRecord]]:
    addresses = [e.address for c in book.contacts.get_many() for e in c.emails]
    return {key: records for key, records in book.consent.histories(addresses).items() if records}


def legal_bases(book: Book) -> list[LegalBasisRecord]:
    return [c.legal_basis for c in book.contacts.get_many()]


def consent_fingerprints(book: Book) -> dict[str, list[tuple[object, ...]]]:
    """Consent histories without their database ids, which differ between books."""
    return {
        key: [(r.kind, r.at, r.source, r.wording, r.note) for r in records]
        for key, records in histories(book).items()
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Book, DemoSummary]]:
    """One generated book shared by the tests that only read it (generating takes a while)."""
    with fresh_book(tmp_path_factory.mktemp("demo") / "demo.sqlite") as book:
        yield book, generate_demo(book, CONTACTS, seed=SEED)


@pytest.fixture(scope="module")
def demo_book(demo: tuple[Book, DemoSummary]) -> Book:
    return demo[0]


@pytest.fixture(scope="module")
def contacts(demo_book: Book) -> list[Contact]:
    return demo_book.contacts.get_many()


def business_persons(contacts: list[Contact]) -> list[Contact]:
    return [c for c in contacts if c.scope is Scope.BUSINESS and c.subject is Subject.PERSON]


# -- determinism ---------------------------------------------------------------------------


def test_same_seed_gives_same_contacts_and_consent_history(tmp_path: Path) -> None:
    with fresh_book(tmp_path / "a.sqlite") as first, fresh_book(tmp_path / "b.sqlite") as second:
        generate_demo(first, 300, seed=3)
        generate_demo(second, 300, seed=3)
        assert fingerprints(first) == fingerprints(second)
        assert legal_bases(first) == legal_bases(second)
        assert consent_fingerprints(first) == consent_fingerprints(second)


def test_different_seed_gives_different_contacts(tmp_path: Path) -> None:
    with fresh_book(tmp_path / "a.sqlite") as first, fresh_book(tmp_path / "b.sqlite") as second:
        generate_demo(first, 100, seed=1)
        generate_demo(second, 100, seed=2)
        assert fingerprints(first) != fingerprints(second)


# -- summary and mix -------------------------------------------------------------------------


def test_summary_counts_what_was_stored(demo: tuple[Book, DemoSummary]) -> None:
    book, summary = demo
    assert summary.contacts == CONTACTS == book.contacts.count()
    assert summary.activities == len(vocab.DEMO_ACTIVITIES)
    assert summary.consent_records == sum(len(records) for records in histories(book).values())
    assert summary.seconds > 0


def test_scopes_are_mixed_roughly_as_intended(contacts: list[Contact]) -> None:
    kinds = Counter(
        "organisation" if c.subject is Subject.ORGANISATION else c.scope.value for c in contacts
    )
    shares = {kind: count / len(contacts) for kind, count in kinds.items()}
    assert 0.20 <= shares["private"] <= 0.35
    assert 0.45 <= shares["business"] <= 0.65
    assert 0.04 <= shares["organisation"] <= 0.13
    assert 0.04 <= shares["unsorted"] <= 0.13


def test_business_persons_use_every_legal_basis(contacts: list[Contact]) -> None:
    persons = business_persons(contacts)
    bases = Counter(c.basis for c in persons)
    assert set(bases) == set(LegalBasis)
    assert bases.most_common(1)[0][0] is LegalBasis.CONTRACT
    badges = Counter(badge_for(c) for c in persons)
    assert badges[BadgeKind.ASSESSMENT_MISSING] > 0
    assert badges[BadgeKind.LEGITIMATE_INTEREST] > 0  # with a complete balancing test
    assert badges[BadgeKind.NO_LEGAL_BASIS] > 0


def test_evidence_is_recorded_for_the_bases(contacts: list[Contact]) -> None:
    for contact in business_persons(contacts):
        if contact.basis is LegalBasis.NONE:
            continue
        assert contact.legal_basis.note
        assert contact.legal_basis.recorded_on is not None
        assert contact.legal_basis.recorded_on < REFERENCE_MOMENT.date()


def test_private_contacts_stay_out_of_business_processing(contacts: list[Contact]) -> None:
    private = [c for c in contacts if c.scope is Scope.PRIVATE]
    assert private
    for contact in private:
        assert contact.basis is LegalBasis.NONE
        assert not contact.activities
        [own_category] = [c for c in contact.categories if c != DEMO_CATEGORY]
        assert own_category in vocab.PRIVATE_CATEGORIES
        assert all(e.address.split("@")[1] in FREE_MAIL_DOMAINS for e in contact.emails)


def test_a_few_deceased_and_birthdays_with_and_without_year(contacts: list[Contact]) -> None:
    persons = [c for c in contacts if c.subject is Subject.PERSON]
    assert 0 < sum(c.deceased for c in persons) < 0.05 * len(persons)
    birthdays = [c.birthday for c in persons if c.birthday is not None]
    assert any(b.year is None for b in birthdays)
    assert any(b.year is not None for b in birthdays)


# -- names -------------------------------------------------------------------------------


def test_names_include_particles_diacritics_and_other_origins(contacts: list[Contact]) -> None:
    persons = [c for c in contacts if c.subject is Subject.PERSON]
    assert any(split_family_name(c.family_name).particle for c in persons)
    assert any(c.family_name in vocab.DUTCH_FAMILY_PLAIN for c in persons)
    assert any(fold(c.given_name) != c.given_name.casefold() for c in persons)
    other = {name for origin in vocab.OTHER_ORIGINS for name in origin.family}
    assert any(c.family_name in other for c in persons)
    # The particle is part of family_name, and written lower case after a given name.
    assert any(" van " in f" {c.display_name} " for c in persons)


# -- e-mail addresses ----------------------------------------------------------------------


def test_organisation_addresses_are_generic(contacts: list[Contact]) -> None:
    organisations = [c for c in contacts if c.subject is Subject.ORGANISATION]
    assert organisations
    for organisation in organisations:
        assert organisation.emails[0].address.startswith("info@")
        for email in organisation.emails:
            assert email.address.split("@")[0] in vocab.GENERIC_LOCAL_PARTS
            assert email.classification is EmailClassification.GENERIC


def test_role_addresses_on_persons_are_generic(contacts: list[Contact]) -> None:
    role_addresses = [
        e for c in business_persons(contacts) for e in c.emails if e.address.startswith("info@")
    ]
    role_addresses += [e for c in contacts for e in c.emails if e.address.startswith("verkoop@")]
    assert role_addresses
    assert all(e.classification is EmailClassification.GENERIC for e in role_addresses)


def test_free_mail_and_name_addresses_are_personal(contacts: list[Contact]) -> None:
    persons = [c for c in contacts if c.subject is Subject.PERSON]
    free_mail = [
        e for c in persons for e in c.emails if e.address.split("@")[1] in FREE_MAIL_DOMAINS
    ]
    assert free_mail
    assert all(e.classification is EmailClassification.PERSONAL for e in free_mail)
    name_addresses = [
        (c, e)
        for c in business_persons(contacts)
        for e in c.emails
        if e.label == "work" and "." in e.address.split("@")[0]
    ]
    assert name_addresses  # voornaam.achternaam@ and v.achternaam@ at the company domain
    for _, email in name_addresses:
        assert email.classification is EmailClassification.PERSONAL
        assert not is_role_local_part(email.address.split("@")[0])


def test_work_addresses_use_the_company_domain_in_ascii(contacts: list[Contact]) -> None:
    for contact in business_persons(contacts):
        for email in contact.emails:
            local, domain = email.address.split("@")
            assert local.replace(".", "").replace("_", "").isascii()
            assert " " not in email.address
            assert "'" not in email.address
            if email.label == "work":
                assert domain.endswith(".nl")
                assert domain not in FREE_MAIL_DOMAINS


# -- phones and addresses ------------------------------------------------------------------


def test_phones_are_mostly_valid_e164_with_a_few_flagged_invalid(contacts: list[Contact]) -> None:
    phones = [p for c in contacts for p in c.phones]
    valid = [p for p in phones if p.valid]
    invalid = [p for p in phones if not p.valid]
    assert len(valid) >= 0.95 * len(phones)
    assert all(p.e164 is not None and p.e164.startswith("+31") for p in valid)
    assert all(len(p.e164 or "") == 12 for p in valid)
    assert invalid
    assert all(p.e164 is None and p.raw for p in invalid)


def test_phones_come_in_the_notations_people_type(contacts: list[Contact]) -> None:
    raws = [p.raw for c in contacts for p in c.phones]
    assert any(raw.startswith("06-") for raw in raws)
    assert any(raw.startswith("+31 6 ") for raw in raws)
    assert any(raw.startswith("00316") for raw in raws)
    assert any(raw.startswith("(0") for raw in raws)
    landline = [
        raw for raw in raws if not raw.replace("(", "").startswith(("06", "+31 6", "00316"))
    ]
    assert landline


def test_addresses_have_postcodes_in_their_city_range(contacts: list[Contact]) -> None:
    cities = {city.name: city for city in vocab.CITIES}
    addresses = [a for c in contacts for a in c.addresses]
    assert addresses
    for address in addresses:
        assert is_dutch_postcode(address.postcode)
        assert normalise_dutch_postcode(address.postcode) == address.postcode
        city = cities[address.city]
        assert city.postcode_low <= int(address.postcode[:4]) <= city.postcode_high
        assert address.street
        assert address.house_number
        assert address.country == "NL"
    assert any(not a.house_number.isdigit() for a in addresses)  # "12A", "7-II"


# -- activities, consent, controller -------------------------------------------------------


def test_activities_are_created_once_and_linked(book: Book) -> None:
    first = generate_demo(book, CONTACTS, seed=SEED)
    again = generate_demo(book, 50, seed=SEED + 1)
    assert first.activities == len(vocab.DEMO_ACTIVITIES)
    assert again.activities == 0
    names = [a.name for a in book.activities.list()]
    assert sorted(names) == sorted(a.name for a in vocab.DEMO_ACTIVITIES)
    assert all(count > 0 for count in book.activities.contact_counts().values())
    assert book.contacts.count() == CONTACTS + 50


def test_activities_are_filled_in_for_the_register(demo_book: Book) -> None:
    book = demo_book
    for activity in book.activities.list():
        for field in ("purposes", "data_subject_categories", "personal_data_categories"):
            assert getattr(activity, field), field
        for field in ("recipients", "processors", "retention_period", "security_measures"):
            assert getattr(activity, field), field
    lead = book.activities.get(vocab.LEAD_ACTIVITY)
    assert lead.balancing_test is not None
    assert lead.balancing_test.complete
    assert book.activities.get(vocab.CUSTOMER_ACTIVITY).retention_months == 84


def test_business_persons_are_linked_by_basis_and_role(contacts: list[Contact]) -> None:
    for contact in business_persons(contacts):
        [role] = [c for c in contact.categories if c != DEMO_CATEGORY]
        if role == "leverancier":
            assert contact.activities == [vocab.SUPPLIER_ACTIVITY]
        elif contact.basis is LegalBasis.CONSENT:
            assert vocab.NEWSLETTER_ACTIVITY in contact.activities
        elif contact.basis is LegalBasis.LEGITIMATE_INTEREST:
            assert contact.activities == [vocab.LEAD_ACTIVITY]
        elif contact.basis is LegalBasis.CONTRACT:
            assert contact.activities == [vocab.CUSTOMER_ACTIVITY]
    others = [
        c for c in contacts if c.scope is not Scope.BUSINESS or c.subject is not Subject.PERSON
    ]
    assert not any(c.activities for c in others)  # private, unsorted and organisations


def test_consent_histories_follow_the_bases(demo_book: Book, contacts: list[Contact]) -> None:
    recorded = histories(demo_book)
    kinds = Counter(record.kind for records in recorded.values() for record in records)
    assert set(kinds) == set(ConsentKind)
    owners = {e.address.lower(): c for c in contacts for e in c.emails}
    earliest = REFERENCE_MOMENT - timedelta(days=4 * 365 + 1)
    for address, records in recorded.items():
        contact = owners[address]
        assert contact.scope is Scope.BUSINESS
        assert contact.subject is Subject.PERSON
        assert all(earliest <= r.at < REFERENCE_MOMENT for r in records)
        first = records[0]
        if first.kind in (ConsentKind.OPT_IN, ConsentKind.DOUBLE_OPT_IN):
            assert contact.basis is LegalBasis.CONSENT
            assert first.source in vocab.CONSENT_SOURCES
            assert first.wording
        if first.kind is ConsentKind.SOFT_OPT_IN:
            assert contact.basis is LegalBasis.CONTRACT
    consenting = [c for c in business_persons(contacts) if c.basis is LegalBasis.CONSENT]
    assert consenting
    for contact in consenting:
        personal = [e for e in contact.emails if e.classification is EmailClassification.PERSONAL]
        assert personal[0].address.lower() in recorded


def test_controller_is_filled_only_when_empty(book: Book, tmp_path: Path) -> None:
    generate_demo(book, 0)
    assert book.settings.controller() == vocab.DEMO_CONTROLLER
    with fresh_book(tmp_path / "own.sqlite") as own:
        mine = ControllerDetails(company="Kapsalon Knip", email="hallo@knip.nl")
        own.settings.set_controller(mine)
        generate_demo(own, 10)
        assert own.settings.controller() == mine


def test_a_negative_number_is_refused(book: Book) -> None:
    with pytest.raises(ValueError, match="negative"):
        generate_demo(book, -1)


# -- the vocabulary itself -----------------------------------------------------------------


def test_no_name_hides_in_a_role_address() -> None:
    # A name inside the local part makes an address personal (PRIVACY-RULES.md §1), so a
    # given name such as "Ann" would turn "planning@" personal for Ann; the lists avoid that.
    given = {*vocab.DUTCH_GIVEN, *(n for origin in vocab.OTHER_ORIGINS for n in origin.given)}
    family = {*vocab.DUTCH_FAMILY_PLAIN, *vocab.DUTCH_FAMILY_PARTICLE}
    family |= {n for origin in vocab.OTHER_ORIGINS for n in origin.family}
    parts = {fold(name) for name in given}
    for name in family:  # the classifier looks at the main part, not at the particle
        split = split_family_name(name)
        parts |= {fold(split.main), fold(split.full).replace(" ", "").replace("'", "")}
    for local in vocab.GENERIC_LOCAL_PARTS:
        assert is_role_local_part(local)
        assert not [part for part in parts if len(part) >= 3 and part in local], local


@pytest.mark.parametrize("city", vocab.CITIES, ids=lambda city: city.name)
def test_every_city_has_a_working_area_code_and_postcode_range(city: vocab.City) -> None:
    subscriber = "23456789"[: 9 - len(city.area_code)]  # nine digits after the 0
    assert Phone.parse(f"0{city.area_code}{subscriber}").valid
    assert 1000 <= city.postcode_low <= city.postcode_high <= 9999


def test_every_sample_contact_is_marked_as_demo_data(contacts: list[Contact]) -> None:
    assert all(DEMO_CATEGORY in contact.categories for contact in contacts)
