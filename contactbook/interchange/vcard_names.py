"""Whose card is it: the person's name parts, or an organisation, from N, FN, ORG and hints.

Cards disagree about names: some have N and FN, some only FN ("Mustermann, Heiko"), some put
the e-mail address in FN, company cards have ORG and no person name (or Apple's
``X-ABShowAs:COMPANY``). This module makes that one decision, so it is tested on its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from contactbook.domain.names import PARTICLES


@dataclass(frozen=True)
class CardNames:
    """The outcome: name parts for the contact, company or person, and a note if needed."""

    family: str = ""
    given: str = ""
    middle: str = ""
    prefix: str = ""
    suffix: str = ""
    is_company: bool = False
    organisation: str = ""  # for a company card without ORG: its FN
    note: str = ""


def resolve_names(
    parts: Sequence[str],
    formatted: str,
    organisation: str,
    shown_as_company: bool,
    not_names: Collection[str] = (),
) -> CardNames:
    """Decide names and subject from N parts (family, given, middle, prefix, suffix) and FN.

    A card is a company card when it says so (``X-ABShowAs:COMPANY``, ``KIND:org``) or has
    an ORG and no person name: no N (or N holding the organisation) and FN empty or equal to
    the organisation. Without N, the person's name comes from FN unless FN is one of
    ``not_names`` (the card's nickname, e-mail addresses or numbers, which some exporters
    put there).
    """
    family, given, middle, prefix, suffix = (list(parts) + [""] * 5)[:5]
    first_unit = organisation.split("; ")[0]
    # "N:Acme;;;;" with "ORG:Acme": the organisation written as a name, not a person
    person_named = any((family, given, middle, prefix, suffix)) and not (
        organisation and not given and family in (organisation, first_unit)
    )
    is_company = shown_as_company or (
        bool(organisation) and not person_named and formatted in ("", organisation, first_unit)
    )
    if is_company:
        fallback = formatted or " ".join(part for part in parts if part)
        if person_named:  # a contact person on a company card
            return CardNames(family, given, middle, prefix, suffix, True, fallback)
        return CardNames(is_company=True, organisation=fallback)
    if not person_named:
        if formatted and formatted not in not_names:
            given, family = split_formatted_name(formatted)
            return CardNames(family=family, given=given)
        return CardNames(family, given, middle, prefix, suffix)
    note = ""
    if formatted and _differs(formatted, " ".join((prefix, given, middle, family, suffix))):
        note = (
            f'The display name "{shorten(formatted)}" differs from the name parts; the name '
            "parts were used."
        )
    return CardNames(family, given, middle, prefix, suffix, note=note)


def split_formatted_name(formatted: str) -> tuple[str, str]:
    """(given, family) from a display name, for cards without N.

    "Mustermann, Heiko" is family first; "Jan van den Berg" keeps the particle with the
    family name; a single word is a given name.
    """
    text = " ".join(formatted.split())
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        if family and given:
            return given, family
    words = text.split(" ")
    if len(words) < 2:
        return text, ""
    for index in range(1, len(words) - 1):
        if words[index].lower() in PARTICLES:
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words[:-1]), words[-1]


def shorten(text: str, limit: int = 60) -> str:
    """Text for quoting in a note: on one line, cut off with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _differs(formatted: str, name: str) -> bool:
    """FN has letters the name parts lack (not merely another order or fewer parts)."""
    if set(formatted.casefold().split()) <= set(name.casefold().split()):
        return False
    return bool(_letters(formatted) - _letters(name))


def _letters(text: str) -> Counter[str]:
    return Counter(char for char in text.casefold() if char.isalnum())
