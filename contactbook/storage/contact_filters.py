"""A domain ContactFilter turned into WHERE clauses, a ContactOrder into ORDER BY."""

from __future__ import annotations

from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, case, exists, select
from sqlalchemy.orm import aliased

from contactbook.domain.badge import BadgeKind, Severity, severity
from contactbook.domain.consent import WITHDRAWALS
from contactbook.domain.contact_query import ContactFilter, ContactOrder, SortField
from contactbook.storage import search_index
from contactbook.storage.schema import (
    ActivityRow,
    CategoryRow,
    ConsentRow,
    ContactRow,
    EmailRow,
    blank_last,
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
    # "id IN (members)": the members are read once, not probed for each of 100,000 contacts
    if f.category:
        query = query.where(
            ContactRow.id.in_(
                select(contact_categories.c.contact_id)
                .join(CategoryRow, CategoryRow.id == contact_categories.c.category_id)
                .where(CategoryRow.name == f.category)
            )
        )
    if f.activity:
        query = query.where(
            ContactRow.id.in_(
                select(contact_activities.c.contact_id)
                .join(ActivityRow, ActivityRow.id == contact_activities.c.activity_id)
                .where(ActivityRow.name == f.activity)
            )
        )
    if f.opted_out:
        query = query.where(ContactRow.id.in_(opted_out_contact_ids()))
    clause = search_index.matching_ids_clause(f.search)
    if clause is not None:
        query = query.where(clause)
    return query


def withdrawn_address_keys() -> Select[Any]:
    """Addresses whose deciding consent record (latest; later id on a tie) is a withdrawal."""
    later = aliased(ConsentRow)
    superseded = exists(
        select(later.id)
        .where(later.address_key == ConsentRow.address_key)
        .where(
            (later.at > ConsentRow.at) | ((later.at == ConsentRow.at) & (later.id > ConsentRow.id))
        )
    )
    return (
        select(ConsentRow.address_key)
        .where(ConsentRow.kind.in_([kind.value for kind in WITHDRAWALS]))
        .where(~superseded)
    )


def opted_out_contact_ids() -> Select[Any]:
    """Contacts with at least one address that opted out or objected."""
    return select(EmailRow.contact_id).where(EmailRow.address_key.in_(withdrawn_address_keys()))


# Most urgent badges first: no basis, assessment missing, to review, the bases, the neutral ones.
_SEVERITY_RANK = {
    Severity.ERROR: 0,
    Severity.WARNING: 1,
    Severity.ATTENTION: 2,
    Severity.OK: 3,
    Severity.NEUTRAL: 4,
}
_TEXT_COLUMNS = {
    SortField.ORGANISATION: ContactRow.organisation,
    SortField.EMAIL: ContactRow.main_email,
    SortField.PHONE: ContactRow.main_phone,
}


def _badge_rank() -> ColumnElement[int]:
    return case(
        {kind.value: _SEVERITY_RANK[severity(kind)] for kind in BadgeKind},
        value=ContactRow.badge,
        else_=len(_SEVERITY_RANK),
    )


def order_by(query: Select[*Columns], order: ContactOrder) -> Select[*Columns]:
    """Sort a query over ``contacts`` as :func:`order_keys` says."""
    return query.order_by(*order_keys(order))


def order_keys(order: ContactOrder) -> list[Any]:
    """ORDER BY terms over ``contacts``; ties fall back on the alphabetical name order and id.

    Text columns sort case-insensitively with empty values last in both directions; badges
    sort by urgency (no legal basis first), then by kind.
    """
    descending = order.descending
    keys: list[Any] = []
    if order.sort_field is SortField.BADGE:
        rank, kind = _badge_rank(), ContactRow.badge
        keys += [rank.desc(), kind.desc()] if descending else [rank, kind]
    elif order.sort_field in _TEXT_COLUMNS:
        column = _TEXT_COLUMNS[order.sort_field]
        value = column.collate("NOCASE")
        keys += [blank_last(column), value.desc() if descending else value]
    name_keys = [ContactRow.sort_key, ContactRow.id]
    if descending and order.sort_field is SortField.NAME:
        keys += [key.desc() for key in name_keys]
    else:
        keys += name_keys
    return keys
