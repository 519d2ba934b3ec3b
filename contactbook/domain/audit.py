"""Audit events: what happened, when, to which contact id — never the personal data itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AuditAction(StrEnum):
    CONTACT_CREATED = "contact_created"
    CONTACT_EDITED = "contact_edited"
    CONTACT_DELETED = "contact_deleted"
    SCOPE_CHANGED = "scope_changed"
    LEGAL_BASIS_CHANGED = "legal_basis_changed"
    CONSENT_RECORDED = "consent_recorded"
    ACTIVITY_CREATED = "activity_created"
    ACTIVITY_EDITED = "activity_edited"
    ACTIVITY_LINKED = "activity_linked"
    DEMO_DATA_CREATED = "demo_data_created"
    IMPORTED = "imported"
    IMPORT_UNDONE = "import_undone"
    EXPORTED = "exported"
    MAILING_SENT = "mailing_sent"
    ERASED = "erased"
    ANONYMISED = "anonymised"
    BACKED_UP = "backed_up"
    RESTORED = "restored"
    SETTINGS_CHANGED = "settings_changed"


@dataclass(frozen=True)
class AuditEvent:
    """``detail`` is written by the app from codes and counts, so it holds no personal data."""

    action: AuditAction
    at: datetime
    contact_id: int | None = None
    detail: str = ""
    id: int | None = None
