"""Backups: verified copies, daily rotation, restore round trip, damaged books."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from contactbook.cli import main
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.errors import DamagedDatabaseError
from contactbook.services.backup import back_up, daily_backup, restore
from contactbook.services.book import Book, open_book
from contactbook.services.demo_data import generate_demo
from contactbook.services.erasure import erase_contact
from contactbook.storage.backup import automatic_backups, integrity_problem
from contactbook.storage.errors import DatabaseInUseError, StorageError
from contactbook.storage.lock import WriterLock


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file with garbage, as a failing disk might."""
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as stream:
        for number in range(2, size // page - 1, 3):
            stream.seek(number * page + 100)
            stream.write(b"\xde\xad\xbe\xef" * 200)


@pytest.fixture
def filled(book: Book) -> Book:
    generate_demo(book, contacts=200, seed=5)
    return book


def test_a_backup_is_checked_private_and_restores_the_same_book(
    filled: Book, tmp_path: Path
) -> None:
    target = back_up(filled, tmp_path / "out" / "copy.sqlite")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert integrity_problem(target) == ""
    assert not Path(f"{target}-wal").exists()
    names = [s.display_name for s in filled.contacts.page(limit=500)]
    path = filled.path
    filled.contacts.delete(names and filled.contacts.page(limit=1)[0].id)
    filled.close()

    result = restore(path, target)

    assert result.kept_copy.exists()
    assert stat.S_IMODE(result.kept_copy.stat().st_mode) == 0o600
    again = open_book(path)
    try:
        assert [s.display_name for s in again.contacts.page(limit=500)] == names
    finally:
        again.close()
    kept = open_book(result.kept_copy)
    try:
        assert kept.contacts.count() == len(names) - 1  # the replaced book, as it was
    finally:
        kept.close()


def test_restore_erases_again_who_was_erased_after_the_backup(filled: Book, tmp_path: Path) -> None:
    person = filled.contacts.add(
        Contact(given_name="Oswin", family_name="Trebuchet", emails=[EmailAddress("o@treb.nl")])
    )
    assert person.id is not None
    target = back_up(filled, tmp_path / "before-erasure.sqlite")
    erase_contact(filled, person.id)
    path = filled.path
    filled.close()

    result = restore(path, target)

    assert result.erasures_reapplied == 1
    restored = open_book(path)
    try:
        assert restored.contacts.count() == 200
        assert b"Trebuchet" not in path.read_bytes()
    finally:
        restored.close()


def test_restore_is_refused_while_a_window_holds_the_book(filled: Book, tmp_path: Path) -> None:
    target = back_up(filled, tmp_path / "copy.sqlite")
    path = filled.path
    filled.close()
    # another process holds the writer lock, as an open window does
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from contactbook.storage.lock import WriterLock; "
            f"lock = WriterLock(Path({str(path)!r})); lock.acquire(); print('held', flush=True); "
            "time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        before = path.read_bytes()
        with pytest.raises(DatabaseInUseError):
            restore(path, target)
        assert path.read_bytes() == before
    finally:
        holder.kill()
        holder.communicate()


def test_a_damaged_file_is_not_restored(filled: Book, tmp_path: Path) -> None:
    target = back_up(filled, tmp_path / "copy.sqlite")
    _damage(target)
    before = filled.path.read_bytes()
    with pytest.raises(StorageError, match="not a good backup"):
        restore(filled.path, target, lock_held=True)
    assert filled.path.read_bytes() == before


def test_daily_backups_once_a_day_and_only_the_newest_kept(filled: Book) -> None:
    filled.settings.set("backups_kept", "3")
    made = [daily_backup(filled, datetime(2026, 3, day, 9, 0)) for day in range(1, 6)]
    assert all(made)
    assert daily_backup(filled, datetime(2026, 3, 5, 17, 0)) is None  # one a day
    kept = automatic_backups(filled.path)
    assert kept == made[:1:-1]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)


def test_opening_a_damaged_book_names_the_newest_good_backup(filled: Book) -> None:
    daily_backup(filled, datetime(2026, 3, 1, 9, 0))
    newest = daily_backup(filled, datetime(2026, 3, 2, 9, 0))
    path = filled.path
    filled.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(path)

    with pytest.raises(DamagedDatabaseError) as raised:
        open_book(path, check_health=True).close()
    assert raised.value.backup == newest
    assert "damaged" in str(raised.value)


def test_the_command_line_names_the_file_and_the_restore_command(
    filled: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    newest = daily_backup(filled, datetime(2026, 3, 2, 9, 0))
    path = filled.path
    filled.close()
    _damage(path)
    before = path.read_bytes()

    code = main(["--db", str(path), "list"])

    error = capsys.readouterr().err
    assert code == 2
    assert str(path) in error
    assert f"restore {newest}" in error
    assert "Traceback" not in error
    assert path.read_bytes() == before  # nothing overwritten without being asked

    assert main(["--db", str(path), "restore", str(newest)]) == 0
    assert main(["--db", str(path), "list"]) == 0
    assert list(path.parent.glob("contactbook.before-restore-*.sqlite"))


def test_backup_command_writes_a_private_checked_copy(filled: Book, tmp_path: Path) -> None:
    path = filled.path
    filled.close()
    target = tmp_path / "b.sqlite"
    assert main(["--db", str(path), "backup", "-o", str(target)]) == 0
    assert integrity_problem(target) == ""
    assert os.stat(target).st_mode & 0o077 == 0


def test_restoring_a_missing_file_says_so(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "restore", str(db_path.parent / "nope.sqlite")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_writer_lock_is_released_after_restore(filled: Book, tmp_path: Path) -> None:
    target = back_up(filled, tmp_path / "copy.sqlite")
    path = filled.path
    filled.close()
    restore(path, target)
    lock = WriterLock(path)
    lock.acquire()
    lock.release()


def test_safety_copies_go_after_the_days_backups_are_kept(filled: Book) -> None:
    path = filled.path
    old = path.with_name(f"{path.stem}.before-upgrade-0003_mailing_log-20200101-000000.sqlite")
    recent = path.with_name(f"{path.stem}.before-restore-20260310-000000.sqlite")
    for copy in (old, recent):
        copy.write_bytes(b"copy")
    os.utime(old, (datetime(2026, 3, 1).timestamp(),) * 2)
    os.utime(recent, (datetime(2026, 3, 9).timestamp(),) * 2)
    filled.settings.set("backups_kept", "3")

    daily_backup(filled, datetime(2026, 3, 10, 9, 0))

    assert not old.exists()
    assert recent.exists()
