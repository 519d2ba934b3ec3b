"""What a list of contacts asks for: filters, order and a page. Interpreted by storage."""

from __future__ import annotations

from dataclasses import dataclass, field

from contactbook.domain.badge import BadgeKind
from contactbook.domain.enums import LegalBasis, Scope, Subject


@dataclass(frozen=True)
class ContactFilter:
    """All given criteria must hold. ``search`` is substring, case- and accent-insensitive."""

    scope: Scope | None = None
    basis: LegalBasis | None = None
    subject: Subject | None = None
    badge: BadgeKind | None = None
    search: str = ""
    category: str | None = None
    activity: str | None = None
    ids: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ContactSummary:
    """The light row a list shows: enough to draw it without loading the whole contact."""

    id: int
    display_name: str
    organisation: str
    main_email: str
    main_phone: str
    badge: BadgeKind
    scope: Scope
    subject: Subject
    initials: str
    has_photo: bool
    city: str = ""
