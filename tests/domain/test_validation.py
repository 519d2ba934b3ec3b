"""The field checks of the contact dialogs, table-driven."""

from __future__ import annotations

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.domain.validation import (
    Problem,
    check_email,
    check_names,
    check_phone,
    check_postcode,
    format_birthday,
    parse_birthday,
    split_categories,
)


@pytest.mark.parametrize(
    ("text", "region", "problem"),
    [
        ("", "NL", None),
        ("06 12345678", "NL", None),
        ("+31 6 1234 5678", "NL", None),
        ("020-1234567", "NL", None),
        ("0031 20 123 4567", "NL", None),
        ("0470 12 34 56", "BE", None),
        ("0470 12 34 56", "NL", Problem.PHONE_INVALID),
        ("06 123", "NL", Problem.PHONE_INVALID),
        ("0612", "NL", Problem.PHONE_TOO_SHORT),
        ("06 1234 5678 9012 3456 78", "NL", Problem.PHONE_TOO_LONG),
        ("06-CALLME", "NL", Problem.PHONE_LETTERS),
        ("+", "NL", Problem.PHONE_INVALID),
    ],
)
def test_phone(text: str, region: str, problem: Problem | None) -> None:
    assert check_phone(text, region) == problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", None),
        ("jan@berg.nl", None),
        ("  Jan.van.den.Berg@Berg-Installatie.nl ", None),
        ("jan berg@berg.nl", Problem.EMAIL_SPACE),
        ("jan.berg.nl", Problem.EMAIL_NO_AT),
        ("jan@@berg.nl", Problem.EMAIL_NO_AT),
        ("jan@berg", Problem.EMAIL_NO_DOMAIN),
        ("jan@berg.", Problem.EMAIL_NO_DOMAIN),
        ("@berg.nl", Problem.EMAIL_INVALID),
        ("jan@-berg.nl", Problem.EMAIL_INVALID),
        ("jan<x>@berg.nl", Problem.EMAIL_INVALID),
    ],
)
def test_email(text: str, problem: Problem | None) -> None:
    assert check_email(text) == problem


@pytest.mark.parametrize(
    ("text", "country", "problem"),
    [
        ("", "NL", None),
        ("1234 AB", "NL", None),
        ("1234ab", "NL", None),
        ("1234 ab", "", None),
        ("0123 AB", "NL", Problem.POSTCODE_DUTCH_FORMAT),  # no leading zero
        ("1234 SS", "NL", Problem.POSTCODE_DUTCH_FORMAT),  # not issued
        ("12345", "NL", Problem.POSTCODE_DUTCH_FORMAT),
        ("12345", "de", None),  # other countries are taken as typed
        ("B-1000", "BE", None),
    ],
)
def test_postcode(text: str, country: str, problem: Problem | None) -> None:
    assert check_postcode(text, country) == problem


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("", None),
        ("12-04-1980", Birthday(4, 12, 1980)),
        ("12/4/1980", Birthday(4, 12, 1980)),
        ("1.4.1980", Birthday(4, 1, 1980)),
        ("1980-04-12", Birthday(4, 12, 1980)),
        ("12-04", Birthday(4, 12)),
        ("29-02", Birthday(2, 29)),
        ("29-02-2023", Problem.BIRTHDAY_NO_SUCH_DAY),
        ("31-04", Problem.BIRTHDAY_NO_SUCH_DAY),
        ("12-13", Problem.BIRTHDAY_NO_SUCH_DAY),
        ("12-04-2030", Problem.BIRTHDAY_IN_FUTURE),
        ("12 april", Problem.BIRTHDAY_FORMAT),
        ("1980", Problem.BIRTHDAY_FORMAT),
    ],
)
def test_birthday(text: str, result: Birthday | Problem | None) -> None:
    assert parse_birthday(text, this_year=2026) == result


@pytest.mark.parametrize("birthday", [Birthday(4, 12, 1980), Birthday(2, 29), None])
def test_birthday_round_trip(birthday: Birthday | None) -> None:
    assert parse_birthday(format_birthday(birthday), this_year=2026) == birthday


def test_names() -> None:
    assert check_names("", "", "", organisation_record=False) is Problem.NAME_MISSING
    assert check_names("  ", "", "Berg BV", organisation_record=False) is None
    assert check_names("Jan", "", "", organisation_record=False) is None
    assert check_names("Jan", "", " ", organisation_record=True) is Problem.ORGANISATION_MISSING


def test_categories() -> None:
    assert split_categories("klant, leverancier ,, klant") == ["klant", "leverancier"]
    assert split_categories("  ") == []
