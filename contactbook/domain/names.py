"""Dutch personal names: family names with particles ("van den Berg"), display and sort forms.

A Dutch family name such as "van den Berg" is sorted on its main part ("Berg"): Dutch phone
books and registers list it as "Berg, Jan van den". The particle (tussenvoegsel) is written
in lower case after a given name ("Jan van den Berg") and kept as typed otherwise.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

# Tussenvoegsels as Dutch (and Flemish/German/French-origin) family names use them.
PARTICLES: frozenset[str] = frozenset(
    {
        "van",
        "de",
        "den",
        "der",
        "het",
        "'t",
        "ten",
        "ter",
        "te",
        "in",
        "op",
        "aan",
        "bij",
        "onder",
        "over",
        "uit",
        "uijt",
        "voor",
        "la",
        "le",
        "du",
        "des",
        "di",
        "da",
        "del",
        "della",
        "dos",
        "el",
        "von",
        "zu",
        "vom",
        "zum",
        "d'",
        "l'",
        "'s",
    }
)


@dataclass(frozen=True)
class FamilyName:
    """A family name split into its particle ("van den") and main part ("Berg")."""

    particle: str
    main: str

    @property
    def full(self) -> str:
        return f"{self.particle} {self.main}".strip()


# Names repeat (an import judges each card against its same-named contacts, and writes each
# one's sort key): both functions below are pure, so their answers are kept.
_CACHED_NAMES = 65_536


@functools.lru_cache(maxsize=_CACHED_NAMES)
def split_family_name(family_name: str) -> FamilyName:
    """Split leading particles off a family name; the main part is never left empty."""
    words = family_name.split()
    particle_words: list[str] = []
    while len(words) > 1 and words[0].lower() in PARTICLES:
        particle_words.append(words.pop(0))
    return FamilyName(" ".join(particle_words), " ".join(words))


def display_name(given_name: str, family_name: str, organisation: str = "") -> str:
    """How a person is addressed in lists: "Jan van den Berg"; falls back to the organisation."""
    given = given_name.strip()
    family = family_name.strip()
    if given and family:
        split = split_family_name(family)
        particle = split.particle.lower()
        return " ".join(part for part in (given, particle, split.main) if part)
    return given or family or organisation.strip()


@functools.lru_cache(maxsize=_CACHED_NAMES)
def sort_key(given_name: str, family_name: str, organisation: str = "") -> str:
    """Key for alphabetical order: main family part first, case and accents ignored.

    "Jan van den Berg" sorts as "berg jan van den", between "Bakker" and "Bos".
    """
    family = family_name.strip()
    if family:
        split = split_family_name(family)
        text = " ".join(part for part in (split.main, given_name.strip(), split.particle) if part)
    else:
        text = given_name.strip() or organisation.strip()
    return fold(text)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so "Zoë" and "zoe" compare equal."""
    if text.isascii():  # the common case, and this runs for every field of every contact
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def initials(given_name: str, family_name: str, organisation: str = "") -> str:
    """Up to two letters for an avatar: given name and main family part, else organisation."""
    main = split_family_name(family_name).main if family_name.strip() else ""
    letters = [word[0] for word in (given_name.strip(), main) if word]
    if not letters:
        letters = [word[0] for word in organisation.split()[:2] if word]
    return "".join(letters).upper()[:2]
