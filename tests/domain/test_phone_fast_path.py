"""The fast path for Dutch numbers gives exactly what phonenumbers' full parse gives.

``Phone.parse`` reads the common Dutch notations (06…, 0AA…, +31…, 0031…) from phonenumbers'
own Dutch patterns instead of a full parse; here every generated notation is compared with
phonenumbers' parse and is_valid_number, for the default region and for others.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from contactbook.domain import phone as phone_module
from contactbook.domain.phone import Phone


def full_parse(text: str, region: str) -> tuple[str | None, bool]:
    """E.164 and validity straight from phonenumbers, the oracle."""
    try:
        number = phonenumbers.parse(text.strip(), region.upper())
    except phonenumbers.NumberParseException:
        return None, False
    if not phonenumbers.is_valid_number(number):
        return None, False
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), True


# The leading digits of real Dutch numbers (mobile, area codes, service numbers) and some that
# are not, so that valid and invalid numbers of every length come out.
LEADS = [
    "6",
    "61",
    "68",
    "69",
    "66",
    "20",
    "10",
    "70",
    "30",
    "50",
    "58",
    "85",
    "88",
    "91",
    "97",
    "800",
    "900",
    "906",
    "909",
    "14",
    "8",
    "9",
    "1",
    "0",
    "00",
    "3",
    "4",
    "5",
    "7",
]
PREFIXES = [
    "0",
    "+31",
    "0031",
    "+31 ",
    "0031 ",
    "+31 (0)",
    "+31(0)",
    "(0",
    "+",
    "00",
    "",
    "+310",
    "00310",
    "+32",
    "0032",
    "+1",
    "31",
    "0 ",
]
SEPARATORS = ["", " ", "-", ".", "/", "  ", " - ", "(", ")", "\u00a0", "\t", "x", "ext. "]


@st.composite
def dutch_notations(draw: st.DrawFn) -> str:
    """A number as a phone or a person might type it, most of them Dutch, not all valid."""
    lead = draw(st.sampled_from(LEADS))
    # most Dutch numbers have 9 digits after the 0; some have more or fewer
    length = draw(st.sampled_from([9, 9, 9, 9, 9, 7, 8, 10, 11, 5, 6]))
    rest = max(0, length - len(lead))
    national = lead + draw(st.text(alphabet="0123456789", min_size=rest, max_size=rest))
    cuts = sorted(draw(st.lists(st.integers(1, max(1, len(national) - 1)), max_size=4)))
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(national[last:cut])
        last = cut
    pieces.append(national[last:])
    common = draw(st.booleans())
    separator = draw(st.sampled_from(SEPARATORS[:5] if common else SEPARATORS))
    body = separator.join(pieces)
    prefix = draw(st.sampled_from(PREFIXES[:5] if common else PREFIXES))
    if prefix == "(0":
        body = body.replace(separator, ")", 1) if separator else body
    padding = draw(st.sampled_from(["", " ", "  ", "\t"]))
    return padding + prefix + body + padding


@settings(max_examples=3000, deadline=None)
@given(dutch_notations(), st.sampled_from(["NL", "nl", "BE", "DE", "US", "GB"]))
@example("06 12345678", "NL")
@example("0612345678", "BE")
@example("+31 6 12345678", "US")
@example("0031 20 123 4567", "NL")
@example("0031 20 123 4567", "US")
@example("+31 (0)20 123 4567", "NL")
@example("06 1234567", "NL")
@example("0900 1234567", "NL")
@example("0800 1234567", "NL")
@example("088 1234567", "NL")
@example("0970 12345678", "NL")
@example("06.12.34.56.78", "NL")
@example("06/12345678", "NL")
@example("+3106 12345678", "NL")
def test_fast_path_and_full_parse_agree(text: str, region: str) -> None:
    phone = Phone.parse(text, "mobiel", region)
    assert (phone.e164, phone.valid) == full_parse(text, region), text
    assert phone.raw == text.strip()
    assert phone.label == "mobiel"


@given(st.text(alphabet="0123456789+ -./()", max_size=24))
@settings(max_examples=1000, deadline=None)
def test_any_short_digit_text_agrees(text: str) -> None:
    phone = Phone.parse(text)
    assert (phone.e164, phone.valid) == full_parse(text, "NL"), text


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("06 12345678", True),
        ("+31 20 123 4567", True),
        ("0031-10-4123456", True),
        ("069 1234567", True),  # the fast path also answers "invalid"
        ("(010) 4123456", True),
        ("+31 (0)6 12345678", False),  # "(0)": the full parse
        ("0800 1234", False),  # another length
        ("+32 470 12 34 56", False),
        ("06 12345678 ext. 12", False),
    ],
)
def test_which_notations_take_the_fast_path(text: str, taken: bool) -> None:
    """A guard that the fast path is really used for the common notations (and only them)."""
    assert (phone_module._dutch_fast_path(text, "NL") is not None) is taken


def test_every_leading_three_digits_agree() -> None:
    """A sweep over all 9-digit national numbers by their first three digits (the patterns
    branch on those), in the three notations the fast path reads."""
    import random

    rng = random.Random(31)
    for lead in range(100, 1000):
        for _ in range(5):
            national = f"{lead}{rng.randrange(10**6):06d}"
            for text in (f"0{national}", f"+31{national}", f"0031 {national}"):
                phone = Phone.parse(text)
                assert (phone.e164, phone.valid) == full_parse(text, "NL"), text
