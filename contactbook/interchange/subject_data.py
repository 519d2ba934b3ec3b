"""Everything held about one person, gathered for an access request (Art. 15 and 20 GDPR)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.audit import AuditEvent
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.mailing import Mailing, RecipientOutcome


@dataclass(frozen=True)
class SubjectData:
    """One person's data as the book holds it, with who holds it and when it was gathered."""

    contact: Contact
    consent: dict[str, list[ConsentRecord]]  # per lower-cased e-mail address, oldest first
    activities: list[ProcessingActivity]  # the processing activities the contact is part of
    mailings: list[tuple[Mailing, RecipientOutcome]]
    audit_events: list[AuditEvent]  # newest first
    controller: ControllerDetails
    gathered_at: datetime
