"""Translation between contact rows and domain contacts. Rows never leave the storage layer."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from contactbook.domain.badge import BadgeKind, badge_for
from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactSummary
from contactbook.domain.email_address import EmailAddress, normalise_address
from contactbook.domain.enums import EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.names import initials
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.storage.schema import ContactRow


def contact_columns(contact: Contact, now: datetime) -> dict[str, Any]:
    """The ``contacts`` row for a contact (without id), badge and list columns included."""
    basis = contact.legal_basis
    test = basis.balancing_test
    birthday = contact.birthday
    return {
        "uid": contact.uid,
        "scope": contact.scope.value,
        "subject": contact.subject.value,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "middle_name": contact.middle_name,
        "name_prefix": contact.name_prefix,
        "name_suffix": contact.name_suffix,
        "nickname": contact.nickname,
        "organisation": contact.organisation,
        "job_title": contact.job_title,
        "display_name": contact.display_name,
        "sort_key": contact.sort_key,
        "deceased": contact.deceased,
        "deceased_on": contact.deceased_on,
        "birthday_year": birthday.year if birthday else None,
        "birthday_month": birthday.month if birthday else None,
        "birthday_day": birthday.day if birthday else None,
        "photo": contact.photo,
        "thumbnail": contact.thumbnail,
        "extra_properties": json.dumps(contact.extra_properties, ensure_ascii=False),
        "notes": contact.notes,
        "legal_basis": basis.basis.value,
        "legal_basis_note": basis.note,
        "legal_basis_recorded_on": basis.recorded_on,
        "lia_purpose": test.purpose if test else None,
        "lia_necessity": test.necessity if test else None,
        "lia_balance": test.balance if test else None,
        "lia_assessed_on": test.assessed_on if test else None,
        "badge": badge_for(contact).value,
        "main_email": contact.main_email,
        "main_phone": contact.main_phone,
        "main_city": contact.addresses[0].city if contact.addresses else "",
        "end_of_relationship": contact.end_of_relationship,
        "created_at": contact.created_at or now,
        "updated_at": now,
    }


def child_rows(contact_id: int, contact: Contact) -> dict[str, list[dict[str, Any]]]:
    """Rows of the detail tables for one contact, keyed by table name."""
    return {
        "emails": [
            {
                "contact_id": contact_id,
                "position": position,
                "address": email.address,
                "address_key": normalise_address(email.address),
                "label": email.label,
                "auto_classification": email.auto_classification.value,
                "classification_override": email.override.value if email.override else None,
                "published": email.published,
            }
            for position, email in enumerate(contact.emails)
        ],
        "phones": [
            {
                "contact_id": contact_id,
                "position": position,
                "raw": phone.raw,
                "e164": phone.e164,
                "label": phone.label,
                "valid": phone.valid,
            }
            for position, phone in enumerate(contact.phones)
        ],
        "addresses": [
            {
                "contact_id": contact_id,
                "position": position,
                "street": address.street,
                "house_number": address.house_number,
                "postcode": address.postcode,
                "city": address.city,
                "country": address.country,
                "label": address.label,
            }
            for position, address in enumerate(contact.addresses)
        ],
    }


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
