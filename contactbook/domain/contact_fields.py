"""The fields of a contact, declared once: what each holds and where it goes.

Every place that lists a contact's data fields derives the list from :data:`FIELDS`: the merge
(which fields it fills), the duplicate merge (which can conflict), the JSON of ``show`` and of
the access export, the access summary, the search index text, the vCard mapping of the plain
text properties, the detail pane and the labels of the window. Adding a field here (and to
:class:`~contactbook.domain.contact.Contact`, the schema and a migration) is what makes it show
up in those places; tests/domain/test_contact_fields.py checks that each of them follows.

The owner's decisions about a contact (scope, subject, deceased, legal basis) are not data
*about* the person and are not declared here: every place shows them in its own way.

Labels are English texts, marked for the one translation catalogue (docs/translations.md):
``label`` in the context "ContactField" (the window translates it where it shows it),
``summary_label`` in "SubjectExport" (the access summary, in the language chosen for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

from contactbook.domain.contact import Contact

WINDOW_CONTEXT = "ContactField"
SUMMARY_CONTEXT = "SubjectExport"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for pyside6-lupdate; the domain imports no Qt and no catalogue."""
    return text


class FieldKind(StrEnum):
    """What a field's value is, which decides how each place renders it."""

    TEXT = "text"  # str, "" when empty
    BIRTHDAY = "birthday"  # Birthday | None
    DATE = "date"  # datetime.date | None
    PHOTO = "photo"  # bytes | None
    EMAILS = "emails"  # list[EmailAddress]
    PHONES = "phones"  # list[Phone]
    ADDRESSES = "addresses"  # list[PostalAddress]
    TAGS = "tags"  # list[str], shown joined by commas
    ACTIVITIES = "activities"  # list[str]: names of linked processing activities
    RAW_LINES = "raw_lines"  # list[str]: vCard lines kept as they were read


class DetailPlace(IntEnum):
    """Where the detail pane shows a field; the pane's blocks, in the pane's order."""

    NONE = 0  # not a row of its own (the photo is the avatar, kept lines are not shown)
    FULL_NAME = 1  # a part of the "Full name" row
    NAME = 2
    HEADER = 3  # under the name in the header; its row stays hidden
    REACH = 4
    DATES = 5
    GROUPS = 6
    NOTES = 7


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str  # the attribute of Contact, the key in JSON, the code in the audit log
    kind: FieldKind
    label: str  # English; translated in the context WINDOW_CONTEXT
    # In the access summary a person reads: its row heading (SUMMARY_CONTEXT); None when the
    # field has no row of its own (the name parts make up the "Name" row).
    summary_label: str | None = None
    personal: bool = False  # personal data of a living person (PRIVACY-RULES.md section 1)
    searchable: bool = False  # in the search index text
    show_json: bool = False  # in ``show --format json`` (the access JSON carries every field)
    fills_when_empty: bool = False  # a merge takes the incoming value when ours is empty
    can_conflict: bool = False  # a duplicate merge asks which value to keep
    # The vCard property the field is written as and read from (None: not on a card).
    vcard: str | None = None
    # For the name parts: the component of N (family; given; middle; prefix; suffix) …
    vcard_component: int | None = None
    # … and the position in the name written out ("Dr. Jan Piet de Vries jr.").
    full_name_position: int | None = None
    # The value's "; "-separated parts are the property's components (ORG's units).
    vcard_components: bool = False
    detail: DetailPlace = DetailPlace.NONE
    json_key: str = ""  # when the JSON key is not the name (photo_base64)

    @property
    def key(self) -> str:
        """The field's key in JSON."""
        return self.json_key or self.name

    @property
    def identifies(self) -> bool:
        """Says who the contact is (names, organisation, job title): shown and written first."""
        return self.detail in (DetailPlace.FULL_NAME, DetailPlace.NAME, DetailPlace.HEADER)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "given_name",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Given name"),
        personal=True,
        searchable=True,
        show_json=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="N",
        vcard_component=1,
        full_name_position=1,
        detail=DetailPlace.FULL_NAME,
    ),
    FieldSpec(
        "family_name",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Family name"),
        personal=True,
        searchable=True,
        show_json=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="N",
        vcard_component=0,
        full_name_position=3,
        detail=DetailPlace.FULL_NAME,
    ),
    FieldSpec(
        "middle_name",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Middle name"),
        personal=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="N",
        vcard_component=2,
        full_name_position=2,
        detail=DetailPlace.FULL_NAME,
    ),
    FieldSpec(
        "name_prefix",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Title"),
        personal=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="N",
        vcard_component=3,
        full_name_position=0,
        detail=DetailPlace.FULL_NAME,
    ),
    FieldSpec(
        "name_suffix",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Suffix"),
        personal=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="N",
        vcard_component=4,
        full_name_position=4,
        detail=DetailPlace.FULL_NAME,
    ),
    FieldSpec(
        "nickname",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Nickname"),
        QT_TRANSLATE_NOOP("SubjectExport", "Nickname"),
        personal=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="NICKNAME",
        detail=DetailPlace.NAME,
    ),
    FieldSpec(
        "organisation",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Organisation"),
        QT_TRANSLATE_NOOP("SubjectExport", "Organisation"),
        searchable=True,
        show_json=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="ORG",
        vcard_components=True,
        detail=DetailPlace.HEADER,
    ),
    FieldSpec(
        "job_title",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Job title"),
        QT_TRANSLATE_NOOP("SubjectExport", "Job title"),
        personal=True,
        show_json=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="TITLE",
        detail=DetailPlace.HEADER,
    ),
    FieldSpec(
        "emails",
        FieldKind.EMAILS,
        QT_TRANSLATE_NOOP("ContactField", "E-mail"),
        QT_TRANSLATE_NOOP("SubjectExport", "E-mail addresses"),
        personal=True,
        searchable=True,
        show_json=True,
        vcard="EMAIL",
        detail=DetailPlace.REACH,
    ),
    FieldSpec(
        "phones",
        FieldKind.PHONES,
        QT_TRANSLATE_NOOP("ContactField", "Phone"),
        QT_TRANSLATE_NOOP("SubjectExport", "Phone numbers"),
        personal=True,
        searchable=True,
        show_json=True,
        vcard="TEL",
        detail=DetailPlace.REACH,
    ),
    FieldSpec(
        "addresses",
        FieldKind.ADDRESSES,
        QT_TRANSLATE_NOOP("ContactField", "Address"),
        QT_TRANSLATE_NOOP("SubjectExport", "Addresses"),
        personal=True,
        searchable=True,  # the city
        show_json=True,
        vcard="ADR",
        detail=DetailPlace.REACH,
    ),
    FieldSpec(
        "birthday",
        FieldKind.BIRTHDAY,
        QT_TRANSLATE_NOOP("ContactField", "Birthday"),
        QT_TRANSLATE_NOOP("SubjectExport", "Birthday"),
        personal=True,
        show_json=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="BDAY",
        detail=DetailPlace.DATES,
    ),
    FieldSpec(
        "categories",
        FieldKind.TAGS,
        QT_TRANSLATE_NOOP("ContactField", "Categories"),
        QT_TRANSLATE_NOOP("SubjectExport", "Groups"),
        show_json=True,
        vcard="CATEGORIES",
        detail=DetailPlace.GROUPS,
    ),
    FieldSpec(
        "activities",
        FieldKind.ACTIVITIES,
        QT_TRANSLATE_NOOP("ContactField", "Activities"),
        show_json=True,
        detail=DetailPlace.GROUPS,
    ),
    FieldSpec(
        "notes",
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("ContactField", "Notes"),
        QT_TRANSLATE_NOOP("SubjectExport", "Notes"),
        personal=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="NOTE",
        detail=DetailPlace.NOTES,
    ),
    FieldSpec(
        "photo",
        FieldKind.PHOTO,
        QT_TRANSLATE_NOOP("ContactField", "Photo"),
        QT_TRANSLATE_NOOP("SubjectExport", "Photo"),
        personal=True,
        fills_when_empty=True,
        can_conflict=True,
        vcard="PHOTO",
        json_key="photo_base64",
    ),
    FieldSpec(
        "extra_properties",
        FieldKind.RAW_LINES,
        QT_TRANSLATE_NOOP("ContactField", "Other details"),
        QT_TRANSLATE_NOOP("SubjectExport", "Other details"),
        json_key="other_vcard_properties",
    ),
    FieldSpec(
        "end_of_relationship",
        FieldKind.DATE,
        QT_TRANSLATE_NOOP("ContactField", "Relationship ended"),
        QT_TRANSLATE_NOOP("SubjectExport", "End of relationship"),
        show_json=True,
        detail=DetailPlace.DATES,
    ),
)
"""In the order of the JSON objects and of the access summary."""

FIELDS_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}

# The name parts in the order the name is written out, and in the order of vCard's N.
FULL_NAME_FIELDS: tuple[FieldSpec, ...] = tuple(
    sorted(
        (spec for spec in FIELDS if spec.full_name_position is not None),
        key=lambda spec: spec.full_name_position or 0,
    )
)
VCARD_NAME_FIELDS: tuple[FieldSpec, ...] = tuple(
    sorted(
        (spec for spec in FIELDS if spec.vcard_component is not None),
        key=lambda spec: spec.vcard_component or 0,
    )
)
# Plain text fields a merge fills when the book's contact has them empty.
FILLABLE_TEXT_FIELDS: tuple[str, ...] = tuple(
    spec.name for spec in FIELDS if spec.fills_when_empty and spec.kind is FieldKind.TEXT
)
# Single-valued fields where two contacts can disagree (lists are joined instead).
CONFLICTING_FIELDS: tuple[str, ...] = tuple(spec.name for spec in FIELDS if spec.can_conflict)
# Plain text fields in the search index text (the lists are added by kind).
SEARCHABLE_TEXT_FIELDS: tuple[str, ...] = tuple(
    spec.name for spec in FIELDS if spec.searchable and spec.kind is FieldKind.TEXT
)
# Plain text fields written as a vCard property of their own (NICKNAME, ORG, TITLE, NOTE).
VCARD_TEXT_FIELDS: tuple[FieldSpec, ...] = tuple(
    spec
    for spec in FIELDS
    if spec.kind is FieldKind.TEXT and spec.vcard is not None and spec.vcard_component is None
)


def full_name(contact: Contact) -> str:
    """The name parts written out in order ("Dr. Jan Piet de Vries jr."), each trimmed."""
    parts = (getattr(contact, spec.name).strip() for spec in FULL_NAME_FIELDS)
    return " ".join(part for part in parts if part)
