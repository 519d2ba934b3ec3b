"""PRIVACY-RULES.md §5: the register's facts derived from an activity and its contacts."""

from __future__ import annotations

import pytest

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.domain.register import (
    ActivityTally,
    PersonalDataCategory,
    RegisterWarning,
    WarningReason,
    activity_gaps,
    counts_as_data_subject,
    derive_entry,
    register_entry,
    tally_contacts,
)

Category = PersonalDataCategory
COMPLETE_TEST = BalancingTest("growth", "needed for first contact", "business data only")
COMPLETE_ACTIVITY = ProcessingActivity(
    name="Klantbeheer",
    purposes="Orders uitvoeren",
    retention_period="7 jaar",
    default_legal_basis=LegalBasis.CONTRACT,
)


def business_person(
    given: str = "Jan",
    family: str = "Jansen",
    basis: LegalBasis = LegalBasis.CONTRACT,
    **fields: object,
) -> Contact:
    contact = Contact(
        given_name=given,
        family_name=family,
        scope=Scope.BUSINESS,
        legal_basis=LegalBasisRecord(basis),
    )
    for name, value in fields.items():
        setattr(contact, name, value)
    return contact.with_classified_emails()


def held(*contacts: Contact) -> tuple[PersonalDataCategory, ...]:
    return derive_entry(COMPLETE_ACTIVITY, contacts).categories_held


# --- categories of personal data actually held ------------------------------------------


def test_generic_address_adds_no_email_category() -> None:
    contact = business_person(emails=[EmailAddress("info@bakkerij.nl")])
    assert contact.emails[0].classification is EmailClassification.GENERIC
    assert held(contact) == (Category.NAME,)


def test_personal_address_adds_the_email_category() -> None:
    contact = business_person(emails=[EmailAddress("jan.jansen@bakkerij.nl")])
    assert held(contact) == (Category.NAME, Category.PERSONAL_EMAIL)


def test_a_users_override_to_generic_wins() -> None:
    address = EmailAddress("jan.jansen@bakkerij.nl", override=EmailClassification.GENERIC)
    assert held(business_person(emails=[address])) == (Category.NAME,)


def test_postcode_without_house_number_is_not_an_address() -> None:
    contact = business_person(addresses=[PostalAddress(postcode="1011 AB", city="Amsterdam")])
    assert Category.POSTAL_ADDRESS not in held(contact)


def test_postcode_with_house_number_is_an_address() -> None:
    contact = business_person(addresses=[PostalAddress(postcode="1011 AB", house_number="12")])
    assert Category.POSTAL_ADDRESS in held(contact)


def test_street_with_house_number_is_an_address() -> None:
    contact = business_person(addresses=[PostalAddress(street="Damrak", house_number="1")])
    assert Category.POSTAL_ADDRESS in held(contact)


def test_every_category_in_register_order() -> None:
    contact = business_person(
        emails=[EmailAddress("jan@gmail.com")],
        phones=[Phone.parse("06 12345678")],
        addresses=[PostalAddress(postcode="1011 AB", house_number="12")],
        birthday=Birthday(4, 12, 1980),
        photo=b"\x89PNG",
        notes="Belt liever dan te mailen",
        job_title="Inkoper",
    )
    assert held(contact) == tuple(PersonalDataCategory)


def test_categories_are_the_union_over_the_contacts() -> None:
    with_phone = business_person(phones=[Phone.parse("06 12345678")])
    with_birthday = business_person("Piet", "Pieters", birthday=Birthday(1, 2))
    assert held(with_phone, with_birthday) == (Category.NAME, Category.PHONE, Category.BIRTHDAY)


def test_data_of_contacts_outside_the_count_adds_no_category() -> None:
    private = business_person(phones=[Phone.parse("06 12345678")])
    private.scope = Scope.PRIVATE
    deceased = business_person(birthday=Birthday(1, 2), deceased=True)
    organisation = Contact(
        organisation="Bakkerij Bos",
        subject=Subject.ORGANISATION,
        scope=Scope.BUSINESS,
        phones=[Phone.parse("020 1234567")],
        notes="Leverancier van meel",
    )
    assert held(private, deceased, organisation) == ()


# --- the number of data subjects --------------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "counted"),
    [
        pytest.param(business_person(), True, id="business_person_counts"),
        pytest.param(
            Contact(given_name="Els", scope=Scope.UNSORTED), True, id="unsorted_person_counts"
        ),
        pytest.param(
            Contact(given_name="Oma", scope=Scope.PRIVATE), False, id="private_not_counted"
        ),
        pytest.param(
            Contact(organisation="Bos BV", subject=Subject.ORGANISATION, scope=Scope.BUSINESS),
            False,
            id="organisation_not_counted",
        ),
        pytest.param(business_person(deceased=True), False, id="deceased_not_counted"),
    ],
)
def test_who_counts_as_a_data_subject(contact: Contact, counted: bool) -> None:
    assert counts_as_data_subject(contact) is counted
    entry = derive_entry(COMPLETE_ACTIVITY, [contact])
    assert entry.data_subjects == int(counted)
    assert entry.linked_contacts == 1


def test_private_organisation_and_deceased_are_not_counted_together() -> None:
    contacts = [
        business_person("Jan"),
        business_person("Piet", basis=LegalBasis.CONSENT),
        Contact(given_name="Oma", scope=Scope.PRIVATE),
        Contact(organisation="Bos BV", subject=Subject.ORGANISATION, scope=Scope.BUSINESS),
        business_person("Klaas", deceased=True),
    ]
    entry = derive_entry(COMPLETE_ACTIVITY, contacts)
    assert entry.linked_contacts == 5
    assert entry.data_subjects == 2
    assert entry.bases_in_use == ((LegalBasis.CONSENT, 1), (LegalBasis.CONTRACT, 1))


# --- legal bases in use -----------------------------------------------------------------


def test_bases_in_use_are_counted_in_article_order() -> None:
    contacts = [
        business_person("A", basis=LegalBasis.LEGITIMATE_INTEREST),
        business_person("B", basis=LegalBasis.CONTRACT),
        business_person("C", basis=LegalBasis.CONTRACT),
        business_person("D", basis=LegalBasis.CONSENT),
    ]
    entry = derive_entry(COMPLETE_ACTIVITY, contacts)
    assert entry.bases_in_use == (
        (LegalBasis.CONSENT, 1),
        (LegalBasis.CONTRACT, 2),
        (LegalBasis.LEGITIMATE_INTEREST, 1),
    )


# --- warnings where register and data disagree ------------------------------------------


def test_a_complete_activity_with_sound_contacts_has_no_warnings() -> None:
    assert derive_entry(COMPLETE_ACTIVITY, [business_person()]).warnings == ()


def test_contacts_on_legitimate_interest_without_balancing_test() -> None:
    missing = business_person("A", basis=LegalBasis.LEGITIMATE_INTEREST)
    incomplete = business_person("B", basis=LegalBasis.LEGITIMATE_INTEREST)
    incomplete.legal_basis = LegalBasisRecord(
        LegalBasis.LEGITIMATE_INTEREST, balancing_test=BalancingTest("growth", "", "")
    )
    assessed = business_person("C")
    assessed.legal_basis = LegalBasisRecord(
        LegalBasis.LEGITIMATE_INTEREST, balancing_test=COMPLETE_TEST
    )
    entry = derive_entry(COMPLETE_ACTIVITY, [missing, incomplete, assessed])
    assert entry.warnings == (RegisterWarning(WarningReason.CONTACTS_ASSESSMENT_MISSING, 2),)


def test_private_contacts_linked_are_a_warning() -> None:
    entry = derive_entry(COMPLETE_ACTIVITY, [Contact(given_name="Oma", scope=Scope.PRIVATE)])
    assert entry.warnings == (RegisterWarning(WarningReason.PRIVATE_CONTACTS_LINKED, 1),)


def test_business_contacts_without_basis_and_unreviewed_ones() -> None:
    contacts = [
        business_person("A", basis=LegalBasis.NONE),
        Contact(given_name="B", scope=Scope.UNSORTED),
    ]
    assert derive_entry(COMPLETE_ACTIVITY, contacts).reasons == (
        WarningReason.CONTACTS_WITHOUT_BASIS,
        WarningReason.CONTACTS_NOT_REVIEWED,
    )


@pytest.mark.parametrize(
    ("activity", "gaps"),
    [
        pytest.param(COMPLETE_ACTIVITY, [], id="complete"),
        pytest.param(
            ProcessingActivity(name="Leads", purposes="x", default_legal_basis=LegalBasis.CONTRACT),
            [WarningReason.NO_RETENTION_PERIOD],
            id="no_retention_period",
        ),
        pytest.param(
            ProcessingActivity(
                name="Leads",
                purposes="x",
                retention_months=24,
                default_legal_basis=LegalBasis.CONTRACT,
            ),
            [],
            id="retention_in_months_is_enough",
        ),
        pytest.param(
            ProcessingActivity(
                name="Leads",
                purposes="x",
                retention_period="2 jaar",
                default_legal_basis=LegalBasis.LEGITIMATE_INTEREST,
            ),
            [WarningReason.ACTIVITY_ASSESSMENT_MISSING],
            id="legitimate_interest_without_balancing_test",
        ),
        pytest.param(
            ProcessingActivity(
                name="Leads",
                purposes="x",
                retention_period="2 jaar",
                default_legal_basis=LegalBasis.LEGITIMATE_INTEREST,
                balancing_test=COMPLETE_TEST,
            ),
            [],
            id="legitimate_interest_with_balancing_test",
        ),
        pytest.param(
            ProcessingActivity(name="Leads", retention_period="2 jaar"),
            [WarningReason.NO_PURPOSES, WarningReason.NO_LEGAL_BASIS],
            id="no_purposes_and_no_basis",
        ),
    ],
)
def test_gaps_in_the_activity_itself(
    activity: ProcessingActivity, gaps: list[WarningReason]
) -> None:
    assert activity_gaps(activity) == gaps
    assert derive_entry(activity, []).reasons == tuple(gaps)


def test_private_contacts_come_first_among_the_warnings() -> None:
    activity = ProcessingActivity(name="Leeg")
    entry = derive_entry(activity, [Contact(given_name="Oma", scope=Scope.PRIVATE)])
    assert entry.reasons[0] is WarningReason.PRIVATE_CONTACTS_LINKED
    assert WarningReason.NO_RETENTION_PERIOD in entry.reasons


# --- the tally is the interface to the SQL aggregates -----------------------------------


def test_an_entry_from_a_tally_equals_one_from_contacts() -> None:
    contacts = [
        business_person(emails=[EmailAddress("jan@gmail.com")]),
        Contact(given_name="Oma", scope=Scope.PRIVATE),
    ]
    tally = tally_contacts(contacts)
    assert tally == ActivityTally(
        linked=2,
        data_subjects=1,
        categories={Category.NAME: 1, Category.PERSONAL_EMAIL: 1},
        bases={LegalBasis.CONTRACT: 1},
        private=1,
    )
    assert register_entry(COMPLETE_ACTIVITY, tally) == derive_entry(COMPLETE_ACTIVITY, contacts)


def test_an_activity_without_contacts() -> None:
    entry = register_entry(COMPLETE_ACTIVITY, ActivityTally())
    assert (entry.linked_contacts, entry.data_subjects) == (0, 0)
    assert entry.categories_held == ()
    assert entry.bases_in_use == ()


def test_register_entry_keeps_the_activity() -> None:
    activity = ProcessingActivity(
        name="Leads", purposes="x", retention_period="1 jaar", balancing_test=COMPLETE_TEST
    )
    entry = derive_entry(activity, [])
    assert entry.activity is activity
