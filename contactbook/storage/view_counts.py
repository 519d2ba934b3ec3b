"""How many contacts each sidebar view holds, in a handful of grouped queries."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import ViewCounts
from contactbook.domain.enums import Scope
from contactbook.storage.contact_filters import opted_out_contact_ids
from contactbook.storage.schema import (
    ActivityRow,
    CategoryRow,
    ContactRow,
    contact_activities,
    contact_categories,
)


def view_counts(session: Session) -> ViewCounts:
    """The counts of every view; each group comes from one query over an index."""
    by_scope = {
        scope: int(count)
        for scope, count in session.execute(
            select(ContactRow.scope, func.count()).group_by(ContactRow.scope)
        )
    }
    by_badge = {
        badge: int(count)
        for badge, count in session.execute(
            select(ContactRow.badge, func.count()).group_by(ContactRow.badge)
        )
    }
    opted_out = session.scalar(
        select(func.count()).select_from(opted_out_contact_ids().distinct().subquery())
    )
    per_category = (
        select(contact_categories.c.category_id, func.count().label("n"))
        .group_by(contact_categories.c.category_id)
        .subquery()
    )
    # A category is a label on contacts: one that no contact carries any more is not listed.
    categories = session.execute(
        select(CategoryRow.name, per_category.c.n)
        .join(per_category, per_category.c.category_id == CategoryRow.id)
        .order_by(CategoryRow.name.collate("NOCASE"))
    )
    per_activity = (
        select(contact_activities.c.activity_id, func.count().label("n"))
        .group_by(contact_activities.c.activity_id)
        .subquery()
    )
    activities = session.execute(
        select(ActivityRow.name, func.coalesce(per_activity.c.n, 0))
        .outerjoin(per_activity, per_activity.c.activity_id == ActivityRow.id)
        .where(ActivityRow.archived.is_(False))
        .order_by(ActivityRow.name.collate("NOCASE"))
    )
    return ViewCounts(
        total=sum(by_scope.values()),
        business=by_scope.get(Scope.BUSINESS.value, 0),
        private=by_scope.get(Scope.PRIVATE.value, 0),
        unsorted=by_scope.get(Scope.UNSORTED.value, 0),
        no_basis=by_badge.get(BadgeKind.NO_LEGAL_BASIS.value, 0),
        assessment_missing=by_badge.get(BadgeKind.ASSESSMENT_MISSING.value, 0),
        opted_out=int(opted_out or 0),
        categories=tuple((name, int(n)) for name, n in categories),
        activities=tuple((name, int(n)) for name, n in activities),
    )
