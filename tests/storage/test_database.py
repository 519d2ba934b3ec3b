"""Opening a database: pragmas, permissions, migrations, refusals, the writer lock."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from contactbook.services.book import Book, open_book
from contactbook.storage.database import open_database
from contactbook.storage.errors import (
    DatabaseInUseError,
    DatabaseTooNewError,
    NotAContactBookError,
)
from contactbook.storage.lock import WriterLock
from contactbook.storage.migrate import alembic_config, current_revision, head_revision

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_is_at_the_newest_schema(book: Book) -> None:
    assert current_revision(book.database.engine) == head_revision()


def test_sqlite_runs_with_wal_foreign_keys_and_secure_delete(book: Book) -> None:
    with book.database.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA secure_delete")).scalar() == 1


@posix_only
def test_database_and_its_wal_files_are_readable_by_the_owner_only(
    book: Book, db_path: Path
) -> None:
    book.contacts.page()  # touches the file so WAL and shared memory exist
    assert _mode(db_path) == 0o600
    for suffix in ("-wal", "-shm"):
        side_file = db_path.with_name(db_path.name + suffix)
        if side_file.exists():
            assert _mode(side_file) == 0o600, side_file


@posix_only
def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "loose.sqlite"
    open_database(path).close()
    path.chmod(0o644)
    open_database(path).close()
    assert _mode(path) == 0o600


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    open_book(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of contactbook"):
        open_book(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(NotAContactBookError, match="not a SQLite database"):
        open_book(path)


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotAContactBookError, match="another program"):
        open_book(path)


@posix_only
def test_the_database_is_copied_aside_before_a_migration(db_path: Path) -> None:
    opened = open_book(db_path)
    config = alembic_config()
    with opened.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")  # an old schema: every revision still to run
    opened.close()
    reopened = open_book(db_path)
    try:
        assert current_revision(reopened.database.engine) == head_revision()
    finally:
        reopened.close()
    copies = list(db_path.parent.glob("contactbook.before-upgrade-base-*.sqlite"))
    assert len(copies) == 1
    assert _mode(copies[0]) == 0o600
    with sqlite3.connect(copies[0]) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_opening_a_current_database_makes_no_copy(db_path: Path) -> None:
    open_book(db_path).close()
    open_book(db_path).close()
    assert not list(db_path.parent.glob("*before-upgrade*"))


def test_consent_records_cannot_be_rewritten(book: Book) -> None:
    with book.database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO consent_records (address_key, kind, at, source, wording, note) "
                "VALUES ('a@b.nl', 'opt_in', '2024-01-01 00:00:00', '', '', '')"
            )
        )
    with pytest.raises(Exception, match="append-only"), book.database.engine.begin() as conn:
        conn.execute(text("UPDATE consent_records SET kind = 'opt_out'"))


def test_each_database_gets_its_own_suppression_secret(tmp_path: Path) -> None:
    first = open_book(tmp_path / "a.sqlite")
    second = open_book(tmp_path / "b.sqlite")
    try:
        assert len(first.settings.suppression_secret()) == 32
        assert first.settings.suppression_secret() != second.settings.suppression_secret()
    finally:
        first.close()
        second.close()


def test_a_second_writer_is_refused_politely(db_path: Path) -> None:
    with WriterLock(db_path):
        second = WriterLock(db_path)
        with pytest.raises(DatabaseInUseError, match="already open in another contactbook"):
            second.acquire()
    with WriterLock(db_path) as again:  # released: the next window may write
        assert again.held


def test_the_lock_of_a_killed_process_does_not_linger(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from contactbook.storage.lock import WriterLock;"
            f"lock = WriterLock(Path({str(db_path)!r})); lock.acquire();"
            "print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUseError):
            WriterLock(db_path).acquire()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    with WriterLock(db_path) as lock:
        assert lock.held
