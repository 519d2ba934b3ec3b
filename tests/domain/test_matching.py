"""The rules for "one person": merge only on what identifies a person, never on what a household
or an office shares (domain/matching.py)."""

from __future__ import annotations

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import Subject
from contactbook.domain.matching import (
    Evidence,
    Match,
    Verdict,
    best_match,
    judge,
    lookup_keys,
)
from contactbook.domain.phone import Phone, is_mobile_number

OFFICE = "020 123 4567"  # a landline: shared by an office or a household


def person(
    given: str,
    family: str,
    *,
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    uid: str = "",
    birthday: str = "",
    organisation: str = "",
    contact_id: int | None = None,
) -> Contact:
    contact = Contact(
        given_name=given,
        family_name=family,
        organisation=organisation,
        emails=[EmailAddress(a) for a in emails],
        phones=[Phone.parse(p) for p in phones],
        uid=uid,
        birthday=Birthday.parse(birthday) if birthday else None,
        id=contact_id,
    )
    return contact.with_classified_emails()


def company(name: str, *, emails: tuple[str, ...] = (), phones: tuple[str, ...] = ()) -> Contact:
    contact = Contact(
        organisation=name,
        subject=Subject.ORGANISATION,
        emails=[EmailAddress(a) for a in emails],
        phones=[Phone.parse(p) for p in phones],
    )
    return contact.with_classified_emails()


def test_mobile_numbers_are_told_from_shared_lines() -> None:
    assert is_mobile_number("+31612345678")
    assert not is_mobile_number("+31201234567")  # Amsterdam landline
    assert not is_mobile_number("+31881234567")  # company number (088)
    assert is_mobile_number("+4915112345678")
    assert not is_mobile_number("+12025550123")  # may be fixed or mobile: counts as shared


def test_colleagues_sharing_the_office_number_and_info_are_different_people() -> None:
    jan = person("Jan", "de Vries", emails=("info@bos.nl",), phones=(OFFICE,))
    piet = person("Piet", "Bakker", emails=("info@bos.nl",), phones=(OFFICE,))
    assert judge(jan, piet).verdict is Verdict.DIFFERENT


def test_a_couple_sharing_a_landline_and_a_family_gmail_are_different_people() -> None:
    piet = person("Piet", "Jansen", emails=("familiejansen@gmail.com",), phones=(OFFICE,))
    marie = person("Marie", "Jansen", emails=("familiejansen@gmail.com",), phones=(OFFICE,))
    assert judge(piet, marie).verdict is Verdict.DIFFERENT


def test_the_same_person_from_android_and_iphone_is_one() -> None:
    android = person("Jan", "de Vries", phones=("06-12345678",))
    iphone = person("Jan", "de Vries", phones=("+31 6 12345678",), emails=("jan@devries.nl",))
    match = judge(android, iphone)
    assert match == Match(Verdict.SAME, (Evidence.SAME_MOBILE,))


def test_a_personal_address_at_a_company_identifies_its_person() -> None:
    card = person("", "", emails=("jan.devries@bos.nl",))  # a card with only the address
    known = person("Jan", "de Vries", emails=("Jan.deVries@bos.nl",))
    assert judge(card, known).verdict is Verdict.SAME


def test_a_free_mail_address_needs_names_that_agree() -> None:
    known = person("Jan", "de Vries", emails=("jdv1970@gmail.com",))
    assert judge(person("Jan", "de Vries", emails=("jdv1970@gmail.com",)), known).is_same
    nameless = person("", "", emails=("jdv1970@gmail.com",))
    assert judge(nameless, known).verdict is Verdict.LIKELY


def test_a_mobile_number_needs_a_name_that_agrees() -> None:
    known = person("Jan", "de Vries", phones=("0612345678",))
    assert judge(person("J.", "de Vries", phones=("0612345678",)), known).is_same
    assert judge(person("Jan", "", phones=("0612345678",)), known).is_same
    assert judge(person("", "", phones=("0612345678",)), known).verdict is Verdict.LIKELY
    # someone else's name on the number (a phone passed on in the family): the owner decides
    other = judge(person("Kees", "de Vries", phones=("0612345678",)), known)
    assert other.verdict is Verdict.LIKELY


def test_different_birthdays_keep_two_people_apart() -> None:
    father = person("Jan", "de Vries", phones=("0612345678",), birthday="1950-01-01")
    son = person("Jan", "de Vries", phones=("0612345678",), birthday="1980-05-05")
    assert not judge(father, son).is_same


def test_a_person_is_never_merged_into_their_company() -> None:
    bos = company("Bakkerij Bos", emails=("info@bos.nl",), phones=(OFFICE,))
    jan = person(
        "Jan", "Bos", emails=("info@bos.nl",), phones=(OFFICE,), organisation="Bakkerij Bos"
    )
    assert judge(jan, bos).verdict is Verdict.DIFFERENT
    assert judge(bos, jan).verdict is Verdict.DIFFERENT
    # a card with only an organisation name is a company card too
    card = person("", "", organisation="Bakkerij Bos", emails=("info@bos.nl",))
    assert judge(jan, card).verdict is Verdict.DIFFERENT
    assert judge(card, bos).is_same


def test_the_same_uid_is_the_same_record_whatever_else() -> None:
    assert judge(person("A", "B", uid="x-1"), person("C", "D", uid="x-1")).is_same


def test_two_records_of_one_address_book_stay_two() -> None:
    one = person("Jan", "de Vries", phones=("0612345678",), uid="a")
    two = person("Jan", "de Vries", phones=("0612345678",), uid="b")
    assert judge(one, two).is_same
    assert judge(one, two, one_source=True).verdict is Verdict.LIKELY


def test_the_same_name_alone_is_a_likely_duplicate() -> None:
    match = judge(person("Jan", "de Vries"), person("jan", "De  Vries", phones=(OFFICE,)))
    assert match == Match(Verdict.LIKELY, (Evidence.SAME_NAME,))
    assert judge(person("Jan", ""), person("Jan", "")).verdict is Verdict.DIFFERENT


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (("Zoë", "Bakker"), ("Zoe", "bakker"), True),
        (("Jan-Willem", "van den Berg"), ("Jan Willem", "Berg"), True),
        (("Jan Willem", "Berg"), ("Jan Peter", "Berg"), False),
        (("J", "Berg"), ("Jan", "Berg"), True),
        (("Jan", "Berg"), ("Kees", "Berg"), False),
        (("Jan", "Berg"), ("Jan", "Bos"), False),
    ],
)
def test_names_agree_by_their_parts(
    first: tuple[str, str], second: tuple[str, str], same: bool
) -> None:
    mobile = ("0612345678",)
    a = person(*first, phones=mobile)
    b = person(*second, phones=mobile)
    assert judge(a, b).is_same is same


def test_only_what_can_identify_a_person_is_looked_up() -> None:
    jan = person(
        "Jan",
        "de Vries",
        emails=("info@bos.nl", "jan@bos.nl"),
        phones=(OFFICE, "0612345678"),
        uid="u1",
    )
    assert lookup_keys(jan) == ["uid:u1", "mail:jan@bos.nl", "tel:+31612345678"]
    bos = company("Bakkerij Bos", emails=("info@bos.nl",), phones=(OFFICE,))
    assert lookup_keys(bos) == ["name:bakkerij bos"]


def test_the_best_match_prefers_the_uid_then_the_oldest() -> None:
    card = person("Jan", "de Vries", phones=("0612345678",), uid="u")
    older = person("Jan", "de Vries", phones=("0612345678",), contact_id=3)
    newer = person("Jan", "de Vries", phones=("0612345678",), contact_id=9)
    by_uid = person("Jan", "de Vries", uid="u", contact_id=12)
    candidates = [newer, by_uid, older]
    chosen = best_match((c, judge(card, c)) for c in candidates)
    assert chosen is not None
    assert chosen[0] is by_uid
    chosen = best_match((c, judge(card, c)) for c in (newer, older))
    assert chosen is not None
    assert chosen[0] is older
    assert best_match([]) is None
