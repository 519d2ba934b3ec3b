"""Postal addresses, and when they identify a household (and so are personal data)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Dutch postcodes: four digits (no leading zero), two letters; SA, SD and SS are not issued.
_DUTCH_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s?(?!SA|SD|SS)([A-Z]{2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PostalAddress:
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    label: str = ""

    def identifies_household(self) -> bool:
        """Postcode + house number (or street + house number) points at one household.

        A postcode alone, a street alone or a city is not personal data.
        """
        has_number = bool(self.house_number.strip())
        return has_number and bool(self.postcode.strip() or self.street.strip())

    def one_line(self) -> str:
        street = " ".join(part for part in (self.street, self.house_number) if part.strip())
        place = " ".join(part for part in (self.postcode, self.city) if part.strip())
        return ", ".join(part for part in (street, place) if part)


def is_dutch_postcode(text: str) -> bool:
    return _DUTCH_POSTCODE.match(text) is not None


def normalise_dutch_postcode(text: str) -> str:
    """ "1011ab" → "1011 AB"; text that is not a Dutch postcode is returned trimmed, unchanged."""
    match = _DUTCH_POSTCODE.match(text)
    if match is None:
        return text.strip()
    return f"{match.group(1)} {match.group(2).upper()}"
