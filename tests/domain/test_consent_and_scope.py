"""Consent history (§4), scope changes (§2), birthdays, the suppression list, activities."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.birthday import Birthday
from contactbook.domain.consent import ConsentRecord, latest_consent
from contactbook.domain.contact import Contact
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.scope_change import ScopeChangeError, change_scope
from contactbook.domain.suppression import SuppressedKind, suppression_digest

# --- Consent: the latest record decides --------------------------------------------------

ADDRESS = "jan@acme.nl"


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2024, 3, day, hour, tzinfo=UTC)


def record(kind: ConsentKind, when: datetime, note: str = "") -> ConsentRecord:
    return ConsentRecord(ADDRESS, kind, when, note=note)


@pytest.mark.parametrize(
    ("records", "expected_index"),
    [
        pytest.param([], None, id="no_history_no_decision"),
        pytest.param([record(ConsentKind.OPT_IN, at(1))], 0, id="single_record"),
        pytest.param(
            [record(ConsentKind.OPT_IN, at(1)), record(ConsentKind.OPT_OUT, at(2))],
            1,
            id="later_opt_out_withdraws",
        ),
        pytest.param(
            [record(ConsentKind.OPT_OUT, at(1)), record(ConsentKind.DOUBLE_OPT_IN, at(2))],
            1,
            id="later_opt_in_renews",
        ),
        pytest.param(
            [record(ConsentKind.OBJECTION, at(5)), record(ConsentKind.OPT_IN, at(2))],
            0,
            id="latest_timestamp_decides_not_sequence",
        ),
        pytest.param(
            [
                record(ConsentKind.OPT_IN, at(3)),
                record(ConsentKind.SOFT_OPT_IN, at(1)),
                record(ConsentKind.OPT_OUT, at(2)),
            ],
            0,
            id="latest_timestamp_in_middle_of_unsorted_history",
        ),
        pytest.param(
            [record(ConsentKind.OPT_IN, at(2)), record(ConsentKind.OPT_OUT, at(2))],
            1,
            id="tie_later_in_sequence_wins",
        ),
        pytest.param(
            [
                record(ConsentKind.OPT_OUT, at(2)),
                record(ConsentKind.OPT_IN, at(2)),
                record(ConsentKind.OBJECTION, at(1)),
            ],
            1,
            id="tie_later_in_sequence_wins_then_older",
        ),
    ],
)
def test_latest_consent(records: list[ConsentRecord], expected_index: int | None) -> None:
    decided = latest_consent(records)
    if expected_index is None:
        assert decided is None
    else:
        assert decided is records[expected_index]


def test_latest_consent_accepts_any_iterable() -> None:
    records = [record(ConsentKind.OPT_IN, at(1)), record(ConsentKind.OPT_OUT, at(2))]
    assert latest_consent(iter(records)) is records[1]


# --- Scope changes: private → business needs a legal basis -------------------------------

CONSENT = LegalBasisRecord(LegalBasis.CONSENT, note="web form 2024-03-01")
CONTRACT = LegalBasisRecord(LegalBasis.CONTRACT, note="order 17")


def contact(**kwargs: Any) -> Contact:
    defaults: dict[str, Any] = {"given_name": "Jan", "family_name": "Jansen"}
    defaults.update(kwargs)
    return Contact(**defaults)


@pytest.mark.parametrize(
    "basis",
    [
        pytest.param(None, id="private_to_business_without_basis_refused"),
        pytest.param(LegalBasisRecord(), id="private_to_business_with_basis_none_refused"),
    ],
)
def test_private_to_business_needs_a_basis(basis: LegalBasisRecord | None) -> None:
    private = contact(scope=Scope.PRIVATE)
    with pytest.raises(ScopeChangeError, match="legal basis"):
        change_scope(private, Scope.BUSINESS, basis)
    assert private.scope is Scope.PRIVATE  # the original is untouched


def test_scope_change_error_is_a_value_error() -> None:
    assert issubclass(ScopeChangeError, ValueError)


@pytest.mark.parametrize(
    "basis",
    [CONSENT, CONTRACT],
    ids=["private_to_business_consent", "private_to_business_contract"],
)
def test_private_to_business_with_basis(basis: LegalBasisRecord) -> None:
    moved = change_scope(contact(scope=Scope.PRIVATE), Scope.BUSINESS, basis)
    assert moved.scope is Scope.BUSINESS
    assert moved.legal_basis == basis


@pytest.mark.parametrize(
    ("before", "basis"),
    [
        pytest.param(contact(scope=Scope.BUSINESS, legal_basis=CONSENT), None, id="business"),
        pytest.param(contact(scope=Scope.UNSORTED, legal_basis=CONTRACT), None, id="unsorted"),
        pytest.param(contact(scope=Scope.BUSINESS), CONSENT, id="basis_passed_is_ignored"),
    ],
)
def test_to_private_clears_the_basis(before: Contact, basis: LegalBasisRecord | None) -> None:
    moved = change_scope(before, Scope.PRIVATE, basis)
    assert moved.scope is Scope.PRIVATE
    assert moved.legal_basis == LegalBasisRecord()
    assert moved.basis is LegalBasis.NONE


@pytest.mark.parametrize(
    "before",
    [
        pytest.param(
            contact(scope=Scope.PRIVATE, subject=Subject.ORGANISATION, organisation="Acme BV"),
            id="organisation_moves_without_basis",
        ),
        pytest.param(
            contact(scope=Scope.PRIVATE, deceased=True), id="deceased_moves_without_basis"
        ),
    ],
)
def test_outside_gdpr_private_to_business_without_basis(before: Contact) -> None:
    moved = change_scope(before, Scope.BUSINESS)
    assert moved.scope is Scope.BUSINESS
    assert moved.basis is LegalBasis.NONE


@pytest.mark.parametrize(
    ("before", "scope", "basis", "expected_basis"),
    [
        pytest.param(
            contact(scope=Scope.UNSORTED),
            Scope.BUSINESS,
            None,
            LegalBasis.NONE,
            id="unsorted_to_business_keeps_no_basis",
        ),
        pytest.param(
            contact(scope=Scope.UNSORTED),
            Scope.BUSINESS,
            CONSENT,
            LegalBasis.CONSENT,
            id="unsorted_to_business_takes_basis",
        ),
        pytest.param(
            contact(scope=Scope.BUSINESS, legal_basis=CONTRACT),
            Scope.UNSORTED,
            None,
            LegalBasis.CONTRACT,
            id="business_to_unsorted_keeps_basis",
        ),
        pytest.param(
            contact(scope=Scope.BUSINESS, legal_basis=CONTRACT),
            Scope.BUSINESS,
            CONSENT,
            LegalBasis.CONSENT,
            id="same_scope_business_replaces_basis",
        ),
    ],
)
def test_other_scope_changes(
    before: Contact, scope: Scope, basis: LegalBasisRecord | None, expected_basis: LegalBasis
) -> None:
    moved = change_scope(before, scope, basis)
    assert moved.scope is scope
    assert moved.basis is expected_basis


def test_same_scope_without_basis_is_a_no_op() -> None:
    before = contact(scope=Scope.PRIVATE)
    assert change_scope(before, Scope.PRIVATE) is before


def test_private_stays_without_basis_even_when_one_is_passed() -> None:
    moved = change_scope(contact(scope=Scope.PRIVATE), Scope.PRIVATE, CONSENT)
    assert moved.basis is LegalBasis.NONE


# --- Birthdays ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "iso"),
    [
        pytest.param("1980-04-12", Birthday(4, 12, 1980), "1980-04-12", id="iso_extended"),
        pytest.param("19800412", Birthday(4, 12, 1980), "1980-04-12", id="iso_basic"),
        pytest.param("--0412", Birthday(4, 12), "--04-12", id="no_year_basic"),
        pytest.param("--04-12", Birthday(4, 12), "--04-12", id="no_year_extended"),
        pytest.param("--02-29", Birthday(2, 29), "--02-29", id="29_february_without_year"),
        pytest.param("2000-02-29", Birthday(2, 29, 2000), "2000-02-29", id="29_february_leap"),
        pytest.param(" 1980-04-12 ", Birthday(4, 12, 1980), "1980-04-12", id="space_trimmed"),
        pytest.param("0987-01-05", Birthday(1, 5, 987), "0987-01-05", id="year_zero_padded"),
    ],
)
def test_birthday_parse_and_iso(text: str, expected: Birthday, iso: str) -> None:
    parsed = Birthday.parse(text)
    assert parsed == expected
    assert parsed.iso() == iso
    assert Birthday.parse(parsed.iso()) == parsed


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1980-02-30", id="30_february_invalid"),
        pytest.param("1981-02-29", id="29_february_non_leap_invalid"),
        pytest.param("--02-30", id="30_february_without_year_invalid"),
        pytest.param("--13-01", id="month_13_invalid"),
        pytest.param("1980-00-10", id="month_0_invalid"),
        pytest.param("text", id="text_invalid"),
        pytest.param("", id="empty_invalid"),
        pytest.param("12-04-1980", id="dutch_order_not_accepted"),
        pytest.param("1980-4-12", id="single_digit_month_invalid"),
    ],
)
def test_birthday_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - ValueError is the documented contract
        Birthday.parse(text)


def test_birthday_constructor_validates() -> None:
    with pytest.raises(ValueError, match="day"):
        Birthday(month=4, day=31)


# --- Suppression list: salted hashes -----------------------------------------------------

SECRET = b"database-secret-1"
OTHER_SECRET = b"database-secret-2"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Jan@Acme.NL", "jan@acme.nl", id="email_case_insensitive"),
        pytest.param("  jan@acme.nl ", "jan@acme.nl", id="email_space_ignored"),
        pytest.param("mailto:jan@acme.nl", "jan@acme.nl", id="email_mailto_ignored"),
    ],
)
def test_email_digest_same_for_variants(a: str, b: str) -> None:
    assert suppression_digest(SuppressedKind.EMAIL, a, SECRET) == suppression_digest(
        SuppressedKind.EMAIL, b, SECRET
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("+31612345678", "+31 6 1234 5678", id="phone_formatting_ignored"),
    ],
)
def test_phone_digest_same_for_variants(a: str, b: str) -> None:
    assert suppression_digest(SuppressedKind.PHONE, a, SECRET) == suppression_digest(
        SuppressedKind.PHONE, b, SECRET
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            (SuppressedKind.EMAIL, "jan@acme.nl", SECRET),
            (SuppressedKind.EMAIL, "jan@acme.nl", OTHER_SECRET),
            id="differs_with_another_secret",
        ),
        pytest.param(
            (SuppressedKind.EMAIL, "12345", SECRET),
            (SuppressedKind.PHONE, "12345", SECRET),
            id="differs_between_kinds",
        ),
        pytest.param(
            (SuppressedKind.EMAIL, "jan@acme.nl", SECRET),
            (SuppressedKind.EMAIL, "piet@acme.nl", SECRET),
            id="differs_between_addresses",
        ),
        pytest.param(
            (SuppressedKind.PHONE, "+31612345678", SECRET),
            (SuppressedKind.PHONE, "+31612345679", SECRET),
            id="differs_between_numbers",
        ),
    ],
)
def test_digest_differs(
    first: tuple[SuppressedKind, str, bytes], second: tuple[SuppressedKind, str, bytes]
) -> None:
    assert suppression_digest(*first) != suppression_digest(*second)


def test_digest_holds_nothing_readable() -> None:
    digest = suppression_digest(SuppressedKind.EMAIL, "jan@acme.nl", SECRET)
    assert "jan" not in digest
    assert len(digest) == 64
    assert set(digest) <= set("0123456789abcdef")


# --- Processing activities ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [pytest.param("", id="activity_needs_a_name_empty"), pytest.param("  ", id="blank")],
)
def test_activity_needs_a_name(name: str) -> None:
    with pytest.raises(ValueError, match="name"):
        ProcessingActivity(name=name)


def test_activity_retention_cannot_be_negative() -> None:
    with pytest.raises(ValueError, match="negative"):
        ProcessingActivity(name="Klantbeheer", retention_months=-1)


@pytest.mark.parametrize(
    "months",
    [pytest.param(None, id="retention_unset"), pytest.param(0, id="retention_zero")],
)
def test_activity_with_name_is_valid(months: int | None) -> None:
    activity = ProcessingActivity(name="Klantbeheer", retention_months=months)
    assert activity.name == "Klantbeheer"
    assert activity.default_legal_basis is LegalBasis.NONE
