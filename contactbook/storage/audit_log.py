"""The audit log: events written inside the transaction of the change they record."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactbook.domain.audit import AuditAction, AuditEvent
from contactbook.storage.database import Database
from contactbook.storage.schema import AuditRow


def add_event(
    session: Session, action: AuditAction, contact_id: int | None = None, detail: str = ""
) -> None:
    session.add(
        AuditRow(
            at=datetime.now(UTC).replace(tzinfo=None),
            action=action.value,
            contact_id=contact_id,
            detail=detail,
        )
    )


def record_event(
    database: Database, action: AuditAction, contact_id: int | None = None, detail: str = ""
) -> None:
    """Write one event in a transaction of its own (for actions that change nothing else)."""
    with database.write_session() as session:
        add_event(session, action, contact_id, detail)


def events(
    database: Database,
    contact_id: int | None = None,
    limit: int = 1000,
    *,
    actions: Collection[AuditAction] = (),
    since: datetime | None = None,
    before: datetime | None = None,
    text: str = "",
) -> list[AuditEvent]:
    """The latest events, newest first, narrowed by whichever filters are given.

    ``actions``: only these; ``since`` / ``before``: ``since <= at < before`` (UTC, as
    stored); ``text``: in the detail, or the contact id when it is a number.
    """
    with database.session() as session:
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if contact_id is not None:
            query = query.where(AuditRow.contact_id == contact_id)
        if actions:
            query = query.where(AuditRow.action.in_([a.value for a in actions]))
        if since is not None:
            query = query.where(AuditRow.at >= since)
        if before is not None:
            query = query.where(AuditRow.at < before)
        needle = text.strip()
        if needle:
            pattern = (
                "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            matches = AuditRow.detail.ilike(pattern, escape="\\") | AuditRow.action.ilike(
                pattern, escape="\\"
            )
            if needle.isdigit():
                matches = matches | (AuditRow.contact_id == int(needle))
            query = query.where(matches)
        return [
            AuditEvent(
                action=AuditAction(row.action),
                at=row.at,
                contact_id=row.contact_id,
                detail=row.detail,
                id=row.id,
            )
            for row in session.scalars(query)
        ]
