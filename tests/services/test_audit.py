"""The audit log records what matters, can be filtered, and never holds an erased person's data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from contactbook.cli import main
from contactbook.domain.audit import AuditAction
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.phone import Phone
from contactbook.services.book import Book
from contactbook.services.contact_editing import ContactEdit, edit_contact
from contactbook.services.erasure import erase_contact
from contactbook.services.subject_export import export_subject
from contactbook.services.vcard_export import export_vcards
from contactbook.services.vcard_import import ImportOptions, import_files
from contactbook.storage import audit_log

NAME, FAMILY, EMAIL, PHONE = "Berendina", "Wolkenkrabber", "b.wolk@krabber-audit.nl", "0612121299"


@pytest.fixture
def history(book: Book, tmp_path: Path) -> int:
    """A person with a life in the book: imported, edited, consented, exported."""
    card = tmp_path / "in.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{NAME} {FAMILY}\r\nN:{FAMILY};{NAME};;;\r\n"
        f"EMAIL:{EMAIL}\r\nTEL:{PHONE}\r\nNOTE:zeldzame notitie\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    import_files(book, [card], ImportOptions(scope=Scope.PRIVATE))
    [contact_id] = book.contacts.ids_with_address(EMAIL)
    edit_contact(
        book,
        contact_id,
        ContactEdit(scope=Scope.BUSINESS, basis=LegalBasis.CONTRACT, basis_note="Offerte 9"),
        date(2026, 1, 5),
    )
    book.consent.record(ConsentRecord(EMAIL, ConsentKind.OPT_IN, datetime(2026, 1, 6)))
    export_vcards(book, tmp_path / "all.vcf")
    export_subject(book, contact_id, tmp_path / "request", "nl")
    return contact_id


def test_what_matters_is_recorded(book: Book, history: int) -> None:
    actions = {e.action for e in audit_log.events(book.database)}
    assert {
        AuditAction.IMPORTED,
        AuditAction.SCOPE_CHANGED,
        AuditAction.LEGAL_BASIS_CHANGED,
        AuditAction.CONSENT_RECORDED,
        AuditAction.EXPORTED,
    } <= actions
    erase_contact(book, history)
    assert audit_log.events(book.database, limit=1)[0].action is AuditAction.ERASED


def test_the_log_never_holds_the_erased_persons_data(book: Book, history: int) -> None:
    erase_contact(book, history)
    values = [NAME, FAMILY, EMAIL, PHONE, "612121299", "zeldzame notitie", "Offerte 9"]
    for event in audit_log.events(book.database, limit=100_000):
        for value in values:
            assert value.lower() not in event.detail.lower(), (event, value)
    # what is kept about them: events by number, the erasure without personal data
    kept = audit_log.events(book.database, history)
    assert kept[0].action is AuditAction.ERASED
    assert {e.action for e in kept} >= {AuditAction.SCOPE_CHANGED, AuditAction.CONSENT_RECORDED}


def test_events_filter_by_action_date_and_text(book: Book, history: int) -> None:
    everything = audit_log.events(book.database)
    consent = audit_log.events(book.database, actions=[AuditAction.CONSENT_RECORDED])
    assert consent
    assert all(e.action is AuditAction.CONSENT_RECORDED for e in consent)
    assert audit_log.events(book.database, text="access request")[0].contact_id == history
    assert audit_log.events(book.database, text=str(history))
    assert audit_log.events(book.database, text="100%_") == []
    newest = everything[0].at
    assert audit_log.events(book.database, since=newest + timedelta(seconds=1)) == []
    assert len(audit_log.events(book.database, before=newest + timedelta(seconds=1))) == len(
        everything
    )


def test_the_command_line_lists_and_filters(
    book: Book, history: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path = book.path
    book.close()
    assert main(["--db", str(path), "audit", "list", "--action", "imported"]) == 0
    out = capsys.readouterr().out
    assert "imported" in out
    assert "scope_changed" not in out
    assert main(["--db", str(path), "audit", "list", "--since", "2999-01-01"]) == 0
    assert "imported" not in capsys.readouterr().out
    assert main(["--db", str(path), "audit", "list", "--until", "31-12-2025"]) == 2


def test_a_contact_without_history_has_only_its_creation(book: Book) -> None:
    contact = book.contacts.add(
        Contact(given_name="Kaal", emails=[EmailAddress("kaal@x.nl")], phones=[Phone.parse("06")])
    )
    assert [e.action for e in audit_log.events(book.database, contact.id)] == [
        AuditAction.CONTACT_CREATED
    ]
