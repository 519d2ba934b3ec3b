"""Formula injection, end to end: every CSV and XLSX the app writes holds what users typed as
inert text, and the text comes back identical through ``restore_cell``.

Payloads start with each trigger character (``= + - @``, tab, carriage return), also after
leading spaces and after an embedded line break. They are typed into a real book (contact
names and organisations, a processing activity, the controller's details) and the files are
made by the real commands: ``register export`` (XLSX and CSV, Dutch and English),
``mailing export`` and ``list --format csv``. The XLSX is read back with openpyxl.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from contactbook.cli import main
from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.interchange.spreadsheet_safety import QUOTE, restore_cell, safe_cell
from contactbook.services.book import Book
from tests.interchange.test_register_exports import spreadsheet_like_formula

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PLACES = {
    "start": "{t}1+2 kwaad",
    "after spaces": "   {t}SUM(A1:A9)",
    "after a line break": 'Klant\n{t}HYPERLINK("http://evil.example")',
    "after CRLF and spaces": "Klant\r\n  {t}cmd|' /C calc'!A0",
}
PAYLOADS = [place.format(t=t) for t in TRIGGERS for place in PLACES.values()]


def _fill(book: Book) -> tuple[list[Contact], list[str]]:
    """Contacts named with the payloads (mailable), an activity and a controller of payloads."""
    contacts = [
        Contact(
            given_name=payload,
            family_name=f"{payload} {number}",
            organisation=payload,
            scope=Scope.BUSINESS,
            legal_basis=LegalBasisRecord(LegalBasis.CONTRACT),
            emails=[EmailAddress(f"klant{number}@bedrijf{number}.nl")],
        )
        for number, payload in enumerate(PAYLOADS)
    ]
    stored = book.contacts.add_many(contacts)
    book.consent.record_many(
        [
            ConsentRecord(c.emails[0].address, ConsentKind.OPT_IN, datetime(2025, 1, 1))
            for c in stored
        ]
    )
    names = []
    for number, payload in enumerate(PAYLOADS):
        activity = book.activities.add(
            ProcessingActivity(
                name=f"{payload} #{number}",
                purposes=payload,
                recipients=payload,
                remarks=payload,
                default_legal_basis=LegalBasis.CONTRACT,
            )
        )
        names.append(activity.name)
    book.settings.set_controller(ControllerDetails(company=PAYLOADS[0], city=PAYLOADS[5]))
    return [book.contacts.get(c.id) for c in stored if c.id is not None], names


def _check_cells(cells: list[str], expected: set[str], where: str) -> None:
    for cell in cells:
        # a leading quote makes the whole cell text, whatever its later lines hold
        inert = cell.startswith(QUOTE) or not spreadsheet_like_formula(cell)
        assert inert, f"{where}: {cell!r} would run as a formula"
    restored = {restore_cell(cell) for cell in cells}
    missing = expected - restored
    assert not missing, f"{where}: these did not come back as typed: {sorted(missing)[:3]}"


def _csv_cells(path_or_text: Path | str, delimiter: str) -> list[str]:
    if isinstance(path_or_text, Path):
        text = path_or_text.read_bytes().decode("utf-8-sig")
    else:
        text = path_or_text
    return [
        cell
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for cell in row
    ]


def _cli(book: Book, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    code = main(["--db", str(book.path), *args])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return out


@pytest.fixture
def hostile_book(book: Book) -> tuple[Book, list[Contact], list[str]]:
    contacts, activities = _fill(book)
    return book, contacts, activities


@pytest.mark.parametrize(("language", "delimiter"), [("nl", ";"), ("en", ",")])
def test_register_csv_and_xlsx(
    hostile_book: tuple[Book, list[Contact], list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    delimiter: str,
) -> None:
    book, _contacts, activities = hostile_book
    expected = {*activities, *PAYLOADS}
    csv_file, xlsx_file = tmp_path / "register.csv", tmp_path / "register.xlsx"
    _cli(book, capsys, "register", "export", "-o", str(csv_file), "--lang", language)
    _cli(book, capsys, "register", "export", "-o", str(xlsx_file), "--lang", language)
    _check_cells(_csv_cells(csv_file, delimiter), expected, f"register CSV ({language})")
    workbook = openpyxl.load_workbook(xlsx_file)
    cells = []
    for row in workbook.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"register XLSX: {cell.coordinate} is a formula"
            if isinstance(cell.value, str):
                cells.append(cell.value)
    workbook.close()
    controller = {PAYLOADS[0], PAYLOADS[5]}
    # XLSX keeps line breaks as "\n" (Excel's way; XML reads a bare "\r" as "\n" anyway)
    as_excel = {text.replace("\r\n", "\n").replace("\r", "\n") for text in expected | controller}
    _check_cells(cells, as_excel, f"register XLSX ({language})")


def test_mailing_csv(
    hostile_book: tuple[Book, list[Contact], list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    book, contacts, _activities = hostile_book
    target = tmp_path / "mailing.csv"
    _cli(book, capsys, "mailing", "export", "-o", str(target))
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    assert len(rows) == len(contacts)
    _check_cells([cell for row in rows for cell in row.values()], set(PAYLOADS), "mailing CSV")
    by_address = {row["email"]: row for row in rows}
    for contact in contacts:
        row = by_address[contact.emails[0].address]
        assert restore_cell(row["first_name"]) == contact.given_name
        assert restore_cell(row["last_name"]) == contact.family_name
        assert restore_cell(row["organisation"]) == contact.organisation


def test_contact_list_csv(
    hostile_book: tuple[Book, list[Contact], list[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    book, contacts, _activities = hostile_book
    out = _cli(book, capsys, "list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    _check_cells([cell for row in rows for cell in row.values()], set(PAYLOADS), "list CSV")
    by_id = {int(row["id"]): row for row in rows}
    for contact in contacts:
        assert contact.id is not None
        row = by_id[contact.id]
        assert restore_cell(row["organisation"]) == contact.organisation
        assert restore_cell(row["name"]) == contact.display_name


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_payload_is_quoted_and_restored(payload: str) -> None:
    # quoted, or (a "\r" right after a line break is only another line break) harmless
    assert safe_cell(payload).startswith(QUOTE) or not spreadsheet_like_formula(payload)
    assert restore_cell(safe_cell(payload)) == payload
    assert restore_cell(safe_cell(QUOTE + payload)) == QUOTE + payload
