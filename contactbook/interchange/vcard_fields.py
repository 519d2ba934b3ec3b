"""Reading single vCard fields into domain terms: labels, countries, streets, birthdays, names.

Small pure functions, shared by the reader and (for labels) the writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from contactbook.domain.birthday import Birthday
from contactbook.domain.postal import PostalAddress, normalise_dutch_postcode

# TYPE values that say where (work, home) and those that say what kind of number it is.
_PLACES = {"WORK": "work", "HOME": "home", "OTHER": "other"}
# TYPE values that carry nothing a label needs (preference, transport, delivery details).
_IGNORED_TYPES = {
    "PREF", "VOICE", "INTERNET", "X400", "MSG", "POSTAL", "PARCEL", "DOM", "INTL", "X-INTERNET",
}  # fmt: skip
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# Apple's built-in labels with a name that differs from the lower-cased token.
_APPLE_NAMES = {
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "fax",
    "assistantphone": "assistant",
}
_COUNTRIES = {
    "NL": ("nederland", "netherlands", "the netherlands", "holland", "nld", "pays-bas",
           "niederlande", "nederlân", "koninkrijk der nederlanden"),
    "BE": ("belgië", "belgie", "belgium", "belgique", "belgien", "bel"),
    "DE": ("deutschland", "germany", "duitsland", "allemagne", "deu", "bundesrepublik deutschland"),
    "LU": ("luxembourg", "luxemburg", "lux"),
    "FR": ("france", "frankrijk", "frankreich", "fra"),
    "GB": ("united kingdom", "verenigd koninkrijk", "great britain", "england", "engeland",
           "uk", "u.k.", "gbr"),
    "US": ("united states", "united states of america", "verenigde staten", "usa", "u.s.a.",
           "u.s.", "america"),
    "ES": ("spain", "spanje", "españa", "espana", "esp"),
    "IT": ("italy", "italië", "italie", "italia", "ita"),
    "CH": ("switzerland", "zwitserland", "schweiz", "suisse", "svizzera", "che"),
    "AT": ("austria", "oostenrijk", "österreich", "osterreich", "aut"),
    "DK": ("denmark", "denemarken", "danmark"),
    "SE": ("sweden", "zweden", "sverige"),
    "PL": ("poland", "polen", "polska"),
    "PT": ("portugal",),
    "IE": ("ireland", "ierland"),
    "TR": ("turkey", "turkije", "türkiye", "turkiye"),
    "MA": ("morocco", "marokko", "maroc"),
    "SR": ("suriname",),
    "CW": ("curaçao", "curacao"),
    "AW": ("aruba",),
}  # fmt: skip
_COUNTRY_CODES = {name: code for code, names in _COUNTRIES.items() for name in names}
_SINGLE_LINE_NUMBERED = re.compile(
    # "Kerkstraat 12", "Kerkstraat 12A", "Kerkstraat 12 a", "Laan 3-II", "2e Helmersstraat 7-1"
    r"^(?P<street>(?=.*[^\W\d_]).*?\S)[\s,]+"
    r"(?P<number>\d{1,5}(?:\s?[A-Za-z]{1,4})?(?:\s?[-/]\s?[A-Za-z0-9]{1,4})?)$"
)
_DASHED_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T.*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
APPLE_NO_YEAR = 1604  # Apple writes birthdays without a year as 1604 (a leap year)


def label_from_types(types: Sequence[str]) -> str:
    """A label from TYPE values: "work", "home", "cell", "fax", "work fax", "pager", "main" …

    A type contactbook has no word for is kept as the label ("isdn", "school").
    """
    kinds = set(types)
    place = next((_PLACES[t] for t in types if t in _PLACES), "")
    if "FAX" in kinds:
        return f"{place} fax" if place in ("work", "home") else "fax"
    for kind, label in (("PAGER", "pager"), ("CELL", "cell"), ("MAIN", "main")):
        if kind in kinds:
            return label
    if place:
        return place
    for kind in types:
        if kind not in _IGNORED_TYPES and kind not in ("FAX", "PAGER", "CELL", "MAIN"):
            return kind.removeprefix("X-").lower()
    return ""


def label_from_apple(text: str) -> str:
    """Apple's X-ABLabel: ``_$!<Mobile>!$_`` → "mobile", ``_$!<HomeFAX>!$_`` → "home fax".

    Labels the user typed are kept as typed.
    """
    match = _APPLE_LABEL.match(text.strip())
    if match is None:
        return text.strip()
    token = match.group(1).strip().lower()
    return _APPLE_NAMES.get(token, token)


def country_code(text: str) -> str:
    """ "Nederland" → "NL", "Belgium" → "BE", "de" → "DE"; unknown names are kept as written."""
    name = " ".join(text.split())
    if not name:
        return ""
    folded = name.casefold()
    if folded in _COUNTRY_CODES:
        return _COUNTRY_CODES[folded]
    if len(name) == 2 and name.isalpha() and name.upper() in phonenumbers.SUPPORTED_REGIONS:
        return name.upper()
    return name


def split_house_number(street: str) -> tuple[str, str]:
    """ "Kerkstraat 12A" → ("Kerkstraat", "12A"); streets on several lines are left whole."""
    text = street.strip()
    if "\n" in text:
        return text, ""
    match = _SINGLE_LINE_NUMBERED.match(text)
    if match is None:
        return text, ""
    return match.group("street"), match.group("number")


def parse_birthday(text: str, omit_year: str = "") -> Birthday | None:
    """BDAY as YYYY-MM-DD, YYYYMMDD, --MMDD, --MM-DD (with or without a time); None if not.

    Apple's year 1604 (or the year in X-APPLE-OMIT-YEAR) and year 0000 mean "no year".
    """
    value = text.strip()
    match = _DASHED_DATE.match(value) or _COMPACT_DATE.match(value)
    try:
        if match is not None:
            year, month, day = (int(group) for group in match.groups())
            no_year = year in (0, APPLE_NO_YEAR) or match.group(1) == omit_year.strip()
            return Birthday(month=month, day=day, year=None if no_year else year)
        if (match := _NO_YEAR.match(value)) is not None:
            return Birthday(month=int(match.group(1)), day=int(match.group(2)))
    except ValueError:  # 30 February and the like
        return None
    return None


def postal_address(
    parts: Sequence[str], label: str, country_hint: str = ""
) -> tuple[PostalAddress | None, str]:
    """ADR components (box, extended, street, city, region, postcode, country) → an address.

    Box and extended address go on lines of their own before the street, the region after
    the city; the house number is split off a one-line street; the country becomes an ISO
    code where known (else ``country_hint``, Apple's X-ABADR). Returns (None, "") for an
    empty ADR and a note when parts past the seventh were added to the street.
    """
    parts = [part.strip() for part in parts]
    if not any(parts):
        return None, ""
    parts += [""] * (7 - len(parts))
    box, extended, street, city, area, postcode, country = parts[:7]
    note = ""
    if any(parts[7:]):
        note = "An address had more parts than a vCard address has; they were added to the street."
    lines = [line for line in (box, extended, street, *parts[7:]) if line]
    street_text, number = split_house_number("\n".join(lines))
    if area and area not in city:
        city = f"{city}, {area}" if city else area
    code = country_code(country) or country_hint
    if code == "NL":
        postcode = normalise_dutch_postcode(postcode)
    return PostalAddress(street_text, number, postcode, city, code, label), note
