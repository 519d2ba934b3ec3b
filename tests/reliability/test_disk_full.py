"""A full disk while saving: the change is rolled back whole, the user is told in plain words,
and everything saved before is intact.

Two ways to run out of room: SQLite's ``max_page_count`` on the connection (the database may
not grow; runs anywhere) and a real small file system holding the book (root only, as CI).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from contactbook.services.book import Book, open_book
from contactbook.services.vcard_import import import_files
from contactbook.storage.errors import StorageError
from tests.reliability import books
from tests.reliability.conftest import SmallDisk

BASE_CONTACTS = 200
IMPORT_CARDS = 1500
Rowids = dict[str, int]
Digest = dict[str, str]


@pytest.fixture
def filled_book(tmp_path: Path) -> Iterator[tuple[Book, dict[str, int], dict[str, str]]]:
    path = tmp_path / "book" / "full.sqlite"
    assert (
        books.run_cli(path, "import", str(books.vcard_file(tmp_path / "b.vcf", 200))).returncode
        == 0
    )
    rowids = books.max_rowids(path)
    before = books.digest(path, rowids)
    book = open_book(path)
    pages = book.database.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    assert pages is not None

    # The database may grow by 30 pages (120 kB) and no more: a "disk" nearly full.
    @event.listens_for(book.database.engine, "connect")
    def _limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 30}")

    book.database.engine.dispose()
    try:
        yield book, rowids, before
    finally:
        book.close()


def _import_too_much(book: Book, tmp_path: Path) -> BaseException:
    cards = books.vcard_file(tmp_path / "big.vcf", IMPORT_CARDS, first=50_000)
    with pytest.raises(Exception) as raised:  # noqa: PT011 (the kind is checked by the callers)
        import_files(book, [cards])
    return raised.value


def test_a_full_database_rolls_the_import_back(filled_book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book, rowids, before = filled_book
    _import_too_much(book, tmp_path)
    assert book.contacts.count() == BASE_CONTACTS
    path = book.path
    book.close()
    assert books.integrity(path) == ["ok"]
    assert books.digest(path, rowids) == before
    reopened = open_book(path, check_health=True)  # opens as usual, without the limit
    try:
        assert reopened.contacts.count() == BASE_CONTACTS
    finally:
        reopened.close()


def test_a_full_database_is_reported_in_plain_words(filled_book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book, _rowids, _before = filled_book
    error = _import_too_much(book, tmp_path)
    assert isinstance(error, StorageError)
    assert "disk is full" in str(error)


@pytest.fixture
def book_on_small_disk(small_disk: SmallDisk, tmp_path: Path) -> tuple[Path, Rowids, Digest]:
    path = small_disk.root / "book.sqlite"
    result = books.run_cli(path, "import", str(books.vcard_file(tmp_path / "b.vcf", BASE_CONTACTS)))
    assert result.returncode == 0, result.stderr
    rowids = books.max_rowids(path)
    small_disk.fill(leave=256 * 1024)
    return path, rowids, books.digest(path, rowids)


def _check_intact(path: Path, rowids: dict[str, int], before: dict[str, str]) -> None:
    assert books.integrity(path) == ["ok"]
    assert books.contact_count(path) == BASE_CONTACTS
    assert books.digest(path, rowids) == before
    listed = books.run_cli(path, "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr


def test_an_import_onto_a_full_disk_leaves_the_book_intact(
    book_on_small_disk: tuple[Path, Rowids, Digest], tmp_path: Path
) -> None:
    path, rowids, before = book_on_small_disk
    cards = books.vcard_file(tmp_path / "big.vcf", IMPORT_CARDS, first=50_000)
    result = books.run_cli(path, "import", str(cards))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    _check_intact(path, rowids, before)


def test_an_import_onto_a_full_disk_says_so_in_one_line(
    book_on_small_disk: tuple[Path, Rowids, Digest], tmp_path: Path
) -> None:
    path, _rowids, _before = book_on_small_disk
    cards = books.vcard_file(tmp_path / "big.vcf", IMPORT_CARDS, first=50_000)
    result = books.run_cli(path, "import", str(cards))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2
    assert len(lines) == 1
    assert "disk is full" in lines[0]


def test_an_export_onto_a_full_disk_says_so_and_keeps_the_old_file(
    book_on_small_disk: tuple[Path, Rowids, Digest],
    small_disk: SmallDisk,
    tmp_path: Path,
) -> None:
    path, rowids, before = book_on_small_disk
    # the book is elsewhere; the export goes to the full disk, over last week's export
    elsewhere = tmp_path / "elsewhere" / "book.sqlite"
    elsewhere.parent.mkdir()
    shutil.copy2(path, elsewhere)
    old = small_disk.root / "contacts.vcf"
    last_week = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Last week\r\nEND:VCARD\r\n"
    old.write_bytes(last_week)
    small_disk.fill(leave=0)
    result = books.run_cli(elsewhere, "export", "vcard", "-o", str(old))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1
    assert "No space left on device" in lines[0]
    assert old.read_bytes() == last_week
    assert small_disk.files() == {"book.sqlite", "contacts.vcf"}
    small_disk.empty()
    _check_intact(path, rowids, before)


def test_a_book_on_a_completely_full_disk_is_not_called_damaged(
    book_on_small_disk: tuple[Path, Rowids, Digest], small_disk: SmallDisk
) -> None:
    path, rowids, before = book_on_small_disk
    small_disk.fill(leave=0)
    result = books.run_cli(path, "list")
    small_disk.empty()
    _check_intact(path, rowids, before)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2
    assert len(lines) == 1
    assert "damaged" not in lines[0]
    assert "disk is full" in lines[0]
