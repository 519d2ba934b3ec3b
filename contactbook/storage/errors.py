"""Errors the storage layer raises, each with a message a user can act on; SQLite's own
failures turned into them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from contactbook.domain.errors import (
    ConflictError,
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseInUseError,
    DatabaseTooNewError,
    DiskFullError,
    NotAContactBookError,
    NotFoundError,
    StorageError,
)

# The errors live in the domain so that the layers above catch them without importing the
# storage; storage code keeps importing them from here.
__all__ = [
    "ConflictError",
    "DamagedDatabaseError",
    "DatabaseBusyError",
    "DatabaseInUseError",
    "DatabaseTooNewError",
    "DiskFullError",
    "NotAContactBookError",
    "NotFoundError",
    "StorageError",
    "plain_storage_error",
    "sqlite_errors_as_storage_errors",
]

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


@contextmanager
def sqlite_errors_as_storage_errors() -> Iterator[None]:
    """SQLite's own errors leave the storage layer as ``StorageError`` with the same words.

    For the functions that talk to SQLite without SQLAlchemy (backups, checks of a file);
    also a decorator. The layers above then catch ``StorageError`` alone. The SQLite error
    stays the ``__cause__``, so ``database.is_damage`` still recognises a damaged file.
    """
    try:
        yield
    except sqlite3.Error as error:
        raise StorageError(str(error)) from error
