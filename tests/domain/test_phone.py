"""Phone numbers: raw text kept as typed, E.164 derived with a default region (NL)."""

from __future__ import annotations

import pytest

from contactbook.domain.phone import DEFAULT_REGION, Phone, is_valid_region


def test_default_region_is_nl() -> None:
    assert DEFAULT_REGION == "NL"


@pytest.mark.parametrize(
    ("raw", "e164", "national"),
    [
        pytest.param("06 12345678", "+31612345678", "0612345678", id="nl_mobile_spaced"),
        pytest.param("06-12345678", "+31612345678", "0612345678", id="nl_mobile_dashed"),
        pytest.param("0612345678", "+31612345678", "0612345678", id="nl_mobile_plain"),
        pytest.param("+31 6 1234 5678", "+31612345678", "0612345678", id="nl_plus_country_code"),
        pytest.param("0031612345678", "+31612345678", "0612345678", id="nl_00_country_code"),
        pytest.param("020 123 4567", "+31201234567", "0201234567", id="nl_landline_amsterdam"),
        pytest.param("(010) 4123456", "+31104123456", "0104123456", id="nl_landline_brackets"),
        pytest.param("  06 12345678  ", "+31612345678", "0612345678", id="surrounding_space"),
        pytest.param(
            "+32 470 12 34 56", "+32470123456", "0470123456", id="foreign_with_country_code"
        ),
    ],
)
def test_parse_with_default_region_nl(raw: str, e164: str, national: str) -> None:
    phone = Phone.parse(raw)
    assert phone.valid is True
    assert phone.e164 == e164
    assert phone.raw == raw.strip()
    assert phone.national_digits() == national


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        pytest.param("0470 12 34 56", "BE", "+32470123456", id="be_mobile_region_be"),
        pytest.param("0470 12 34 56", "be", "+32470123456", id="region_case_insensitive"),
        pytest.param("02 512 34 56", "BE", "+3225123456", id="be_landline_brussels"),
        pytest.param("+31 6 1234 5678", "BE", "+31612345678", id="country_code_beats_region"),
    ],
)
def test_parse_with_other_region(raw: str, region: str, e164: str) -> None:
    phone = Phone.parse(raw, region=region)
    assert phone.valid is True
    assert phone.e164 == e164


def test_belgian_number_without_region_is_not_read_as_belgian() -> None:
    assert Phone.parse("0470 12 34 56").e164 != "+32470123456"


@pytest.mark.parametrize(
    ("raw", "national"),
    [
        pytest.param("06-1234", "061234", id="too_short_kept_raw_invalid"),
        pytest.param("abc", "", id="garbage_kept_raw_invalid"),
        pytest.param("", "", id="empty_invalid"),
        pytest.param("+999 123", "999123", id="unknown_country_code_invalid"),
    ],
)
def test_invalid_number_is_kept_and_flagged(raw: str, national: str) -> None:
    phone = Phone.parse(raw, label="mobiel")
    assert phone.raw == raw
    assert phone.valid is False
    assert phone.e164 is None
    assert phone.label == "mobiel"
    assert phone.national_digits() == national


def test_label_kept_on_valid_number() -> None:
    assert Phone.parse("06 12345678", label="werk").label == "werk"


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        pytest.param("NL", True, id="region_nl"),
        pytest.param("be", True, id="region_lower_case"),
        pytest.param("DE", True, id="region_de"),
        pytest.param("XX", False, id="region_unknown"),
        pytest.param("", False, id="region_empty"),
    ],
)
def test_is_valid_region(region: str, expected: bool) -> None:
    assert is_valid_region(region) is expected
