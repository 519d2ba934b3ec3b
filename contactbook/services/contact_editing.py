"""Editing a contact's privacy state: scope, subject, deceased, legal basis, activities.

Each change goes through the domain's rules and leaves an audit event without personal data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from contactbook.domain.contact import Contact
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.scope_change import change_scope
from contactbook.services.book import Book
from contactbook.services.contact_changes import audit_events


@dataclass(frozen=True)
class ContactEdit:
    """The changes asked for; None leaves a field as it is."""

    scope: Scope | None = None
    subject: Subject | None = None
    deceased: bool | None = None
    basis: LegalBasis | None = None
    basis_note: str | None = None
    balancing_test: BalancingTest | None = None
    add_activities: tuple[str, ...] = ()


def apply_edit(before: Contact, edit: ContactEdit, today: date) -> Contact:
    """The contact after ``edit``, checked by the domain's rules (nothing is saved).

    Raises ``ScopeChangeError`` when a private person moves to business without a basis.
    """
    after = before
    if edit.subject is not None:
        after = replace(after, subject=edit.subject)
    if edit.deceased is not None and edit.deceased != after.deceased:
        after = replace(after, deceased=edit.deceased, deceased_on=today if edit.deceased else None)
    basis = _new_basis(after.legal_basis, edit, today)
    return change_scope(after, edit.scope or after.scope, basis)


def edit_contact(book: Book, contact_id: int, edit: ContactEdit, today: date) -> Contact:
    """Apply ``edit`` to the stored contact and save it in one transaction."""
    before = book.contacts.get(contact_id)
    after = apply_edit(before, edit, today)
    for activity in edit.add_activities:
        book.activities.get(activity)  # raises a clear error for an unknown name
        if activity not in after.activities:
            after = replace(after, activities=[*after.activities, activity])
    return book.contacts.save(after, audit=audit_events(before, after))


def _new_basis(
    current: LegalBasisRecord, edit: ContactEdit, today: date
) -> LegalBasisRecord | None:
    if edit.basis is None and edit.basis_note is None and edit.balancing_test is None:
        return None
    basis = edit.basis if edit.basis is not None else current.basis
    same_basis = basis is current.basis
    note = edit.basis_note if edit.basis_note is not None else (current.note if same_basis else "")
    test = edit.balancing_test or (current.balancing_test if same_basis else None)
    if basis is not LegalBasis.LEGITIMATE_INTEREST:
        test = None
    elif test is not None and test.assessed_on is None and test.complete:
        test = replace(test, assessed_on=today)
    return LegalBasisRecord(basis=basis, note=note, balancing_test=test, recorded_on=today)
