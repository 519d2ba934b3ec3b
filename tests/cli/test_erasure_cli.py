"""``contactbook subject erase``: asks on a terminal, refuses to guess in a script."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from contactbook.cli import main
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.services.book import open_book


@pytest.fixture
def stored(db_path: Path) -> int:
    book = open_book(db_path)
    try:
        contact = book.contacts.add(
            Contact(given_name="Wessel", family_name="Ploegmaker", emails=[EmailAddress("w@p.nl")])
        )
    finally:
        book.close()
    assert contact.id is not None
    return contact.id


def _exists(db_path: Path, contact_id: int) -> bool:
    book = open_book(db_path)
    try:
        return book.contacts.count() == 1 and book.contacts.get(contact_id) is not None
    finally:
        book.close()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_without_yes_and_without_a_terminal_nothing_is_erased(
    db_path: Path, stored: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    assert main(["--db", str(db_path), "subject", "erase", str(stored)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert _exists(db_path, stored)


def test_on_a_terminal_it_shows_what_goes_and_asks(
    db_path: Path, stored: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal("no\n"))
    assert main(["--db", str(db_path), "subject", "erase", str(stored)]) == 0
    out = capsys.readouterr().out
    assert "Wessel Ploegmaker" in out
    assert "w@p.nl" in out
    assert "Nothing erased" in out
    assert _exists(db_path, stored)

    monkeypatch.setattr("sys.stdin", _Terminal("yes\n"))
    assert main(["--db", str(db_path), "subject", "erase", str(stored)]) == 0
    assert not _exists(db_path, stored)


def test_with_yes_it_erases_and_an_unknown_id_is_an_error(
    db_path: Path, stored: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "subject", "erase", str(stored), "--yes"]) == 0
    assert "Erased contact" in capsys.readouterr().out
    assert main(["--db", str(db_path), "subject", "erase", str(stored), "--yes"]) == 2
    assert f"no contact with id {stored}" in capsys.readouterr().err
