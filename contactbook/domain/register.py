"""The register of processing activities (Art. 30 GDPR), derived from the data itself.

For every activity the register states what the owner wrote down (purposes, recipients, …)
and what the book actually holds for the contacts linked to it: the categories of personal
data, the number of data subjects and the legal bases in use. Where the two disagree, the
entry carries warnings with reason codes that the UI and the exports translate.

Only living persons kept for the business (or not reviewed yet) count: private contacts fall
under the household exemption, organisations and deceased persons hold no personal data
(PRIVACY-RULES.md sections 1, 2 and 5).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.contact import Contact
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import LegalBasis, Scope
from contactbook.domain.gdpr_scope import holds_personal_data, personal_fields


class PersonalDataCategory(StrEnum):
    """The kinds of personal data a contact record can hold; values as ``personal_fields``."""

    NAME = "name"
    PERSONAL_EMAIL = "personal_email"
    PHONE = "phone"
    POSTAL_ADDRESS = "postal_address"
    BIRTHDAY = "birthday"
    PHOTO = "photo"
    NOTES = "notes"
    JOB_TITLE = "job_title"


class WarningReason(StrEnum):
    """Where the register and the data disagree, or the register itself is incomplete."""

    NO_PURPOSES = "no_purposes"
    NO_RETENTION_PERIOD = "no_retention_period"
    NO_LEGAL_BASIS = "no_legal_basis"  # the activity names no default basis
    ACTIVITY_ASSESSMENT_MISSING = "activity_assessment_missing"
    CONTACTS_ASSESSMENT_MISSING = "contacts_assessment_missing"
    CONTACTS_WITHOUT_BASIS = "contacts_without_basis"
    CONTACTS_NOT_REVIEWED = "contacts_not_reviewed"
    PRIVATE_CONTACTS_LINKED = "private_contacts_linked"  # never processed for the business


# Legal bases in the order of Art. 6(1), "none" last: the order of a register's column.
BASIS_ORDER: tuple[LegalBasis, ...] = tuple(LegalBasis)


@dataclass(frozen=True)
class RegisterWarning:
    """One warning; ``contacts`` says how many linked contacts it is about (0: the activity)."""

    reason: WarningReason
    contacts: int = 0


@dataclass(frozen=True)
class ActivityTally:
    """Counts over the contacts linked to one activity: what the derived facts come from.

    ``data_subjects`` counts living persons in business or unsorted scope; ``categories``
    and ``bases`` count among those data subjects only. Built by :func:`tally_contacts`
    from whole contacts, or by the storage layer with the same meaning in SQL.
    """

    linked: int = 0
    data_subjects: int = 0
    categories: Mapping[PersonalDataCategory, int] = field(default_factory=dict)
    bases: Mapping[LegalBasis, int] = field(default_factory=dict)
    assessment_missing: int = 0  # data subjects on legitimate interest without a full LIA
    without_basis: int = 0  # business data subjects with no legal basis
    not_reviewed: int = 0  # unsorted data subjects
    private: int = 0  # private contacts linked (any subject)


@dataclass(frozen=True)
class RegisterEntry:
    """One activity of the register with the facts derived from its contacts."""

    activity: ProcessingActivity
    linked_contacts: int
    data_subjects: int
    categories_held: tuple[PersonalDataCategory, ...]
    bases_in_use: tuple[tuple[LegalBasis, int], ...]
    warnings: tuple[RegisterWarning, ...]

    @property
    def reasons(self) -> tuple[WarningReason, ...]:
        return tuple(warning.reason for warning in self.warnings)


@dataclass(frozen=True)
class Register:
    """The whole register as exported: who keeps it, on which day, and its entries."""

    controller: ControllerDetails
    drawn_up_on: date
    entries: tuple[RegisterEntry, ...]


def counts_as_data_subject(contact: Contact) -> bool:
    """A living person kept for the business or not reviewed yet; private contacts are not."""
    return holds_personal_data(contact) and contact.scope is not Scope.PRIVATE


def tally_contacts(contacts: Iterable[Contact]) -> ActivityTally:
    """Count what the register needs over the contacts linked to one activity."""
    linked = data_subjects = assessment_missing = without_basis = not_reviewed = private = 0
    categories: Counter[PersonalDataCategory] = Counter()
    bases: Counter[LegalBasis] = Counter()
    for contact in contacts:
        linked += 1
        if contact.scope is Scope.PRIVATE:
            private += 1
        if not counts_as_data_subject(contact):
            continue
        data_subjects += 1
        categories.update(PersonalDataCategory(name) for name in personal_fields(contact))
        basis = contact.legal_basis
        bases[basis.basis] += 1
        assessment_missing += basis.assessment_missing
        if contact.scope is Scope.UNSORTED:
            not_reviewed += 1
        elif basis.basis is LegalBasis.NONE:
            without_basis += 1
    return ActivityTally(
        linked=linked,
        data_subjects=data_subjects,
        categories=dict(categories),
        bases=dict(bases),
        assessment_missing=assessment_missing,
        without_basis=without_basis,
        not_reviewed=not_reviewed,
        private=private,
    )


def register_entry(activity: ProcessingActivity, tally: ActivityTally) -> RegisterEntry:
    """The register entry of ``activity`` given the tally of its linked contacts."""
    categories = tuple(c for c in PersonalDataCategory if tally.categories.get(c, 0) > 0)
    bases = tuple(
        (basis, tally.bases[basis]) for basis in BASIS_ORDER if tally.bases.get(basis, 0) > 0
    )
    return RegisterEntry(
        activity=activity,
        linked_contacts=tally.linked,
        data_subjects=tally.data_subjects,
        categories_held=categories,
        bases_in_use=bases,
        warnings=tuple(register_warnings(activity, tally)),
    )


def register_warnings(activity: ProcessingActivity, tally: ActivityTally) -> list[RegisterWarning]:
    """What the owner should fix, most serious first."""
    warnings: list[RegisterWarning] = []
    if tally.private:
        warnings.append(RegisterWarning(WarningReason.PRIVATE_CONTACTS_LINKED, tally.private))
    if tally.without_basis:
        warnings.append(RegisterWarning(WarningReason.CONTACTS_WITHOUT_BASIS, tally.without_basis))
    if tally.assessment_missing:
        warnings.append(
            RegisterWarning(WarningReason.CONTACTS_ASSESSMENT_MISSING, tally.assessment_missing)
        )
    if tally.not_reviewed:
        warnings.append(RegisterWarning(WarningReason.CONTACTS_NOT_REVIEWED, tally.not_reviewed))
    warnings.extend(RegisterWarning(reason) for reason in activity_gaps(activity))
    return warnings


def activity_gaps(activity: ProcessingActivity) -> list[WarningReason]:
    """What the activity's own register fields lack, whatever its contacts."""
    gaps: list[WarningReason] = []
    if not activity.purposes.strip():
        gaps.append(WarningReason.NO_PURPOSES)
    if not activity.retention_period.strip() and activity.retention_months is None:
        gaps.append(WarningReason.NO_RETENTION_PERIOD)
    basis = activity.default_legal_basis
    if basis is LegalBasis.NONE:
        gaps.append(WarningReason.NO_LEGAL_BASIS)
    test = activity.balancing_test
    if basis is LegalBasis.LEGITIMATE_INTEREST and (test is None or not test.complete):
        gaps.append(WarningReason.ACTIVITY_ASSESSMENT_MISSING)
    return gaps


def derive_entry(activity: ProcessingActivity, contacts: Iterable[Contact]) -> RegisterEntry:
    """The register entry of ``activity`` from its linked contacts as whole domain objects."""
    return register_entry(activity, tally_contacts(contacts))
