"""Two contacts that are probably one person, and how to merge them field by field."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import CONFLICTING_FIELDS
from contactbook.domain.merge import merge_into


class DuplicateReason(StrEnum):
    SAME_PHONE = "same_phone"
    SAME_EMAIL = "same_email"
    SAME_NAME = "same_name"


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int  # the older contact: kept by default
    second_id: int
    reasons: tuple[DuplicateReason, ...]


# Single-valued fields where the two contacts can disagree; lists (e-mail, phones, …) are
# joined instead, so they never conflict. The contact's data fields (as declared), then the
# owner's decisions about it.
CONFLICT_FIELDS = (
    *CONFLICTING_FIELDS,
    "scope",
    "subject",
    "legal_basis",
    "deceased",
)


def conflicts(keep: Contact, other: Contact) -> list[str]:
    """Fields where both contacts hold a value and the values differ."""
    found = []
    for name in CONFLICT_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if _is_empty(mine) or _is_empty(theirs):
            continue
        if mine != theirs:
            found.append(name)
    return found


def merge_pair(keep: Contact, other: Contact, take_from_other: frozenset[str]) -> Contact:
    """``keep`` with everything of ``other`` added; for the conflicting fields named in
    ``take_from_other`` the other contact's value wins. The id and uid of ``keep`` stay."""
    unknown = take_from_other - set(CONFLICT_FIELDS)
    if unknown:
        raise ValueError(f"not a field that can conflict: {', '.join(sorted(unknown))}")
    merged = merge_into(keep, other).contact
    chosen = {name: getattr(other, name) for name in take_from_other}
    merged = replace(merged, **chosen)
    activities = list(dict.fromkeys([*keep.activities, *other.activities]))
    return replace(merged, activities=activities, id=keep.id, uid=keep.uid)


def _is_empty(value: object) -> bool:
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return not value.strip()
    return False
