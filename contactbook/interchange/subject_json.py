"""A person's data as JSON: the machine-readable copy for portability (Art. 20 GDPR)."""

from __future__ import annotations

from typing import Any

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.contact_fields import FIELDS
from contactbook.interchange.contact_json import contact_to_json, field_json
from contactbook.interchange.subject_data import SubjectData

FORMAT_VERSION = 1
_MORE = tuple(spec for spec in FIELDS if not spec.show_json)
_MORE_IDENTITY = tuple(spec for spec in _MORE if spec.identifies)
_MORE_OTHER = tuple(spec for spec in _MORE if not spec.identifies)


def subject_to_json(data: SubjectData) -> dict[str, Any]:
    """Every field held, the legal basis with its evidence, consent, activities, mailings, log."""
    contact = data.contact
    latest = {key: (records[-1].kind if records else None) for key, records in data.consent.items()}
    fields = contact_to_json(contact, latest)
    # Every field held (Art. 15): the declared ones show JSON leaves out, in the same order.
    codes = {key: (kind.value if kind else None) for key, kind in latest.items()}
    for spec in _MORE_IDENTITY:
        fields[spec.key] = field_json(spec, contact, codes)
    fields["deceased_on"] = _iso(contact.deceased_on)
    for spec in _MORE_OTHER:
        fields[spec.key] = field_json(spec, contact, codes)
    fields["created_at"] = _iso(contact.created_at)
    fields["updated_at"] = _iso(contact.updated_at)
    basis = contact.legal_basis
    test = basis.balancing_test
    return {
        "format": "contactbook-subject-access",
        "format_version": FORMAT_VERSION,
        "gathered_at": data.gathered_at.isoformat(timespec="seconds"),
        "controller": {
            "company": data.controller.company,
            "email": data.controller.email,
            "phone": data.controller.phone,
            "kvk_number": data.controller.kvk_number,
        },
        "contact": fields,
        "legal_basis": {
            "basis": basis.basis.value,
            "evidence": basis.note,
            "recorded_on": _iso(basis.recorded_on),
            "balancing_test": (
                {
                    "purpose": test.purpose,
                    "necessity": test.necessity,
                    "balance": test.balance,
                    "assessed_on": _iso(test.assessed_on),
                }
                if test
                else None
            ),
        },
        "consent_history": {
            address: [
                {
                    "kind": record.kind.value,
                    "at": _iso(record.at),
                    "source": record.source,
                    "wording": record.wording,
                    "note": record.note,
                }
                for record in records
            ]
            for address, records in data.consent.items()
        },
        "processing_activities": [_activity(activity) for activity in data.activities],
        "mailings_received": [
            {
                "mailing_id": mailing.id,
                "subject": mailing.subject,
                "created_at": _iso(mailing.created_at),
                "address": entry.address,
                "reason": entry.reason.value,
                "outcome": entry.outcome.value,
            }
            for mailing, entry in data.mailings
        ],
        "audit_events": [
            {"at": _iso(event.at), "action": event.action.value, "detail": event.detail}
            for event in data.audit_events
        ],
    }


def _activity(activity: ProcessingActivity) -> dict[str, Any]:
    return {
        "name": activity.name,
        "purposes": activity.purposes,
        "legal_basis": activity.default_legal_basis.value,
        "recipients": activity.recipients,
        "processors": activity.processors,
        "third_country_transfers": activity.third_country_transfers,
        "retention_period": activity.retention_period,
        "retention_months": activity.retention_months,
    }


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]
