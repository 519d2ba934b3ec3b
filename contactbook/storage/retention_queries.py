"""The facts of the retention rule for every contact linked to an activity with a period."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactbook.domain.retention import RetentionFacts
from contactbook.storage.database import Database
from contactbook.storage.mailing_schema import MailingRecipientRow, MailingRow
from contactbook.storage.schema import (
    ActivityRow,
    ConsentRow,
    ContactRow,
    EmailRow,
    contact_activities,
)

ANONYMISED_UID_PREFIX = "anonymised-"


def retention_facts(database: Database) -> list[RetentionFacts]:
    """One entry per contact (not anonymised) with at least one activity with a period."""
    with database.session() as session:
        periods = _periods(session)
        if not periods:
            return []
        consent = _latest_consent(session)
        mailings = _latest_mailings(session)
        rows = session.execute(
            select(
                ContactRow.id,
                ContactRow.display_name,
                ContactRow.updated_at,
                ContactRow.end_of_relationship,
            )
            .where(ContactRow.id.in_(select(contact_activities.c.contact_id).distinct()))
            .where(ContactRow.uid.not_like(ANONYMISED_UID_PREFIX + "%"))
        )
        facts = []
        for contact_id, name, updated_at, ended in rows:
            if contact_id not in periods:
                continue
            months, names = periods[contact_id]
            moments = [m for m in (updated_at, consent.get(contact_id), mailings.get(contact_id))]
            last = max(m for m in moments if m is not None)
            facts.append(
                RetentionFacts(
                    contact_id=contact_id,
                    display_name=name,
                    retention_months=months,
                    activities=names,
                    last_interaction=_day(last),
                    end_of_relationship=ended,
                )
            )
        return facts


def _periods(session: Session) -> dict[int, tuple[int, tuple[str, ...]]]:
    rows = session.execute(
        select(contact_activities.c.contact_id, ActivityRow.name, ActivityRow.retention_months)
        .join(ActivityRow, ActivityRow.id == contact_activities.c.activity_id)
        .where(ActivityRow.retention_months.is_not(None))
    )
    found: dict[int, tuple[int, tuple[str, ...]]] = {}
    for contact_id, name, months in rows:
        longest, names = found.get(contact_id, (0, ()))
        found[contact_id] = (max(longest, int(months)), (*names, name))
    return found


def _latest_consent(session: Session) -> dict[int, datetime]:
    rows = session.execute(
        select(EmailRow.contact_id, func.max(ConsentRow.at))
        .join(ConsentRow, ConsentRow.address_key == EmailRow.address_key)
        .group_by(EmailRow.contact_id)
    )
    return {contact_id: at for contact_id, at in rows if at is not None}


def _latest_mailings(session: Session) -> dict[int, datetime]:
    rows = session.execute(
        select(
            MailingRecipientRow.contact_id,
            func.max(func.coalesce(MailingRecipientRow.sent_at, MailingRow.created_at)),
        )
        .join(MailingRow, MailingRow.id == MailingRecipientRow.mailing_id)
        .group_by(MailingRecipientRow.contact_id)
    )
    return {contact_id: _as_datetime(at) for contact_id, at in rows if at is not None}


def _as_datetime(value: object) -> datetime:
    # func.max over a coalesce comes back as the stored text on SQLite
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value
