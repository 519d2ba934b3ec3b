"""An import never merges two different people: round trips of the sample books, the shapes of
real address books, proposed merges that the user can decline, and --no-merge."""

from __future__ import annotations

import string
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress, normalise_address
from contactbook.domain.enums import Subject
from contactbook.domain.phone import Phone
from contactbook.services.book import Book, open_book
from contactbook.services.demo_data import generate_demo
from contactbook.services.vcard_export import export_vcards
from contactbook.services.vcard_import import ImportOptions, import_files

Essence = tuple[str, tuple[str, ...], tuple[str, ...]]


@contextmanager
def new_book(path: Path) -> Iterator[Book]:
    book = open_book(path)
    try:
        yield book
    finally:
        book.close()


def essence(book: Book) -> list[Essence]:
    """Per contact: its UID, its e-mail addresses and its phone numbers."""
    return sorted(
        (
            c.uid,
            tuple(normalise_address(e.address) for e in c.emails),
            tuple(p.e164 or p.raw for p in c.phones),
        )
        for c in book.contacts.iter_contacts()
    )


def round_trip(source: Book, folder: Path, version: str) -> tuple[Book, list[Essence]]:
    exported = folder / f"book-{version}.vcf"
    export_vcards(source, exported, version=version)
    target = open_book(folder / f"imported-{version}.sqlite")
    report = import_files(target, [exported])
    assert (report.merged, report.rejected) == (0, [])
    return target, essence(target)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_300_sample_book_comes_back_whole(tmp_path: Path, version: str) -> None:
    with new_book(tmp_path / "demo.sqlite") as demo:
        generate_demo(demo, 300, seed=1)
        before = essence(demo)
        imported, after = round_trip(demo, tmp_path, version)
        imported.close()
    assert len(after) == 300
    assert after == before


def test_the_10000_sample_book_comes_back_whole(tmp_path: Path) -> None:
    with new_book(tmp_path / "demo.sqlite") as demo:
        generate_demo(demo, 10_000, seed=3)
        before = essence(demo)
        imported, after = round_trip(demo, tmp_path, "3.0")
        imported.close()
    assert len(after) == 10_000
    assert after == before


def _card(lines: list[str]) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def _write(path: Path, *cards: list[str]) -> Path:
    path.write_text("".join(_card(c) for c in cards), encoding="utf-8")
    return path


def test_colleagues_sharing_an_office_number_and_info_stay_apart(
    book: Book, tmp_path: Path
) -> None:
    office = ["ORG:Bakkerij Bos", "TEL;TYPE=WORK:020 123 4567", "EMAIL:info@bakkerijbos.nl"]
    path = _write(
        tmp_path / "office.vcf",
        ["N:Bos;Jan;;;", "FN:Jan Bos", *office, "TITLE:Eigenaar"],
        ["N:Smit;Anna;;;", "FN:Anna Smit", *office, "EMAIL:anna@gmail.com"],
        ["FN:Bakkerij Bos", *office],
    )
    report = import_files(book, [path])
    assert (report.imported, report.merged) == (3, 0)
    jan, anna, shop = (
        next(c for c in book.contacts.get_many() if c.display_name == name)
        for name in ("Jan Bos", "Anna Smit", "Bakkerij Bos")
    )
    assert [e.address for e in anna.emails] == ["info@bakkerijbos.nl", "anna@gmail.com"]
    assert jan.job_title == "Eigenaar"
    assert not shop.job_title
    assert not shop.given_name


def test_a_couple_sharing_a_landline_and_a_family_gmail_stay_apart(
    book: Book, tmp_path: Path
) -> None:
    home = ["TEL;TYPE=HOME:030 234 5678", "EMAIL:fam.jansen@gmail.com"]
    path = _write(
        tmp_path / "home.vcf",
        ["N:Jansen;Piet;;;", "FN:Piet Jansen", *home, "BDAY:1961-03-04"],
        ["N:Jansen;Marie;;;", "FN:Marie Jansen", *home, "TEL;TYPE=CELL:06 11122233"],
    )
    report = import_files(book, [path])
    assert (report.imported, report.merged, report.likely) == (2, 0, [])
    piet = next(c for c in book.contacts.get_many() if c.given_name == "Piet")
    assert [p.raw for p in piet.phones] == ["030 234 5678"]


def test_one_person_from_android_and_iphone_is_merged_and_shown(book: Book, tmp_path: Path) -> None:
    android = _write(
        tmp_path / "android.vcf",
        ["N:de Vries;Jan;;;", "FN:Jan de Vries", "TEL;CELL:06-12345678"],
    )
    iphone = _write(
        tmp_path / "iphone.vcf",
        [
            "N:de Vries;Jan;;;",
            "FN:Jan de Vries",
            "TEL;type=CELL:+31 6 12345678",
            "EMAIL;type=INTERNET:jan@devries.nl",
            "BDAY:1975-06-01",
        ],
    )
    import_files(book, [android])
    preview = import_files(book, [iphone], ImportOptions(dry_run=True))
    [merge] = preview.merges
    assert (merge.card_name, merge.name, merge.evidence) == (
        "Jan de Vries",
        "Jan de Vries",
        ("same_mobile",),
    )
    assert set(merge.added) == {"email", "birthday"}
    assert book.contacts.count() == 1
    report = import_files(book, [iphone])
    assert (report.imported, report.merged) == (0, 1)
    [jan] = book.contacts.get_many()
    assert [e.address for e in jan.emails] == ["jan@devries.nl"]


def test_a_declined_merge_imports_the_card_on_its_own(book: Book, tmp_path: Path) -> None:
    first = _write(tmp_path / "a.vcf", ["UID:same-1", "FN:Jan de Vries", "N:de Vries;Jan;;;"])
    second = _write(
        tmp_path / "b.vcf", ["UID:same-1", "FN:Jan de Vries", "N:de Vries;Jan;;;", "NOTE:x"]
    )
    import_files(book, [first])
    [merge] = import_files(book, [second], ImportOptions(dry_run=True)).merges
    report = import_files(book, [second], ImportOptions(keep_apart=frozenset({("b.vcf", 1)})))
    assert (merge.line, report.imported, report.merged) == (1, 1, 0)
    assert [(n.line, n.evidence) for n in report.likely] == [(1, ("same_uid",))]
    uids = sorted(c.uid for c in book.contacts.get_many())
    assert len(set(uids)) == 2
    assert "same-1" in uids


def test_no_merge_imports_every_card_as_a_contact(book: Book, tmp_path: Path) -> None:
    card = ["N:Post;Piet;;;", "FN:Piet Post", "TEL:0612345678"]
    path = _write(tmp_path / "twice.vcf", card, card)
    report = import_files(book, [path], ImportOptions(merge=False))
    assert (report.imported, report.merged) == (2, 0)
    assert len({c.uid for c in book.contacts.get_many()}) == 2


def test_a_same_named_card_is_imported_and_listed_as_a_likely_duplicate(
    book: Book, tmp_path: Path
) -> None:
    known = book.contacts.add(Contact(given_name="Jan", family_name="de Vries"))
    path = _write(tmp_path / "jan.vcf", ["N:de Vries;Jan;;;", "FN:Jan de Vries", "TEL:0201234567"])
    report = import_files(book, [path])
    assert (report.imported, report.merged) == (1, 0)
    [likely] = report.likely
    assert (likely.other_id, likely.evidence) == (known.id, ("same_name",))
    assert report.to_json()["likely_duplicates"][0]["other_id"] == known.id


# -- generated books: every round trip is exact -------------------------------------------

_NAMES = st.sampled_from(["Jan", "Piet", "Anna", "Zoë", "J.", ""])
_FAMILIES = st.sampled_from(["de Vries", "Jansen", "van den Berg", "Bakker", ""])
_SHARED_EMAILS = st.sampled_from(["info@bos.nl", "fam@gmail.com", "verkoop@pers.nl"])
_SHARED_PHONES = st.sampled_from(["020 123 4567", "0612345678", "088 765 4321"])


@st.composite
def _contacts(draw: st.DrawFn) -> Contact:
    local = draw(st.text(string.ascii_lowercase, min_size=3, max_size=8))
    emails = draw(st.lists(st.one_of(_SHARED_EMAILS, st.just(f"{local}@example.nl")), max_size=2))
    phones = draw(st.lists(_SHARED_PHONES, max_size=2))
    organisation = draw(st.sampled_from(["", "Bakkerij Bos", "Drukkerij De Pers"]))
    given, family = draw(_NAMES), draw(_FAMILIES)
    subject = Subject.PERSON if given or family or not organisation else Subject.ORGANISATION
    return Contact(
        given_name=given,
        family_name=family,
        organisation=organisation,
        subject=subject,
        emails=[EmailAddress(a) for a in dict.fromkeys(emails)],
        phones=[Phone.parse(p) for p in dict.fromkeys(phones)],
    )


def _has_something(contact: Contact) -> bool:
    """A card with nothing at all is refused by the import (and the window never saves one)."""
    parts = (contact.given_name, contact.family_name, contact.organisation)
    return any(parts) or bool(contact.emails or contact.phones)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(contacts=st.lists(_contacts().filter(_has_something), min_size=1, max_size=25))
def test_a_generated_book_round_trips_exactly(
    tmp_path_factory: pytest.TempPathFactory, contacts: list[Contact]
) -> None:
    folder = tmp_path_factory.mktemp("generated")
    with new_book(folder / "source.sqlite") as source:
        source.contacts.add_many(contacts)
        before = essence(source)
        for version in ("3.0", "4.0"):
            imported, after = round_trip(source, folder, version)
            imported.close()
            assert after == before
