"""The deliverable recipients as a CSV file for a mailing service."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact_query import ContactFilter
from contactbook.interchange.mailing_csv import write_recipients_csv
from contactbook.services.book import Book
from contactbook.services.mailing import RecipientList, recipients_for
from contactbook.storage import audit_log


@dataclass(frozen=True)
class ExportResult:
    written: int
    recipients: RecipientList


def export_recipients_csv(
    book: Book, contact_filter: ContactFilter, path: Path, strict: bool | None = None
) -> ExportResult:
    """Write the gate's deliverable addresses to ``path``; the blocked ones never go in."""
    recipients = recipients_for(book, contact_filter, strict)
    written = write_recipients_csv(path, recipients.deliverable)
    # The audit log notes that addresses left the app, not whose (no personal data there).
    detail = f"mailing recipients csv: {written} addresses"
    audit_log.record_event(book.database, AuditAction.EXPORTED, None, detail)
    return ExportResult(written, recipients)
