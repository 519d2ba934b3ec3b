"""Errors the storage layer raises, each with a message a user can act on."""

from __future__ import annotations


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
