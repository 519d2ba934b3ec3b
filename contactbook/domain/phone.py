"""Phone numbers: the raw text as typed is kept; E.164 is derived with a default region."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers

DEFAULT_REGION = "NL"


@dataclass(frozen=True)
class Phone:
    """A phone number as the user or the phone typed it, with its E.164 form when valid."""

    raw: str
    e164: str | None = None
    label: str = ""
    valid: bool = False

    @classmethod
    def parse(cls, raw: str, label: str = "", region: str = DEFAULT_REGION) -> Phone:
        """Normalise ``raw`` with ``region`` for numbers without a country code.

        Invalid numbers are kept as typed and flagged, never dropped.
        """
        text = raw.strip()
        fast = _dutch_fast_path(text, region)
        if fast is not None:
            e164 = fast or None
            return cls(raw=text, e164=e164, label=label, valid=e164 is not None)
        try:
            number = phonenumbers.parse(text, region.upper())
        except phonenumbers.NumberParseException:
            return cls(raw=text, e164=None, label=label, valid=False)
        if not phonenumbers.is_valid_number(number):
            return cls(raw=text, e164=None, label=label, valid=False)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return cls(raw=text, e164=e164, label=label, valid=True)

    def national_digits(self) -> str:
        """The number as dialled inside its country, digits only ("0612345678")."""
        if not self.e164:
            return "".join(ch for ch in self.raw if ch.isdigit())
        return _national_digits(self.e164)


# A fast path for the Dutch notations phones write (06…, 0AA…, +31…, 0031…): the same answer
# as phonenumbers' parse and is_valid_number (tests/domain/test_phone_fast_path.py compares
# them), from the Dutch validation patterns of phonenumbers' own metadata, at a fraction of
# the cost: an import of a phone's address book parses thousands of numbers. Anything else
# (other separators, letters, extensions, other lengths) takes the full parse.
_NL_NATIONAL_LENGTH = 9  # 6…, 10…-79…, 85…, 88…, 91…: all numbers the fast path takes
_NL_SHAPE = re.compile(r"(?:\+31|0031|0)[1-9][0-9]{8}")
_SEPARATORS = str.maketrans("", "", " -./()")
_MAX_FAST_TEXT = 40  # well below phonenumbers' input limit; longer text takes the full parse


class _DutchPatterns:
    """phonenumbers' Dutch validation patterns for 9-digit national numbers, compiled once."""

    def __init__(self) -> None:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region("NL")
        assert metadata is not None
        self.general = _desc_pattern(metadata.general_desc)
        types = (
            metadata.premium_rate,
            metadata.toll_free,
            metadata.shared_cost,
            metadata.voip,
            metadata.personal_number,
            metadata.pager,
            metadata.uan,
            metadata.voicemail,
            metadata.fixed_line,
            metadata.mobile,
        )
        self.types = tuple(p for p in map(_desc_pattern, types) if p is not None)
        self.mobile = _desc_pattern(metadata.mobile)

    def is_valid(self, national: str) -> bool:
        if self.general is None or self.general.fullmatch(national) is None:
            return False
        return any(pattern.fullmatch(national) for pattern in self.types)

    def is_mobile(self, national: str) -> bool:
        return self.mobile is not None and self.mobile.fullmatch(national) is not None


def _desc_pattern(desc: phonenumbers.PhoneNumberDesc | None) -> re.Pattern[str] | None:
    """The pattern of a number type if a 9-digit number can be of that type, else None."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = desc.possible_length or ()
    if lengths and _NL_NATIONAL_LENGTH not in lengths:
        return None
    return re.compile(desc.national_number_pattern)


_dutch: _DutchPatterns | None = None


def _dutch_fast_path(text: str, region: str) -> str | None:
    """E.164 ("" when invalid) of a Dutch number in a common notation; None: not handled."""
    if len(text) > _MAX_FAST_TEXT or text[:1] not in ("0", "+", "("):
        return None
    digits = text.translate(_SEPARATORS)
    if _NL_SHAPE.fullmatch(digits) is None:
        return None
    if digits[0] != "+" and region.upper() != "NL":
        return None  # "0…" and "00…" mean something else with another default region
    national = digits[-_NL_NATIONAL_LENGTH:]
    return "+31" + national if _dutch_patterns().is_valid(national) else ""


def _dutch_patterns() -> _DutchPatterns:
    """The Dutch patterns, compiled on first use."""
    global _dutch
    if _dutch is None:
        _dutch = _DutchPatterns()
    return _dutch


def _national_digits(e164: str) -> str:
    # Split the country code off by table look-up instead of parsing again: this runs for
    # every number of every contact when the search index is built.
    digits = e164.lstrip("+")
    for length in (1, 2, 3):
        code = int(digits[:length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return _national_prefix(code) + digits[length:]
    return digits


_NATIONAL_PREFIXES: dict[int, str] = {}


def _national_prefix(code: int) -> str:
    """The trunk prefix dialled inside the country ("0" for 31), looked up once per code."""
    prefix = _NATIONAL_PREFIXES.get(code)
    if prefix is None:
        region = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code][0]
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
        prefix = (metadata.national_prefix if metadata else None) or ""
        _NATIONAL_PREFIXES[code] = prefix
    return prefix


def is_valid_region(region: str) -> bool:
    """True for a two-letter region code that phonenumbers knows ("NL", "BE", "DE", …)."""
    return region.upper() in phonenumbers.SUPPORTED_REGIONS


_MOBILE_CACHE_SIZE = 65_536


@functools.lru_cache(maxsize=_MOBILE_CACHE_SIZE)
def is_mobile_number(e164: str) -> bool:
    """True for a number that belongs to one phone (a mobile), not to a line a household or an
    office shares. Numbers that may be either (in the US and Canada) count as shared."""
    if e164.startswith("+31") and len(e164) == 3 + _NL_NATIONAL_LENGTH:
        return _dutch_patterns().is_mobile(e164[3:])
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
