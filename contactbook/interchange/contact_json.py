"""Contacts as the JSON objects of CLI.md (``list --format json``, ``show --format json``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import normalise_address
from contactbook.domain.enums import ConsentKind


def contact_to_json(
    contact: Contact, consent: Mapping[str, ConsentKind | None] | None = None
) -> dict[str, Any]:
    """The documented object; ``consent`` maps lower-cased addresses to their latest kind."""
    consent = consent or {}
    basis = contact.legal_basis
    latest = {key: (kind.value if kind else None) for key, kind in consent.items()}
    return {
        "id": contact.id,
        "uid": contact.uid,
        "display_name": contact.display_name,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "organisation": contact.organisation,
        "job_title": contact.job_title,
        "scope": contact.scope.value,
        "subject": contact.subject.value,
        "deceased": contact.deceased,
        "legal_basis": basis.basis.value,
        "legal_basis_note": basis.note,
        "assessment_missing": basis.assessment_missing,
        "emails": [
            {
                "address": email.address,
                "label": email.label,
                "classification": email.classification.value,
                "consent": latest.get(normalise_address(email.address)),
            }
            for email in contact.emails
        ],
        "phones": [
            {"raw": phone.raw, "e164": phone.e164, "label": phone.label, "valid": phone.valid}
            for phone in contact.phones
        ],
        "addresses": [
            {
                "street": " ".join(p for p in (a.street, a.house_number) if p),
                "house_number": a.house_number,
                "postcode": a.postcode,
                "city": a.city,
                "country": a.country,
                "label": a.label,
            }
            for a in contact.addresses
        ],
        "birthday": contact.birthday.iso() if contact.birthday else None,
        "categories": list(contact.categories),
        "activities": list(contact.activities),
        "end_of_relationship": (
            contact.end_of_relationship.isoformat() if contact.end_of_relationship else None
        ),
    }
