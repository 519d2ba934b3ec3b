"""PRIVACY-RULES.md §1 and §2: what is personal data, and which contacts the GDPR covers."""

from __future__ import annotations

from typing import Any

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import EmailClassification, Scope, Subject
from contactbook.domain.gdpr_scope import (
    ScopeReason,
    gdpr_scope_reason,
    holds_personal_data,
    in_business_gdpr_scope,
    personal_fields,
)
from contactbook.domain.phone import Phone
from contactbook.domain.postal import (
    PostalAddress,
    is_dutch_postcode,
    normalise_dutch_postcode,
)

# --- Postal addresses: when they identify a household -------------------------------------


@pytest.mark.parametrize(
    ("address", "identifies"),
    [
        pytest.param(PostalAddress(postcode="1011 AB"), False, id="postcode_alone_not_personal"),
        pytest.param(
            PostalAddress(postcode="1011 AB", city="Amsterdam"),
            False,
            id="postcode_and_city_not_personal",
        ),
        pytest.param(
            PostalAddress(postcode="1011 AB", house_number="12"),
            True,
            id="postcode_and_house_number_personal",
        ),
        pytest.param(
            PostalAddress(street="Damrak", house_number="12a"),
            True,
            id="street_and_house_number_personal",
        ),
        pytest.param(
            PostalAddress(street="Damrak", city="Amsterdam"), False, id="street_alone_not_personal"
        ),
        pytest.param(
            PostalAddress(house_number="12", city="Amsterdam"),
            False,
            id="house_number_and_city_not_personal",
        ),
        pytest.param(PostalAddress(city="Amsterdam"), False, id="city_alone_not_personal"),
        pytest.param(
            PostalAddress(postcode="1011 AB", house_number="   "),
            False,
            id="blank_house_number_not_personal",
        ),
        pytest.param(
            PostalAddress(street="Damrak", house_number="12", postcode="1011 AB", city="A'dam"),
            True,
            id="full_address_personal",
        ),
        pytest.param(PostalAddress(), False, id="empty_not_personal"),
    ],
)
def test_postal_address_identifies_household(address: PostalAddress, identifies: bool) -> None:
    assert address.identifies_household() is identifies


@pytest.mark.parametrize(
    ("text", "valid", "normalised"),
    [
        pytest.param("1011ab", True, "1011 AB", id="postcode_normalised_space_upper"),
        pytest.param("1011 AB", True, "1011 AB", id="postcode_already_normal"),
        pytest.param(" 1011Ab ", True, "1011 AB", id="postcode_trimmed_mixed_case"),
        pytest.param("9999 ZZ", True, "9999 ZZ", id="postcode_highest"),
        pytest.param("0123 AB", False, "0123 AB", id="postcode_leading_zero_invalid"),
        pytest.param("1011 SA", False, "1011 SA", id="postcode_letters_SA_not_issued"),
        pytest.param("1011sd", False, "1011sd", id="postcode_letters_SD_not_issued_lower"),
        pytest.param("1011 SS", False, "1011 SS", id="postcode_letters_SS_not_issued"),
        pytest.param("1011 SB", True, "1011 SB", id="postcode_other_S_pairs_fine"),
        pytest.param("101 AB", False, "101 AB", id="postcode_three_digits"),
        pytest.param("10111 AB", False, "10111 AB", id="postcode_five_digits"),
        pytest.param("1011 A", False, "1011 A", id="postcode_one_letter"),
        pytest.param("1011 A1", False, "1011 A1", id="postcode_digit_for_letter"),
        pytest.param(" B-1000 ", False, "B-1000", id="foreign_postcode_kept_trimmed"),
        pytest.param("", False, "", id="postcode_empty"),
    ],
)
def test_dutch_postcode(text: str, valid: bool, normalised: str) -> None:
    assert is_dutch_postcode(text) is valid
    assert normalise_dutch_postcode(text) == normalised


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        pytest.param(
            PostalAddress("Damrak", "12", "1011 AB", "Amsterdam"),
            "Damrak 12, 1011 AB Amsterdam",
            id="one_line_full",
        ),
        pytest.param(PostalAddress(city="Amsterdam"), "Amsterdam", id="one_line_city_only"),
    ],
)
def test_postal_one_line(address: PostalAddress, expected: str) -> None:
    assert address.one_line() == expected


# --- Contacts: organisation, deceased, household exemption, living person -----------------


def person(**kwargs: Any) -> Contact:
    defaults: dict[str, Any] = {"given_name": "Jan", "family_name": "Jansen"}
    defaults.update(kwargs)
    return Contact(**defaults)


@pytest.mark.parametrize(
    ("contact", "holds", "reason", "in_business_scope"),
    [
        pytest.param(
            person(subject=Subject.ORGANISATION, organisation="Acme BV", scope=Scope.BUSINESS),
            False,
            ScopeReason.ORGANISATION,
            False,
            id="organisation_not_personal_data",
        ),
        pytest.param(
            person(subject=Subject.ORGANISATION, deceased=True, scope=Scope.PRIVATE),
            False,
            ScopeReason.ORGANISATION,
            False,
            id="organisation_checked_first",
        ),
        pytest.param(
            person(deceased=True, scope=Scope.BUSINESS),
            False,
            ScopeReason.DECEASED,
            False,
            id="deceased_outside_gdpr",
        ),
        pytest.param(
            person(deceased=True, scope=Scope.PRIVATE),
            False,
            ScopeReason.DECEASED,
            False,
            id="deceased_before_household_exemption",
        ),
        pytest.param(
            person(scope=Scope.PRIVATE),
            True,
            ScopeReason.HOUSEHOLD_EXEMPTION,
            False,
            id="private_household_exemption_still_personal_data",
        ),
        pytest.param(
            person(scope=Scope.BUSINESS),
            True,
            ScopeReason.LIVING_PERSON,
            True,
            id="living_business_person",
        ),
        pytest.param(
            person(scope=Scope.UNSORTED),
            True,
            ScopeReason.LIVING_PERSON,
            True,
            id="unsorted_living_person_counts_as_possibly_business",
        ),
    ],
)
def test_gdpr_scope(
    contact: Contact, holds: bool, reason: ScopeReason, in_business_scope: bool
) -> None:
    assert holds_personal_data(contact) is holds
    assert gdpr_scope_reason(contact) is reason
    assert in_business_gdpr_scope(contact) is in_business_scope


GENERIC_EMAIL = EmailAddress("info@acme.nl", auto_classification=EmailClassification.GENERIC)
PERSONAL_EMAIL = EmailAddress("jan@acme.nl", auto_classification=EmailClassification.PERSONAL)


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        pytest.param(person(), ["name"], id="name_only"),
        pytest.param(person(emails=[GENERIC_EMAIL]), ["name"], id="generic_email_does_not_count"),
        pytest.param(
            person(emails=[GENERIC_EMAIL, PERSONAL_EMAIL]),
            ["name", "personal_email"],
            id="personal_email_counts",
        ),
        pytest.param(
            person(
                emails=[
                    EmailAddress(
                        "info@acme.nl",
                        auto_classification=EmailClassification.GENERIC,
                        override=EmailClassification.PERSONAL,
                    )
                ]
            ),
            ["name", "personal_email"],
            id="override_to_personal_counts",
        ),
        pytest.param(
            person(
                emails=[
                    EmailAddress(
                        "jan@acme.nl",
                        auto_classification=EmailClassification.PERSONAL,
                        override=EmailClassification.GENERIC,
                    )
                ]
            ),
            ["name"],
            id="override_to_generic_does_not_count",
        ),
        pytest.param(
            person(addresses=[PostalAddress(street="Damrak", postcode="1011 AB", city="A'dam")]),
            ["name"],
            id="postal_without_house_number_does_not_count",
        ),
        pytest.param(
            person(addresses=[PostalAddress(postcode="1011 AB", house_number="12")]),
            ["name", "postal_address"],
            id="postal_with_house_number_counts",
        ),
        pytest.param(
            person(phones=[Phone.parse("06 12345678")]), ["name", "phone"], id="person_phone"
        ),
        pytest.param(
            person(phones=[Phone.parse("06-1234")]),
            ["name", "phone"],
            id="invalid_phone_still_personal_data",
        ),
        pytest.param(
            person(
                emails=[PERSONAL_EMAIL],
                phones=[Phone.parse("06 12345678")],
                addresses=[PostalAddress(postcode="1011 AB", house_number="12")],
                birthday=Birthday(4, 12, 1980),
                photo=b"\x89PNG",
                notes="met at the fair",
                job_title="Inkoper",
            ),
            [
                "name",
                "personal_email",
                "phone",
                "postal_address",
                "birthday",
                "photo",
                "notes",
                "job_title",
            ],
            id="all_fields_in_register_order",
        ),
        pytest.param(
            person(notes="   ", job_title=" ", photo=b""),
            ["name"],
            id="blank_notes_job_title_and_empty_photo_do_not_count",
        ),
        pytest.param(
            person(given_name="", family_name="", emails=[PERSONAL_EMAIL]),
            ["personal_email"],
            id="no_name_fields",
        ),
        pytest.param(
            person(scope=Scope.PRIVATE, emails=[PERSONAL_EMAIL]),
            ["name", "personal_email"],
            id="private_contact_still_holds_personal_data",
        ),
        pytest.param(
            person(
                subject=Subject.ORGANISATION,
                organisation="Acme BV",
                emails=[PERSONAL_EMAIL],
                phones=[Phone.parse("020 123 4567")],
            ),
            [],
            id="organisation_gives_nothing",
        ),
        pytest.param(
            person(
                deceased=True,
                emails=[PERSONAL_EMAIL],
                phones=[Phone.parse("06 12345678")],
                birthday=Birthday(4, 12, 1980),
            ),
            [],
            id="deceased_gives_nothing",
        ),
    ],
)
def test_personal_fields(contact: Contact, expected: list[str]) -> None:
    assert personal_fields(contact) == expected


@pytest.mark.parametrize(
    ("address", "given", "family", "classification"),
    [
        pytest.param("info@acme.nl", "Jan", "Jansen", EmailClassification.GENERIC, id="role"),
        pytest.param(
            "jan.jansen@acme.nl", "Jan", "Jansen", EmailClassification.PERSONAL, id="name"
        ),
        pytest.param("info@gmail.com", "Jan", "Jansen", EmailClassification.PERSONAL, id="free"),
    ],
)
def test_contact_reclassifies_emails_keeping_override(
    address: str, given: str, family: str, classification: EmailClassification
) -> None:
    override = EmailClassification.PERSONAL
    contact = person(
        given_name=given,
        family_name=family,
        emails=[
            EmailAddress(address),
            EmailAddress(address, override=override),
        ],
    )
    auto, overridden = contact.with_classified_emails().emails
    assert auto.classification is classification
    assert overridden.auto_classification is classification
    assert overridden.override is override
    assert overridden.classification is override
