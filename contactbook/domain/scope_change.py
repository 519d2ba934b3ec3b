"""Moving a contact between private, business and unsorted (PRIVACY-RULES.md section 2)."""

from __future__ import annotations

from dataclasses import replace

from contactbook.domain.contact import Contact
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord


class ScopeChangeError(ValueError):
    """A scope change the rules do not allow as asked; the message says what is missing."""


def change_scope(contact: Contact, scope: Scope, basis: LegalBasisRecord | None = None) -> Contact:
    """Return the contact in ``scope``.

    Moving a living person from private to business is an explicit act that needs a legal
    basis. A private contact carries no legal basis, so moving to private clears it.
    """
    if scope is contact.scope:
        if scope is Scope.PRIVATE or basis is None:
            return contact  # a private contact carries no legal basis
        return replace(contact, legal_basis=basis)
    needs_basis = (
        contact.scope is Scope.PRIVATE
        and scope is Scope.BUSINESS
        and contact.subject is Subject.PERSON
        and not contact.deceased
    )
    if needs_basis and (basis is None or basis.basis is LegalBasis.NONE):
        raise ScopeChangeError(
            "moving a private contact to business needs a legal basis (Art. 6 GDPR)"
        )
    if scope is Scope.PRIVATE:
        return replace(contact, scope=scope, legal_basis=LegalBasisRecord())
    return replace(contact, scope=scope, legal_basis=basis or contact.legal_basis)
