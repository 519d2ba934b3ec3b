"""Conformance over the corpus of real vCard exports (AOSP and ez-vcard test files).

Every card of every file imports, except the ones listed in ``REJECTED``; the fields a person
would check come out as the exporting phone showed them. The corpus lives outside the
repository; these tests skip where it is absent (a fresh clone), and
``CONTACTBOOK_VCARD_CORPUS`` points them at another copy.
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
from pathlib import Path

import pytest
import vobject

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.postal import PostalAddress
from contactbook.interchange.vcard_read import CardProblem, ReadCard, read_vcard_file, read_vcards
from contactbook.interchange.vcard_write import vcard_text


def _corpus() -> Path:
    configured = os.environ.get("CONTACTBOOK_VCARD_CORPUS")
    if configured:
        return Path(configured).resolve()
    return (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "vcards").resolve()


CORPUS = _corpus()
FILES = sorted(path.relative_to(CORPUS).as_posix() for path in CORPUS.glob("**/*.vcf"))

# Cards that are expected not to import, found by reading the files, with why.
# (The v21_invalid_* files are not among them: their "invalid" comment lines and folded
# e-mail address are things a reader must cope with, and AOSP's own tests import them.)
REJECTED = {
    # Only X-ANDROID-CUSTOM rows of made-up MIME types: no name, number, address or anything
    # else a person could recognise. Reported, not added as an empty contact.
    ("aosp/v21_android_custom_prop.vcf", 1): "nothing to import",
}


def _items(name: str) -> list[ReadCard | CardProblem]:
    if not CORPUS.is_dir():
        pytest.skip(f"vCard corpus not found at {CORPUS}")
    return list(read_vcard_file(CORPUS / name))


def _cards(name: str) -> list[Contact]:
    items = _items(name)
    assert all(isinstance(item, ReadCard) for item in items), items
    return [item.contact for item in items if isinstance(item, ReadCard)]


def _card(name: str) -> ReadCard:
    (item,) = _items(name)
    assert isinstance(item, ReadCard), item
    return item


def test_the_corpus_is_there_or_skipped() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"vCard corpus not found at {CORPUS}")
    assert len(FILES) >= 50


@pytest.mark.parametrize("name", FILES or ["(no corpus)"])
def test_every_card_imports_except_the_known_broken_ones(name: str) -> None:
    items = _items(name)
    begins = len(re.findall(rb"(?im)^begin:vcard\s*$", (CORPUS / name).read_bytes()))
    assert len(items) == begins, "one result per BEGIN:VCARD"
    for item in items:
        expected = REJECTED.get((name, item.line))
        if expected is None:
            assert isinstance(item, ReadCard), item
            assert all(note.endswith(".") for note in item.notes)
            _assert_no_decoding_damage(item.contact)
        else:
            assert isinstance(item, CardProblem)
            assert expected in item.reason
            assert item.reason.endswith(".")


@pytest.mark.parametrize("name", FILES or ["(no corpus)"])
@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_card_survives_writing_and_reading_back(name: str, version: str) -> None:
    for item in _items(name):
        if not isinstance(item, ReadCard):
            continue
        text = vcard_text(item.contact, version)
        if version == "3.0":
            assert len(list(vobject.readComponents(text))) == 1  # vobject reads what we write
        (back,) = read_vcards(io.BytesIO(text.encode()), "back.vcf")
        assert isinstance(back, ReadCard), back
        assert dataclasses.asdict(back.contact) == dataclasses.asdict(item.contact)
        assert back.notes == ()


def _assert_no_decoding_damage(contact: Contact) -> None:
    texts = [
        contact.given_name,
        contact.family_name,
        contact.middle_name,
        contact.organisation,
        contact.notes,
        *(e.address for e in contact.emails),
        *(a.street for a in contact.addresses),
    ]
    for text in texts:
        assert "\\eof" not in text
        assert "\r" not in text
        assert "=0D" not in text
        assert "=C3" not in text


# --- field by field -----------------------------------------------------------------------


def test_names_with_commas() -> None:
    gmail = _cards("ez-vcard/John_Doe_GMAIL.vcf")[0]
    assert (gmail.family_name, gmail.given_name, gmail.middle_name) == (
        "Doe",
        "John",
        "Richter, James",
    )
    assert (gmail.name_prefix, gmail.name_suffix) == ("Mr.", "Sr.")
    (issue,) = _cards("ez-vcard/issue114.vcf")
    assert (issue.given_name, issue.family_name, issue.organisation) == (
        "Dummy",
        "Dummy",
        "Dummy GmbH",
    )
    iphone = _cards("ez-vcard/John_Doe_IPHONE.vcf")[0]
    assert iphone.middle_name == "Richter James"  # "Richter,James": two middle names


def test_org_with_commas() -> None:
    (outlook,) = _cards("ez-vcard/outlook-2003.vcf")
    assert outlook.organisation == "Company, The; TheDepartment"
    assert outlook.notes == "This is the note field!!\nSecond line\n\nThird line is empty"
    (complicated,) = _cards("aosp/v21_complicated.vcf")
    assert complicated.organisation == "Gump Shrimp Co.; Sales Dept.;Manager; Fish keeper"


def test_japanese_shift_jis_names() -> None:
    (first,) = _cards("aosp/v21_japanese_1.vcf")
    assert first.family_name == "安藤ロイド"
    assert [p.raw for p in first.phones] == ["0300000000"]
    (second,) = _cards("aosp/v21_japanese_2.vcf")
    assert (second.family_name, second.given_name) == ("安藤", "ロイド1")
    assert second.addresses == [
        PostalAddress("東京都渋谷区桜丘町26-1セルリアンタワー6階", "", "150-8512", "", "", "home")
    ]
    assert second.notes == "メモ"
    for name in ("aosp/v21_japanese_3.vcf", "aosp/v30_japanese.vcf"):
        (card,) = _cards(name)  # 能 and 予 end in byte 0x5C, which is not a backslash here
        assert (card.family_name, card.given_name, card.middle_name) == ("伊能", "圭一", "伊予")


def test_utf8_names_in_vcard_40() -> None:
    (card,) = _cards("aosp/v40_sort_as.vcf")
    assert (card.family_name, card.given_name) == ("安藤", "ロイド")
    assert card.organisation == "グーグル; 検索部門"


def test_accented_quoted_printable_names() -> None:
    cards = _cards("ez-vcard/John_Doe_ANDROID.vcf")
    assert len(cards) == 6
    assert cards[2].family_name == "Ñ Ñ Ñ Ñ"
    assert cards[3].family_name == "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"  # soft break inside "=C3=91"
    assert (cards[4].given_name, cards[4].family_name) == ("Ñ Ñ Ñ", "Ñ Ñ")
    assert cards[4].organisation == "Ñ" * 12
    # a stray =80 after valid UTF-8: the Ñs survive, only the stray byte is read as cp1252
    assert "ORG:" + "Ñ" * 44 + "€" in cards[5].extra_properties
    assert [e.address for e in cards[0].emails] == ["john.doe@company.com"]
    assert cards[0].categories == ["My Contacts"]


def test_iphone_labels_and_photo() -> None:
    card = _card("ez-vcard/John_Doe_IPHONE.vcf")
    c = card.contact
    assert [(p.raw, p.label) for p in c.phones] == [
        ("905-555-1234", "cell"),
        ("905-666-1234", "home"),
        ("905-777-1234", "work"),
        ("905-888-1234", "home fax"),
        ("905-999-1234", "work fax"),
        ("905-111-1234", "pager"),
        ("905-222-1234", "assistant"),
    ]
    assert c.addresses[0] == PostalAddress(
        "Silicon Alley 5,", "", "12345", "New York", "US", "home"
    )
    assert c.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
    assert c.photo is not None
    assert c.photo.startswith(b"\xff\xd8")
    assert c.birthday == Birthday(6, 6, 2012)
    assert (c.nickname, c.organisation, c.job_title) == (
        "Johny",
        "IBM; Accounting",
        "Money Counter",
    )
    assert c.extra_properties == [
        "item5.URL;type=pref:http\\://www.ibm.com",
        "item5.X-ABLabel:_$!<HomePage>!$_",
    ]


def test_gmail_custom_labels() -> None:
    (c,) = _cards("ez-vcard/gmail-single2.vcf")
    labels = [p.label for p in c.phones]
    assert labels == ["", "home", "work", "", "cell", "main", "home fax", "work fax",
                      "GRAND_CENTRAL", "pager", "CustomePhoneCategory"]  # fmt: skip
    assert [e.label for e in c.emails][-1] == "CustomEmailCategory"
    assert c.addresses[-1].label == "CustomAddressCategory"


@pytest.mark.parametrize(
    "name",
    [
        "aosp/v21_base64_no_2_crlf.vcf",
        "aosp/v21_complicated.vcf",
        "aosp/v30_ios_613_multiline.vcf",
        "ez-vcard/John_Doe_BLACK_BERRY.vcf",
        "ez-vcard/John_Doe_IPHONE.vcf",
        "ez-vcard/John_Doe_LOTUS_NOTES.vcf",
        "ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf",
        "ez-vcard/John_Doe_MS_OUTLOOK.vcf",
        "ez-vcard/outlook-2007.vcf",
        "ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf",
    ],
)
def test_photos_decode_to_jpeg(name: str) -> None:
    photo = _cards(name)[0].photo
    assert photo is not None
    assert photo.startswith(b"\xff\xd8")
    assert len(photo) > 800


@pytest.mark.parametrize(
    "name", ["aosp/v21_blackberry_photo.vcf", "aosp/v21_x_android_custom_after_photo.vcf"]
)
def test_png_photos(name: str) -> None:
    photo = _cards(name)[0].photo
    assert photo is not None
    assert photo.startswith(b"\x89PNG")


def test_malformed_photo_leaves_the_card() -> None:
    card = _card("aosp/v21_malformed_photo.vcf")
    assert card.contact.photo is None
    assert card.contact.family_name == "name"
    assert "The photo was damaged and was left out." in card.notes


@pytest.mark.parametrize(
    ("name", "birthday"),
    [
        ("aosp/v21_complicated.vcf", Birthday(1, 1, 1980)),
        ("aosp/v21_adr_multiple_line.vcf", Birthday(12, 3, 2008)),
        ("aosp/v21_x_android_custom_after_photo.vcf", Birthday(8, 20, 1975)),
        ("ez-vcard/John_Doe_EVOLUTION.vcf", Birthday(3, 22, 1980)),
        ("ez-vcard/outlook-2003.vcf", Birthday(3, 21, 1980)),
        ("ez-vcard/fullcontact.vcf", Birthday(8, 1, 2016)),
        ("ez-vcard/rfc6350-example.vcf", Birthday(2, 3)),
    ],
)
def test_birthdays(name: str, birthday: Birthday) -> None:
    assert _cards(name)[0].birthday == birthday


def test_ios_613_line_ends() -> None:
    (c,) = _cards("aosp/v30_ios_613_multiline.vcf")
    assert (c.given_name, c.family_name, c.organisation) == ("Bob", "Smith", "Smith Auto Repair")
    assert [(e.address, e.label) for e in c.emails] == [("bob@smithauto.com", "")]
    assert [(p.raw, p.label) for p in c.phones] == [("(650) 555-1212", "cell")]
    assert c.photo is not None
    assert c.photo.startswith(b"\xff\xd8")
    assert c.extra_properties == [
        "item2.URL;type=pref:www.smithauto.com",
        "item2.X-ABLabel:_$!<HomePage>!$_",
    ]


def test_backslashes_in_21() -> None:
    card = _card("aosp/v21_backslash.vcf")
    c = card.contact
    assert (c.family_name, c.given_name, c.middle_name, c.name_prefix) == ("", "A;B\\", "C\\;", "D")
    assert c.name_suffix == ":E, \\\\"  # the parts past the fifth are kept in the suffix
    assert all("eof" not in text for text in (c.given_name, c.middle_name, c.name_suffix))


def test_multiple_entries() -> None:
    items = _items("aosp/v21_multiple_entry.vcf")
    assert [item.line for item in items] == [1, 12, 23]
    families = [item.contact.family_name for item in items if isinstance(item, ReadCard)]
    assert families == ["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"]
    first = items[0]
    assert isinstance(first, ReadCard)
    assert [(p.raw, p.label) for p in first.contact.phones] == [
        ("9", "nec-secret"), ("10", "nec-hotel"), ("11", "nec-school"), ("12", "home fax"),
    ]  # fmt: skip
    assert [c.given_name for c in _cards("ez-vcard/gmail-list.vcf")] == ["Arnold", "Chris", "Doug"]
    assert [c.organisation for c in _cards("ez-vcard/rfc2426-example.vcf")] == [
        "Lotus Development Corporation",
        "Netscape Communications Corp.",
    ]


def test_nested_cards() -> None:
    items = _items("aosp/v21_nest.vcf")
    assert [(i.line, i.contact.family_name) for i in items if isinstance(i, ReadCard)] == [
        (4, "nest1"),
        (8, "nest2"),
        (1, "parent"),
    ]


def test_comment_lines_and_qp_continuations() -> None:
    (c,) = _cards("aosp/v21_invalid_comment_line.vcf")
    assert c.notes == "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."
    assert (c.uid, c.given_name) == ("357", "Conference Call")


def test_folded_21_email_with_a_name() -> None:
    (c,) = _cards("aosp/v21_invalid_multiple_line.vcf")
    assert [e.address for e in c.emails] == ["omega@example.com"]


def test_address_over_escaped_line_ends() -> None:
    (c,) = _cards("aosp/v21_adr_multiple_line.vcf")
    packstation = "Hermann v. Brevern\n9999999\nPackstation 999"
    assert c.addresses == [
        PostalAddress("Grindelberg", "999", "99999", "Hamburg", "DE", "home"),
        PostalAddress(packstation, "", "99999", "Hamburg", "DE", "home"),
    ]


def test_windows_mobile_and_custom_parameters() -> None:
    (winmo,) = _cards("aosp/v21_winmo_65.vcf")
    assert "ANNIVERSARY;VALUE=DATE:20091010" in winmo.extra_properties
    (params,) = _cards("aosp/v21_x_param.vcf")
    assert [p.label for p in params.phones] == ["customprop", "custompropertywithoutx"]


def test_im_and_sip_are_kept() -> None:
    (im,) = _cards("aosp/v21_im.vcf")
    assert im.nickname == "Nick"
    assert im.extra_properties == ["X-GOOGLE-TALK:hhh@gmail.com"]
    (sip,) = _cards("aosp/v40_sip.vcf")
    assert [p.raw for p in sip.phones] == ["1"]
    assert sip.extra_properties == ["TEL;TYPE=HOME:sip:example@example.com"]
