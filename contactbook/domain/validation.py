"""Checking what a user types into a contact, field by field, before it is saved.

Each check returns None when the text is acceptable, or a problem code the UI puts into words
next to the field. An empty optional field is acceptable: it is simply left out.
"""

from __future__ import annotations

import re
from enum import StrEnum

import phonenumbers

from contactbook.domain.birthday import Birthday
from contactbook.domain.email_address import is_valid_address
from contactbook.domain.postal import is_dutch_postcode

# dd-mm-yyyy, dd-mm (no year) or yyyy-mm-dd; "/" or "." also separate.
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$")
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_LETTER = re.compile(r"[A-Za-z]")


class Problem(StrEnum):
    """What is wrong with a field's text."""

    NAME_MISSING = "name_missing"
    ORGANISATION_MISSING = "organisation_missing"
    EMAIL_NO_AT = "email_no_at"
    EMAIL_SPACE = "email_space"
    EMAIL_NO_DOMAIN = "email_no_domain"
    EMAIL_INVALID = "email_invalid"
    PHONE_LETTERS = "phone_letters"
    PHONE_TOO_SHORT = "phone_too_short"
    PHONE_TOO_LONG = "phone_too_long"
    PHONE_INVALID = "phone_invalid"
    POSTCODE_DUTCH_FORMAT = "postcode_dutch_format"
    BIRTHDAY_FORMAT = "birthday_format"
    BIRTHDAY_NO_SUCH_DAY = "birthday_no_such_day"
    BIRTHDAY_IN_FUTURE = "birthday_in_future"


def check_email(text: str) -> Problem | None:
    """Syntax only (the mail gate uses the same rule); nothing is sent to check it."""
    value = text.strip()
    if not value:
        return None
    if any(ch.isspace() for ch in value):
        return Problem.EMAIL_SPACE
    if value.count("@") != 1:
        return Problem.EMAIL_NO_AT
    local, _, domain = value.partition("@")
    if not local:
        return Problem.EMAIL_INVALID
    if "." not in domain or domain.startswith(".") or domain.endswith("."):
        return Problem.EMAIL_NO_DOMAIN
    return None if is_valid_address(value) else Problem.EMAIL_INVALID


def check_phone(text: str, region: str) -> Problem | None:
    """A number phonenumbers accepts as valid; without a country code ``region`` applies."""
    value = text.strip()
    if not value:
        return None
    if _LETTER.search(value):
        return Problem.PHONE_LETTERS
    try:
        number = phonenumbers.parse(value, region.upper())
    except phonenumbers.NumberParseException as error:
        if error.error_type in (
            phonenumbers.NumberParseException.TOO_SHORT_NSN,
            phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            return Problem.PHONE_TOO_SHORT
        if error.error_type is phonenumbers.NumberParseException.TOO_LONG:
            return Problem.PHONE_TOO_LONG
        return Problem.PHONE_INVALID
    if phonenumbers.is_valid_number(number):
        return None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.TOO_SHORT:
        return Problem.PHONE_TOO_SHORT
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        return Problem.PHONE_TOO_LONG
    return Problem.PHONE_INVALID


def check_postcode(text: str, country: str) -> Problem | None:
    """Dutch postcodes must look like "1234 AB"; other countries' are taken as typed."""
    value = text.strip()
    if not value or country.strip().upper() not in ("", "NL"):
        return None
    return None if is_dutch_postcode(value) else Problem.POSTCODE_DUTCH_FORMAT


def parse_birthday(text: str, this_year: int) -> Birthday | Problem | None:
    """Read "12-04-1980", "12-04" (no year) or "1980-04-12"; None for an empty field."""
    value = text.strip()
    if not value:
        return None
    year: int | None
    if match := _YEAR_MONTH_DAY.match(value):
        year, month, day = (int(group) for group in match.groups())
    elif match := _DAY_MONTH_YEAR.match(value):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else None
    else:
        return Problem.BIRTHDAY_FORMAT
    try:
        birthday = Birthday(month=month, day=day, year=year)
    except ValueError:
        return Problem.BIRTHDAY_NO_SUCH_DAY
    if year is not None and year > this_year:
        return Problem.BIRTHDAY_IN_FUTURE
    return birthday


def format_birthday(birthday: Birthday | None) -> str:
    """The form :func:`parse_birthday` reads back: "12-04-1980" or "12-04"."""
    if birthday is None:
        return ""
    text = f"{birthday.day:02d}-{birthday.month:02d}"
    return text if birthday.year is None else f"{text}-{birthday.year:04d}"


def check_names(
    given: str, family: str, organisation: str, *, organisation_record: bool
) -> Problem | None:
    """A person needs a given name, a family name or an organisation; an organisation a name."""
    if organisation_record:
        return None if organisation.strip() else Problem.ORGANISATION_MISSING
    if given.strip() or family.strip() or organisation.strip():
        return None
    return Problem.NAME_MISSING


def split_categories(text: str) -> list[str]:
    """ "klant, leverancier ,, klant" → ["klant", "leverancier"] (order kept, no repeats)."""
    seen: list[str] = []
    for part in text.split(","):
        name = part.strip()
        if name and name not in seen:
            seen.append(name)
    return seen
