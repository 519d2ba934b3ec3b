"""The mailing log: mailings and the outcome per recipient, as domain objects.

Importing this module also registers the log's tables (``mailing_schema``) with the shared
metadata, so the ORM and Alembic's comparisons see them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import Mailing, MailingStatus, Outcome, RecipientOutcome
from contactbook.storage.database import Database
from contactbook.storage.errors import NotFoundError
from contactbook.storage.mailing_schema import MailingRecipientRow, MailingRow

_UNSENT = (Outcome.PENDING.value, Outcome.FAILED.value)


class MailingRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- writing ---------------------------------------------------------------------------

    def create(
        self, mailing: Mailing, recipients: Sequence[tuple[int, str, GateReason]]
    ) -> Mailing:
        """Store a mailing with its recipients ``(contact_id, address, reason)``, all pending."""
        with self._database.write_session() as session:
            row = MailingRow(
                created_at=mailing.created_at,
                subject=mailing.subject,
                body=mailing.body,
                sender=mailing.sender,
                status=MailingStatus.PENDING.value,
                recipient_count=len(recipients),
                blocked_count=mailing.blocked_count,
                sent_count=0,
                failed_count=0,
                pending_count=len(recipients),
            )
            session.add(row)
            session.flush()
            if recipients:
                session.execute(
                    insert(MailingRecipientRow),
                    [
                        {
                            "mailing_id": row.id,
                            "contact_id": contact_id,
                            "address": address,
                            "reason": reason.value,
                            "outcome": Outcome.PENDING.value,
                            "error": "",
                            "message_id": "",
                        }
                        for contact_id, address, reason in recipients
                    ],
                )
            return _mailing(row)

    def record_outcome(
        self,
        recipient_id: int,
        outcome: Outcome,
        *,
        error: str = "",
        sent_at: datetime | None = None,
        message_id: str = "",
        reason: GateReason | None = None,
    ) -> None:
        """What became of one recipient; the mailing's counts follow in the same transaction."""
        values: dict[str, object] = {
            "outcome": outcome.value,
            "error": error,
            "sent_at": sent_at,
            "message_id": message_id,
        }
        if reason is not None:
            values["reason"] = reason.value
        with self._database.write_session() as session:
            mailing_id = session.scalar(
                update(MailingRecipientRow)
                .where(MailingRecipientRow.id == recipient_id)
                .values(values)
                .returning(MailingRecipientRow.mailing_id)
            )
            if mailing_id is None:
                raise NotFoundError(f"There is no mailing recipient with id {recipient_id}.")
            _recount(session, mailing_id)

    def set_status(self, mailing_id: int, status: MailingStatus) -> Mailing:
        with self._database.write_session() as session:
            row = session.get(MailingRow, mailing_id)
            if row is None:
                raise NotFoundError(f"There is no mailing with id {mailing_id}.")
            row.status = status.value
            session.flush()
            return _mailing(row)

    def erase_contact(self, contact_id: int) -> int:
        """Delete a person's entries from every mailing (erasure); returns how many.

        The mailings' counts stay as they were: they hold no personal data.
        """
        with self._database.write_session() as session:
            result = session.execute(
                delete(MailingRecipientRow).where(MailingRecipientRow.contact_id == contact_id)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    # -- reading ---------------------------------------------------------------------------

    def get(self, mailing_id: int) -> Mailing:
        with self._database.session() as session:
            row = session.get(MailingRow, mailing_id)
            if row is None:
                raise NotFoundError(f"There is no mailing with id {mailing_id}.")
            return _mailing(row)

    def latest(self, limit: int = 500) -> list[Mailing]:
        """The latest mailings, newest first."""
        with self._database.session() as session:
            query = select(MailingRow).order_by(MailingRow.id.desc()).limit(limit)
            return [_mailing(row) for row in session.scalars(query)]

    def recipients(
        self, mailing_id: int, outcomes: Iterable[Outcome] | None = None
    ) -> list[RecipientOutcome]:
        """The mailing's recipients in the order they were stored; only ``outcomes`` if given."""
        query = select(MailingRecipientRow).where(MailingRecipientRow.mailing_id == mailing_id)
        if outcomes is not None:
            query = query.where(MailingRecipientRow.outcome.in_([o.value for o in outcomes]))
        with self._database.session() as session:
            rows = session.scalars(query.order_by(MailingRecipientRow.id))
            return [_recipient(row) for row in rows]

    def unsent(self, mailing_id: int) -> list[RecipientOutcome]:
        """Recipients a retry sends to: pending and failed, never the ones already sent."""
        return self.recipients(mailing_id, [Outcome(value) for value in _UNSENT])

    def for_contact(self, contact_id: int) -> list[tuple[Mailing, RecipientOutcome]]:
        """Every mailing entry about one contact (for a person's access export)."""
        with self._database.session() as session:
            rows = session.execute(
                select(MailingRow, MailingRecipientRow)
                .join(MailingRecipientRow, MailingRecipientRow.mailing_id == MailingRow.id)
                .where(MailingRecipientRow.contact_id == contact_id)
                .order_by(MailingRow.id, MailingRecipientRow.id)
            )
            return [(_mailing(mailing), _recipient(entry)) for mailing, entry in rows]


def _recount(session: Session, mailing_id: int) -> None:
    def count(*outcomes: str) -> object:
        return (
            select(func.count(MailingRecipientRow.id))
            .where(MailingRecipientRow.mailing_id == mailing_id)
            .where(MailingRecipientRow.outcome.in_(outcomes))
            .scalar_subquery()
        )

    session.execute(
        update(MailingRow)
        .where(MailingRow.id == mailing_id)
        .values(
            sent_count=count(Outcome.SENT.value),
            failed_count=count(Outcome.FAILED.value),
            pending_count=count(Outcome.PENDING.value),
        )
    )


def _mailing(row: MailingRow) -> Mailing:
    return Mailing(
        subject=row.subject,
        body=row.body,
        sender=row.sender,
        created_at=row.created_at,
        status=MailingStatus(row.status),
        recipient_count=row.recipient_count,
        blocked_count=row.blocked_count,
        sent_count=row.sent_count,
        failed_count=row.failed_count,
        pending_count=row.pending_count,
        id=row.id,
    )


def _recipient(row: MailingRecipientRow) -> RecipientOutcome:
    return RecipientOutcome(
        mailing_id=row.mailing_id,
        contact_id=row.contact_id,
        address=row.address,
        reason=GateReason(row.reason),
        outcome=Outcome(row.outcome),
        error=row.error,
        sent_at=row.sent_at,
        message_id=row.message_id,
        id=row.id,
    )
