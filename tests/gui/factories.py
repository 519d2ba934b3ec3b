"""Domain contacts for the GUI tests, as a user would enter them."""

from __future__ import annotations

from collections.abc import Sequence

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import LegalBasis, Scope
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.phone import Phone


def person(
    given_name: str,
    family_name: str,
    *,
    scope: Scope = Scope.BUSINESS,
    basis: LegalBasis = LegalBasis.CONTRACT,
    note: str = "",
    organisation: str = "",
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
) -> Contact:
    """A person with classified e-mail addresses and parsed phone numbers."""
    contact = Contact(
        given_name=given_name,
        family_name=family_name,
        organisation=organisation,
        scope=scope,
        legal_basis=LegalBasisRecord(basis, note=note)
        if scope is Scope.BUSINESS
        else LegalBasisRecord(),
        emails=[EmailAddress(address) for address in emails],
        phones=[Phone.parse(raw) for raw in phones],
    )
    return contact.with_classified_emails()
