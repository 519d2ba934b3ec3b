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
from contactbook.domain.errors import StorageError
from contactbook.services.book import Book
from contactbook.services.contact_changes import (
    ChangedElsewhereError,
    DeletedContact,
    delete_contacts,
    replace_contacts,
    restore_contacts,
)
from contactbook.services.contacts import get_contact
from contactbook.services.erasure import was_erased
from contactbook.services.import_undo import ImportUndoError, undo_import

__all__ = ["ChangedElsewhereError", "ContactUndo"]


class ContactUndo(QObject):
    """The undo stack of one window, and the map of ids that changed by undoing a delete.

    Give it a parent (the window's actions do): a parentless stack left to Python's collector
    with commands on it has crashed PySide 6.11.
    """

    # ids of the contacts an undo or redo touched (to reload the list and select them)
    changed = Signal(list)
    # a plain sentence when an undo or redo could not be applied
    failed = Signal(str)
    # the number of an import that was undone (from Edit › Undo)
    import_undone = Signal(int)

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
        current = get_contact(self.book, contact_id)
        if contact_id in self._versions and current.updated_at != self._versions[contact_id]:
            raise ChangedElsewhereError(current.display_name, _changed_text(current.display_name))
        return current

    def forget(self, contact_ids: Sequence[int]) -> int:
        """Drop everything the steps hold about these contacts (erased or anonymised).

        ``contact_ids`` are the ids the contacts had when they were erased. Steps left with
        nothing do nothing and leave the stack when reached; those on top go at once, so Undo
        offers the step before. Returns how many steps held something about them.
        """
        gone = set(contact_ids)
        touched = 0
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, _Command) and command.forget(gone):
                touched += 1
        for contact_id in gone:
            self._versions.pop(contact_id, None)
        while self.stack.canUndo():
            top = self.stack.command(self.stack.index() - 1)
            if not (isinstance(top, _Command) and top.is_empty()):
                break
            self.stack.undo()  # a no-op that removes the emptied step
        if self.stack.count() and all(
            isinstance(c, _Command) and c.is_empty()
            for c in (self.stack.command(i) for i in range(self.stack.count()))
        ):
            self.stack.clear()
        return touched

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

    def imported(self, import_id: int, text: str) -> None:
        """An import was written: Undo takes it back whole."""
        self.stack.push(_ImportCommand(self, import_id, text))


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

    def forget(self, gone: set[int]) -> bool:
        """Drop the data of contacts whose current id is in ``gone``; True if any was held."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        raise NotImplementedError

    def _run(self, step: object) -> None:
        assert callable(step)
        if self.is_empty():
            self.setObsolete(True)  # about erased contacts only: nothing to do, and it goes
            return
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

    def forget(self, gone: set[int]) -> bool:
        kept = [
            (before, after)
            for before, after in zip(self._befores, self._afters, strict=True)
            if self._undo.resolve(_id(before)) not in gone
        ]
        if len(kept) == len(self._befores):
            return False
        self._befores = [before for before, _ in kept]
        self._afters = [after for _, after in kept]
        return True

    def is_empty(self) -> bool:
        return not self._befores

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
        # someone with one of their addresses was erased already: that does not stop the undo
        self._erased_before = _any_erased(undo.book, [item.contact for item in items])

    def forget(self, gone: set[int]) -> bool:
        kept = [item for item in self._items if self._undo.resolve(_id(item.contact)) not in gone]
        if len(kept) == len(self._items):
            return False
        self._items = kept
        return True

    def is_empty(self) -> bool:
        return not self._items

    def apply(self) -> list[int]:
        ids = [_id(self._undo.stored_unchanged(_id(item.contact))) for item in self._items]
        self._items = delete_contacts(self._undo.book, ids)
        return []

    def revert(self) -> list[int]:
        if not self._erased_before:
            _refuse_erased(self._undo.book, [item.contact for item in self._items])
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
        self._forgotten = False
        self._erased_before = _any_erased(undo.book, [contact])

    def forget(self, gone: set[int]) -> bool:
        if self._forgotten or self._undo.resolve(self._contact_id) not in gone:
            return False
        self._forgotten = True
        self._deleted = []
        return True

    def is_empty(self) -> bool:
        return self._forgotten

    def apply(self) -> list[int]:
        if not self._erased_before:
            _refuse_erased(self._undo.book, [item.contact for item in self._deleted])
        [contact] = restore_contacts(self._undo.book, self._deleted)
        self._undo.moved(self._undo.resolve(self._contact_id), _id(contact))
        self._undo.wrote([contact])
        return [_id(contact)]

    def revert(self) -> list[int]:
        current = self._undo.stored_unchanged(self._contact_id)
        self._deleted = delete_contacts(self._undo.book, [_id(current)])
        return []


class _ImportCommand(_Command):
    """An import, undone as one step (``services.import_undo``); it cannot be redone: undone,
    it leaves the stack (import the file again instead)."""

    def __init__(self, undo: ContactUndo, import_id: int, text: str) -> None:
        super().__init__(undo, text)
        self._import_id = import_id

    def forget(self, gone: set[int]) -> bool:
        return False  # the import history forgets erased contacts itself

    def is_empty(self) -> bool:
        return False

    def undo(self) -> None:
        super().undo()
        self.setObsolete(True)

    def apply(self) -> list[int]:
        return []

    def revert(self) -> list[int]:
        try:
            result = undo_import(self._undo.book, self._import_id)
        except ImportUndoError as error:
            raise StorageError(str(error)) from error
        self._undo.import_undone.emit(result.record.id)
        return []


def _changed_text(name: str) -> str:
    return QCoreApplication.translate("ContactUndo", "{name} was changed in the meantime.").format(
        name=name
    )


def _any_erased(book: Book, contacts: Sequence[Contact]) -> bool:
    return any(was_erased(book, contact) for contact in contacts)


def _refuse_erased(book: Book, contacts: Sequence[Contact]) -> None:
    """Bringing back a deleted contact is refused once someone with its address or number
    was erased at their request (the same person, re-added and erased in the meantime)."""
    for contact in contacts:
        if was_erased(book, contact):
            raise StorageError(
                QCoreApplication.translate(
                    "ContactUndo",
                    "{name} was erased in the meantime (right to be forgotten).",
                ).format(name=contact.display_name)
            )


def _id(contact: Contact) -> int:
    assert contact.id is not None
    return contact.id


def _ids(contacts: Sequence[Contact]) -> list[int]:
    return [_id(contact) for contact in contacts]
