"""Writing vCards, and reading what was written back to the same contact."""

from __future__ import annotations

import dataclasses
import io
import os
import tempfile
from pathlib import Path

import pytest
import vobject
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import Subject
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.interchange.vcard_read import ReadCard, read_vcards
from contactbook.interchange.vcard_write import fold, vcard_text, write_vcards

# Hypothesis keeps its files in .hypothesis/ of the working directory, which pytest (with
# this project's norecursedirs) would then try to collect: keep them in the temp directory.
if "HYPOTHESIS_STORAGE_DIRECTORY" not in os.environ:
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "contactbook-hypothesis")

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)


def jan() -> Contact:
    return Contact(
        given_name="Jan",
        family_name="van den Berg",
        middle_name="Pieter",
        name_prefix="dhr.",
        name_suffix="MSc",
        nickname="Janneman",
        organisation="Bakkerij van den Berg, De; Verkoop",
        job_title="Eigenaar; bakker",
        emails=[
            EmailAddress("jan@bakkerij.nl", "work"),
            EmailAddress("jan.vdberg@ziggo.nl", "home"),
            EmailAddress("j@example.nl", "Vereniging"),
        ],
        phones=[
            Phone.parse("06-12345678", "mobile"),
            Phone.parse("020-1234567", "work"),
            Phone.parse("020-7654321", "work fax"),
            Phone.parse("+32 470 12 34 56", "Vakantiehuis"),
            Phone.parse("0800-BAKKER", ""),
        ],
        addresses=[
            PostalAddress("Kerkstraat", "12A", "1011 AB", "Amsterdam", "NL", "work"),
            PostalAddress("Postbus 12\nAfdeling inkoop", "", "2500 AA", "Den Haag", "NL", ""),
            PostalAddress("Grote Markt", "1", "1000", "Brussel", "BE", "Zomerhuis"),
        ],
        birthday=Birthday(4, 12, 1975),
        photo=JPEG,
        notes='Klant sinds 2015; levert op dinsdag, donderdag.\nPad: C:\\bakkerij\\"brood"',
        categories=["Klant", "Leverancier, lokaal", "Zoë's lijst"],
        extra_properties=[
            "URL;TYPE=work:https://bakkerij.example.nl",
            "item1.X-ABDATE:2001-05-05",
            "item1.X-ABLabel:_$!<Anniversary>!$_",
            "X-SOCIALPROFILE;type=twitter:https://twitter.com/bakkerij",
        ],
        uid="3f1c2a5e-1111-4bbb-8ccc-0123456789ab",
    )


def read_back(text: str) -> ReadCard:
    (item,) = read_vcards(io.BytesIO(text.encode()), "back.vcf")
    assert isinstance(item, ReadCard), item
    return item


def same_fields(a: Contact, b: Contact) -> None:
    assert dataclasses.asdict(a) == dataclasses.asdict(b)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_keeps_every_field(version: str) -> None:
    original = jan()
    back = read_back(vcard_text(original, version))
    same_fields(back.contact, original)
    assert back.notes == ()


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize(
    "birthday", [Birthday(2, 29), Birthday(12, 31, 1900), Birthday(1, 1, 2000)]
)
def test_birthdays_with_and_without_year(version: str, birthday: Birthday) -> None:
    original = Contact(given_name="A", birthday=birthday)
    assert read_back(vcard_text(original, version)).contact.birthday == birthday


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_organisation_round_trip(version: str) -> None:
    company = Contact(organisation="Café 't Hoekje", subject=Subject.ORGANISATION)
    company.phones.append(Phone.parse("030-1234567", "main"))
    back = read_back(vcard_text(company, version)).contact
    same_fields(back, company)
    assert back.display_name == "Café 't Hoekje"
    person_at_company = dataclasses.replace(company, given_name="Piet", family_name="Hoek")
    same_fields(read_back(vcard_text(person_at_company, version)).contact, person_at_company)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_png_photo_round_trip(version: str) -> None:
    original = Contact(given_name="A", photo=PNG)
    assert read_back(vcard_text(original, version)).contact.photo == PNG


def test_house_number_of_a_street_on_several_lines_stays_on_its_first_line() -> None:
    address = PostalAddress("Kerkstraat\nAchterhuis", "12", "1011 AB", "Amsterdam", "NL")
    (back,) = read_back(vcard_text(Contact(given_name="A", addresses=[address]))).contact.addresses
    assert (back.street, back.house_number) == ("Kerkstraat 12\nAchterhuis", "")


def test_nameless_person_with_only_an_email() -> None:
    original = Contact(emails=[EmailAddress("info@example.nl")])
    text = vcard_text(original)
    assert "FN:info@example.nl\r\n" in text
    same_fields(read_back(text).contact, original)


def test_escaping() -> None:
    text = vcard_text(
        Contact(given_name="A,B", family_name="C;D", notes="x\\y\nz", categories=["p,q", "r"])
    )
    assert "N:C\\;D;A\\,B;;;\r\n" in text
    assert "NOTE:x\\\\y\\nz\r\n" in text
    assert "CATEGORIES:p\\,q,r\r\n" in text


def test_version_30_output_layout() -> None:
    text = vcard_text(jan())
    lines = text.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"]
    assert lines[-2:] == ["END:VCARD", ""]
    assert "EMAIL;TYPE=INTERNET,WORK:jan@bakkerij.nl" in lines
    assert "TEL;TYPE=WORK,FAX:020-7654321" in lines
    assert "ADR;TYPE=WORK:;;Kerkstraat 12A;Amsterdam;;1011 AB;NL" in lines
    assert "BDAY:1975-04-12" in lines
    # custom labels in Apple groups that do not reuse the kept lines' item1
    assert "item2.X-ABLabel:Vereniging" in lines
    assert "item3.TEL;TYPE=CELL:06-12345678" in lines
    assert "item3.X-ABLabel:_$!<Mobile>!$_" in lines
    assert "item1.X-ABLabel:_$!<Anniversary>!$_" in lines
    photo_start = next(i for i, line in enumerate(lines) if line.startswith("PHOTO;"))
    assert lines[photo_start].startswith("PHOTO;ENCODING=b;TYPE=JPEG:/9j/")
    # the photo comes last, so that no line can be taken for more of its base64
    assert all(line.startswith(" ") for line in lines[photo_start + 1 : -2])


def test_version_40_output_layout() -> None:
    text = vcard_text(dataclasses.replace(jan(), birthday=Birthday(4, 12)), "4.0")
    assert "VERSION:4.0\r\n" in text
    assert "EMAIL;TYPE=work:jan@bakkerij.nl\r\n" in text
    assert "BDAY:--0412\r\n" in text
    assert "PHOTO:data:image/jpeg;base64,/9j/" in text
    assert "X-ABShowAs" not in text


def test_lines_are_folded_at_75_octets_without_splitting_utf8() -> None:
    text = vcard_text(dataclasses.replace(jan(), notes="Zoë " * 100))
    for line in text.split("\r\n"):
        assert len(line.encode()) <= 75
    assert text.endswith("END:VCARD\r\n")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")


@pytest.mark.parametrize(
    "line", ["a" * 75, "a" * 76, "a" * 400, "ë" * 38, "ë" * 200, "x" + "😀" * 50]
)
def test_fold(line: str) -> None:
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line


def test_vobject_reads_what_we_write() -> None:
    (card,) = vobject.readComponents(vcard_text(jan()))
    assert card.fn.value == "dhr. Jan Pieter van den Berg MSc"
    assert card.n.value.family == "van den Berg"
    assert card.photo.value == JPEG


def test_write_vcards_counts_and_uses_crlf() -> None:
    stream = io.StringIO(newline="")
    assert write_vcards([jan(), Contact(given_name="B")], stream, "4.0") == 2
    items = list(read_vcards(io.BytesIO(stream.getvalue().encode()), "x.vcf"))
    assert [i.contact.given_name for i in items if isinstance(i, ReadCard)] == ["Jan", "B"]


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match=r"2\.1"):
        vcard_text(jan(), "2.1")


def test_kept_lines_with_a_line_break_cannot_break_the_card() -> None:
    text = vcard_text(Contact(given_name="A", extra_properties=["X-A:one\ntwo", "nonsense"]))
    assert "X-A:one\\ntwo\r\n" in text
    assert "nonsense" not in text


# --- round trips of random contacts --------------------------------------------------------

_EXAMPLES = int(os.environ.get("CONTACTBOOK_FUZZ_EXAMPLES", "200"))
_CHARS = st.characters(
    blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"
) | st.sampled_from(",;:\\\"'")
_text = st.text(_CHARS, max_size=12).map(lambda text: " ".join(text.split()))
_word = _text.filter(bool)
_LABELS = [
    "",
    "work",
    "home",
    "cell",
    "mobile",
    "fax",
    "work fax",
    "pager",
    "main",
    "other",
    "Zaak",
]


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    subject = draw(st.sampled_from(Subject))
    organisation = draw(st.lists(_word.filter(lambda t: ";" not in t), max_size=2))
    contact = Contact(
        given_name=draw(_text),
        family_name=draw(_text),
        middle_name=draw(_text),
        name_prefix=draw(_text),
        name_suffix=draw(_text),
        nickname=draw(_text),
        organisation="; ".join(organisation),
        job_title=draw(_text),
        subject=subject if organisation else Subject.PERSON,
        emails=[
            EmailAddress(address, draw(st.sampled_from(_LABELS)))
            for address in draw(st.lists(st.emails(), max_size=2))
        ],
        phones=[
            Phone.parse(raw, draw(st.sampled_from([*_LABELS, draw(_word)])))
            for raw in draw(st.lists(st.from_regex(r"\+?[0-9 ()-]{1,15}[0-9]", fullmatch=True),
                                     max_size=3))
        ],
        addresses=draw(
            st.lists(
                st.builds(
                    PostalAddress,
                    street=st.sampled_from(["Kerkstraat", "Laan van Oost", "", "Postbus\nAfd. 3"]),
                    house_number=st.sampled_from(["", "1", "12A", "7-III"]),
                    postcode=st.sampled_from(["", "1011 AB", "B-1000"]),
                    city=_text,
                    country=st.sampled_from(["NL", "BE", "DE", "", "Atlantis"]),
                    label=st.sampled_from(_LABELS),
                ),
                max_size=2,
            )
        ),
        birthday=draw(
            st.none()
            | st.builds(Birthday, st.integers(1, 12), st.integers(1, 28), st.none())
            | st.dates().filter(lambda d: d.year not in (1604,)).map(
                lambda d: Birthday(d.month, d.day, d.year)
            )
        ),
        photo=draw(st.none() | st.binary(max_size=64).map(lambda data: JPEG[:4] + data)),
        notes=draw(st.text(_CHARS | st.just("\n"), max_size=40).map(str.strip)),
        categories=draw(st.lists(_word, max_size=3, unique=True)),
        extra_properties=draw(
            st.lists(
                st.sampled_from(
                    ["URL:https://example.nl/a,b", "item7.X-ABDATE:2001-01-01",
                     "item7.X-ABLabel:Trouwdag", "X-TEST;TYPE=a:waarde\\, met komma"]
                ),
                unique=True,
            )
        ),
        uid=draw(_text),
    )  # fmt: skip
    # Cases a vCard cannot tell apart, and the reader reads the one way:
    names = (contact.given_name, contact.family_name, contact.middle_name, contact.name_prefix,
             contact.name_suffix)  # fmt: skip
    # "N:Acme;;;;" with "ORG:Acme" is how Outlook writes a company
    units = contact.organisation.split("; ")
    assume(not (contact.organisation and contact.family_name in units and not contact.given_name))
    if contact.subject is Subject.PERSON and not any(names):
        # a person known only by organisation is written like a company card
        assume(contact.nickname or contact.emails or contact.phones or not contact.organisation)
        assume(contact.nickname not in units)  # FN = nickname = ORG: a company card
        # FN carries the fallback and reads back as a name unless it is a known value
        assume(not contact.nickname or "," not in contact.nickname)
    for address in contact.addresses:
        assume(address.street or not address.house_number)
        # a number on a street of several lines is read back as part of the street text
        assume("\n" not in address.street or not address.house_number)
        assume(
            any(
                getattr(address, f)
                for f in ("street", "house_number", "postcode", "city", "country")
            )
        )
    assume(any((*names, contact.organisation, contact.job_title, contact.nickname, contact.emails,
                contact.phones, contact.addresses, contact.notes)))  # fmt: skip
    return contact


@settings(max_examples=_EXAMPLES, deadline=None)
@given(contact=contacts(), version=st.sampled_from(["3.0", "4.0"]))
def test_random_contacts_survive_a_round_trip(contact: Contact, version: str) -> None:
    same_fields(read_back(vcard_text(contact, version)).contact, contact)
