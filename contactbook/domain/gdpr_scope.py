"""Which contacts and which of their fields are personal data under the GDPR."""

from __future__ import annotations

from enum import StrEnum

from contactbook.domain.contact import Contact
from contactbook.domain.enums import EmailClassification, Scope, Subject


class ScopeReason(StrEnum):
    ORGANISATION = "organisation"  # a legal person holds no personal data
    DECEASED = "deceased"  # the GDPR protects living persons only
    HOUSEHOLD_EXEMPTION = "household_exemption"  # private contacts, Art. 2(2)(c)
    LIVING_PERSON = "living_person"


def holds_personal_data(contact: Contact) -> bool:
    """Organisations and deceased persons hold no personal data; living persons do."""
    return contact.subject is Subject.PERSON and not contact.deceased


def gdpr_scope_reason(contact: Contact) -> ScopeReason:
    """Why a contact is (LIVING_PERSON) or is not subject to the GDPR in the business."""
    if contact.subject is Subject.ORGANISATION:
        return ScopeReason.ORGANISATION
    if contact.deceased:
        return ScopeReason.DECEASED
    if contact.scope is Scope.PRIVATE:
        return ScopeReason.HOUSEHOLD_EXEMPTION
    return ScopeReason.LIVING_PERSON


def in_business_gdpr_scope(contact: Contact) -> bool:
    """A living person kept (or possibly kept) for the business: needs a legal basis."""
    return gdpr_scope_reason(contact) is ScopeReason.LIVING_PERSON


def personal_fields(contact: Contact) -> list[str]:
    """The kinds of personal data this contact's record holds, in register order.

    Empty for organisations and deceased persons. Generic e-mail addresses, and postal
    addresses without a house number, do not count.
    """
    if not holds_personal_data(contact):
        return []
    fields: list[str] = []
    if contact.given_name.strip() or contact.family_name.strip():
        fields.append("name")
    if any(e.classification is EmailClassification.PERSONAL for e in contact.emails):
        fields.append("personal_email")
    if contact.phones:
        fields.append("phone")
    if any(address.identifies_household() for address in contact.addresses):
        fields.append("postal_address")
    if contact.birthday is not None:
        fields.append("birthday")
    if contact.photo:
        fields.append("photo")
    if contact.notes.strip():
        fields.append("notes")
    if contact.job_title.strip():
        fields.append("job_title")
    return fields
