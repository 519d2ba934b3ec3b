"""What counts as personal data (PRIVACY-RULES.md section 1).

Every function returns its verdict together with a reason code, so the UI can explain it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from contactbook.domain.email_address import is_valid_address
from contactbook.domain.enums import EmailClassification
from contactbook.domain.names import PARTICLES, fold, split_family_name

# Role words, English and Dutch, that make a local part generic (info@, verkoop@, …).
ROLE_WORDS: frozenset[str] = frozenset(
    {
        # English
        "info",
        "information",
        "sales",
        "support",
        "contact",
        "contacts",
        "office",
        "admin",
        "administration",
        "billing",
        "invoice",
        "invoices",
        "accounts",
        "accounting",
        "noreply",
        "no-reply",
        "donotreply",
        "marketing",
        "hr",
        "jobs",
        "careers",
        "press",
        "media",
        "news",
        "newsletter",
        "help",
        "helpdesk",
        "service",
        "services",
        "team",
        "hello",
        "enquiries",
        "inquiries",
        "orders",
        "order",
        "shop",
        "webshop",
        "store",
        "reception",
        "postmaster",
        "webmaster",
        "hostmaster",
        "abuse",
        "security",
        "privacy",
        "legal",
        "compliance",
        "finance",
        "purchasing",
        "procurement",
        "booking",
        "bookings",
        "reservations",
        "events",
        "mail",
        "email",
        "general",
        "customerservice",
        "returns",
        "shipping",
        "logistics",
        "it",
        "ict",
        "dpo",
        "management",
        "board",
        "bureau",
        # Dutch
        "verkoop",
        "inkoop",
        "klantenservice",
        "klantcontact",
        "administratie",
        "boekhouding",
        "facturen",
        "factuur",
        "facturatie",
        "debiteuren",
        "crediteuren",
        "receptie",
        "secretariaat",
        "planning",
        "logistiek",
        "directie",
        "personeelszaken",
        "vacatures",
        "werkenbij",
        "pers",
        "nieuwsbrief",
        "bestellingen",
        "bestelling",
        "offerte",
        "offertes",
        "retour",
        "retouren",
        "algemeen",
        "kantoor",
        "balie",
        "zakelijk",
        "communicatie",
        "juridisch",
        "financien",
        "onderhoud",
        "storing",
        "storingen",
        "afspraken",
        "reserveringen",
        "aanmelden",
        "post",
        "magazijn",
        "expeditie",
        "werkplaats",
        "praktijk",
        "assistentie",
        "zorg",
        "klachten",
        "vragen",
        "welkom",
        "beheer",
        "gemeente",
        "bestuur",
        "ledenadministratie",
    }
)

# Consumer mailbox providers: an address there belongs to a person, whatever its local part.
FREE_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "outlook.nl",
        "hotmail.com",
        "hotmail.nl",
        "live.com",
        "live.nl",
        "msn.com",
        "yahoo.com",
        "yahoo.nl",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "protonmail.com",
        "proton.me",
        "pm.me",
        "tutanota.com",
        "zoho.com",
        "mail.com",
        "ziggo.nl",
        "kpnmail.nl",
        "kpnplanet.nl",
        "planet.nl",
        "home.nl",
        "hetnet.nl",
        "xs4all.nl",
        "upcmail.nl",
        "chello.nl",
        "casema.nl",
        "quicknet.nl",
        "zeelandnet.nl",
        "tele2.nl",
        "telfort.nl",
        "online.nl",
        "wxs.nl",
        "onsbrabantnet.nl",
        "freeler.nl",
        "solcon.nl",
        "caiway.nl",
        "delta.nl",
        "telenet.be",
        "skynet.be",
    }
)

# Name parts shorter than this are matched only as a whole dot/dash separated token, so
# the given name "Jo" does not make "jobs@" personal.
_MIN_SUBSTRING_NAME = 3
_ROLE_SEPARATORS = re.compile(r"[._-]")
# Role words joined by "." / "-" / "_", each optionally followed by digits. Built as one
# pattern so that role words that themselves contain a separator ("no-reply") match too.
_ROLE_WORD = "|".join(re.escape(word) for word in sorted(ROLE_WORDS, key=len, reverse=True))
_ROLE_LOCAL_PART = re.compile(rf"(?:{_ROLE_WORD})[0-9]*(?:[._-](?:{_ROLE_WORD})[0-9]*)*")


class EmailReason(StrEnum):
    """Why an address was classified as it was."""

    USER_OVERRIDE = "user_override"
    FREE_MAIL_DOMAIN = "free_mail_domain"
    CONTAINS_NAME = "contains_name"
    ROLE_ADDRESS = "role_address"
    UNDECIDED = "undecided"  # counts as personal: the safe side
    INVALID = "invalid"


@dataclass(frozen=True)
class EmailVerdict:
    classification: EmailClassification
    reason: EmailReason


def classify_email(
    address: str,
    given_name: str = "",
    family_name: str = "",
    override: EmailClassification | None = None,
) -> EmailVerdict:
    """Classify an address as personal or generic (role) for a contact with these names.

    Order: the user's override; free-mail domain (personal); the contact's name in the local
    part (personal); a role local part (generic); anything else personal.
    """
    if override is not None:
        return EmailVerdict(override, EmailReason.USER_OVERRIDE)
    if not is_valid_address(address):
        return EmailVerdict(EmailClassification.PERSONAL, EmailReason.INVALID)
    local, _, domain = address.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in FREE_MAIL_DOMAINS:
        return EmailVerdict(EmailClassification.PERSONAL, EmailReason.FREE_MAIL_DOMAIN)
    if _contains_name(local, given_name, family_name):
        return EmailVerdict(EmailClassification.PERSONAL, EmailReason.CONTAINS_NAME)
    if is_role_local_part(local):
        return EmailVerdict(EmailClassification.GENERIC, EmailReason.ROLE_ADDRESS)
    return EmailVerdict(EmailClassification.PERSONAL, EmailReason.UNDECIDED)


def is_role_local_part(local: str) -> bool:
    """True when the local part is made of role words only: "info", "info2", "sales-support".

    A role word may be followed by digits, and by ".", "-" or "_" and a further role word.
    """
    return _ROLE_LOCAL_PART.fullmatch(local.lower().split("+", 1)[0]) is not None


def _contains_name(local: str, given_name: str, family_name: str) -> bool:
    local = fold(local)  # the name parts are folded too: "zoë@" contains "Zoë"
    tokens = set(_ROLE_SEPARATORS.split(local))
    squashed = _ROLE_SEPARATORS.sub("", local)
    for part in _name_parts(given_name, family_name):
        if part in tokens:
            return True
        if len(part) >= _MIN_SUBSTRING_NAME and part in squashed:
            return True
    return False


def _name_parts(given_name: str, family_name: str) -> list[str]:
    parts: list[str] = []
    for word in fold(given_name).replace("-", " ").split():
        parts.append(word)
    if family_name.strip():
        split = split_family_name(family_name)
        main = fold(split.main)
        # "Jansen-de Vries": the particle "de" inside a double name is not a name part
        parts.extend(w for w in main.replace("-", " ").split() if w not in PARTICLES)
        # "vandenberg", "vdberg" style spellings of the whole family name
        parts.append(fold(split.full).replace(" ", "").replace("'", ""))
    return [part.replace("'", "") for part in parts if part.replace("'", "")]
