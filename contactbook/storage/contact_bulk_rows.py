"""A new contact as the rows it becomes, computed without a database session.

Kept apart from the writing code so that the processes that read the cards of a large import
(``services.import_workers``) import as little as possible: no SQLAlchemy, no schema, no
engine. ``contact_mapping`` (reading rows back into contacts) re-exports ``contact_columns``
and ``child_rows``; ``search_index`` re-exports ``index_text`` (the one text the index holds
and ``search_index.search_terms`` folds queries to match).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from contactbook.domain.badge import badge_for
from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import FIELDS, SEARCHABLE_TEXT_FIELDS, FieldKind
from contactbook.domain.email_address import EmailAddress, normalise_address
from contactbook.domain.names import fold
from contactbook.domain.personal_data import classify_email

_TIMESTAMPS = ("created_at", "updated_at")


@dataclass(frozen=True)  # no slots: pickled by the fast C path between processes
class ContactRows:
    """A new contact as the rows it becomes, without its id and timestamps (given at insert)."""

    contact: dict[str, Any]
    details: dict[str, list[dict[str, Any]]]  # emails, phones, addresses; contact_id left out
    categories: tuple[str, ...]
    activities: tuple[str, ...]
    search_text: str


def contact_rows(contact: Contact, *, emails_classified: bool = False) -> ContactRows:
    """The rows ``add_contacts`` would write for ``contact``; it must have its uid already.

    ``emails_classified``: the contact's e-mail addresses carry their automatic
    classification already (``classified_emails``), which saves a copy of the contact.
    """
    if not contact.uid:
        raise ValueError("contact_rows() needs a contact with a uid")
    # as add_contacts stores them
    stored = contact if emails_classified else contact.with_classified_emails()
    columns = contact_columns(stored, datetime.now(UTC).replace(tzinfo=None))
    for name in _TIMESTAMPS:
        del columns[name]  # given at insert
    details = child_rows(0, stored)
    for rows in details.values():
        for row in rows:
            del row["contact_id"]
    return ContactRows(
        contact=columns,
        details=details,
        categories=tuple(dict.fromkeys(stored.categories)),
        activities=tuple(dict.fromkeys(stored.activities)),
        search_text=index_text(stored),
    )


def classified_emails(contact: Contact) -> list[EmailAddress]:
    """The contact's e-mail addresses as ``Contact.with_classified_emails`` gives them.

    Without a copy of the whole contact, so that an import can set them together with its
    other changes (tests/storage/test_contact_batch_rows.py checks that they agree).
    """
    emails = []
    for email in contact.emails:
        verdict = classify_email(email.address, contact.given_name, contact.family_name)
        if verdict.classification is not email.auto_classification:
            email = replace(email, auto_classification=verdict.classification)
        emails.append(email)
    return emails


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


def index_text(contact: Contact) -> str:
    """The folded text a contact is found by: names, organisation, e-mail, phone, city.

    Lower case, accents removed, phone numbers as digits in every notation (as typed, E.164
    and national), so that a query folded by ``search_index.search_terms`` finds it.
    """
    parts = list(_searchable_texts(contact))
    if _EMAILS_SEARCHABLE:
        parts += [email.address for email in contact.emails]
    if _ADDRESSES_SEARCHABLE:
        parts += [address.city for address in contact.addresses]
    if _PHONES_SEARCHABLE:
        for phone in contact.phones:
            parts.append(digits(phone.raw))
            if phone.e164:
                parts.append(digits(phone.e164))
                parts.append(phone.national_digits())
    text = " | ".join(part for part in parts if part)
    if text.isascii():  # fold() of ASCII text is lower(), part by part or all at once
        return text.lower()
    return " | ".join(fold(part) for part in parts if part)


# What the index holds comes from the declaration (domain.contact_fields): its searchable text
# fields, then the searchable lists (the addresses by their city), in the order they had.
_SEARCHABLE = {spec.kind for spec in FIELDS if spec.searchable}
_EMAILS_SEARCHABLE = FieldKind.EMAILS in _SEARCHABLE
_ADDRESSES_SEARCHABLE = FieldKind.ADDRESSES in _SEARCHABLE
_PHONES_SEARCHABLE = FieldKind.PHONES in _SEARCHABLE
# the display name first; with it attrgetter always gives a tuple
_searchable_texts = attrgetter("display_name", *SEARCHABLE_TEXT_FIELDS)

_NOT_ASCII_DIGITS = str.maketrans({n: None for n in range(128) if not chr(n).isdigit()})


def digits(value: str) -> str:
    """The digits of a value (also non-ASCII ones), in order."""
    if value.isascii():
        return value.translate(_NOT_ASCII_DIGITS)
    return "".join(ch for ch in value if ch.isdigit())
