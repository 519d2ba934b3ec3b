"""The errors an open book raises that the window and the command line handle.

The storage layer raises them (it turns SQLite's own failures into these, see
``contactbook.storage.errors``); the layers above catch them from here, without knowing
about SQLite or SQLAlchemy. ``str(error)`` is always a plain sentence for the user.
"""

from __future__ import annotations

from pathlib import Path


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


class DamagedDatabaseError(StorageError):
    """The database file is damaged; ``backup`` names the newest good backup, if any."""

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None):
        super().__init__(message)
        self.path = path
        self.backup = backup
