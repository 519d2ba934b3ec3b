"""Merging an incoming contact into one already in the book: add what is new, keep the rest.

Used by the import (a card that matches an existing contact) and by "find duplicates".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from typing import Any

from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import FILLABLE_TEXT_FIELDS
from contactbook.domain.email_address import EmailAddress, normalise_address
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress

# Plain text fields that are filled from the incoming contact only when empty in the book.
_FILLABLE_TEXT = FILLABLE_TEXT_FIELDS


@dataclass(frozen=True)
class MergeResult:
    contact: Contact
    added: tuple[str, ...] = field(default_factory=tuple)  # field names, e.g. "email", "photo"

    @property
    def changed(self) -> bool:
        return bool(self.added)


def merge_into(existing: Contact, incoming: Contact) -> MergeResult:
    """``existing`` with the details of ``incoming`` that it lacks; existing values win.

    Scope, legal basis, subject and consent are the owner's decisions and never change here.
    """
    added: list[str] = []
    updates: dict[str, Any] = {}
    for name in _FILLABLE_TEXT:
        new = getattr(incoming, name)
        if new.strip() and not getattr(existing, name).strip():
            updates[name] = new
            added.append(name)
    for name in ("birthday", "photo", "thumbnail"):
        if getattr(existing, name) is None and getattr(incoming, name) is not None:
            updates[name] = getattr(incoming, name)
            if name != "thumbnail":
                added.append(name)
    if not existing.uid and incoming.uid:
        updates["uid"] = incoming.uid
    known_emails = {normalise_address(e.address) for e in existing.emails}
    new_emails = [e for e in incoming.emails if normalise_address(e.address) not in known_emails]
    if new_emails:
        updates["emails"] = [*existing.emails, *_unique_emails(new_emails)]
        added.append("email")
    known_phones = {phone_key(p) for p in existing.phones}
    new_phones = [p for p in incoming.phones if phone_key(p) not in known_phones]
    if new_phones:
        updates["phones"] = [*existing.phones, *_unique_phones(new_phones)]
        added.append("phone")
    known_addresses = {address_key(a) for a in existing.addresses}
    new_addresses = [a for a in incoming.addresses if address_key(a) not in known_addresses]
    if new_addresses:
        updates["addresses"] = [*existing.addresses, *new_addresses]
        added.append("address")
    for name, label in (("categories", "category"), ("extra_properties", "other")):
        mine = getattr(existing, name)
        extra = [item for item in getattr(incoming, name) if item not in mine]
        if extra:
            updates[name] = [*mine, *dict.fromkeys(extra)]
            added.append(label)
    return MergeResult(replace(existing, **updates), tuple(added))


def phone_key(phone: Phone) -> str:
    """Numbers are the same when their E.164 forms are, else when their digits are."""
    return phone.e164 or "".join(ch for ch in phone.raw if ch.isdigit())


def address_key(address: PostalAddress) -> tuple[str, ...]:
    return tuple(
        " ".join(getattr(address, f.name).lower().split())
        for f in fields(address)
        if f.name != "label"
    )


def _unique_emails(emails: list[EmailAddress]) -> list[EmailAddress]:
    """The first of each address, in order."""
    seen: set[str] = set()
    result: list[EmailAddress] = []
    for email in emails:
        key = normalise_address(email.address)
        if key not in seen:
            seen.add(key)
            result.append(email)
    return result


def _unique_phones(phones: list[Phone]) -> list[Phone]:
    """The first of each number, in order."""
    seen: set[str] = set()
    result: list[Phone] = []
    for phone in phones:
        if phone_key(phone) not in seen:
            seen.add(phone_key(phone))
            result.append(phone)
    return result


@dataclass(frozen=True)
class Additions:
    """What merges added to a stored contact, so that undoing an import can take it out again
    while keeping whatever was changed since (a later edit of the same contact stays)."""

    texts: tuple[tuple[str, str], ...] = ()  # (field, value) filled in where it was empty
    birthday: str = ""  # ISO form, when the merge set it
    photo_digest: str = ""  # SHA-256 of the photo, when the merge set it
    emails: tuple[str, ...] = ()  # normalised addresses
    phones: tuple[str, ...] = ()  # phone_key of each number
    addresses: tuple[tuple[str, ...], ...] = ()  # address_key of each address
    categories: tuple[str, ...] = ()
    extra_properties: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


def additions(before: Contact, after: Contact) -> Additions:
    """What ``after`` (the result of merges into ``before``) has that ``before`` had not."""
    texts = tuple(
        (name, getattr(after, name))
        for name in _FILLABLE_TEXT
        if not getattr(before, name).strip() and getattr(after, name).strip()
    )
    birthday = after.birthday.iso() if after.birthday and not before.birthday else ""
    photo = _digest(after.photo) if after.photo is not None and before.photo is None else ""
    known_emails = {normalise_address(e.address) for e in before.emails}
    known_phones = {phone_key(p) for p in before.phones}
    known_addresses = {address_key(a) for a in before.addresses}
    return Additions(
        texts=texts,
        birthday=birthday,
        photo_digest=photo,
        emails=tuple(
            key for e in after.emails if (key := normalise_address(e.address)) not in known_emails
        ),
        phones=tuple(num for p in after.phones if (num := phone_key(p)) not in known_phones),
        addresses=tuple(
            place for a in after.addresses if (place := address_key(a)) not in known_addresses
        ),
        categories=tuple(c for c in after.categories if c not in before.categories),
        extra_properties=tuple(
            p for p in after.extra_properties if p not in before.extra_properties
        ),
    )


def without_additions(contact: Contact, added: Additions) -> Contact:
    """``contact`` with what a merge added taken out, where it is still as the merge left it."""
    updates: dict[str, Any] = {
        name: "" for name, value in added.texts if getattr(contact, name) == value
    }
    if added.birthday and contact.birthday and contact.birthday.iso() == added.birthday:
        updates["birthday"] = None
    if added.photo_digest and contact.photo and _digest(contact.photo) == added.photo_digest:
        updates["photo"] = updates["thumbnail"] = None
    emails, phones = set(added.emails), set(added.phones)
    addresses = set(added.addresses)
    updates["emails"] = [e for e in contact.emails if normalise_address(e.address) not in emails]
    updates["phones"] = [p for p in contact.phones if phone_key(p) not in phones]
    updates["addresses"] = [a for a in contact.addresses if address_key(a) not in addresses]
    updates["categories"] = [c for c in contact.categories if c not in added.categories]
    updates["extra_properties"] = [
        p for p in contact.extra_properties if p not in added.extra_properties
    ]
    return replace(contact, **updates)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
