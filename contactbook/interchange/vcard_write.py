"""Writing contacts as vCard 3.0 (the default, what phones read best) or vCard 4.0.

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence. Labels
that have a vCard TYPE are written as TYPE; other labels ("mobile", "Zaak") as Apple's
``itemN.X-ABLabel``, which iPhone, macOS, Google and Android all read. The properties an
import kept without a field (``extra_properties``) are written back as they were, their
``itemN.`` groups included; the groups written here for labels skip the numbers they use.

Text files: open the stream with ``newline=""`` — the text already holds CRLF, and a text
stream that translates line ends would turn it into CR CR LF on Windows.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping
from typing import TextIO

from contactbook import __version__
from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import (
    VCARD_NAME_FIELDS,
    VCARD_TEXT_FIELDS,
    FieldSpec,
    full_name,
)
from contactbook.domain.enums import Subject
from contactbook.interchange.vcard_photo import image_type
from contactbook.interchange.vcard_values import escape

VERSIONS = ("3.0", "4.0")
# The declared plain text fields with a property of their own: those that say who the contact
# is come after the name (NICKNAME, ORG, TITLE), the others after the birthday (NOTE).
_IDENTITY_TEXT = tuple(spec for spec in VCARD_TEXT_FIELDS if spec.identifies)
_OTHER_TEXT = tuple(spec for spec in VCARD_TEXT_FIELDS if not spec.identifies)
_FOLD_OCTETS = 75
_GROUP = re.compile(r"^([A-Za-z0-9-]+)\.")
# Labels a TYPE can say, per kind of property, and the TYPE values that say them.
_TEL_TYPES: dict[str, tuple[str, ...]] = {
    "work": ("WORK",),
    "home": ("HOME",),
    "cell": ("CELL",),
    "fax": ("FAX",),
    "work fax": ("WORK", "FAX"),
    "home fax": ("HOME", "FAX"),
    "pager": ("PAGER",),
    "main": ("MAIN",),
    "other": ("OTHER",),
}
_PLACE_TYPES: dict[str, tuple[str, ...]] = {
    "work": ("WORK",),
    "home": ("HOME",),
    "other": ("OTHER",),
}
# Labels Apple has built-in names for: written so that an iPhone shows them in its language.
_APPLE_LABELS = {
    "mobile": "_$!<Mobile>!$_",
    "main": "_$!<Main>!$_",
    "other": "_$!<Other>!$_",
    "home fax": "_$!<HomeFAX>!$_",
    "work fax": "_$!<WorkFAX>!$_",
    "pager": "_$!<Pager>!$_",
    "assistant": "_$!<AssistantPhone>!$_",
}
_MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "BMP": "image/bmp"}


def write_vcards(contacts: Iterable[Contact], stream: TextIO, version: str = "3.0") -> int:
    """Write each contact as a vCard to ``stream``; returns how many were written."""
    count = 0
    for contact in contacts:
        stream.write(vcard_text(contact, version))
        count += 1
    return count


def vcard_text(contact: Contact, version: str = "3.0") -> str:
    """One contact as a vCard ("3.0" or "4.0"), CRLF line ends, folded at 75 octets."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} cannot be written; use 3.0 or 4.0")
    return "".join(fold(line) + "\r\n" for line in _CardWriter(contact, version).lines())


def fold(line: str) -> str:
    """Fold a content line so that no line is longer than 75 octets (RFC 2425/6350)."""
    if len(line) <= _FOLD_OCTETS and (line.isascii() or len(line.encode()) <= _FOLD_OCTETS):
        return line
    if line.isascii():
        first, rest = line[:_FOLD_OCTETS], line[_FOLD_OCTETS:]
        width = _FOLD_OCTETS - 1  # the space that starts a continuation line counts
        return "\r\n ".join([first, *(rest[i : i + width] for i in range(0, len(rest), width))])
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, _FOLD_OCTETS
    for char in line:
        octets = len(char.encode())
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, _FOLD_OCTETS - 1
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _street_line(street: str, number: str) -> str:
    """ "Kerkstraat" + "12A"; on a street of several lines the number goes on the first."""
    first, newline, rest = street.partition("\n")
    return " ".join(part for part in (first, number) if part) + newline + rest


class _CardWriter:
    def __init__(self, contact: Contact, version: str) -> None:
        self.contact = contact
        self.version = version
        self.groups = 0  # itemN groups used so far
        # Groups of the kept lines stay as they are; new groups must not reuse them.
        self.kept_groups = {
            match.group(1).lower()
            for line in contact.extra_properties
            if (match := _GROUP.match(line)) is not None
        }

    def lines(self) -> list[str]:
        c = self.contact
        is_org = c.subject is Subject.ORGANISATION
        lines = ["BEGIN:VCARD", f"VERSION:{self.version}"]
        lines.append(f"PRODID:-//contactbook//contactbook {__version__}//EN")
        if c.uid:
            lines.append(f"UID:{escape(c.uid)}")
        if self.version == "4.0" and is_org:
            lines.append("KIND:org")
        name = [getattr(c, spec.name) for spec in VCARD_NAME_FIELDS]
        if any(name) or self.version == "3.0":  # N is required in 3.0, optional in 4.0
            lines.append("N:" + ";".join(escape(part) for part in name))
        lines.append(f"FN:{escape(self._formatted_name())}")
        if is_org and self.version == "3.0":
            lines.append("X-ABShowAs:COMPANY")
        lines += self._text_properties(_IDENTITY_TEXT)
        for email in c.emails:
            base = ("INTERNET",) if self.version == "3.0" else ()
            lines += self._labelled("EMAIL", email.address, email.label, _PLACE_TYPES, base)
        for phone in c.phones:
            lines += self._labelled("TEL", phone.raw, phone.label, _TEL_TYPES)
        for address in c.addresses:
            street = _street_line(address.street, address.house_number)
            parts = ("", "", street, address.city, "", address.postcode, address.country)
            value = ";".join(escape(part) for part in parts)
            lines += self._labelled("ADR", value, address.label, _PLACE_TYPES, escaped=True)
        if c.birthday is not None:
            lines.append(f"BDAY:{self._date(c.birthday)}")
        lines += self._text_properties(_OTHER_TEXT)
        if c.categories:
            lines.append("CATEGORIES:" + ",".join(escape(category) for category in c.categories))
        lines += self._kept_lines()
        if c.photo:  # last, as phones write it: nothing follows the long base64 value
            lines.append(self._photo(c.photo))
        lines.append("END:VCARD")
        return lines

    def _text_properties(self, fields: tuple[FieldSpec, ...]) -> list[str]:
        """The properties of the declared plain text fields that have a value."""
        lines = []
        for spec in fields:
            value = getattr(self.contact, spec.name)
            if not value:
                continue
            if spec.vcard_components:  # "Bakkerij Bos; Verkoop" → ORG:Bakkerij Bos;Verkoop
                text = ";".join(escape(unit) for unit in value.split("; "))
            else:
                text = escape(value)
            lines.append(f"{spec.vcard}:{text}")
        return lines

    def _formatted_name(self) -> str:
        c = self.contact
        if c.subject is Subject.ORGANISATION and c.organisation:
            return c.organisation
        name = full_name(c)
        # Not the organisation first: FN equal to ORG is how a company card is recognised.
        fallbacks = (c.nickname, c.main_email, c.main_phone, c.organisation)
        return name or next((text for text in fallbacks if text), "")

    def _labelled(
        self,
        prop: str,
        value: str,
        label: str,
        types: Mapping[str, tuple[str, ...]],
        base: tuple[str, ...] = (),
        *,
        escaped: bool = False,
    ) -> list[str]:
        text = value if escaped else escape(value)
        key = label.strip()
        if not key or key in types:  # as the reader gives them: lower case
            values = base + types.get(key, ())
            return [f"{prop}{self._type_param(values)}:{text}"]
        # A label TYPE cannot say: an Apple group label (and CELL for a mobile number).
        group = self._new_group()
        extra = ("CELL",) if prop == "TEL" and key.lower() in ("mobile", "iphone") else ()
        apple = _APPLE_LABELS.get(key, key)
        return [
            f"{group}.{prop}{self._type_param(base + extra)}:{text}",
            f"{group}.X-ABLabel:{escape(apple)}",
        ]

    def _type_param(self, values: tuple[str, ...]) -> str:
        if not values:
            return ""
        if self.version == "4.0":
            return ";TYPE=" + ",".join(value.lower() for value in values)
        return ";TYPE=" + ",".join(values)

    def _date(self, birthday: Birthday) -> str:
        if self.version == "3.0":
            return birthday.iso()  # "1980-04-12", or "--04-12" without a year
        # RFC 6350 takes the basic ISO 8601 forms: "19800412", "--0412"
        if birthday.year is None:
            return f"--{birthday.month:02d}{birthday.day:02d}"
        return f"{birthday.year:04d}{birthday.month:02d}{birthday.day:02d}"

    def _photo(self, photo: bytes) -> str:
        kind = image_type(photo) or "JPEG"
        data = base64.b64encode(photo).decode("ascii")
        if self.version == "4.0":
            return f"PHOTO:data:{_MIME_TYPES.get(kind, 'image/' + kind.lower())};base64,{data}"
        return f"PHOTO;ENCODING=b;TYPE={kind}:{data}"

    def _new_group(self) -> str:
        while True:
            self.groups += 1
            group = f"item{self.groups}"
            if group not in self.kept_groups:
                return group

    def _kept_lines(self) -> list[str]:
        """``extra_properties`` as they were (a line break in one would end it early)."""
        lines = []
        for raw in self.contact.extra_properties:
            line = raw.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "")
            if ":" in line:  # anything else is nothing a reader could use
                lines.append(line)
        return lines
