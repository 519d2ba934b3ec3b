"""Undo and redo of the edits made through the contact dialogs, for the running session.

Every command is created after its change was saved (so a failing save never lands on the
stack); undo and redo then write through the same services, with their audit events. Deleted
contacts come back with a new id (ids are never reused), so the commands look ids up in a
shared map of moved ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from contactbook.domain.contact import Contact
from contactbook.services.book import Book
from contactbook.services.contact_changes import (
    DeletedContact,
    delete_contacts,
    replace_contacts,
    restore_contacts,
)
from contactbook.storage.errors import StorageError


class ChangedElsewhereError(StorageError):
    """The stored contact is no longer the version an undo or redo would replace."""


class ContactUndo(QObject):
    """The undo stack of one window, and the map of ids that changed by undoing a delete.

    Give it a parent (the window's actions do): a parentless stack left to Python's collector
    with commands on it has crashed PySide 6.11.
    """

    #: ids of the contacts an undo or redo touched (to reload the list and select them)
    changed = Signal(list)
    #: a plain sentence when an undo or redo could not be applied
    failed = Signal(str)

    def __init__(self, book: Book, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.stack = QUndoStack(self)
        self._moved: dict[int, int] = {}
        # updated_at of each contact as the last write through this stack left it
        self._versions: dict[int, datetime | None] = {}

    def resolve(self, contact_id: int) -> int:
        """The id the contact has now (it changes when a deleted contact is brought back)."""
        while contact_id in self._moved:
            contact_id = self._moved[contact_id]
        return contact_id

    def moved(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._moved[old_id] = new_id

    def wrote(self, contacts: Sequence[Contact]) -> None:
        """Remember the stored versions a command just wrote (or was recorded with)."""
        for contact in contacts:
            self._versions[_id(contact)] = contact.updated_at

    def stored_unchanged(self, contact_id: int) -> Contact:
        """The stored contact, if nobody changed it since this stack last wrote it."""
        contact_id = self.resolve(contact_id)
        current = self.book.contacts.get(contact_id)
        if contact_id in self._versions and current.updated_at != self._versions[contact_id]:
            raise ChangedElsewhereError(
                QCoreApplication.translate(
                    "ContactUndo", "{name} was changed in the meantime."
                ).format(name=current.display_name)
            )
        return current

    # -- recording changes that were just saved --------------------------------------------

    def replaced(self, changes: Sequence[tuple[Contact, Contact]], text: str) -> None:
        """``changes`` are (before, after as saved) pairs."""
        if changes:
            self.wrote([after for _, after in changes])
            self.stack.push(_ReplaceCommand(self, list(changes), text))

    def deleted(self, items: Sequence[DeletedContact], text: str) -> None:
        if items:
            self.stack.push(_DeleteCommand(self, list(items), text))

    def added(self, contact: Contact, text: str) -> None:
        self.wrote([contact])
        self.stack.push(_AddCommand(self, contact, text))


class _Command(QUndoCommand):
    def __init__(self, undo: ContactUndo, text: str) -> None:
        super().__init__(text)
        self._undo = undo
        self._first_redo = True  # push() calls redo(); the change is saved already

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: object) -> None:
        assert callable(step)
        try:
            ids = step()
        except StorageError as error:
            self.setObsolete(True)
            self._undo.failed.emit(
                QCoreApplication.translate(
                    "ContactUndo", "“{action}” cannot be undone or redone: {reason}"
                ).format(action=self.text(), reason=str(error))
            )
            return
        self._undo.changed.emit(ids)

    def apply(self) -> list[int]:
        raise NotImplementedError

    def revert(self) -> list[int]:
        raise NotImplementedError


class _ReplaceCommand(_Command):
    """Swaps stored versions; refuses when a contact was changed elsewhere in between (an
    import merge, say), rather than silently overwriting that change."""

    def __init__(
        self, undo: ContactUndo, changes: list[tuple[Contact, Contact]], text: str
    ) -> None:
        super().__init__(undo, text)
        self._befores = [before for before, _ in changes]
        self._afters = [after for _, after in changes]

    def apply(self) -> list[int]:
        return self._swap(self._afters)

    def revert(self) -> list[int]:
        return self._swap(self._befores)

    def _swap(self, targets: list[Contact]) -> list[int]:
        pairs: list[tuple[Contact, Contact]] = []
        for target in targets:
            current = self._undo.stored_unchanged(_id(target))
            pairs.append((current, replace(target, id=current.id)))
        saved = replace_contacts(self._undo.book, pairs)
        self._undo.wrote(saved)
        return _ids(saved)


class _DeleteCommand(_Command):
    def __init__(self, undo: ContactUndo, items: list[DeletedContact], text: str) -> None:
        super().__init__(undo, text)
        self._items = items

    def apply(self) -> list[int]:
        ids = [_id(self._undo.stored_unchanged(_id(item.contact))) for item in self._items]
        self._items = delete_contacts(self._undo.book, ids)
        return []

    def revert(self) -> list[int]:
        restored = restore_contacts(self._undo.book, self._items)
        for item, contact in zip(self._items, restored, strict=True):
            self._undo.moved(_id(item.contact), _id(contact))
        self._undo.wrote(restored)
        return _ids(restored)


class _AddCommand(_Command):
    def __init__(self, undo: ContactUndo, contact: Contact, text: str) -> None:
        super().__init__(undo, text)
        self._contact_id = _id(contact)
        self._deleted: list[DeletedContact] = []

    def apply(self) -> list[int]:
        [contact] = restore_contacts(self._undo.book, self._deleted)
        self._undo.moved(self._undo.resolve(self._contact_id), _id(contact))
        self._undo.wrote([contact])
        return [_id(contact)]

    def revert(self) -> list[int]:
        current = self._undo.stored_unchanged(self._contact_id)
        self._deleted = delete_contacts(self._undo.book, [_id(current)])
        return []


def _id(contact: Contact) -> int:
    assert contact.id is not None
    return contact.id


def _ids(contacts: Sequence[Contact]) -> list[int]:
    return [_id(contact) for contact in contacts]
