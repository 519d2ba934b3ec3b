"""Undoing an import as one step: the contacts it added go, the contacts it merged into lose
what it added (and keep what was changed since), recorded in the audit log.

One transaction: a failure or a kill halfway leaves the book as it was before the undo.
"""

from __future__ import annotations

from dataclasses import dataclass

from contactbook.domain.audit import AuditAction
from contactbook.domain.import_history import ImportRecord
from contactbook.domain.merge import without_additions
from contactbook.services.book import Book
from contactbook.storage.errors import NotFoundError


class ImportUndoError(ValueError):
    """The import cannot be undone (none, or undone already): nothing changed."""


@dataclass(frozen=True)
class UndoResult:
    record: ImportRecord
    removed: int  # contacts the import added that were still in the book
    restored: int  # contacts it merged into, taken back to what they had


def recent_imports(book: Book) -> list[ImportRecord]:
    """The imports of the last days (``IMPORT_UNDO_DAYS``), newest first."""
    return book.imports.list()


def undo_import(book: Book, import_id: int | None = None) -> UndoResult:
    """Undo import ``import_id`` (None: the newest one not undone yet)."""
    with book.contacts.batch() as batch:
        try:
            record = batch.latest_import() if import_id is None else batch.get_import(import_id)
        except NotFoundError as error:
            raise ImportUndoError(str(error)) from error
        if record is None:
            raise ImportUndoError("There is no import to undo.")
        if not record.can_undo:
            raise ImportUndoError(f"Import {record.id} was undone already.")
        changes = batch.import_changes(record.id)
        targets = {contact_id for contact_id, _ in changes.merged}
        contacts = batch.get_many(targets)
        # the latest merge is taken out first, as undo steps go
        for contact_id, added in reversed(changes.merged):
            contacts[contact_id] = without_additions(contacts[contact_id], added)
        batch.save_many(list(contacts.values()))
        removed = batch.delete_many(changes.added)
        batch.mark_import_undone(record.id)
        batch.audit(
            AuditAction.IMPORT_UNDONE,
            f"import={record.id} removed={removed} restored={len(contacts)}",
        )
    return UndoResult(record, removed, len(contacts))
