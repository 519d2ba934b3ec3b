"""Copies of a database file made with SQLite's online backup, readable by the owner only.

Every backup is checked with ``PRAGMA integrity_check`` before it gets its final name, so a
file under a backup name is a good backup. Automatic backups live in a ``backups`` folder
next to the database: ``<name>-YYYYMMDD-HHMMSS.sqlite``, the newest N kept.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from contactbook.storage.errors import (
    DamagedDatabaseError,
    StorageError,
    sqlite_errors_as_storage_errors,
)

BACKUP_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"


def backup_to(database_path: Path, target: Path) -> Path:
    """Copy a database with SQLite's online backup into ``target`` (mode 0600)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(database_path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            # one self-contained file: no write-ahead log beside the copy
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        source.close()
    return target


@sqlite_errors_as_storage_errors()
def verified_backup(database_path: Path, target: Path) -> Path:
    """Back up into ``target`` and check the copy; the file appears only when it is good.

    Raises ``StorageError`` (the target left as it was) when the copy does not check out,
    which means the database itself is damaged.
    """
    target = target.expanduser()
    partial = target.with_name(f".{target.name}.partial")
    try:
        backup_to(database_path, partial)
        problem = integrity_problem(partial)
        if problem:
            raise DamagedDatabaseError(
                f"{database_path} could not be backed up: the copy fails SQLite's integrity "
                f"check ({problem}). The database itself may be damaged."
            )
        os.replace(partial, target)
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(
            f"{database_path} could not be backed up: {error}. The database may be damaged."
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    return target


def integrity_problem(path: Path) -> str:
    """ "" when ``path`` is an intact contact book; else what is wrong, in a few words."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        if rows != ["ok"]:
            return "; ".join(str(row) for row in rows)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables or "contacts" not in tables:
            return "not a contact book"
        return ""
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def automatic_backups(database_path: Path) -> list[Path]:
    """The automatic backups of this database, newest first."""
    folder = backup_folder(database_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{database_path.stem}-*{database_path.suffix}"):
        stamp = path.stem[len(database_path.stem) + 1 :]
        try:
            found.append((datetime.strptime(stamp, _STAMP), path))
        except ValueError:
            continue
    return [path for _, path in sorted(found, reverse=True)]


def automatic_backup(database_path: Path, now: datetime, keep: int) -> Path:
    """Make a verified backup in the backup folder and delete all but the newest ``keep``."""
    folder = backup_folder(database_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{database_path.stem}-{now.strftime(_STAMP)}{database_path.suffix}"
    verified_backup(database_path, target)
    for old in automatic_backups(database_path)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    _prune_safety_copies(database_path, now, keep)
    return target


def safety_copies(database_path: Path) -> list[Path]:
    """Copies kept beside the database before an upgrade or a restore."""
    stem, suffix = database_path.stem, database_path.suffix
    found: list[Path] = []
    for kind in ("before-upgrade", "before-restore"):
        found.extend(database_path.parent.glob(f"{stem}.{kind}-*{suffix}"))
    return sorted(found)


def _prune_safety_copies(database_path: Path, now: datetime, keep_days: int) -> None:
    """Delete safety copies older than the automatic backups kept.

    They hold people erased since they were made; like the rotating backups they go after
    ``keep_days`` days, so an erased person's data lingers in no copy longer than that.
    """
    limit = now.timestamp() - max(keep_days, 1) * 86400
    for copy in safety_copies(database_path):
        if copy.stat().st_mtime < limit:
            copy.unlink(missing_ok=True)
            Path(f"{copy}-wal").unlink(missing_ok=True)


def newest_good_backup(database_path: Path) -> Path | None:
    """The newest automatic backup that passes the integrity check, if any."""
    for path in automatic_backups(database_path):
        if not integrity_problem(path):
            return path
    return None


@sqlite_errors_as_storage_errors()
def replace_database(database_path: Path, backup: Path, now: datetime) -> Path:
    """Put ``backup`` in place of the database; returns the copy kept of the replaced one.

    The caller holds the writer lock and has no connection open. The replaced database is
    kept beside it (with its write-ahead log, if it has one) before anything is overwritten.
    """
    problem = integrity_problem(backup)
    if problem:
        raise StorageError(f"{backup} is not a good backup ({problem}); nothing was changed.")
    stamp = now.strftime(_STAMP)
    kept = database_path.with_name(
        f"{database_path.stem}.before-restore-{stamp}{database_path.suffix}"
    )
    wal = Path(f"{database_path}-wal")
    shm = Path(f"{database_path}-shm")
    if database_path.exists():
        if integrity_problem(database_path):
            _copy_private(database_path, kept)  # damaged: keep its bytes as they are
            if wal.exists():
                _copy_private(wal, Path(f"{kept}-wal"))
        else:
            backup_to(database_path, kept)  # intact: one file, the log included
    incoming = database_path.with_name(f".{database_path.name}.restoring")
    _copy_private(backup, incoming)
    # the old log belongs to the old file: left in place, SQLite would replay it on the new one
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)
    os.replace(incoming, database_path)
    return kept


def suppression_of_file(path: Path) -> tuple[str, set[tuple[str, str]]]:
    """The secret and suppression hashes (kind, digest) of the book file at ``path``, read
    before a restore replaces it; empty when it is missing or damaged beyond reading."""
    if not path.exists():
        return "", set()
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            secret = connection.execute(
                "SELECT value FROM settings WHERE key = 'suppression_secret'"
            ).fetchone()
            rows = connection.execute("SELECT kind, digest FROM suppression").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return "", set()  # damaged beyond reading: nothing to carry over
    return (secret[0] if secret else ""), {(kind, digest) for kind, digest in rows}


def _copy_private(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    shutil.copyfile(source, target)
