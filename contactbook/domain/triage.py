"""Suggesting private or business for a freshly imported phone contact (PRIVACY-RULES.md §2)."""

from __future__ import annotations

from enum import StrEnum

from contactbook.domain.contact import Contact
from contactbook.domain.enums import Scope, Subject
from contactbook.domain.personal_data import FREE_MAIL_DOMAINS


class TriageReason(StrEnum):
    ORGANISATION_RECORD = "organisation_record"
    HAS_ORGANISATION = "has_organisation"
    HAS_JOB_TITLE = "has_job_title"
    COMPANY_DOMAIN = "company_domain"
    NOTHING_BUSINESS_LIKE = "nothing_business_like"


def suggest_scope(contact: Contact) -> tuple[Scope, TriageReason]:
    """Business when the card has an organisation, a job title or a company-domain address.

    Only a suggestion: the owner decides. Without any of those it suggests private.
    """
    if contact.subject is Subject.ORGANISATION:
        return Scope.BUSINESS, TriageReason.ORGANISATION_RECORD
    if contact.organisation.strip():
        return Scope.BUSINESS, TriageReason.HAS_ORGANISATION
    if contact.job_title.strip():
        return Scope.BUSINESS, TriageReason.HAS_JOB_TITLE
    for email in contact.emails:
        domain = email.address.rpartition("@")[2].strip().lower()
        if domain and domain not in FREE_MAIL_DOMAINS:
            return Scope.BUSINESS, TriageReason.COMPANY_DOMAIN
    return Scope.PRIVATE, TriageReason.NOTHING_BUSINESS_LIKE
