"""Reading the audit log: the latest events, narrowed by contact, action, dates or text."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from contactbook.domain.audit import AuditAction, AuditEvent
from contactbook.services.book import Book
from contactbook.storage import audit_log


def audit_events(
    book: Book,
    contact_id: int | None = None,
    limit: int = 1000,
    *,
    actions: Collection[AuditAction] = (),
    since: datetime | None = None,
    before: datetime | None = None,
    text: str = "",
) -> list[AuditEvent]:
    """The latest events, newest first (``since <= at < before``, UTC as stored)."""
    return audit_log.events(
        book.database,
        contact_id,
        limit,
        actions=actions,
        since=since,
        before=before,
        text=text,
    )
