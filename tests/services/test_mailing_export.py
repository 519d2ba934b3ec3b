"""The recipients CSV for a mailing service: what is in it, and what a spreadsheet does with it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact_query import ContactFilter
from contactbook.interchange.mailing_csv import write_recipients_csv
from contactbook.services.book import Book
from contactbook.services.mailing import recipients_for
from contactbook.services.mailing_export import export_recipients_csv
from contactbook.storage import audit_log
from tests.mailing_data import ALLOWED, FORMULA_NAME, fill_mailing_book


def test_the_csv_holds_the_deliverable_recipients_safely(book: Book, tmp_path: Path) -> None:
    fill_mailing_book(book)
    path = tmp_path / "ontvangers.csv"
    result = export_recipients_csv(book, ContactFilter(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents right
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["email", "first_name", "last_name", "organisation"]
    by_address = {row[0]: row for row in rows[1:]}
    assert set(by_address) == set(ALLOWED)
    assert result.written == len(ALLOWED)
    assert by_address["jan.devries@klant.nl"] == [
        "jan.devries@klant.nl",
        "Jan",
        "de Vries",
        "Klant B.V.",
    ]
    # an organisation has no first or last name
    assert by_address["info@zoetebroodje.nl"][1:] == ["", "", "Bakkerij Het Zoete Broodje"]
    # cells a spreadsheet would run as formulas stay text
    assert by_address["formule@klant.nl"][1] == "'" + FORMULA_NAME
    assert by_address["formule@klant.nl"][3] == "'@Kwaad"
    [event] = audit_log.events(book.database)[:1]
    assert event.action is AuditAction.EXPORTED
    assert "@" not in event.detail


def test_the_writer_refuses_a_blocked_recipient(book: Book, tmp_path: Path) -> None:
    fill_mailing_book(book)
    blocked = recipients_for(book, ContactFilter()).blocked
    with pytest.raises(ValueError, match="blocked by the mail gate"):
        write_recipients_csv(tmp_path / "x.csv", blocked[:1])
