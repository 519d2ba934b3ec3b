"""The suppression list: salted hashes of an erased person's e-mail addresses and numbers.

After erasure nothing readable is kept, yet a later import can still recognise the person.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from contactbook.domain.email_address import normalise_address


class SuppressedKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class SuppressionEntry:
    kind: SuppressedKind
    digest: str
    created_at: datetime
    id: int | None = None


def suppression_digest(kind: SuppressedKind, value: str, secret: bytes) -> str:
    """HMAC-SHA256 of the normalised value with the database's own secret.

    E-mail addresses are compared case-insensitively; phone numbers by their E.164 form,
    which the caller passes (a number without one is compared by its digits).
    """
    if kind is SuppressedKind.EMAIL:
        normalised = normalise_address(value)
    else:
        normalised = "".join(ch for ch in value if ch.isdigit() or ch == "+")
    message = f"{kind.value}:{normalised}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
