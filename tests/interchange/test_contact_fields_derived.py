"""Each place that shows or writes a contact's fields follows their declaration.

For every declared field with a flag, a contact holding a value in that field shows it where
the flag says: show JSON, the access export (JSON and summary), the search index text and the
vCard. A field added to contactbook/domain/contact_fields.py passes these without more code
as long as it is of a kind the places already know.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import (
    FIELDS,
    SEARCHABLE_TEXT_FIELDS,
    VCARD_TEXT_FIELDS,
    FieldKind,
    FieldSpec,
)
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.interchange.catalogue import LANGUAGES, Language, translate
from contactbook.interchange.contact_json import contact_to_json
from contactbook.interchange.subject_data import SubjectData
from contactbook.interchange.subject_html import subject_html
from contactbook.interchange.subject_json import subject_to_json
from contactbook.interchange.vcard_write import vcard_text
from contactbook.storage.contact_bulk_rows import index_text

_SAMPLES: dict[FieldKind, Any] = {
    FieldKind.BIRTHDAY: Birthday(4, 12, 1980),
    FieldKind.DATE: date(2024, 12, 31),
    FieldKind.PHOTO: b"\x89PNG not really",
    FieldKind.EMAILS: [EmailAddress("zoe.sample@example.org")],
    FieldKind.PHONES: [Phone.parse("06 12345678", "", "NL")],
    FieldKind.ADDRESSES: [PostalAddress(street="Kerkstraat", house_number="1", city="Zwolle")],
    FieldKind.TAGS: ["klant"],
    FieldKind.ACTIVITIES: ["Klantbeheer"],
    FieldKind.RAW_LINES: ["URL:https://example.org"],
}


def _value(spec: FieldSpec) -> Any:
    if spec.kind is FieldKind.TEXT:
        return f"sample{spec.name.replace('_', '')}"
    return _SAMPLES[spec.kind]


def _filled(spec: FieldSpec) -> Contact:
    return Contact(**{"given_name": "Anna", "family_name": "Berg", spec.name: _value(spec)})


def _subject(contact: Contact) -> SubjectData:
    return SubjectData(
        contact=contact,
        consent={},
        activities=[],
        mailings=[],
        audit_events=[],
        controller=ControllerDetails(company="Bakkerij Bos"),
        gathered_at=datetime(2025, 1, 2, 3, 4),
    )


def test_show_json_holds_the_declared_fields_in_their_order() -> None:
    keys = list(contact_to_json(Contact()))
    declared = [spec.key for spec in FIELDS if spec.show_json]
    assert [key for key in keys if key in {spec.key for spec in FIELDS}] == declared
    assert keys[:3] == ["id", "uid", "display_name"]


def test_the_access_json_holds_every_declared_field() -> None:
    data = subject_to_json(_subject(Contact()))["contact"]
    assert [key for key in data if key in {spec.key for spec in FIELDS}] == [
        spec.key for spec in FIELDS if spec.show_json
    ] + [spec.key for spec in FIELDS if not spec.show_json]


@pytest.mark.parametrize("spec", FIELDS, ids=lambda spec: spec.name)
def test_a_value_shows_in_show_json_and_in_the_access_json(spec: FieldSpec) -> None:
    contact = _filled(spec)
    access = subject_to_json(_subject(contact))["contact"][spec.key]
    assert access not in (None, "", [])
    if spec.show_json:
        assert contact_to_json(contact)[spec.key] == access
    if spec.kind is FieldKind.PHOTO:
        assert base64.b64decode(access) == contact.photo


@pytest.mark.parametrize(
    "spec", [spec for spec in FIELDS if spec.summary_label], ids=lambda spec: spec.name
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_field_with_a_summary_label_has_a_row_in_the_access_summary(
    spec: FieldSpec, language: Language
) -> None:
    assert spec.summary_label is not None
    label = translate("SubjectExport", spec.summary_label, language)
    empty = subject_html(_subject(Contact(given_name="Anna")), language)
    page = subject_html(_subject(_filled(spec)), language)
    row = f'<th class="label">{label}</th>'
    assert row not in empty
    assert row in page


def test_the_nickname_is_in_the_access_summary() -> None:
    page = subject_html(_subject(Contact(given_name="Anna", nickname="Ans")), "nl")
    assert '<th class="label">Roepnaam</th><td>Ans</td>' in page


@pytest.mark.parametrize("name", SEARCHABLE_TEXT_FIELDS)
def test_a_searchable_text_field_is_in_the_index_text(name: str) -> None:
    contact = Contact(**{name: "Zebedeüs"})
    assert "zebedeus" in index_text(contact)


def test_a_text_field_that_is_not_searchable_is_not_in_the_index_text() -> None:
    for spec in FIELDS:
        if spec.kind is FieldKind.TEXT and not spec.searchable:
            assert "zebedeus" not in index_text(Contact(**{spec.name: "Zebedeus"}))


@pytest.mark.parametrize("spec", VCARD_TEXT_FIELDS, ids=lambda spec: spec.name)
def test_a_plain_text_field_is_written_as_its_vcard_property(spec: FieldSpec) -> None:
    card = vcard_text(_filled(spec))
    assert f"\r\n{spec.vcard}:{_value(spec)}\r\n" in card
