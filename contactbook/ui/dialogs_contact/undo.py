"""Undo and redo of the edits made through the contact dialogs, for the running session.

Every command is created after its change was saved (so a failing save never lands on the
stack); undo and redo then write through the same services, with their audit events. Deleted
contacts come back with a new id (ids are never reused), so the commands look ids up in a
shared map of moved ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

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


class ContactUndo(QObject):
    """The undo stack of one window, and the map of ids that changed by undoing a delete."""

    #: ids of the contacts an undo or redo touched (to reload the list and select them)
    changed = Signal(list)
    #: a plain sentence when an undo or redo could not be applied
    failed = Signal(str)

    def __init__(self, book: Book, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.stack = QUndoStack(self)
        self._moved: dict[int, int] = {}

    def resolve(self, contact_id: int) -> int:
        """The id the contact has now (it changes when a deleted contact is brought back)."""
        while contact_id in self._moved:
            contact_id = self._moved[contact_id]
        return contact_id

    def moved(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._moved[old_id] = new_id

    def current(self, contact: Contact) -> Contact:
        assert contact.id is not None
        return replace(contact, id=self.resolve(contact.id))

    # -- recording changes that were just saved --------------------------------------------

    def replaced(self, changes: Sequence[tuple[Contact, Contact]], text: str) -> None:
        """``changes`` are (before, after as saved) pairs."""
        if changes:
            self.stack.push(_ReplaceCommand(self, list(changes), text))

    def deleted(self, items: Sequence[DeletedContact], text: str) -> None:
        if items:
            self.stack.push(_DeleteCommand(self, list(items), text))

    def added(self, contact: Contact, text: str) -> None:
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
    def __init__(
        self, undo: ContactUndo, changes: list[tuple[Contact, Contact]], text: str
    ) -> None:
        super().__init__(undo, text)
        self._changes = changes

    def apply(self) -> list[int]:
        pairs = [(self._undo.current(b), self._undo.current(a)) for b, a in self._changes]
        return _ids(replace_contacts(self._undo.book, pairs))

    def revert(self) -> list[int]:
        pairs = [(self._undo.current(a), self._undo.current(b)) for b, a in self._changes]
        return _ids(replace_contacts(self._undo.book, pairs))


class _DeleteCommand(_Command):
    def __init__(self, undo: ContactUndo, items: list[DeletedContact], text: str) -> None:
        super().__init__(undo, text)
        self._items = items

    def apply(self) -> list[int]:
        ids = [self._undo.resolve(_id(item.contact)) for item in self._items]
        self._items = delete_contacts(self._undo.book, ids)
        return []

    def revert(self) -> list[int]:
        restored = restore_contacts(self._undo.book, self._items)
        for item, contact in zip(self._items, restored, strict=True):
            self._undo.moved(_id(item.contact), _id(contact))
        return _ids(restored)


class _AddCommand(_Command):
    def __init__(self, undo: ContactUndo, contact: Contact, text: str) -> None:
        super().__init__(undo, text)
        self._contact_id = _id(contact)
        self._deleted: list[DeletedContact] = []

    def apply(self) -> list[int]:
        [contact] = restore_contacts(self._undo.book, self._deleted)
        self._undo.moved(self._undo.resolve(self._contact_id), _id(contact))
        return [_id(contact)]

    def revert(self) -> list[int]:
        self._deleted = delete_contacts(self._undo.book, [self._undo.resolve(self._contact_id)])
        return []


def _id(contact: Contact) -> int:
    assert contact.id is not None
    return contact.id


def _ids(contacts: Sequence[Contact]) -> list[int]:
    return [_id(contact) for contact in contacts]
