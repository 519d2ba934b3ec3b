"""Undoing an import as one step: what it added goes, what it merged is taken out again, and
whatever was changed since stays."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.enums import Scope
from contactbook.domain.phone import Phone
from contactbook.services.book import Book
from contactbook.services.erasure import erase_contact
from contactbook.services.import_undo import ImportUndoError, recent_imports, undo_import
from contactbook.services.vcard_import import ImportOptions, import_files
from contactbook.storage import audit_log
from contactbook.storage.schema import ImportChangeRow

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:de Vries;Jan;;;\r\nFN:Jan de Vries\r\n"
    "TEL;TYPE=CELL:06 12345678\r\nEMAIL:jan@devries.nl\r\nORG:De Vries Bouw\r\n"
    "CATEGORIES:klant\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smit;Oma;;;\r\nFN:Oma Smit\r\n"
    "TEL;TYPE=HOME:020 123 4567\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bakker;Zoë;;;\r\nFN:Zoë Bakker\r\nEND:VCARD\r\n"
)


@pytest.fixture
def phone_file(tmp_path: Path) -> Path:
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return path


@pytest.fixture
def jan(book: Book) -> Contact:
    """Already in the book: the first card merges into him (same mobile, same name)."""
    return book.contacts.add(
        Contact(
            given_name="Jan",
            family_name="de Vries",
            scope=Scope.BUSINESS,
            phones=[Phone.parse("0612345678")],
        )
    )


def _ids(book: Book) -> set[int]:
    return {c.id for c in book.contacts.get_many() if c.id is not None}


def test_undo_removes_what_the_import_added_and_keeps_later_edits(
    book: Book, phone_file: Path, jan: Contact
) -> None:
    other = book.contacts.add(Contact(given_name="Els", family_name="Visser"))
    report = import_files(book, [phone_file])
    assert (report.imported, report.merged, report.import_id) == (2, 1, 1)
    assert jan.id is not None
    assert other.id is not None
    merged = book.contacts.get(jan.id)
    assert merged.organisation == "De Vries Bouw"
    assert merged.categories == ["klant"]
    # edits after the import: another contact, and the merged contact itself
    book.contacts.save(replace(book.contacts.get(other.id), notes="belt terug"))
    book.contacts.save(replace(book.contacts.get(jan.id), job_title="Directeur"))

    result = undo_import(book)

    assert (result.record.id, result.removed, result.restored) == (1, 2, 1)
    assert _ids(book) == {jan.id, other.id}
    assert book.contacts.get(other.id).notes == "belt terug"
    restored = book.contacts.get(jan.id)
    assert restored.organisation == ""
    assert restored.emails == []
    assert restored.categories == []
    assert [p.e164 for p in restored.phones] == ["+31612345678"]  # it had that before
    assert restored.job_title == "Directeur"  # changed after the import: stays
    assert restored.scope is Scope.BUSINESS
    [record] = recent_imports(book)
    assert record.undone_at is not None
    assert not record.can_undo
    events = [e for e in audit_log.events(book.database) if e.action is AuditAction.IMPORT_UNDONE]
    assert [e.detail for e in events] == ["import=1 removed=2 restored=1"]


def test_an_import_is_undone_once_and_the_newest_first(book: Book, phone_file: Path) -> None:
    with pytest.raises(ImportUndoError, match="no import"):
        undo_import(book)
    first = import_files(book, [phone_file], ImportOptions(merge=False))
    second = import_files(book, [phone_file], ImportOptions(merge=False))
    assert book.contacts.count() == 6
    assert undo_import(book).record.id == second.import_id
    assert undo_import(book).record.id == first.import_id
    assert book.contacts.count() == 0
    with pytest.raises(ImportUndoError, match="undone already"):
        undo_import(book, first.import_id)
    with pytest.raises(ImportUndoError, match="no import with number 99"):
        undo_import(book, 99)


def test_a_dry_run_leaves_no_history(book: Book, phone_file: Path) -> None:
    report = import_files(book, [phone_file], ImportOptions(dry_run=True))
    assert report.import_id is None
    assert recent_imports(book) == []


def test_erasing_a_person_leaves_nothing_of_them_in_the_history(
    book: Book, phone_file: Path, jan: Contact
) -> None:
    import_files(book, [phone_file])
    assert jan.id is not None
    erase_contact(book, jan.id)
    with book.database.session() as session:
        left = session.scalar(select(func.count()).where(ImportChangeRow.contact_id == jan.id))
    assert left == 0
    result = undo_import(book)  # the rest of the import can still be undone
    assert (result.removed, result.restored) == (2, 0)
