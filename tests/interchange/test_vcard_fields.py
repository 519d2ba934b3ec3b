"""Single fields in domain terms: labels, countries, streets, birthdays, and whose card it is."""

from __future__ import annotations

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.interchange.vcard_fields import (
    country_code,
    label_from_apple,
    label_from_types,
    parse_birthday,
    split_house_number,
)
from contactbook.interchange.vcard_names import resolve_names, split_formatted_name


@pytest.mark.parametrize(
    ("types", "label"),
    [
        (["WORK", "VOICE"], "work"),
        (["HOME"], "home"),
        (["CELL", "VOICE", "PREF"], "cell"),
        (["HOME", "FAX"], "home fax"),
        (["WORK", "FAX"], "work fax"),
        (["FAX"], "fax"),
        (["PAGER", "WORK", "MSG"], "pager"),
        (["MAIN"], "main"),
        (["OTHER"], "other"),
        (["INTERNET", "PREF"], ""),
        (["VOICE"], ""),
        ([], ""),
        (["ISDN"], "isdn"),
        (["X-NEC-SECRET"], "nec-secret"),
        (["SCHOOL"], "school"),
    ],
)
def test_labels_from_types(types: list[str], label: str) -> None:
    assert label_from_types(types) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("_$!<Mobile>!$_", "mobile"),
        ("_$!<Work>!$_", "work"),
        ("_$!<Home>!$_", "home"),
        ("_$!<Other>!$_", "other"),
        ("_$!<HomeFAX>!$_", "home fax"),
        ("_$!<AssistantPhone>!$_", "assistant"),
        ("_$!<HomePage>!$_", "homepage"),
        ("Vakantiehuis", "Vakantiehuis"),
        ("  GRAND_CENTRAL ", "GRAND_CENTRAL"),
    ],
)
def test_apple_labels(text: str, label: str) -> None:
    assert label_from_apple(text) == label


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nederland", "NL"),
        ("The Netherlands", "NL"),
        ("NETHERLANDS", "NL"),
        ("nl", "NL"),
        ("België", "BE"),
        ("Belgium", "BE"),
        ("Deutschland", "DE"),
        ("Germany", "DE"),
        ("United States of America", "US"),
        ("U.S.A.", "US"),
        ("fr", "FR"),
        ("Atlantis", "Atlantis"),
        ("  ", ""),
    ],
)
def test_country_codes(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("street", "split"),
    [
        ("Kerkstraat 12", ("Kerkstraat", "12")),
        ("Kerkstraat 12A", ("Kerkstraat", "12A")),
        ("Kerkstraat 12 a", ("Kerkstraat", "12 a")),
        ("Oranjestraat 166-2", ("Oranjestraat", "166-2")),
        ("2e Helmersstraat 7-III", ("2e Helmersstraat", "7-III")),
        ("'s-Gravendijkwal 101", ("'s-Gravendijkwal", "101")),
        ("Grindelberg 999", ("Grindelberg", "999")),
        ("42 Plantation St.", ("42 Plantation St.", "")),
        ("Silicon Alley 5,", ("Silicon Alley 5,", "")),
        ("Street4\nBuilding 6\nFloor 8", ("Street4\nBuilding 6\nFloor 8", "")),
        ("12", ("12", "")),
        ("", ("", "")),
    ],
)
def test_house_numbers_split_off_dutch_streets(street: str, split: tuple[str, str]) -> None:
    assert split_house_number(street) == split


@pytest.mark.parametrize(
    ("text", "birthday"),
    [
        ("1980-04-12", Birthday(4, 12, 1980)),
        ("19800412", Birthday(4, 12, 1980)),
        ("1980-4-2", Birthday(4, 2, 1980)),
        ("2012-06-06T00:00:00Z", Birthday(6, 6, 2012)),
        ("--0412", Birthday(4, 12)),
        ("--04-12", Birthday(4, 12)),
        ("1604-03-22", Birthday(3, 22)),  # Apple: no year
        ("0000-03-22", Birthday(3, 22)),
        ("--0229", Birthday(2, 29)),
        ("1980-02-30", None),
        ("circa 1800", None),
        ("", None),
    ],
)
def test_birthdays(text: str, birthday: Birthday | None) -> None:
    assert parse_birthday(text) == birthday


def test_apple_omit_year_parameter() -> None:
    assert parse_birthday("1900-05-01", omit_year="1900") == Birthday(5, 1)


@pytest.mark.parametrize(
    ("formatted", "names"),
    [
        ("Mustermann, Heiko", ("Heiko", "Mustermann")),
        ("Jan van den Berg", ("Jan", "van den Berg")),
        ("Anna Maria de Vries", ("Anna Maria", "de Vries")),
        ("Ando Roid", ("Ando", "Roid")),
        ("Smith", ("Smith", "")),
    ],
)
def test_names_from_a_display_name(formatted: str, names: tuple[str, str]) -> None:
    assert split_formatted_name(formatted) == names


def test_a_card_with_org_and_no_person_is_a_company() -> None:
    names = resolve_names([], "", "Bakkerij de Vries", shown_as_company=False)
    assert names.is_company
    assert resolve_names([], "Bakkerij de Vries", "Bakkerij de Vries", False).is_company
    # Outlook writes the company into N as well
    assert resolve_names(["Acme"], "Acme", "Acme", False).is_company


def test_apple_company_card_keeps_its_contact_person() -> None:
    names = resolve_names(["Jansen", "Piet"], "Piet Jansen", "Jansen B.V.", True)
    assert names.is_company
    assert (names.given, names.family) == ("Piet", "Jansen")


def test_a_person_with_an_organisation_stays_a_person() -> None:
    assert not resolve_names(["Jansen", "Piet"], "", "Jansen B.V.", False).is_company
    assert not resolve_names([], "Piet Jansen", "Jansen B.V.", False).is_company


def test_fn_that_is_an_email_address_is_not_a_name() -> None:
    names = resolve_names([], "a@example.nl", "", False, {"a@example.nl"})
    assert (names.given, names.family) == ("", "")


def test_fn_different_from_n_gives_a_note() -> None:
    assert resolve_names(["Gump", "Forrest"], "Joe Due", "", False).note
    assert not resolve_names(["Doe", "John", "", "Mr.", "III"], "John Doe III", "", False).note
    assert not resolve_names(["安藤", "ロイド1"], "安藤 ロイド 1", "", False).note
