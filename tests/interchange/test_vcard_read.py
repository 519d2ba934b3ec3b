"""Cards into contacts: one test per pitfall of real exports, and the reader's contract."""

from __future__ import annotations

import base64
import codecs
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.enums import Scope, Subject
from contactbook.domain.postal import PostalAddress
from contactbook.interchange import vcard_read
from contactbook.interchange.vcard_card import card_to_contact
from contactbook.interchange.vcard_lines import RawCard
from contactbook.interchange.vcard_read import (
    CardProblem,
    ReadCard,
    looks_like_vcard,
    read_vcard_file,
    read_vcards,
)

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 3


def read_all(data: bytes | str, region: str = "NL") -> list[ReadCard | CardProblem]:
    raw = data.encode() if isinstance(data, str) else data
    return list(read_vcards(io.BytesIO(raw), "test.vcf", region))


def read_one(body: str, version: str = "3.0", region: str = "NL") -> ReadCard:
    text = f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body.strip()}\r\nEND:VCARD\r\n"
    (item,) = read_all(text.replace("\r\n", "\n").replace("\n", "\r\n"), region)
    assert isinstance(item, ReadCard), item
    return item


def contact(body: str, version: str = "3.0", region: str = "NL") -> Contact:
    return read_one(body, version, region).contact


# --- files that are not vCards ------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("contacts.vcf", "BEGIN:VCARD\r\nEND:VCARD\r\n")
    return buffer.getvalue()


_NOT_VCARD = "This file is not a vCard file (it looks like {}).".format


@pytest.mark.parametrize(
    ("data", "line", "reason"),
    [
        (b"", 0, "This file is empty."),
        (b"  \r\n\r\n", 1, "This file is empty."),
        (_zip_bytes(), 1, _NOT_VCARD("a ZIP archive")),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 1, _NOT_VCARD("a PDF document")),
        (JPEG, 1, _NOT_VCARD("a JPEG image")),
        (bytes(range(256)) * 4, 1, _NOT_VCARD("a binary file")),
        (
            b"name,email,phone\nJan,jan@example.nl,061234\n",
            1,
            _NOT_VCARD("a spreadsheet (CSV) file"),
        ),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 1, _NOT_VCARD("a calendar (iCalendar) file")),
        (
            b"Dear Jan,\nhere they are.\n",
            1,
            "This file holds no vCards: no BEGIN:VCARD line was found.",
        ),
    ],
)
def test_a_file_that_is_not_a_vcard_gives_one_problem(data: bytes, line: int, reason: str) -> None:
    assert read_all(data) == [CardProblem("test.vcf", line, "", reason)]
    assert not looks_like_vcard(data[:4096])


@pytest.mark.parametrize(
    "head",
    [
        b"BEGIN:VCARD\r\nVERSION:3.0\r\n",
        codecs.BOM_UTF8 + b"begin:vcard\n",
        b"# exported by a phone\r\n\r\nBEGIN:VCARD\r\n",
        "BEGIN:VCARD\r\nFN:Zoë\r\n".encode("utf-16"),
    ],
)
def test_looks_like_vcard(head: bytes) -> None:
    assert looks_like_vcard(head)


def test_read_vcard_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Contacten.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nFN:Jan Jansen\r\nEND:VCARD\r\n")
    (item,) = read_vcard_file(path)
    assert isinstance(item, ReadCard)
    assert (item.file, item.line, item.contact.given_name) == ("Contacten.vcf", 1, "Jan")


# --- one card at a time ---------------------------------------------------------------------


def test_one_bad_card_becomes_a_problem_and_the_rest_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = card_to_contact

    def exploding(raw: RawCard, region: str) -> tuple[Contact, list[str]]:
        if b"FN:Boom Bakker" in raw.lines:
            raise RuntimeError("boom")
        return real(raw, region)

    monkeypatch.setattr(vcard_read, "card_to_contact", exploding)
    data = (
        "BEGIN:VCARD\nFN:Anna\nEND:VCARD\n"
        "BEGIN:VCARD\nN:Bakker;Boom\nFN:Boom Bakker\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Chris\nEND:VCARD\n"
    )
    first, problem, last = read_all(data)
    assert isinstance(first, ReadCard)
    assert isinstance(last, ReadCard)
    assert problem == CardProblem(
        "test.vcf",
        4,
        "Boom Bakker",
        "This card could not be read because of an unexpected error (RuntimeError: boom).",
    )


def test_a_card_with_nothing_to_import_is_a_problem() -> None:
    data = (
        "BEGIN:VCARD\nX-ANDROID-CUSTOM:custom_mime1;1;2\nEND:VCARD\nBEGIN:VCARD\nFN:A\nEND:VCARD\n"
    )
    problem, card = read_all(data)
    assert isinstance(problem, CardProblem)
    assert problem.line == 1
    assert "nothing to import" in problem.reason
    assert isinstance(card, ReadCard)


def test_the_reader_streams() -> None:
    card = b"BEGIN:VCARD\r\nFN:Jan Jansen\r\nTEL:0612345678\r\nEND:VCARD\r\n"

    stream = io.BytesIO(card * 5_000)
    items = read_vcards(stream, "big.vcf")
    first = next(items)
    assert isinstance(first, ReadCard)
    assert stream.tell() < 100_000 < len(card * 5_000)  # only the first chunks were read
    assert sum(1 for _ in items) == 4_999


def test_scope_is_left_to_the_import() -> None:
    assert contact("FN:Jan").scope is Scope.UNSORTED


# --- names ------------------------------------------------------------------------------


def test_display_name_with_a_comma_is_not_truncated() -> None:
    c = contact("FN:Mustermann, Heiko")
    assert (c.given_name, c.family_name) == ("Heiko", "Mustermann")
    c21 = contact("FN:Mustermann, Heiko", version="2.1")
    assert (c21.given_name, c21.family_name) == ("Heiko", "Mustermann")


def test_escaped_comma_in_n_and_fn() -> None:
    c = contact("N:Doe;John;Richter\\, James;Mr.;Sr.\nFN:Mr. John Richter\\, James Doe Sr.")
    assert (c.family_name, c.given_name, c.middle_name) == ("Doe", "John", "Richter, James")
    assert (c.name_prefix, c.name_suffix) == ("Mr.", "Sr.")


def test_n_list_values_are_joined() -> None:
    c = contact("N:Perreault;Simon;Richter,James;;ing. jr,M.Sc.\nFN:Simon Perreault")
    assert (c.middle_name, c.name_suffix) == ("Richter James", "ing. jr, M.Sc.")


def test_dutch_particles_stay_with_the_family_name() -> None:
    assert contact("N:van den Berg;Jan;;;\nFN:Jan van den Berg").family_name == "van den Berg"
    c = contact("FN:Jan van den Berg")
    assert (c.given_name, c.family_name) == ("Jan", "van den Berg")
    assert c.display_name == "Jan van den Berg"


def test_accented_quoted_printable_names() -> None:
    c = contact(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=42=6F=73;Jo=C3=AB=\n"
        "l;;;\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jo=C3=ABl Bos",
        version="2.1",
    )
    assert (c.given_name, c.family_name) == ("Joël", "Bos")


def test_n_with_more_than_five_parts_keeps_the_rest_in_the_suffix() -> None:
    card = read_one("N:a;b;c;d;e;f;g", version="2.1")
    assert card.contact.name_suffix == "e, f, g"
    assert any("more parts" in note for note in card.notes)


def test_nickname_from_android_custom_and_nickname_lists() -> None:
    c = contact("FN:A\nX-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Nick;1;;;;;;;;;;;;;")
    assert c.nickname == "Nick"
    assert c.extra_properties == []
    assert contact("FN:A\nNICKNAME:Jo\\,Jo,Joop").nickname == "Jo,Jo, Joop"


# --- organisations ----------------------------------------------------------------------


def test_org_with_a_comma_comes_out_whole() -> None:
    c = contact("N:Doe;John;;Mr.;III\nFN:John Doe III\nORG:Company, The;TheDepartment", "2.1")
    assert c.organisation == "Company, The; TheDepartment"
    assert c.subject is Subject.PERSON


@pytest.mark.parametrize(
    "body",
    [
        "N:;;;;\nFN:Bakkerij de Vries\nORG:Bakkerij de Vries;\nX-ABShowAs:COMPANY",
        "ORG:Bakkerij de Vries",
        "FN:Bakkerij de Vries\nORG:Bakkerij de Vries",
        "N:Bakkerij de Vries;;;;\nFN:Bakkerij de Vries\nORG:Bakkerij de Vries",
        "KIND:org\nFN:Bakkerij de Vries",
    ],
)
def test_company_cards(body: str) -> None:
    c = contact(body)
    assert c.subject is Subject.ORGANISATION
    assert c.organisation == "Bakkerij de Vries"
    assert (c.given_name, c.family_name) == ("", "")
    assert c.display_name == "Bakkerij de Vries"


def test_second_org_and_title_are_kept_as_lines() -> None:
    c = contact("FN:Smith\nORG:Company\nTITLE:Engineer\nORG:Mystery\nTITLE:Blogger", "2.1")
    assert (c.organisation, c.job_title) == ("Company", "Engineer")
    assert c.extra_properties == ["ORG:Mystery", "TITLE:Blogger"]


# --- e-mail, phone ----------------------------------------------------------------------


def test_apple_labels_through_item_groups() -> None:
    c = contact(
        "FN:A\n"
        "item1.TEL:+31 20 123 4567\nitem1.X-ABLabel:_$!<Work>!$_\n"
        "item2.TEL:06 12345678\nitem2.X-ABLabel:_$!<Mobile>!$_\n"
        "item3.EMAIL;type=INTERNET:a@example.nl\nitem3.X-ABLabel:Vakantiehuis\n"
        "TEL;type=HOME;type=VOICE:020-7654321\n"
        "EMAIL;type=INTERNET;type=WORK:b@example.nl"
    )
    assert [(p.raw, p.label) for p in c.phones] == [
        ("+31 20 123 4567", "work"),
        ("06 12345678", "mobile"),
        ("020-7654321", "home"),
    ]
    assert [(e.address, e.label) for e in c.emails] == [
        ("a@example.nl", "Vakantiehuis"),
        ("b@example.nl", "work"),
    ]
    assert c.extra_properties == []  # the labels were used, not kept


def test_phone_numbers_are_normalised_with_the_region_and_kept_as_typed() -> None:
    (nl,) = contact("FN:A\nTEL;CELL:06-12345678", "2.1").phones
    assert (nl.raw, nl.e164, nl.label, nl.valid) == ("06-12345678", "+31612345678", "cell", True)
    (be,) = contact("FN:A\nTEL:0470 12 34 56", region="BE").phones
    assert be.e164 == "+32470123456"
    (odd,) = contact("FN:A\nTEL:p1234p5678w9").phones
    assert (odd.raw, odd.valid) == ("p1234p5678w9", False)


def test_tel_uri_and_sip() -> None:
    c = contact("FN:A\nTEL;VALUE=uri;TYPE=work:tel:+31-20-1234567\nTEL;TYPE=HOME:sip:a@b.example")
    assert [(p.raw, p.label) for p in c.phones] == [("+31-20-1234567", "work")]
    assert c.extra_properties == ["TEL;TYPE=HOME:sip:a@b.example"]


def test_email_written_with_a_name() -> None:
    card = read_one('EMAIL;INTERNET:"Omega"\n  <omega@example.com>\nFN:Omega', "2.1")
    assert [e.address for e in card.contact.emails] == ["omega@example.com"]
    assert card.notes


# --- addresses ------------------------------------------------------------------------------


def test_dutch_address() -> None:
    (a,) = contact("FN:A\nADR;TYPE=HOME:;;Kerkstraat 12A;Utrecht;;3511ab;Nederland").addresses
    assert a == PostalAddress("Kerkstraat", "12A", "3511 AB", "Utrecht", "NL", "home")
    assert a.identifies_household()


def test_address_country_hint_region_and_extended_lines() -> None:
    c = contact(
        "FN:A\n"
        "item1.ADR;type=WORK:;;Stationsweg 3;Leiden;;2312 AV;\nitem1.X-ABADR:nl\n"
        "ADR:Postbus 12;Gebouw B;Main Street 1;Springfield;IL;62701;United States"
    )
    work, other = c.addresses
    assert work == PostalAddress("Stationsweg", "3", "2312 AV", "Leiden", "NL", "work")
    assert other.street == "Postbus 12\nGebouw B\nMain Street 1"
    assert (other.house_number, other.city, other.country) == ("", "Springfield, IL", "US")


def test_address_with_more_than_seven_parts() -> None:
    card = read_one("FN:A\nADR:;;Laan 1;Delft;;2611 AA;NL;extra")
    assert card.contact.addresses[0].street == "Laan 1\nextra"
    assert any("address had more parts" in note for note in card.notes)


def test_multiline_street_with_escaped_newlines() -> None:
    (a,) = contact(
        "FN:A\nADR;TYPE=WORK:;;Street4\\nBuilding 6\\nFloor 8;New York;;12345;USA"
    ).addresses
    assert a.street == "Street4\nBuilding 6\nFloor 8"
    assert a.house_number == ""


def test_an_empty_address_is_no_address() -> None:
    assert contact("FN:A\nADR;HOME:;;;;;;").addresses == []


# --- dates, photos, notes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "birthday"),
    [
        ("BDAY:1980-04-12", Birthday(4, 12, 1980)),
        ("BDAY;VALUE=DATE:19800412", Birthday(4, 12, 1980)),
        ("BDAY:--0412", Birthday(4, 12)),
        ("BDAY:--04-12", Birthday(4, 12)),
        ("BDAY;value=date:1604-04-12", Birthday(4, 12)),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", Birthday(4, 12)),
    ],
)
def test_birthdays(line: str, birthday: Birthday) -> None:
    assert contact(f"FN:A\n{line}").birthday == birthday


def test_an_unreadable_birthday_is_kept_as_written() -> None:
    card = read_one("FN:A\nBDAY;VALUE=text:circa 1800")
    assert card.contact.birthday is None
    assert card.contact.extra_properties == ["BDAY;VALUE=text:circa 1800"]
    assert any("circa 1800" in note for note in card.notes)


def test_android_birthday_event_when_there_is_no_bday() -> None:
    c = contact(
        "FN:A\nX-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;1975-08-20;3;;;", "2.1"
    )
    assert c.birthday == Birthday(8, 20, 1975)
    anniversary = "X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;1999-07-10;1;;;"
    assert contact(f"FN:A\n{anniversary}", "2.1").extra_properties == [anniversary]


def test_21_photo_in_an_unindented_block() -> None:
    encoded = base64.b64encode(JPEG).decode()
    body = "FN:A\nPHOTO;ENCODING=BASE64;JPEG:" + encoded[:40] + "\n" + encoded[40:] + "\n\nTEL:1"
    c = contact(body, "2.1")
    assert c.photo == JPEG
    assert [p.raw for p in c.phones] == ["1"]


def test_30_folded_photo() -> None:
    encoded = base64.b64encode(JPEG).decode()
    folded = "\n ".join(encoded[i : i + 74] for i in range(0, len(encoded), 74))
    assert contact("FN:A\nPHOTO;ENCODING=b;TYPE=JPEG:" + folded).photo == JPEG


def test_a_broken_photo_does_not_cost_the_card() -> None:
    card = read_one(
        "N:name\nPHOTO;ENCODING=BASE64;TYPE=JPEG:qgEPAAIAAAAHAAAAugEQAAIAAAAG:ASDF==\n", "2.1"
    )
    assert card.contact.photo is None
    assert card.contact.family_name == "name"
    assert "The photo was damaged and was left out." in card.notes


def test_a_photo_link_is_kept_as_a_line() -> None:
    c = contact("FN:A\nPHOTO;VALUE=uri:https://example.com/a.jpg")
    assert c.photo is None
    assert c.extra_properties == ["PHOTO;VALUE=uri:https://example.com/a.jpg"]


def test_notes_with_commas_semicolons_and_newlines() -> None:
    c = contact("FN:A\nNOTE:Eerst\\, dan\\; daarna\\nregel 2\nNOTE:tweede")
    assert c.notes == "Eerst, dan; daarna\nregel 2\ntweede"
    qp = contact("FN:A\nNOTE;ENCODING=QUOTED-PRINTABLE:a, b=0D=0Ac", "2.1")
    assert qp.notes == "a, b\nc"


def test_categories_and_uid() -> None:
    c = contact("FN:A\nUID:abc-123\nCATEGORIES:Klant,Leverancier\nCATEGORIES:Klant,VIP")
    assert c.categories == ["Klant", "Leverancier", "VIP"]
    assert c.uid == "abc-123"


# --- properties without a field ---------------------------------------------------------


def test_properties_without_a_field_are_kept_in_card_order() -> None:
    c = contact(
        "FN:A\n"
        "URL;TYPE=work:https://example.nl\n"
        "IMPP;X-SERVICE-TYPE=Skype:skype:jan\n"
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/jan\n"
        "item1.X-ABDATE:2001-05-05\n"
        "item1.X-ABLabel:_$!<Anniversary>!$_\n"
        "ANNIVERSARY:20090808\n"
        "PRODID:-//Apple Inc.//iOS 17//EN\n"
        "REV:2024-01-01T00:00:00Z"
    )
    assert c.extra_properties == [
        "URL;TYPE=work:https://example.nl",
        "IMPP;X-SERVICE-TYPE=Skype:skype:jan",
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/jan",
        "item1.X-ABDATE:2001-05-05",
        "item1.X-ABLabel:_$!<Anniversary>!$_",
        "ANNIVERSARY:20090808",
    ]


def test_21_lines_are_kept_in_30_form() -> None:
    c = contact("FN:A\nX-MS-IMADDRESS;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:a=2Cb", "2.1")
    assert c.extra_properties == ["X-MS-IMADDRESS:a\\,b"]


def test_illegal_property_names_are_renamed_with_a_note() -> None:
    card = read_one("FN:A\nX-messaging/twitter-All:@jan")
    assert card.contact.extra_properties == ["X-MESSAGING-TWITTER-ALL:@jan"]
    assert any("X-messaging/twitter-All" in note for note in card.notes)


def test_lines_that_are_not_properties_are_reported() -> None:
    card = read_one("FN:A\nthis is not a property\nPROFILE:VCard")
    assert card.notes == (
        'A line that is not a vCard property was left out: "this is not a property".',
    )


def test_labels_of_a_card_with_addresses_are_left_out() -> None:
    c = contact("FN:A\nADR;WORK:;;Laan 1;Delft;;;\nLABEL;WORK:Laan 1\\nDelft")
    assert c.extra_properties == []
    assert contact("FN:A\nLABEL;WORK:Laan 1\\nDelft").extra_properties == [
        "LABEL;WORK:Laan 1\\nDelft"
    ]


def test_unclosed_and_nested_cards_get_a_note() -> None:
    items = read_all(b"BEGIN:VCARD\nFN:Outer\nBEGIN:VCARD\nFN:Inner\nEND:VCARD\nTEL:1\n")
    inner, outer = items
    assert isinstance(inner, ReadCard)
    assert isinstance(outer, ReadCard)
    assert inner.contact.given_name == "Inner"
    assert inner.line == 3
    assert any("inside another card" in note for note in inner.notes)
    assert any("END:VCARD" in note for note in outer.notes)
    assert [p.raw for p in outer.contact.phones] == ["1"]


def _many(count: int) -> Iterator[bytes]:
    card = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jo=C3=ABl;Bos\r\n"
        b"NOTE:" + b"x" * 200 + b"\r\nEND:VCARD\r\n"
    )
    for _ in range(count):
        yield card


class _GeneratedStream(io.RawIOBase):
    """A large file that never exists in memory as a whole."""

    def __init__(self, count: int) -> None:
        self._cards = _many(count)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer)
        while len(self._buffer) < len(view):
            card = next(self._cards, None)
            if card is None:
                break
            self._buffer += card
        data, self._buffer = self._buffer[: len(view)], self._buffer[len(view) :]
        view[: len(data)] = data
        return len(data)


@pytest.mark.slow
def test_memory_stays_flat_when_streaming_many_cards() -> None:
    import tracemalloc

    def peak(count: int) -> int:
        tracemalloc.start()
        try:
            stream = io.BufferedReader(_GeneratedStream(count))
            seen = sum(1 for _ in read_vcards(stream, "many.vcf"))
            assert seen == count
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(1_000), peak(10_000)
    assert large < small * 2 + 200_000  # ten times the cards, not ten times the memory


# --- hostile lengths: a photo past the cap is skipped while reading, long text is cut ------


def test_a_photo_past_the_cap_is_left_out_while_reading_and_the_card_imports() -> None:
    from contactbook.interchange.vcard_lines import MAX_LINE_BYTES

    photo = base64.b64encode(JPEG * (MAX_LINE_BYTES // len(JPEG) + 10)).decode()
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    card = read_one(f"FN:Groot Portret\r\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nTEL:0612345678")
    assert card.contact.photo is None
    assert card.contact.phones[0].e164 == "+31612345678"
    assert "The photo was larger than 5 MB and was left out." in card.notes


def test_a_photo_under_the_cap_is_kept_whole() -> None:
    photo = JPEG * (4 * 1024 * 1024 // len(JPEG))
    text = base64.b64encode(photo).decode()
    folded = "\r\n ".join(text[i : i + 74] for i in range(0, len(text), 74))
    card = read_one(f"FN:Portret\r\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}")
    assert card.contact.photo == photo
    assert card.notes == ()


def test_a_note_of_10_mb_is_shortened_with_a_note() -> None:
    from contactbook.interchange.vcard_card import MAX_TEXT_CHARS

    card = read_one("FN:Lange Regel\r\nNOTE:" + "abcdefghi " * 1024 * 1024)
    assert len(card.contact.notes) <= MAX_TEXT_CHARS
    assert card.contact.notes.startswith("abcdefghi abcdefghi")
    assert card.notes == ("The note was longer than 65,536 characters and was shortened.",)


def test_many_notes_together_are_capped_too() -> None:
    from contactbook.interchange.vcard_card import MAX_TEXT_CHARS

    lines = "\r\n".join(f"NOTE:{'n' * 30_000}" for _ in range(5))
    card = read_one("FN:Veel Notities\r\n" + lines)
    assert len(card.contact.notes) == MAX_TEXT_CHARS
    assert card.notes == ("The note was longer than 65,536 characters and was shortened.",)


def test_long_names_and_organisations_are_shortened() -> None:
    card = read_one("FN:" + "Jan " * 40_000 + "\r\nORG:" + "Bakkerij " * 20_000)
    assert len(card.contact.organisation) <= 64 * 1024
    assert 0 < len(card.contact.display_name) <= 64 * 1024
    assert "The organisation was longer than 65,536 characters and was shortened." in card.notes
    assert "The name was longer than 65,536 characters and was shortened." in card.notes


def test_a_long_property_without_a_field_is_left_out_not_kept() -> None:
    card = read_one("FN:Jan\r\nX-BLOB:" + "q" * 100_000 + "\r\nX-SHORT:kept")
    assert card.contact.extra_properties == ["X-SHORT:kept"]
    assert card.notes == ("A X-BLOB line longer than 65,536 characters was left out.",)


def test_text_just_under_the_cap_is_untouched() -> None:
    from contactbook.interchange.vcard_card import MAX_TEXT_CHARS

    note = "x" * MAX_TEXT_CHARS
    card = read_one(f"FN:Jan\r\nNOTE:{note}\r\nX-LONG:{note}")
    assert card.contact.notes == note
    assert card.contact.extra_properties == [f"X-LONG:{note}"]
    assert card.notes == ()
