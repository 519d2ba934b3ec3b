"""E-mail addresses of a contact, with the automatic classification and the user's override."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contactbook.domain.enums import EmailClassification

# Deliberately simple: one @, a dotted domain, no spaces. The mail gate calls anything else
# invalid; full RFC 5322 syntax (quoted local parts) does not occur in contact books.
_ADDRESS = re.compile(
    r"^[^@\s\"(),:;<>\[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


@dataclass(frozen=True)
class EmailAddress:
    """An address as stored on a contact.

    ``auto_classification`` is what the rules decided when the address was saved;
    ``override`` is the user's choice, which wins and is kept.
    ``published`` marks a generic address the company published for receiving such messages
    (used by the strict mode of the mail gate).
    """

    address: str
    label: str = ""
    auto_classification: EmailClassification = EmailClassification.PERSONAL
    override: EmailClassification | None = None
    published: bool = False

    @property
    def classification(self) -> EmailClassification:
        return self.override if self.override is not None else self.auto_classification


def normalise_address(address: str) -> str:
    """Addresses compare case-insensitively and without surrounding space or mailto:."""
    text = address.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower()


def is_valid_address(address: str) -> bool:
    return _ADDRESS.match(address.strip()) is not None
