"""One card's logical lines → a domain ``Contact`` plus plain-English notes.

Every property either fills a field of the contact or is kept as a raw line in
``extra_properties`` (so an export writes it back); the few that describe the file rather
than the person (VERSION, PRODID, REV, PROFILE, NAME) and formatted address LABELs of a card
that also has ADR are the only ones left out on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import Subject
from contactbook.domain.phone import Phone
from contactbook.interchange.photo import photo_too_large_note
from contactbook.interchange.vcard_fields import (
    label_from_apple,
    label_from_types,
    parse_birthday,
    postal_address,
)
from contactbook.interchange.vcard_kept import kept_line
from contactbook.interchange.vcard_lines import MAX_LINE_BYTES, MAX_TEXT_CHARS, RawCard
from contactbook.interchange.vcard_names import resolve_names, shorten
from contactbook.interchange.vcard_photo import read_photo
from contactbook.interchange.vcard_values import (
    Property,
    components,
    decode_bytes,
    decode_text,
    parse_property,
    split_escaped,
    text_list,
    unescape,
)

# Text longer than MAX_TEXT_CHARS (a 10 MB note) is cut, with a note: no phone writes such
# text, and the lists, the search index and every export would carry it.
_HEADER_ROOM = 1024  # a kept line's name and parameters, besides its value
_FILE_ONLY = {"VERSION", "PRODID", "REV", "PROFILE", "NAME", "BEGIN", "END"}
_NAMED_ADDRESS = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$")
_BARE_NAME = re.compile(r"[A-Za-z0-9-]+")
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
# TEL values with these schemes are addresses of other services, not phone numbers.
_NOT_PHONE_SCHEMES = {
    "sip", "sips", "xmpp", "mailto", "http", "https", "im", "aim", "ymsgr", "msnim", "skype",
    "facetime", "callto",
}  # fmt: skip


class NothingToImportError(ValueError):
    """A card without a name, organisation, e-mail address, phone, address or note."""


def card_to_contact(raw: RawCard, region: str) -> tuple[Contact, list[str]]:
    """Read one card; raises on cards that cannot be imported (the caller reports those)."""
    return _CardReader(raw, region).read()


class _CardReader:
    def __init__(self, raw: RawCard, region: str) -> None:
        self.raw = raw
        self.region = region
        self.notes: list[str] = []
        self.contact = Contact()
        self.version = "2.1"
        self.formatted = ""
        self.name_parts: list[str] | None = None
        self.is_company = False
        self.nicknames: list[str] = []
        self.note_texts: list[str] = []
        self.labels: dict[str, str] = {}  # group → label from X-ABLabel
        self.country_hints: dict[str, str] = {}  # group → two-letter code from X-ABADR
        self.used_groups: set[str] = set()  # groups whose main property filled a field
        self.extra: list[tuple[int, str]] = []  # (position in the card, line)
        self.android_birthday: tuple[int, Property] | None = None
        self.has_address = False
        self.position = 0  # of the property being read, to keep raw lines in card order

    # --- the walk ---------------------------------------------------------------------------

    def read(self) -> tuple[Contact, list[str]]:
        props = self._properties()
        grouped_extras: list[tuple[int, Property]] = []
        for position, prop in enumerate(props):
            if prop.name in ("X-ABLABEL", "X-ABADR") and prop.group:
                grouped_extras.append((position, prop))
                continue
            handler = _HANDLERS.get(prop.name)
            binary = prop.encoding == "B" and prop.name in _BINARY
            text = "" if binary else decode_text(prop)
            shortened = ""
            if len(text) > MAX_TEXT_CHARS and prop.name not in _BINARY:
                text = text[:MAX_TEXT_CHARS]
                shortened = _shortened_note(prop.name)
            self.position = position
            if handler is not None and handler(self, prop, text):
                if prop.group:
                    self.used_groups.add(prop.group.lower())
                if shortened:
                    self.notes.append(shortened)
            elif prop.name not in _FILE_ONLY:
                self._keep(position, prop, text, shortened)
            if prop.notes:
                self.notes.extend(prop.notes)
        for name in self.raw.too_long:
            self.notes.append(_too_long_note(name))
        self._finish_android_birthday()
        for position, prop in grouped_extras:
            if prop.group.lower() not in self.used_groups:
                self.extra.append((position, kept_line(prop, self.version)))
        self._finish()
        return self.contact, list(dict.fromkeys(self.notes))

    def _keep(self, position: int, prop: Property, text: str, shortened: str) -> None:
        """Keep a property as a raw line; one of hostile length is left out instead."""
        line = kept_line(prop, self.version, text or None)
        if len(line) > MAX_TEXT_CHARS + _HEADER_ROOM and prop.encoding != "B":
            self.notes.append(
                f"A {prop.name} line longer than {MAX_TEXT_CHARS:,} characters was left out."
            )
            return
        if shortened:
            self.notes.append(shortened)
        self.extra.append((position, line))

    def _properties(self) -> list[Property]:
        """Parse the lines; note the version, Apple's group labels and address hints."""
        props: list[Property] = []
        seen_version = False
        for line in self.raw.lines:
            prop = parse_property(line)
            if prop is None:
                text = decode_bytes(line, "")[0].strip()
                if text and not _BARE_NAME.fullmatch(text):
                    self.notes.append(
                        f'A line that is not a vCard property was left out: "{shorten(text)}".'
                    )
                continue
            if prop.renamed_from:
                self.notes.append(
                    f'The property name "{prop.renamed_from}" is not valid in a vCard and was '
                    f'changed to "{prop.name}".'
                )
            props.append(prop)
            name = prop.name
            if name == "VERSION" and not seen_version:
                seen_version = True
                version = prop.value.decode("ascii", "replace").strip()
                self.version = version if version in ("2.1", "3.0", "4.0") else "3.0"
            elif name == "X-ABLABEL" and prop.group:
                self.labels[prop.group.lower()] = label_from_apple(unescape(decode_text(prop)))
            elif name == "X-ABADR" and prop.group:
                hint = unescape(decode_text(prop)).strip()
                if len(hint) == 2 and hint.isalpha():
                    self.country_hints[prop.group.lower()] = hint.upper()
            elif name == "ADR":
                self.has_address = True
        return props

    def _label(self, prop: Property) -> str:
        label = self.labels.get(prop.group.lower()) if prop.group else None
        return label if label is not None else label_from_types(prop.types())

    # --- names --------------------------------------------------------------------------------

    def _name(self, prop: Property, text: str) -> bool:
        if self.name_parts is not None:
            self.notes.append(f'A second name ("{shorten(unescape(text))}") was left out.')
            return True
        parts = []
        for index, part in enumerate(split_escaped(text, ";")):
            if self.version == "2.1":
                values = [unescape(part).strip()]
            else:  # 3.0/4.0: each name part may be a comma-separated list ("Richter,James")
                values = [unescape(value).strip() for value in split_escaped(part, ",")]
            joiner = ", " if index >= 4 else " "
            parts.append(joiner.join(value for value in values if value))
        if len(parts) > 5 and any(parts[5:]):
            parts[4] = ", ".join(part for part in parts[4:] if part)
            self.notes.append(
                "The name had more parts than a vCard name has; the extra parts were added "
                "to the name suffix."
            )
        self.name_parts = (parts + [""] * 5)[:5]
        return True

    def _formatted_name(self, prop: Property, text: str) -> bool:
        if not self.formatted:
            self.formatted = unescape(text).strip()
        return True

    def _nickname(self, prop: Property, text: str) -> bool:
        if self.version == "2.1":
            self.nicknames.append(unescape(text).strip())
        else:
            self.nicknames.extend(text_list(text))
        return True

    def _organisation(self, prop: Property, text: str) -> bool:
        if self.contact.organisation:
            return False  # a second ORG is kept as a raw line
        units = [part.strip() for part in components(text)]
        self.contact.organisation = "; ".join(unit for unit in units if unit)
        return bool(self.contact.organisation) or not text.strip()

    def _title(self, prop: Property, text: str) -> bool:
        if self.contact.job_title:
            return False
        self.contact.job_title = unescape(text).strip()
        return True

    def _show_as(self, prop: Property, text: str) -> bool:
        self.is_company = self.is_company or unescape(text).strip().upper() == "COMPANY"
        return True

    def _kind(self, prop: Property, text: str) -> bool:
        kind = unescape(text).strip().lower()
        if kind in ("org", "organization", "organisation"):
            self.is_company = True
            return True
        return kind in ("individual", "")

    # --- e-mail, phone, address ---------------------------------------------------------

    def _email(self, prop: Property, text: str) -> bool:
        address = unescape(text).strip()
        if address.lower().startswith("mailto:"):
            address = address[7:].strip()
        if match := _NAMED_ADDRESS.search(address):
            if address[: match.start()].strip(" \"'"):
                self.notes.append(
                    f'The e-mail address "{shorten(address)}" was written with a name; only the '
                    "address was kept."
                )
            address = match.group(1)
        if address:
            self.contact.emails.append(EmailAddress(address=address, label=self._label(prop)))
        return True

    def _phone(self, prop: Property, text: str) -> bool:
        number = unescape(text).strip()
        if number.lower().startswith("tel:"):
            number = number[4:].strip()
        elif number.split(":", 1)[0].lower() in _NOT_PHONE_SCHEMES:
            return False  # sip:, xmpp: … are not phone numbers: kept as they are
        if number:
            self.contact.phones.append(Phone.parse(number, self._label(prop), self.region))
        return True

    def _address(self, prop: Property, text: str) -> bool:
        hint = self.country_hints.get(prop.group.lower(), "")
        address, note = postal_address(components(text), self._label(prop), hint)
        if address is not None:
            self.contact.addresses.append(address)
        if note:
            self.notes.append(note)
        return True

    # --- dates, photo, notes, categories --------------------------------------------------

    def _birthday(self, prop: Property, text: str) -> bool:
        value = unescape(text).strip()
        omit = prop.params.get("X-APPLE-OMIT-YEAR", [""])[0]
        birthday = parse_birthday(value, omit)
        if birthday is None:
            self.notes.append(
                f'The birthday "{shorten(value)}" could not be read as a date; it was kept as '
                "written."
            )
            return False
        if self.contact.birthday is None:
            self.contact.birthday = birthday
        elif birthday != self.contact.birthday:
            self.notes.append(
                f'A second, different birthday ("{shorten(value)}") was kept as written.'
            )
            return False
        return True

    def _photo(self, prop: Property, text: str) -> bool:
        value = prop.value.decode("ascii", "replace")
        photo = read_photo(value, prop.encoding, prop.params.get("VALUE", ("",))[0])
        if photo.is_link:
            return False  # a link to a photo is kept as a raw line
        if photo.data is not None and self.contact.photo is not None:
            self.notes.append("The card had a second photo; it was left out.")
            return True
        if photo.note:
            self.notes.append(photo.note)
        if photo.data is not None:
            self.contact.photo = photo.data
        return True

    def _note(self, prop: Property, text: str) -> bool:
        note = unescape(text).strip()
        if note:
            self.note_texts.append(note)
        return True

    def _categories(self, prop: Property, text: str) -> bool:
        for category in text_list(text):
            if category not in self.contact.categories:
                self.contact.categories.append(category)
        return True

    def _uid(self, prop: Property, text: str) -> bool:
        if self.contact.uid:
            return False
        self.contact.uid = unescape(text).strip()
        return True

    def _label_line(self, prop: Property, text: str) -> bool:
        return self.has_address  # a formatted address label next to ADR adds nothing

    def _android_custom(self, prop: Property, text: str) -> bool:
        parts = components(text)
        kind = parts[0].strip().lower()
        if kind.endswith("/nickname") and len(parts) > 1:
            if parts[1].strip():
                self.nicknames.append(parts[1].strip())
            return True
        if kind.endswith("/contact_event") and len(parts) > 2 and parts[2].strip() == "3":
            # Android's event type 3 is the birthday; BDAY, when present, wins.
            self.android_birthday = (self.position, prop)
            return True
        return False

    def _finish_android_birthday(self) -> None:
        if self.android_birthday is None:
            return
        position, prop = self.android_birthday
        date = components(decode_text(prop))[1].strip()
        birthday = parse_birthday(date)
        if birthday is not None and self.contact.birthday in (None, birthday):
            self.contact.birthday = birthday
        else:
            self.extra.append((position, kept_line(prop, self.version)))

    # --- the whole contact ----------------------------------------------------------------

    def _finish(self) -> None:
        contact = self.contact
        nickname = ", ".join(dict.fromkeys(n for n in self.nicknames if n))
        not_names = {nickname, *self.nicknames, *(e.address for e in contact.emails)}
        not_names.update(p.raw for p in contact.phones)
        names = resolve_names(
            self.name_parts or (),
            self.formatted,
            contact.organisation,
            self.is_company,
            not_names,
        )
        contact.family_name, contact.given_name = names.family, names.given
        contact.middle_name, contact.name_prefix = names.middle, names.prefix
        contact.name_suffix = names.suffix
        if names.is_company:
            contact.subject = Subject.ORGANISATION
            contact.organisation = contact.organisation or names.organisation
        if names.note:
            self.notes.append(names.note)
        contact.nickname = self._capped(nickname, "NICKNAME")
        contact.notes = self._capped("\n".join(self.note_texts), "NOTE")
        contact.extra_properties = [line for _, line in sorted(self.extra, key=lambda e: e[0])]
        if not any(
            (
                contact.given_name,
                contact.family_name,
                contact.middle_name,
                contact.name_prefix,
                contact.name_suffix,
                contact.organisation,
                contact.job_title,
                contact.nickname,
                contact.emails,
                contact.phones,
                contact.addresses,
                contact.notes,
            )
        ):
            raise NothingToImportError(
                "This card has no name, organisation, e-mail address, phone number, address "
                "or note, so there is nothing to import."
            )
        if not self.raw.closed:
            self.notes.append(
                "The file ended before this card's END:VCARD line; the card was read as far "
                "as it went."
            )
        if self.raw.nested:
            self.notes.append(
                "This card was written inside another card and was imported as a card of its own."
            )

    def _capped(self, text: str, name: str) -> str:
        """Text joined from several properties, cut to the cap like a single one."""
        if len(text) <= MAX_TEXT_CHARS:
            return text
        self.notes.append(_shortened_note(name))
        return text[:MAX_TEXT_CHARS].rstrip()


_FIELD_WORDS = {
    "NOTE": "note",
    "N": "name",
    "FN": "name",
    "ORG": "organisation",
    "TITLE": "job title",
    "NICKNAME": "nickname",
    "EMAIL": "e-mail address",
    "TEL": "phone number",
    "ADR": "address",
    "CATEGORIES": "list of categories",
    "BDAY": "birthday",
    "UID": "card id (UID)",
}


def _shortened_note(name: str) -> str:
    what = _FIELD_WORDS.get(name, f"{name} value")
    return f"The {what} was longer than {MAX_TEXT_CHARS:,} characters and was shortened."


def _too_long_note(name: str) -> str:
    if name == "PHOTO":
        return photo_too_large_note()
    megabytes = MAX_LINE_BYTES // (1024 * 1024)
    return f"A {name} line longer than {megabytes} MB was left out."


# Property name → the reader's method; True when the property filled a field (or was used
# up), False when it is to be kept as a raw line.
_HANDLERS: dict[str, Callable[[_CardReader, Property, str], bool]] = {
    "N": _CardReader._name,
    "FN": _CardReader._formatted_name,
    "NICKNAME": _CardReader._nickname,
    "ORG": _CardReader._organisation,
    "TITLE": _CardReader._title,
    "EMAIL": _CardReader._email,
    "TEL": _CardReader._phone,
    "ADR": _CardReader._address,
    "BDAY": _CardReader._birthday,
    "PHOTO": _CardReader._photo,
    "NOTE": _CardReader._note,
    "CATEGORIES": _CardReader._categories,
    "UID": _CardReader._uid,
    "X-ABSHOWAS": _CardReader._show_as,
    "KIND": _CardReader._kind,
    "X-ADDRESSBOOKSERVER-KIND": _CardReader._kind,
    "X-ANDROID-CUSTOM": _CardReader._android_custom,
    "LABEL": _CardReader._label_line,
}
