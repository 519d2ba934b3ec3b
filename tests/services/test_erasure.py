"""Erasure (Art. 17): afterwards the person's data is in none of the database files' bytes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.audit import AuditAction
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import Mailing
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.services.book import Book
from contactbook.services.demo_data import generate_demo
from contactbook.services.erasure import erase_contact, preview_erasure
from contactbook.storage import audit_log
from contactbook.storage.errors import NotFoundError

# Values that occur nowhere else, so finding any of them in the files means a trace was left.
GIVEN = "Xanthippe"
FAMILY = "Quorndyke-Vlaswinkel"
EMAIL = "xanthippe.quorndyke@vlaswinkel-zeldzaam.nl"
PHONE_RAW = "06 98765431"
PHONE_E164 = "+31698765431"
NOTES = "Houdt van okapi-behang en zeppelinmodellen"
STREET = "Zwavelzuurhofje"
BASIS_NOTE = "Offerte OKAPI-77-ZEPPELIN"
PHOTO = b"\x89PNG-fake-photo-bytes-QUORNDYKEPHOTO" * 20


def _distinctive_person() -> Contact:
    contact = Contact(
        given_name=GIVEN,
        family_name=FAMILY,
        organisation="Vlaswinkel Zeldzaamheden",
        scope=Scope.BUSINESS,
        emails=[EmailAddress(EMAIL)],
        phones=[Phone.parse(PHONE_RAW)],
        addresses=[PostalAddress(STREET, "7", "9999 ZZ", "Okapidorp")],
        notes=NOTES,
        photo=PHOTO,
        activities=["Nieuwsbrief"],
        legal_basis=LegalBasisRecord(LegalBasis.CONTRACT, note=BASIS_NOTE),
    )
    return contact.with_classified_emails()


def _secrets() -> list[bytes]:
    values = [GIVEN, FAMILY, EMAIL, PHONE_RAW, PHONE_E164, "698765431", NOTES, STREET, BASIS_NOTE]
    found = [v.encode() for v in values]
    found += [v.lower().encode() for v in values]  # the search index holds folded text
    found.append(b"QUORNDYKEPHOTO")
    return found


def _database_files(book: Book) -> list[Path]:
    path = book.path
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def _traces(book: Book) -> list[tuple[str, bytes]]:
    hits = []
    for file in _database_files(book):
        data = file.read_bytes()
        hits += [(file.name, secret) for secret in _secrets() if secret in data]
    return hits


@pytest.fixture
def stored(book: Book) -> Contact:
    book.activities.add(ProcessingActivity(name="Nieuwsbrief", retention_months=24))
    generate_demo(book, contacts=120, seed=3)  # neighbours on the same pages
    contact = book.contacts.add(_distinctive_person())
    assert contact.id is not None
    book.consent.record(
        ConsentRecord(
            EMAIL,
            ConsentKind.OPT_IN,
            datetime(2025, 1, 2, 10, 0),
            source="formulier Zwavelzuurhofje",
            wording="Ja, stuur mij de nieuwsbrief",
        )
    )
    mailing = book.mailings.create(
        Mailing(
            subject="Nieuws",
            body="Beste klant",
            sender="info@example.nl",
            created_at=datetime(2025, 2, 1),
        ),
        [(contact.id, EMAIL, GateReason.OPT_IN)],
    )
    assert mailing.id is not None
    return contact


def test_the_data_is_in_the_files_before_erasure(book: Book, stored: Contact) -> None:
    # guards the test itself: the search must find the values while they are stored
    with book.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    found = {secret for _, secret in _traces(book)}
    assert EMAIL.encode() in found
    assert NOTES.encode() in found
    assert b"QUORNDYKEPHOTO" in found


def test_after_erasure_no_value_occurs_in_any_database_file(book: Book, stored: Contact) -> None:
    assert stored.id is not None
    result = erase_contact(book, stored.id)

    assert result.files_clean
    assert _traces(book) == []
    with pytest.raises(NotFoundError):
        book.contacts.get(stored.id)
    # what remains: an audit event without personal data, and the suppression hashes
    [event] = [e for e in audit_log.events(book.database, stored.id) if e.action == "erased"]
    assert event.action is AuditAction.ERASED
    assert "1 e-mail, 1 phone" in event.detail
    assert book.suppression.is_suppressed(_distinctive_person())
    assert book.consent.history(EMAIL) == []
    assert book.mailings.for_contact(stored.id) == []
    # the rest of the book is untouched and still searchable
    assert book.contacts.count() == 120
    with book.database.session() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_after_erasure_the_files_stay_clean_after_reopening(
    book: Book, stored: Contact, db_path: Path
) -> None:
    assert stored.id is not None
    erase_contact(book, stored.id)
    book.close()
    from contactbook.services.book import open_book

    reopened = open_book(db_path)
    try:
        assert reopened.contacts.count() == 120
        assert _traces(reopened) == []
    finally:
        reopened.close()


def test_preview_says_what_will_go(book: Book, stored: Contact) -> None:
    assert stored.id is not None
    scope = preview_erasure(book, stored.id)
    assert scope.contact.display_name == f"{GIVEN} {FAMILY}"
    assert (scope.consent_records, scope.mailing_entries) == (1, 1)
    assert scope.audit_events >= 2  # created, consent recorded
    assert book.contacts.get(stored.id).notes == NOTES  # a preview changes nothing


def test_consent_of_an_address_another_contact_still_has_is_kept(
    book: Book, stored: Contact
) -> None:
    other = book.contacts.add(Contact(given_name="Partner", emails=[EmailAddress(EMAIL)]))
    assert stored.id is not None
    assert other.id is not None
    scope = erase_contact(book, stored.id).erased[0]
    assert scope.consent_addresses_kept == (EMAIL,)
    assert len(book.consent.history(EMAIL)) == 1
    assert book.contacts.get(other.id).emails[0].address == EMAIL


def test_consent_records_stay_undeletable_outside_erasure(book: Book, stored: Contact) -> None:
    with (
        pytest.raises(DatabaseError, match="only removed by an erasure"),
        book.database.write_session() as session,
    ):
        session.execute(text("DELETE FROM consent_records"))
    assert len(book.consent.history(EMAIL)) == 1


def test_erasing_an_unknown_contact_changes_nothing(book: Book, stored: Contact) -> None:
    with pytest.raises(NotFoundError):
        erase_contact(book, 999_999)
    assert book.contacts.count() == 121


def test_an_import_refuses_an_erased_person_unless_forced(
    book: Book, stored: Contact, tmp_path: Path
) -> None:
    from contactbook.services.vcard_import import ImportOptions, import_files

    assert stored.id is not None
    erase_contact(book, stored.id)
    card = tmp_path / "again.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Else\r\nN:Else;Someone;;;\r\n"
        f"EMAIL:{EMAIL.upper()}\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = import_files(book, [card], ImportOptions())
    assert report.imported == 0
    assert len(report.suppressed) == 1
    forced = import_files(book, [card], ImportOptions(force=True))
    assert forced.imported == 1
