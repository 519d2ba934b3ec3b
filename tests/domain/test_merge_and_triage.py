"""Merging an incoming card into a known contact, and the private/business suggestion."""

from __future__ import annotations

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.merge import merge_into
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.domain.triage import TriageReason, suggest_scope


def known() -> Contact:
    return Contact(
        given_name="Jan",
        family_name="de Vries",
        organisation="Bakkerij Bos",
        scope=Scope.BUSINESS,
        legal_basis=LegalBasisRecord(LegalBasis.CONTRACT, note="Order 12"),
        emails=[EmailAddress("jan@bakkerijbos.nl", "work")],
        phones=[Phone.parse("06 12345678", "cell")],
        notes="Klant sinds 2019",
        categories=["klant"],
    )


def test_new_details_are_added_and_existing_values_kept() -> None:
    incoming = Contact(
        given_name="Johannes",  # differs: the book's value stays
        family_name="de Vries",
        job_title="Eigenaar",  # empty in the book: filled
        scope=Scope.PRIVATE,  # scope is the owner's decision: unchanged
        emails=[EmailAddress("JAN@bakkerijbos.nl"), EmailAddress("jan.devries@gmail.com")],
        phones=[Phone.parse("+31 6 1234 5678"), Phone.parse("020 123 4567", "work")],
        addresses=[PostalAddress("Kerkstraat", "1", "1011 AB", "Amsterdam")],
        birthday=Birthday(4, 12, 1980),
        notes="Andere notitie",
        categories=["klant", "beurs"],
    )
    result = merge_into(known(), incoming)
    merged = result.contact
    assert merged.given_name == "Jan"
    assert merged.job_title == "Eigenaar"
    assert merged.scope is Scope.BUSINESS
    assert merged.legal_basis.basis is LegalBasis.CONTRACT
    assert [e.address for e in merged.emails] == ["jan@bakkerijbos.nl", "jan.devries@gmail.com"]
    assert [p.e164 for p in merged.phones] == ["+31612345678", "+31201234567"]
    assert merged.birthday == Birthday(4, 12, 1980)
    assert merged.notes == "Klant sinds 2019"
    assert merged.categories == ["klant", "beurs"]
    assert set(result.added) == {"job_title", "email", "phone", "address", "birthday", "category"}


def test_merging_the_same_card_again_changes_nothing() -> None:
    once = merge_into(known(), known()).contact
    result = merge_into(once, known())
    assert not result.changed
    assert result.contact == once


def test_duplicates_inside_the_incoming_card_are_added_once() -> None:
    incoming = Contact(
        emails=[EmailAddress("a@x.nl"), EmailAddress("b@x.nl"), EmailAddress("A@x.nl")],
        phones=[Phone.parse("0201234567"), Phone.parse("020 123 4567")],
    )
    merged = merge_into(Contact(), incoming).contact
    assert [e.address for e in merged.emails] == ["a@x.nl", "b@x.nl"]
    assert len(merged.phones) == 1


@pytest.mark.parametrize(
    ("contact", "scope", "reason"),
    [
        pytest.param(
            Contact(organisation="Bos", subject=Subject.ORGANISATION),
            Scope.BUSINESS,
            TriageReason.ORGANISATION_RECORD,
            id="organisation-record",
        ),
        pytest.param(
            Contact(given_name="Jan", organisation="Bakkerij Bos"),
            Scope.BUSINESS,
            TriageReason.HAS_ORGANISATION,
            id="organisation",
        ),
        pytest.param(
            Contact(given_name="Jan", job_title="Inkoper"),
            Scope.BUSINESS,
            TriageReason.HAS_JOB_TITLE,
            id="job-title",
        ),
        pytest.param(
            Contact(given_name="Jan", emails=[EmailAddress("jan@bakkerijbos.nl")]),
            Scope.BUSINESS,
            TriageReason.COMPANY_DOMAIN,
            id="company-domain",
        ),
        pytest.param(
            Contact(given_name="Oma", emails=[EmailAddress("oma@ziggo.nl")]),
            Scope.PRIVATE,
            TriageReason.NOTHING_BUSINESS_LIKE,
            id="free-mail-only",
        ),
        pytest.param(
            Contact(given_name="Oma", phones=[Phone.parse("0612345678")]),
            Scope.PRIVATE,
            TriageReason.NOTHING_BUSINESS_LIKE,
            id="phone-only",
        ),
    ],
)
def test_scope_suggestion(contact: Contact, scope: Scope, reason: TriageReason) -> None:
    assert suggest_scope(contact) == (scope, reason)
