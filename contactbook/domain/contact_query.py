"""What a list of contacts asks for: filters, order and a page. Interpreted by storage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from contactbook.domain.badge import BadgeKind
from contactbook.domain.enums import LegalBasis, Scope, Subject


@dataclass(frozen=True)
class ContactFilter:
    """All given criteria must hold. ``search`` is substring, case- and accent-insensitive.

    ``opted_out`` keeps the contacts with at least one e-mail address whose deciding (latest)
    consent record is an opt-out or an objection.
    """

    scope: Scope | None = None
    basis: LegalBasis | None = None
    subject: Subject | None = None
    badge: BadgeKind | None = None
    search: str = ""
    category: str | None = None
    activity: str | None = None
    ids: tuple[int, ...] = field(default_factory=tuple)
    opted_out: bool = False


class SortField(StrEnum):
    """The columns a list can be sorted by."""

    NAME = "name"
    ORGANISATION = "organisation"
    EMAIL = "email"
    PHONE = "phone"
    BADGE = "badge"


@dataclass(frozen=True)
class ContactOrder:
    """How a list is sorted; ties are broken by name, then by id, so paging is stable."""

    sort_field: SortField = SortField.NAME
    descending: bool = False


class ViewKind(StrEnum):
    """The fixed views of the sidebar; categories and activities add one view each."""

    ALL = "all"
    BUSINESS = "business"
    PRIVATE = "private"
    UNSORTED = "unsorted"
    NO_BASIS = "no_basis"
    ASSESSMENT_MISSING = "assessment_missing"
    OPTED_OUT = "opted_out"


CATEGORY_PREFIX = "category:"
ACTIVITY_PREFIX = "activity:"

_VIEW_FILTERS: dict[ViewKind, ContactFilter] = {
    ViewKind.ALL: ContactFilter(),
    ViewKind.BUSINESS: ContactFilter(scope=Scope.BUSINESS),
    ViewKind.PRIVATE: ContactFilter(scope=Scope.PRIVATE),
    ViewKind.UNSORTED: ContactFilter(scope=Scope.UNSORTED),
    ViewKind.NO_BASIS: ContactFilter(badge=BadgeKind.NO_LEGAL_BASIS),
    ViewKind.ASSESSMENT_MISSING: ContactFilter(badge=BadgeKind.ASSESSMENT_MISSING),
    ViewKind.OPTED_OUT: ContactFilter(opted_out=True),
}


def view_filter(name: str) -> ContactFilter | None:
    """The filter of the view called ``name`` ("business", "category:klant", …), or None.

    Category and activity names are matched exactly as stored.
    """
    if name.startswith(CATEGORY_PREFIX):
        category = name[len(CATEGORY_PREFIX) :]
        return ContactFilter(category=category) if category else None
    if name.startswith(ACTIVITY_PREFIX):
        activity = name[len(ACTIVITY_PREFIX) :]
        return ContactFilter(activity=activity) if activity else None
    try:
        return _VIEW_FILTERS[ViewKind(name)]
    except ValueError:
        return None


def with_search(view: ContactFilter, search: str) -> ContactFilter:
    """The view's filter narrowed by a search text."""
    return replace(view, search=search)


@dataclass(frozen=True)
class ViewCounts:
    """How many contacts each view of the sidebar holds (the whole book, not the search)."""

    total: int = 0
    business: int = 0
    private: int = 0
    unsorted: int = 0
    no_basis: int = 0
    assessment_missing: int = 0
    opted_out: int = 0
    #: every category that contacts carry, by name, in alphabetical order
    categories: tuple[tuple[str, int], ...] = ()
    #: every processing activity that is not archived, by name, in alphabetical order
    activities: tuple[tuple[str, int], ...] = ()

    def count(self, name: str) -> int | None:
        """The count of the view called ``name``, None when there is no such view."""
        if name.startswith(CATEGORY_PREFIX):
            return dict(self.categories).get(name[len(CATEGORY_PREFIX) :])
        if name.startswith(ACTIVITY_PREFIX):
            return dict(self.activities).get(name[len(ACTIVITY_PREFIX) :])
        try:
            kind = ViewKind(name)
        except ValueError:
            return None
        return self.total if kind is ViewKind.ALL else int(getattr(self, kind.value))


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
