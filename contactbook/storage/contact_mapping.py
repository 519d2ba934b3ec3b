"""Translation between contact rows and domain contacts. Rows never leave the storage layer.

The other direction, a contact as the rows it becomes (``contact_columns``, ``child_rows``),
lives in ``contact_bulk_rows``, which does not load the schema: the processes that read the
cards of a large import need it and start faster without SQLAlchemy's ORM.
"""

from __future__ import annotations

import json
from typing import Any

from contactbook.domain.badge import BadgeKind
from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactSummary
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.names import initials
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.storage.contact_bulk_rows import child_rows, contact_columns
from contactbook.storage.schema import ContactRow

__all__ = [
    "SUMMARY_COLUMNS",
    "child_rows",
    "contact_columns",
    "row_to_contact",
    "summary_from_columns",
]


def row_to_contact(row: ContactRow) -> Contact:
    test = None
    if any(v is not None for v in (row.lia_purpose, row.lia_necessity, row.lia_balance)):
        test = BalancingTest(
            purpose=row.lia_purpose or "",
            necessity=row.lia_necessity or "",
            balance=row.lia_balance or "",
            assessed_on=row.lia_assessed_on,
        )
    birthday = None
    if row.birthday_month is not None and row.birthday_day is not None:
        birthday = Birthday(row.birthday_month, row.birthday_day, row.birthday_year)
    return Contact(
        id=row.id,
        uid=row.uid,
        scope=Scope(row.scope),
        subject=Subject(row.subject),
        given_name=row.given_name,
        family_name=row.family_name,
        middle_name=row.middle_name,
        name_prefix=row.name_prefix,
        name_suffix=row.name_suffix,
        nickname=row.nickname,
        organisation=row.organisation,
        job_title=row.job_title,
        deceased=row.deceased,
        deceased_on=row.deceased_on,
        birthday=birthday,
        photo=row.photo,
        thumbnail=row.thumbnail,
        extra_properties=list(json.loads(row.extra_properties or "[]")),
        notes=row.notes,
        legal_basis=LegalBasisRecord(
            basis=LegalBasis(row.legal_basis),
            note=row.legal_basis_note,
            balancing_test=test,
            recorded_on=row.legal_basis_recorded_on,
        ),
        emails=[
            EmailAddress(
                address=e.address,
                label=e.label,
                auto_classification=EmailClassification(e.auto_classification),
                override=(
                    EmailClassification(e.classification_override)
                    if e.classification_override
                    else None
                ),
                published=e.published,
            )
            for e in row.emails
        ],
        phones=[Phone(raw=p.raw, e164=p.e164, label=p.label, valid=p.valid) for p in row.phones],
        addresses=[
            PostalAddress(
                street=a.street,
                house_number=a.house_number,
                postcode=a.postcode,
                city=a.city,
                country=a.country,
                label=a.label,
            )
            for a in row.addresses
        ],
        end_of_relationship=row.end_of_relationship,
        categories=sorted(c.name for c in row.categories),
        activities=sorted(a.name for a in row.activities),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


SUMMARY_COLUMNS = (
    ContactRow.id,
    ContactRow.display_name,
    ContactRow.organisation,
    ContactRow.main_email,
    ContactRow.main_phone,
    ContactRow.badge,
    ContactRow.scope,
    ContactRow.subject,
    ContactRow.given_name,
    ContactRow.family_name,
    ContactRow.main_city,
    ContactRow.photo.is_not(None),
)


def summary_from_columns(values: Any) -> ContactSummary:
    (cid, name, org, email, phone, badge, scope, subject, given, family, city, has_photo) = values
    subject_value = Subject(subject)
    letters = (
        initials("", "", org)
        if subject_value is Subject.ORGANISATION
        else initials(given, family, org)
    )
    return ContactSummary(
        id=cid,
        display_name=name,
        organisation=org,
        main_email=email,
        main_phone=phone,
        badge=BadgeKind(badge),
        scope=Scope(scope),
        subject=subject_value,
        initials=letters,
        has_photo=bool(has_photo),
        city=city,
    )
