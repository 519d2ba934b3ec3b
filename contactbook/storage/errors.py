"""Errors the storage layer raises, each with a message a user can act on."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """Base class: ``str(error)`` is a plain sentence for the user."""


class DatabaseTooNewError(StorageError):
    """The file was written by a newer contactbook; opening it could damage it."""


class NotAContactBookError(StorageError):
    """The file is not a SQLite database, or not one of ours."""


class DatabaseInUseError(StorageError):
    """Another contactbook window is already writing to this database."""


class NotFoundError(StorageError):
    """A contact, activity or address the caller named does not exist."""


class ConflictError(StorageError):
    """A name or address that must be unique is taken."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; the change was not saved."""


class DatabaseBusyError(StorageError):
    """Another program kept the book locked for writing longer than we wait."""


# SQLite's primary result codes (https://sqlite.org/rescode.html) that have a plain meaning.
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_IOERR = 10
_SQLITE_FULL = 13


def plain_storage_error(error: BaseException) -> StorageError | None:
    """The plain-words error for a SQLite failure the user can act on, or None.

    Meant for the engine's ``handle_error`` event, so that a full disk or a book locked by
    another program reaches the user as one sentence (the transaction is rolled back).
    """
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return DiskFullError(
            "The disk is full, so the change was not saved; the contact book is as it was. "
            "Free some space on the disk and try again."
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseBusyError(
            "The contact book is busy: another contactbook window or command is saving "
            "changes to it. Nothing was changed; try again when it has finished."
        )
    if primary == _SQLITE_IOERR:
        return StorageError(
            "The contact book could not be read or written: the disk is full or failing. "
            "Nothing was changed. Free some space on the disk (or check it) and try again."
        )
    return None
