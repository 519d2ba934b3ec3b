"""The one badge every contact shows (PRIVACY-RULES.md section 3).

The domain decides which badge and how serious it is; the UI gives it text, icon and colour.
"""

from __future__ import annotations

from enum import StrEnum

from contactbook.domain.contact import Contact
from contactbook.domain.enums import LegalBasis, Scope, Subject


class BadgeKind(StrEnum):
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"
    ASSESSMENT_MISSING = "assessment_missing"  # legitimate interest without balancing test
    NO_LEGAL_BASIS = "none"
    PRIVATE = "private"
    ORGANISATION = "organisation"
    DECEASED = "deceased"
    TO_REVIEW = "to_review"


class Severity(StrEnum):
    OK = "ok"
    NEUTRAL = "neutral"  # outside the GDPR: private, organisation, deceased
    ATTENTION = "attention"  # not reviewed yet
    WARNING = "warning"
    ERROR = "error"


_SEVERITY: dict[BadgeKind, Severity] = {
    BadgeKind.CONSENT: Severity.OK,
    BadgeKind.CONTRACT: Severity.OK,
    BadgeKind.LEGAL_OBLIGATION: Severity.OK,
    BadgeKind.VITAL_INTERESTS: Severity.OK,
    BadgeKind.PUBLIC_TASK: Severity.OK,
    BadgeKind.LEGITIMATE_INTEREST: Severity.OK,
    BadgeKind.ASSESSMENT_MISSING: Severity.WARNING,
    BadgeKind.NO_LEGAL_BASIS: Severity.ERROR,
    BadgeKind.PRIVATE: Severity.NEUTRAL,
    BadgeKind.ORGANISATION: Severity.NEUTRAL,
    BadgeKind.DECEASED: Severity.NEUTRAL,
    BadgeKind.TO_REVIEW: Severity.ATTENTION,
}


def badge_kind(
    scope: Scope,
    subject: Subject,
    deceased: bool,
    basis: LegalBasis,
    assessment_missing: bool,
) -> BadgeKind:
    """The badge for these facts; first match: organisation, deceased, private, unsorted."""
    if subject is Subject.ORGANISATION:
        return BadgeKind.ORGANISATION
    if deceased:
        return BadgeKind.DECEASED
    if scope is Scope.PRIVATE:
        return BadgeKind.PRIVATE
    if scope is Scope.UNSORTED:
        return BadgeKind.TO_REVIEW
    if basis is LegalBasis.LEGITIMATE_INTEREST and assessment_missing:
        return BadgeKind.ASSESSMENT_MISSING
    return BadgeKind(basis.value)


def badge_for(contact: Contact) -> BadgeKind:
    return badge_kind(
        contact.scope,
        contact.subject,
        contact.deceased,
        contact.legal_basis.basis,
        contact.legal_basis.assessment_missing,
    )


def severity(kind: BadgeKind) -> Severity:
    return _SEVERITY[kind]
