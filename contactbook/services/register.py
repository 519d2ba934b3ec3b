"""The register of processing activities: gathering it from a book, exporting it, linking.

The counts come from SQL aggregates (``storage.register_queries``), so a register over
100,000 contacts reads no contact records at all. The file formats live in
``contactbook.interchange``; PDF needs Qt and is therefore passed in by the caller (the
window or the command line) as a :data:`PdfRenderer`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import Scope
from contactbook.domain.register import ActivityTally, Register, RegisterEntry, register_entry
from contactbook.interchange import register_csv, register_html, register_xlsx
from contactbook.interchange.atomic_file import atomic_path
from contactbook.interchange.register_labels import Language
from contactbook.services.book import Book
from contactbook.storage import audit_log
from contactbook.storage.register_queries import activity_tallies


class RegisterFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"
    HTML = "html"


#: Writes the register as PDF to a path (``ui.register.register_pdf.write_register_pdf``).
PdfRenderer = Callable[[Register, Language, Path], None]

_SUFFIXES = {".xlsx": RegisterFormat.XLSX, ".csv": RegisterFormat.CSV, ".pdf": RegisterFormat.PDF}
_SUFFIXES |= {".html": RegisterFormat.HTML, ".htm": RegisterFormat.HTML}
# Sizes of SQL "IN (…)" lists: well below SQLite's limit on bound parameters.
_ID_CHUNK = 500


def format_from_suffix(path: Path) -> RegisterFormat | None:
    """The format a file name asks for (``.xlsx``, ``.csv``, ``.pdf``, ``.html``), if any."""
    return _SUFFIXES.get(path.suffix.lower())


def register_entries(book: Book, *, include_archived: bool = False) -> list[RegisterEntry]:
    """Every activity (by name) with the facts derived from its linked contacts."""
    tallies = activity_tallies(book.database)
    return [
        register_entry(activity, tallies.get(activity.id or -1, ActivityTally()))
        for activity in book.activities.list(include_archived=include_archived)
    ]


def build_register(book: Book, today: date | None = None) -> Register:
    """The register as of ``today``: the controller and the activities not archived."""
    return Register(
        controller=book.settings.controller(),
        drawn_up_on=today or date.today(),
        entries=tuple(register_entries(book)),
    )


def export_register(
    book: Book,
    path: Path,
    fmt: RegisterFormat,
    language: Language,
    *,
    today: date | None = None,
    render_pdf: PdfRenderer | None = None,
) -> Register:
    """Write the register to ``path`` all at once: a failed export leaves no half file.

    Returns the register written, for the caller's summary.
    """
    if fmt is RegisterFormat.PDF and render_pdf is None:
        raise ValueError("PDF export needs the Qt renderer (contactbook.ui.register.register_pdf)")
    register = build_register(book, today)
    with atomic_path(path) as target:
        _write(register, fmt, language, target, render_pdf)
    audit_log.record_event(
        book.database, AuditAction.EXPORTED, None, f"register {fmt.value} ({language})"
    )
    return register


def _write(
    register: Register,
    fmt: RegisterFormat,
    language: Language,
    target: Path,
    render_pdf: PdfRenderer | None,
) -> None:
    if fmt is RegisterFormat.XLSX:
        register_xlsx.write_register_xlsx(register, language, target)
    elif fmt is RegisterFormat.CSV:
        register_csv.write_register_csv(register, language, target)
    elif fmt is RegisterFormat.HTML:
        target.write_text(register_html.register_html(register, language), encoding="utf-8")
    elif render_pdf is not None:
        render_pdf(register, language, target)


@dataclass(frozen=True)
class LinkOutcome:
    """What linking a selection did: new links, and the contacts that may not be linked."""

    activity: str
    linked: int
    already_linked: int
    private: tuple[int, ...] = ()
    not_reviewed: tuple[int, ...] = ()

    @property
    def refused(self) -> int:
        return len(self.private) + len(self.not_reviewed)


@dataclass(frozen=True)
class SelectionScopes:
    """A selection of contacts split by scope: only business contacts may be linked."""

    business: tuple[int, ...]
    private: tuple[int, ...]
    not_reviewed: tuple[int, ...]


def split_by_scope(book: Book, contact_ids: Iterable[int]) -> SelectionScopes:
    """Sort a selection into business, private and unsorted contacts (unknown ids vanish)."""
    wanted = list(dict.fromkeys(contact_ids))
    scopes: dict[int, Scope] = {}
    for start in range(0, len(wanted), _ID_CHUNK):
        chunk = tuple(wanted[start : start + _ID_CHUNK])
        for summary in book.contacts.page(ContactFilter(ids=chunk), limit=len(chunk)):
            scopes[summary.id] = summary.scope

    def having(scope: Scope) -> tuple[int, ...]:
        return tuple(cid for cid in wanted if scopes.get(cid) is scope)

    return SelectionScopes(having(Scope.BUSINESS), having(Scope.PRIVATE), having(Scope.UNSORTED))


def link_business_contacts(book: Book, activity: str, contact_ids: Sequence[int]) -> LinkOutcome:
    """Link the business contacts among ``contact_ids`` to ``activity``.

    Private contacts are never processed for the business, and contacts not reviewed yet
    must first be given a scope; both are left out and reported in the outcome.
    """
    selection = split_by_scope(book, contact_ids)
    book.activities.get(activity)  # a clear error for an unknown name, even with no contacts
    linked = 0
    for start in range(0, len(selection.business), _ID_CHUNK):
        linked += book.activities.link(activity, selection.business[start : start + _ID_CHUNK])
    return LinkOutcome(
        activity=activity,
        linked=linked,
        already_linked=len(selection.business) - linked,
        private=selection.private,
        not_reviewed=selection.not_reviewed,
    )
