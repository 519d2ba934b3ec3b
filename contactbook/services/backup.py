"""Backups: on request, daily at start (the newest N kept), and restoring one.

A restore never brings an erased person back: the erasures the replaced book recorded (its
suppression list) are applied again to the restored one before anyone uses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from contactbook.domain.audit import AuditAction
from contactbook.domain.suppression import SuppressedKind
from contactbook.services.book import Book, open_book
from contactbook.services.erasure import erase_contacts
from contactbook.storage import audit_log
from contactbook.storage.backup import (
    automatic_backup,
    automatic_backups,
    backup_folder,
    integrity_problem,
    newest_good_backup,
    replace_database,
    suppression_of_file,
    verified_backup,
)
from contactbook.storage.erasure import suppressed_contact_ids
from contactbook.storage.errors import StorageError
from contactbook.storage.lock import WriterLock

__all__ = [
    "RestoreResult",
    "back_up",
    "backup_folder",
    "check_backup",
    "daily_backup",
    "newest_good_backup",
    "restore",
    "restore_open_book",
]


@dataclass(frozen=True)
class RestoreResult:
    kept_copy: Path  # the database that was replaced, as it was
    erasures_reapplied: int  # people in the backup erased since it was made


def back_up(book: Book, target: Path) -> Path:
    """A verified backup of the open book at ``target`` (mode 0600)."""
    target = target.expanduser().resolve()
    if target == book.path:
        raise StorageError("A backup cannot replace the book itself; choose another file.")
    verified_backup(book.path, target)
    audit_log.record_event(book.database, AuditAction.BACKED_UP, None, "backup on request")
    return target


def daily_backup(book: Book, now: datetime | None = None) -> Path | None:
    """Make today's automatic backup unless there is one; returns it, or None if not needed."""
    now = now or datetime.now()
    existing = automatic_backups(book.path)
    if existing and _stamp_date(book.path, existing[0]) == now.date():
        return None
    return automatic_backup(book.path, now, book.settings.backups_kept())


def check_backup(backup: Path) -> None:
    """Raise ``StorageError`` unless ``backup`` is an intact contact book."""
    if not backup.is_file():
        raise StorageError(f"{backup}: no such file.")
    problem = integrity_problem(backup)
    if problem:
        raise StorageError(f"{backup} is not a good backup ({problem}); nothing was changed.")


def restore(path: Path, backup: Path, *, lock_held: bool = False) -> RestoreResult:
    """Put ``backup`` in place of the book at ``path``, keeping a copy of the replaced book.

    Refuses while another contactbook holds the book's writer lock. No connection to the
    book may be open in this process (close the ``Book`` first; ``lock_held`` when this
    process holds the lock itself, as the window does).
    """
    path = path.expanduser().resolve()
    backup = backup.expanduser().resolve()
    check_backup(backup)
    if backup == path:
        raise StorageError("That file is the book itself, not a backup of it.")
    lock = WriterLock(path)
    if not lock_held:
        lock.acquire()
    try:
        erased = suppression_of_file(path)
        kept = replace_database(path, backup, datetime.now())
        restored = open_book(path)
        try:
            reapplied = _reapply_erasures(restored, erased)
            audit_log.record_event(
                restored.database,
                AuditAction.RESTORED,
                None,
                f"restored from a backup; {reapplied} erasure(s) applied again",
            )
        finally:
            restored.close()
    finally:
        if not lock_held:
            lock.release()
    return RestoreResult(kept, reapplied)


def restore_open_book(book: Book, backup: Path) -> RestoreResult:
    """Restore over the book this process has open and holds the writer lock of (the window).

    The book's connections are closed first (none may stay on the file being replaced); the
    same ``Book`` reads the restored file afterwards, also when the restore failed.
    """
    book.database.close()
    try:
        return restore(book.path, backup, lock_held=True)
    finally:
        book.suppression.forget_cached_secret()


def _reapply_erasures(book: Book, erased: tuple[str, set[tuple[str, str]]]) -> int:
    secret, entries = erased
    if not entries or secret != book.settings.suppression_secret().hex():
        return 0  # a backup of another book: its hashes are salted differently
    book.suppression.add((SuppressedKind(kind), digest) for kind, digest in entries)
    with book.database.session() as session:
        ids = suppressed_contact_ids(session, {digest for _, digest in entries})
    if ids:
        erase_contacts(book, ids)
    return len(ids)


def _stamp_date(database_path: Path, backup: Path) -> date:
    stamp = backup.stem[len(database_path.stem) + 1 :]
    return datetime.strptime(stamp, "%Y%m%d-%H%M%S").date()
