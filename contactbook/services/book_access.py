"""Around opening a book: who may write it (the lock), whether its file is sound, damage.

The composition root (``app``) and the command line start here; what they get back are the
storage layer's own objects, and only ``StorageError`` / ``OSError`` come out of them.
"""

from __future__ import annotations

from pathlib import Path

from contactbook.domain.errors import DamagedDatabaseError
from contactbook.storage import database
from contactbook.storage.lock import WriterLock

__all__ = ["WriterLock", "damage_found", "damaged_book_error", "health_problem"]


def health_problem(path: Path) -> str | None:
    """Every page of the book at ``path`` checked on a read-only connection of its own.

    None when all is sound, else what SQLite found. Raises ``StorageError`` or ``OSError``
    when the file cannot be checked this way (missing, not a database, …): opening it the
    usual way then says what is wrong. Safe to run on a thread of its own.
    """
    return database.health_problem(path)


def damaged_book_error(path: Path, problem: str) -> DamagedDatabaseError:
    """The error for a damaged book, naming its newest good automatic backup if there is one."""
    return database.damaged(path, problem)


def damage_found(error: BaseException) -> bool:
    """Whether an error raised while using a book means its file is damaged."""
    return database.is_damage(error)
