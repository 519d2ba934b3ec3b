"""A domain ContactFilter turned into WHERE clauses on the contacts table."""

from __future__ import annotations

from typing import TypeVarTuple

from sqlalchemy import Select, exists, select

from contactbook.domain.contact_query import ContactFilter
from contactbook.storage import search_index
from contactbook.storage.schema import (
    ActivityRow,
    CategoryRow,
    ContactRow,
    contact_activities,
    contact_categories,
)

Columns = TypeVarTuple("Columns")


def apply(query: Select[*Columns], contact_filter: ContactFilter) -> Select[*Columns]:
    """Add the filter's criteria to a query over ``contacts``."""
    f = contact_filter
    if f.scope is not None:
        query = query.where(ContactRow.scope == f.scope.value)
    if f.basis is not None:
        query = query.where(ContactRow.legal_basis == f.basis.value)
    if f.subject is not None:
        query = query.where(ContactRow.subject == f.subject.value)
    if f.badge is not None:
        query = query.where(ContactRow.badge == f.badge.value)
    if f.ids:
        query = query.where(ContactRow.id.in_(f.ids))
    if f.category:
        query = query.where(
            exists(
                select(contact_categories.c.contact_id)
                .join(CategoryRow, CategoryRow.id == contact_categories.c.category_id)
                .where(contact_categories.c.contact_id == ContactRow.id)
                .where(CategoryRow.name == f.category)
            )
        )
    if f.activity:
        query = query.where(
            exists(
                select(contact_activities.c.contact_id)
                .join(ActivityRow, ActivityRow.id == contact_activities.c.activity_id)
                .where(contact_activities.c.contact_id == ContactRow.id)
                .where(ActivityRow.name == f.activity)
            )
        )
    clause = search_index.matching_ids_clause(f.search)
    if clause is not None:
        query = query.where(clause)
    return query
