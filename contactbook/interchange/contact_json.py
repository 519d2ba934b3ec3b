"""Contacts as the JSON objects of CLI.md (``list --format json``, ``show --format json``).

The data fields and their order come from ``domain.contact_fields``: the fields that say who
the contact is, the owner's decisions about the contact, then the other fields.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import FIELDS, FieldKind, FieldSpec
from contactbook.domain.email_address import normalise_address
from contactbook.domain.enums import ConsentKind

_SHOWN = tuple(spec for spec in FIELDS if spec.show_json)
_SHOWN_IDENTITY = tuple(spec for spec in _SHOWN if spec.identifies)
_SHOWN_OTHER = tuple(spec for spec in _SHOWN if not spec.identifies)


def contact_to_json(
    contact: Contact, consent: Mapping[str, ConsentKind | None] | None = None
) -> dict[str, Any]:
    """The documented object; ``consent`` maps lower-cased addresses to their latest kind."""
    consent = consent or {}
    basis = contact.legal_basis
    latest = {key: (kind.value if kind else None) for key, kind in consent.items()}
    data: dict[str, Any] = {
        "id": contact.id,
        "uid": contact.uid,
        "display_name": contact.display_name,
    }
    for spec in _SHOWN_IDENTITY:
        data[spec.key] = field_json(spec, contact, latest)
    data.update(
        {
            "scope": contact.scope.value,
            "subject": contact.subject.value,
            "deceased": contact.deceased,
            "legal_basis": basis.basis.value,
            "legal_basis_note": basis.note,
            "assessment_missing": basis.assessment_missing,
        }
    )
    for spec in _SHOWN_OTHER:
        data[spec.key] = field_json(spec, contact, latest)
    return data


def field_json(spec: FieldSpec, contact: Contact, latest: Mapping[str, str | None]) -> Any:
    """One declared field's value as JSON; ``latest`` maps addresses to their consent code."""
    value = getattr(contact, spec.name)
    kind = spec.kind
    if kind is FieldKind.TEXT:
        return value
    if kind is FieldKind.EMAILS:
        return [
            {
                "address": email.address,
                "label": email.label,
                "classification": email.classification.value,
                "consent": latest.get(normalise_address(email.address)),
            }
            for email in value
        ]
    if kind is FieldKind.PHONES:
        return [
            {"raw": phone.raw, "e164": phone.e164, "label": phone.label, "valid": phone.valid}
            for phone in value
        ]
    if kind is FieldKind.ADDRESSES:
        return [
            {
                "street": " ".join(p for p in (a.street, a.house_number) if p),
                "house_number": a.house_number,
                "postcode": a.postcode,
                "city": a.city,
                "country": a.country,
                "label": a.label,
            }
            for a in value
        ]
    if kind in (FieldKind.TAGS, FieldKind.ACTIVITIES, FieldKind.RAW_LINES):
        return list(value)
    if value is None:
        return None
    if kind is FieldKind.BIRTHDAY:
        return value.iso()
    if kind is FieldKind.DATE:
        return value.isoformat()
    if kind is FieldKind.PHOTO:
        return base64.b64encode(value).decode("ascii") if value else None
    raise AssertionError(f"no JSON for a field of kind {kind}")
