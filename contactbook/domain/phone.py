"""Phone numbers: the raw text as typed is kept; E.164 is derived with a default region."""

from __future__ import annotations

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


def _national_digits(e164: str) -> str:
    # Split the country code off by table look-up instead of parsing again: this runs for
    # every number of every contact when the search index is built.
    digits = e164.lstrip("+")
    for length in (1, 2, 3):
        code = int(digits[:length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            region = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code][0]
            metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
            prefix = (metadata.national_prefix if metadata else None) or ""
            return prefix + digits[length:]
    return digits


def is_valid_region(region: str) -> bool:
    """True for a two-letter region code that phonenumbers knows ("NL", "BE", "DE", …)."""
    return region.upper() in phonenumbers.SUPPORTED_REGIONS
