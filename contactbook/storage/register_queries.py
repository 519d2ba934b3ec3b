"""The register's counts per processing activity, aggregated in SQL.

A register of a book with 100,000 contacts must not load 100,000 contacts (with photos) to
count them: this module asks SQLite for the same numbers that
:func:`contactbook.domain.register.tally_contacts` computes from whole contacts, with the
same rules as :func:`contactbook.domain.gdpr_scope.personal_fields`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, not_, or_, select

from contactbook.domain.enums import EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.register import ActivityTally, PersonalDataCategory
from contactbook.storage.database import Database
from contactbook.storage.schema import (
    AddressRow,
    ContactRow,
    EmailRow,
    PhoneRow,
    contact_activities,
)

# Python's str.strip() drops these; SQLite's trim() drops only spaces unless told.
_BLANKS = " \t\r\n\f\v"


def _filled(column: Any) -> ColumnElement[bool]:
    return func.trim(func.coalesce(column, ""), _BLANKS) != ""


def _is_data_subject() -> ColumnElement[bool]:
    return and_(
        ContactRow.subject == Subject.PERSON.value,
        ContactRow.deceased.is_(False),
        ContactRow.scope != Scope.PRIVATE.value,
    )


def _category_conditions() -> dict[PersonalDataCategory, ColumnElement[bool]]:
    """Per category: does the contact hold it? Mirrors ``gdpr_scope.personal_fields``."""
    email_class = func.coalesce(EmailRow.classification_override, EmailRow.auto_classification)
    return {
        PersonalDataCategory.NAME: or_(
            _filled(ContactRow.given_name), _filled(ContactRow.family_name)
        ),
        # generic (role) addresses are not personal data
        PersonalDataCategory.PERSONAL_EMAIL: exists().where(
            EmailRow.contact_id == ContactRow.id,
            email_class == EmailClassification.PERSONAL.value,
        ),
        PersonalDataCategory.PHONE: exists().where(PhoneRow.contact_id == ContactRow.id),
        # a postcode (or street) alone is not an address of a household; with a number it is
        PersonalDataCategory.POSTAL_ADDRESS: exists().where(
            AddressRow.contact_id == ContactRow.id,
            _filled(AddressRow.house_number),
            or_(_filled(AddressRow.postcode), _filled(AddressRow.street)),
        ),
        PersonalDataCategory.BIRTHDAY: and_(
            ContactRow.birthday_month.is_not(None), ContactRow.birthday_day.is_not(None)
        ),
        PersonalDataCategory.PHOTO: func.length(ContactRow.photo) > 0,
        PersonalDataCategory.NOTES: _filled(ContactRow.notes),
        PersonalDataCategory.JOB_TITLE: _filled(ContactRow.job_title),
    }


def _assessment_missing() -> ColumnElement[bool]:
    complete = and_(
        _filled(ContactRow.lia_purpose),
        _filled(ContactRow.lia_necessity),
        _filled(ContactRow.lia_balance),
    )
    return and_(ContactRow.legal_basis == LegalBasis.LEGITIMATE_INTEREST.value, not_(complete))


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def activity_tallies(database: Database) -> dict[int, ActivityTally]:
    """The tally of every activity that has linked contacts, by activity id.

    Activities without contacts are absent; their tally is ``ActivityTally()``.
    """
    subject = _is_data_subject()
    categories = _category_conditions()
    business = ContactRow.scope == Scope.BUSINESS.value
    unsorted = ContactRow.scope == Scope.UNSORTED.value
    activity_id = contact_activities.c.activity_id
    linked = contact_activities.join(ContactRow, ContactRow.id == contact_activities.c.contact_id)
    counts_query = (
        select(
            activity_id,
            func.count(),
            _count(subject),
            _count(and_(subject, _assessment_missing())),
            _count(and_(subject, business, ContactRow.legal_basis == LegalBasis.NONE.value)),
            _count(and_(subject, unsorted)),
            _count(ContactRow.scope == Scope.PRIVATE.value),
            *(_count(and_(subject, condition)) for condition in categories.values()),
        )
        .select_from(linked)
        .group_by(activity_id)
    )
    bases_query = (
        select(activity_id, ContactRow.legal_basis, func.count())
        .select_from(linked)
        .where(subject)
        .group_by(activity_id, ContactRow.legal_basis)
    )
    with database.session() as session:
        bases: dict[int, dict[LegalBasis, int]] = {}
        for aid, basis, count in session.execute(bases_query):
            bases.setdefault(aid, {})[LegalBasis(basis)] = int(count)
        tallies: dict[int, ActivityTally] = {}
        for row in session.execute(counts_query):
            aid, total, subjects, missing, without, unreviewed, private, *held = row
            tallies[aid] = ActivityTally(
                linked=int(total),
                data_subjects=int(subjects),
                categories={
                    category: int(n)
                    for category, n in zip(categories, held, strict=True)
                    if int(n) > 0
                },
                bases=bases.get(aid, {}),
                assessment_missing=int(missing),
                without_basis=int(without),
                not_reviewed=int(unreviewed),
                private=int(private),
            )
        return tallies
