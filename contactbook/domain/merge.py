"""Merging an incoming contact into one already in the book: add what is new, keep the rest.

Used by the import (a card that matches an existing contact) and by "find duplicates".
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress, normalise_address
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress

# Plain text fields that are filled from the incoming contact only when empty in the book.
_FILLABLE_TEXT = (
    "given_name",
    "family_name",
    "middle_name",
    "name_prefix",
    "name_suffix",
    "nickname",
    "organisation",
    "job_title",
    "notes",
)


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
