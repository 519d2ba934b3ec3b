"""Importing vCard files into a real book: one transaction, merges, report, idempotence."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import EmailClassification, LegalBasis, Scope
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.services import import_prepare
from contactbook.services.book import Book
from contactbook.services.vcard_export import export_vcards
from contactbook.services.vcard_import import (
    ImportCancelledError,
    ImportFileError,
    ImportOptions,
    import_files,
)


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 150), (30, 120, 200)).save(out, "JPEG")
    return out.getvalue()


PHONE_EXPORT = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:de Vries;Jan;;;\r\n"
    "FN:Jan de Vries\r\n"
    "ORG:Bakkerij Bos\r\n"
    "TEL;TYPE=CELL:06 12345678\r\n"
    "EMAIL;TYPE=WORK:jan.devries@bakkerijbos.nl\r\n"
    "EMAIL;TYPE=WORK:info@bakkerijbos.nl\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Smit;Oma;;;\r\n"
    "FN:Oma Smit\r\n"
    "TEL;TYPE=HOME:020 123 4567\r\n"
    "EMAIL;TYPE=HOME:oma.smit@ziggo.nl\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Bakker;Zo=C3=AB;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB Bakker\r\n"
    "TEL;CELL:+31 6 87654321\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:" + base64.b64encode(_jpeg()).decode() + "\r\n"
    "\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def phone_file(tmp_path: Path) -> Path:
    path = tmp_path / "phone.vcf"
    path.write_bytes(PHONE_EXPORT.encode())
    return path


def test_a_phone_export_imports_into_to_review(book: Book, phone_file: Path) -> None:
    report = import_files(book, [phone_file])
    assert (report.cards, report.imported, report.merged, report.rejected) == (3, 3, 0, [])
    contacts = {c.display_name: c for c in book.contacts.get_many()}
    assert set(contacts) == {"Jan de Vries", "Oma Smit", "Zoë Bakker"}
    jan = contacts["Jan de Vries"]
    assert jan.scope is Scope.UNSORTED
    assert jan.phones[0].e164 == "+31612345678"
    assert [e.classification for e in jan.emails] == [
        EmailClassification.PERSONAL,
        EmailClassification.GENERIC,
    ]
    zoe = contacts["Zoë Bakker"]
    assert zoe.photo is not None
    assert zoe.photo.startswith(b"\xff\xd8")
    assert zoe.thumbnail is not None
    assert zoe.thumbnail.startswith(b"\xff\xd8")  # a JPEG photo gets a JPEG thumbnail


def test_importing_the_same_file_again_adds_nothing(book: Book, phone_file: Path) -> None:
    import_files(book, [phone_file])
    again = import_files(book, [phone_file])
    assert (again.imported, again.merged, again.unchanged) == (0, 0, 3)
    assert book.contacts.count() == 3


def test_a_card_matching_a_contact_is_merged_not_duplicated(book: Book, phone_file: Path) -> None:
    known = book.contacts.add(
        Contact(
            given_name="Jan",
            family_name="de Vries",
            scope=Scope.BUSINESS,
            legal_basis=LegalBasisRecord(LegalBasis.CONTRACT, note="Order 7"),
            phones=[Phone.parse("+31612345678")],
        )
    )
    report = import_files(book, [phone_file])
    assert (report.imported, report.merged) == (2, 1)
    [merge] = report.merges
    assert merge.contact_id == known.id
    assert set(merge.added) == {"organisation", "email"}
    assert known.id is not None
    jan = book.contacts.get(known.id)
    assert jan.scope is Scope.BUSINESS  # the owner's decisions stay
    assert jan.legal_basis.note == "Order 7"
    assert jan.organisation == "Bakkerij Bos"
    assert book.contacts.count() == 3


def test_the_same_person_twice_in_one_file_becomes_one_contact(book: Book, tmp_path: Path) -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piet Post\r\nN:Post;Piet;;;\r\n{extra}END:VCARD\r\n"
    path = tmp_path / "twice.vcf"
    path.write_text(
        card.format(extra="TEL:0612345678\r\n")
        + card.format(extra="TEL:06-12345678\r\nEMAIL:piet@post.nl\r\n"),
        encoding="utf-8",
    )
    report = import_files(book, [path])
    assert (report.imported, report.merged) == (1, 1)
    [piet] = book.contacts.get_many()
    assert [e.address for e in piet.emails] == ["piet@post.nl"]


def test_a_broken_card_is_reported_and_the_rest_imports(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "mixed.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Goed Een\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kapot\r\nBDAY\r\n"  # never closed
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Goed Twee\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = import_files(book, [path])
    names = sorted(c.display_name for c in book.contacts.get_many())
    assert "Goed Een" in names
    assert report.imported + len(report.rejected) >= 2
    for problem in report.rejected:
        assert problem.file == "mixed.vcf"
        assert problem.line >= 1
        assert problem.reason


def test_a_dry_run_changes_nothing(book: Book, phone_file: Path) -> None:
    report = import_files(book, [phone_file], ImportOptions(dry_run=True))
    assert report.imported == 3
    assert report.dry_run
    assert book.contacts.count() == 0


def test_cancelling_leaves_nothing_half_done(
    book: Book, phone_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_prepare, "CHUNK", 1)
    checks = iter([False, False, True])
    with pytest.raises(ImportCancelledError):
        import_files(book, [phone_file], is_cancelled=lambda: next(checks))
    assert book.contacts.count() == 0


def test_scope_as_suggested_per_card(book: Book, phone_file: Path) -> None:
    import_files(book, [phone_file], ImportOptions(scope=None))
    scopes = {c.display_name: c.scope for c in book.contacts.get_many()}
    assert scopes == {
        "Jan de Vries": Scope.BUSINESS,
        "Oma Smit": Scope.PRIVATE,
        "Zoë Bakker": Scope.PRIVATE,
    }


def test_business_imports_can_be_linked_to_an_activity(book: Book, phone_file: Path) -> None:
    book.activities.add(ProcessingActivity("Klantbeheer"))
    import_files(
        book, [phone_file], ImportOptions(scope=Scope.BUSINESS, activities=("Klantbeheer",))
    )
    assert book.contacts.count(ContactFilter(activity="Klantbeheer")) == 3


def test_an_erased_person_is_held_back_unless_forced(book: Book, phone_file: Path) -> None:
    erased = Contact(emails=[EmailAddress("oma.smit@ziggo.nl")])
    book.suppression.add(book.suppression.digests_of(erased))
    report = import_files(book, [phone_file])
    assert report.imported == 2
    [held] = report.suppressed
    assert held.name == "Oma Smit"
    assert report.needs_attention
    forced = import_files(book, [phone_file], ImportOptions(force=True))
    assert forced.imported == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "empty", id="empty-file"),
        pytest.param(b"PK\x03\x04" + bytes(200), "not a vCard", id="zip"),
        pytest.param(b"%PDF-1.7\n" + bytes(200), "not a vCard", id="pdf"),
    ],
)
def test_files_that_are_no_vcards_are_refused_before_anything_happens(
    book: Book, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "odd.vcf"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        import_files(book, [path])
    assert book.contacts.count() == 0


def test_export_then_import_into_an_empty_book_gives_the_same_contacts(
    book: Book, phone_file: Path, tmp_path: Path
) -> None:
    from contactbook.services.book import open_book

    import_files(book, [phone_file])
    exported = tmp_path / "out.vcf"
    assert export_vcards(book, exported) == 3
    second = open_book(tmp_path / "second.sqlite")
    try:
        report = import_files(second, [exported])
        assert report.imported == 3

        def essence(c: Contact) -> tuple[object, ...]:
            return (
                c.display_name,
                c.organisation,
                [(e.address, e.label) for e in c.emails],
                [(p.raw, p.e164, p.label) for p in c.phones],
                c.photo,
                c.uid,
            )

        assert sorted(map(essence, second.contacts.get_many())) == sorted(
            map(essence, book.contacts.get_many())
        )
    finally:
        second.close()


def test_the_report_has_the_documented_json_shape(book: Book, phone_file: Path) -> None:
    data = import_files(book, [phone_file]).to_json()
    assert {"files", "cards", "imported", "merged", "rejected"} <= data.keys()
    assert json.loads(json.dumps(data)) == data
