"""Access and portability: the files hold everything about the person, and only them."""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path

import pytest

from contactbook.cli import main
from contactbook.domain.activity import ProcessingActivity
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
from contactbook.services.subject_export import export_subject


@pytest.fixture
def anna(book: Book) -> int:
    book.activities.add(
        ProcessingActivity(name="Klantbeheer", purposes="Offertes en facturen", retention_months=84)
    )
    contact = book.contacts.add(
        Contact(
            given_name="Anna",
            family_name="<b>Kuipers</b>",
            organisation="Kuipers & Zn",
            scope=Scope.BUSINESS,
            notes="Belt liever 's ochtends",
            emails=[EmailAddress("anna@kuipers.nl")],
            phones=[Phone.parse("06 11223344")],
            addresses=[PostalAddress("Markt", "3", "1234 AB", "Delft")],
            activities=["Klantbeheer"],
            legal_basis=LegalBasisRecord(LegalBasis.CONTRACT, note="Order 2025-17"),
            photo=b"\x89PNG photo",
        ).with_classified_emails()
    )
    book.contacts.add(Contact(given_name="Someone", family_name="Else"))
    assert contact.id is not None
    book.consent.record(
        ConsentRecord("anna@kuipers.nl", ConsentKind.OPT_IN, datetime(2025, 5, 1), source="beurs")
    )
    book.mailings.create(
        Mailing("Voorjaarsactie", "Beste klant", "info@ons.nl", datetime(2025, 6, 1)),
        [(contact.id, "anna@kuipers.nl", GateReason.OPT_IN)],
    )
    return contact.id


def test_the_json_holds_every_part_of_the_record(book: Book, anna: int, tmp_path: Path) -> None:
    written = export_subject(book, anna, tmp_path / "out", "en")
    assert [p.suffix for p in written] == [".json", ".vcf", ".html"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert data["contact"]["notes"] == "Belt liever 's ochtends"
    assert data["contact"]["photo_base64"]
    assert data["legal_basis"] == {
        "basis": "contract",
        "evidence": "Order 2025-17",
        "recorded_on": data["legal_basis"]["recorded_on"],
        "balancing_test": None,
    }
    assert data["consent_history"]["anna@kuipers.nl"][0]["source"] == "beurs"
    assert data["processing_activities"][0]["retention_months"] == 84
    assert data["mailings_received"][0]["subject"] == "Voorjaarsactie"
    actions = {e["action"] for e in data["audit_events"]}
    assert {"contact_created", "consent_recorded"} <= actions
    assert "Someone" not in written[0].read_text(encoding="utf-8")
    assert "anna@kuipers.nl" in written[1].read_text(encoding="utf-8")


def test_the_summary_is_readable_escaped_and_in_the_chosen_language(
    book: Book, anna: int, tmp_path: Path
) -> None:
    dutch = export_subject(book, anna, tmp_path / "nl", "nl")[2].read_text(encoding="utf-8")
    english = export_subject(book, anna, tmp_path / "en", "en")[2].read_text(encoding="utf-8")
    assert "Uw persoonsgegevens" in dutch
    assert "Your personal data" in english
    assert "&lt;b&gt;Kuipers&lt;/b&gt;" in dutch
    assert "<b>Kuipers</b>" not in dutch
    assert "Order 2025-17" in english
    assert "Voorjaarsactie" in english
    assert "84 months" in english


def test_the_export_is_recorded_in_the_audit_log(book: Book, anna: int, tmp_path: Path) -> None:
    from contactbook.storage import audit_log

    export_subject(book, anna, tmp_path, "nl")
    latest = audit_log.events(book.database, anna, limit=1)[0]
    assert latest.action == "exported"
    assert latest.detail.startswith("access request")


def test_the_command_line_writes_the_files(book: Book, anna: int, tmp_path: Path) -> None:
    path = book.path
    book.close()
    folder = tmp_path / "request"
    assert main(["--db", str(path), "subject", "export", str(anna), "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        f"contact-{anna}.html",
        f"contact-{anna}.json",
        f"contact-{anna}.vcf",
    ]
    assert main(["--db", str(path), "subject", "export", "999", "-o", str(folder)]) == 2
