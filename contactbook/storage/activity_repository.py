"""Processing activities (the register's rows) and their links to contacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.audit import AuditAction
from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest
from contactbook.storage.audit_log import add_event
from contactbook.storage.database import Database
from contactbook.storage.errors import ConflictError, NotFoundError
from contactbook.storage.schema import ActivityRow, ContactRow, contact_activities

_PLAIN_FIELDS = (
    "name",
    "purposes",
    "data_subject_categories",
    "personal_data_categories",
    "recipients",
    "processors",
    "third_country_transfers",
    "transfer_safeguards",
    "retention_period",
    "retention_months",
    "security_measures",
    "remarks",
    "archived",
)


class ActivityRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self, *, include_archived: bool = True) -> list[ProcessingActivity]:
        with self._database.session() as session:
            query = select(ActivityRow).order_by(ActivityRow.name)
            if not include_archived:
                query = query.where(ActivityRow.archived.is_(False))
            return [_to_domain(row) for row in session.scalars(query)]

    def get(self, name: str) -> ProcessingActivity:
        with self._database.session() as session:
            return _to_domain(_row_by_name(session, name))

    def add(self, activity: ProcessingActivity) -> ProcessingActivity:
        try:
            with self._database.write_session() as session:
                row = ActivityRow(**_columns(activity))
                session.add(row)
                session.flush()
                add_event(session, AuditAction.ACTIVITY_CREATED, None, f"activity {row.id}")
                return replace(activity, id=row.id)
        except IntegrityError as error:
            raise ConflictError(
                f"There is already a processing activity named {activity.name!r}."
            ) from error

    def update(self, activity: ProcessingActivity) -> ProcessingActivity:
        """Store changed fields of the activity with ``activity.id``."""
        if activity.id is None:
            raise ValueError("update() needs a stored activity")
        try:
            with self._database.write_session() as session:
                row = session.get(ActivityRow, activity.id)
                if row is None:
                    raise NotFoundError(f"There is no processing activity with id {activity.id}.")
                for key, value in _columns(activity).items():
                    setattr(row, key, value)
                add_event(session, AuditAction.ACTIVITY_EDITED, None, f"activity {row.id}")
        except IntegrityError as error:
            raise ConflictError(
                f"There is already a processing activity named {activity.name!r}."
            ) from error
        return activity

    def link(self, activity_name: str, contact_ids: Sequence[int]) -> int:
        """Link contacts to an activity; returns how many links were new."""
        with self._database.write_session() as session:
            row = _row_by_name(session, activity_name)
            existing = set(
                session.scalars(
                    select(contact_activities.c.contact_id).where(
                        contact_activities.c.activity_id == row.id
                    )
                )
            )
            known = set(
                session.scalars(select(ContactRow.id).where(ContactRow.id.in_(contact_ids)))
            )
            missing = sorted(set(contact_ids) - known)
            if missing:
                raise NotFoundError(f"There is no contact with id {missing[0]}.")
            new = sorted(known - existing)
            if new:
                session.execute(
                    insert(contact_activities),
                    [{"contact_id": cid, "activity_id": row.id} for cid in new],
                )
                for cid in new:
                    add_event(session, AuditAction.ACTIVITY_LINKED, cid, f"activity {row.id}")
            return len(new)

    def contact_counts(self) -> dict[str, int]:
        """Number of linked contacts per activity name."""
        with self._database.session() as session:
            rows = session.execute(
                select(ActivityRow.name, func.count(contact_activities.c.contact_id))
                .outerjoin(contact_activities, contact_activities.c.activity_id == ActivityRow.id)
                .group_by(ActivityRow.id)
            )
            return {name: int(count) for name, count in rows}


def _row_by_name(session: Session, name: str) -> ActivityRow:
    row = session.scalar(select(ActivityRow).where(ActivityRow.name == name))
    if row is None:
        raise NotFoundError(f"There is no processing activity named {name!r}.")
    return row


def _columns(activity: ProcessingActivity) -> dict[str, object]:
    columns: dict[str, object] = {key: getattr(activity, key) for key in _PLAIN_FIELDS}
    test = activity.balancing_test
    columns.update(
        default_legal_basis=activity.default_legal_basis.value,
        lia_purpose=test.purpose if test else None,
        lia_necessity=test.necessity if test else None,
        lia_balance=test.balance if test else None,
        lia_assessed_on=test.assessed_on if test else None,
    )
    return columns


def _to_domain(row: ActivityRow) -> ProcessingActivity:
    test = None
    if any(v is not None for v in (row.lia_purpose, row.lia_necessity, row.lia_balance)):
        test = BalancingTest(
            row.lia_purpose or "",
            row.lia_necessity or "",
            row.lia_balance or "",
            row.lia_assessed_on,
        )
    values = {key: getattr(row, key) for key in _PLAIN_FIELDS}
    return ProcessingActivity(
        **values,
        default_legal_basis=LegalBasis(row.default_legal_basis),
        balancing_test=test,
        id=row.id,
    )
